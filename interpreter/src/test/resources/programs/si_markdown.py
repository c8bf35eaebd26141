# A small Markdown-to-HTML converter built on re.sub with callables, escapes and block structure.
import html
import re

DOC = """# Release notes

Version **2.1** brings *faster* parsing and `re`-based tokens.
See [the docs](https://example.com/docs?a=1&b=2) for details.

## Changes

- Added `--verbose` flag
- Fixed **bold** inside *italic* text
- Escaped <html> & "quotes"

1. First step
2. Second step with `code <b>`

> Quoted text
> continues here

```
raw <code> & stuff
  indented
```
Trailing paragraph with a line
break and __underscores__.
"""

INLINE = [
    (re.compile(r"`([^`]+)`"), lambda m: "<code>" + m.group(1) + "</code>"),
    (re.compile(r"\*\*(.+?)\*\*|__(.+?)__"), lambda m: "<strong>" + (m.group(1) or m.group(2)) + "</strong>"),
    (re.compile(r"(?<!\*)\*(?!\*)(.+?)\*"), lambda m: "<em>" + m.group(1) + "</em>"),
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)"), lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>'),
]


def inline(text):
    parts = re.split(r"(`[^`]+`)", html.escape(text, quote=False))
    out = []
    for part in parts:
        if part.startswith("`") and part.endswith("`") and len(part) > 1:
            out.append("<code>" + part[1:-1] + "</code>")
            continue
        for rx, fn in INLINE[1:]:
            part = rx.sub(fn, part)
        out.append(part)
    return "".join(out)


def convert(doc):
    out, para, lst, quote, code = [], [], None, [], None
    def flush():
        nonlocal lst
        if para:
            out.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
        if lst:
            out.append(f"</{lst}>")
            lst = None
        if quote:
            out.append("<blockquote>" + inline(" ".join(quote)) + "</blockquote>")
            quote.clear()
    for line in doc.splitlines():
        if code is not None:
            if line.startswith("```"):
                out.append("<pre>" + html.escape("\n".join(code)) + "</pre>")
                code = None
            else:
                code.append(line)
            continue
        if line.startswith("```"):
            flush()
            code = []
        elif m := re.match(r"(#{1,6})\s+(.*)", line):
            flush()
            level = len(m.group(1))
            slug = re.sub(r"[^\w]+", "-", m.group(2).lower()).strip("-")
            out.append(f'<h{level} id="{slug}">{inline(m.group(2))}</h{level}>')
        elif m := re.match(r"\s*(?:([-*+])|(\d+)\.)\s+(.*)", line):
            kind = "ul" if m.group(1) else "ol"
            if lst != kind:
                flush()
                out.append(f"<{kind}>")
                lst = kind
            out.append("  <li>" + inline(m.group(3)) + "</li>")
        elif line.startswith(">"):
            quote.append(line.lstrip("> "))
        elif not line.strip():
            flush()
        else:
            para.append(line.strip())
    flush()
    return "\n".join(out)


print(convert(DOC))
print(re.findall(r'href="([^"]+)"', convert(DOC)))
