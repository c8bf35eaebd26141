# needs: Lib
# textwrap, string.Template-free string helpers, and the _string module behind string.Formatter.
import textwrap
import _string

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow.")
for width in [20, 35, 60]:
    print(textwrap.fill(text, width=width))
    print("--")
print(textwrap.wrap(text, width=30, max_lines=3, placeholder=" [...]"))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50), textwrap.shorten("Hello  world!", width=12))
print(repr(textwrap.dedent("    def f():\n        return 1\n\n    x = 2\n")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\nb", "+ ", lambda line: True)))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10, break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-word here", width=12), textwrap.wrap("tab\there", width=8, expand_tabs=True))
w = textwrap.TextWrapper(width=25, fix_sentence_endings=True, drop_whitespace=False)
print(w.wrap("First sentence.  Second one. Third?"))
print(list(_string.formatter_parser("a{0}b{x.y[2]!s:^{w}}c{{d}}e}}")), list(_string.formatter_parser("")))
first, rest = _string.formatter_field_name_split("obj.attr[3][key].z")
print(first, list(rest), _string.formatter_field_name_split("12")[0])
for bad in ["{", "}", "{0!}", "{0!x!}", "{0:{", "{a{b}"]:
    try:
        print(list(_string.formatter_parser(bad)))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
for bad in ["a[", "a.", "a[0]x"]:
    try:
        print(list(_string.formatter_field_name_split(bad)[1]))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
