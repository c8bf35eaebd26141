DOC = """# Title here
Some *emphasis* and **strong** text with `code`.

## List section
- first item
- second with **bold**
- third

1. one
2. two

> quoted line
> another

Plain paragraph
continues here.
"""


def inline(text):
    out = []
    i = 0
    while i < len(text):
        if text.startswith("**", i):
            j = text.index("**", i + 2)
            out.append(f"<strong>{inline(text[i + 2:j])}</strong>")
            i = j + 2
        elif text[i] == "*":
            j = text.index("*", i + 1)
            out.append(f"<em>{text[i + 1:j]}</em>")
            i = j + 1
        elif text[i] == "`":
            j = text.index("`", i + 1)
            out.append(f"<code>{text[i + 1:j]}</code>")
            i = j + 1
        else:
            out.append({"<": "&lt;", ">": "&gt;", "&": "&amp;"}.get(text[i], text[i]))
            i += 1
    return "".join(out)


def render(doc):
    html = []
    block = None
    para = []

    def flush():
        nonlocal block
        if para:
            html.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
        if block:
            html.append(f"</{block}>")
            block = None

    for line in doc.splitlines():
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        if stripped.startswith("#"):
            flush()
            level = len(stripped) - len(stripped.lstrip("#"))
            html.append(f"<h{level}>{inline(stripped[level:].strip())}</h{level}>")
        elif stripped.startswith("- ") or stripped[:1].isdigit() and stripped[1:3] == ". ":
            tag = "ul" if stripped.startswith("- ") else "ol"
            if block != tag:
                flush()
                html.append(f"<{tag}>")
                block = tag
            html.append(f"  <li>{inline(stripped.split(' ', 1)[1])}</li>")
        elif stripped.startswith(">"):
            if block != "blockquote":
                flush()
                html.append("<blockquote>")
                block = "blockquote"
            html.append("  " + inline(stripped[1:].strip()))
        else:
            para.append(stripped)
    flush()
    return "\n".join(html)


print(render(DOC))
print(inline("a < b && c > d"), inline("**nested *em* inside**"))
try:
    inline("unclosed *em")
except ValueError as e:
    print("ValueError:", e)
