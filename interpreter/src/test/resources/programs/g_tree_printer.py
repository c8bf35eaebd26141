TREE = ("root", [("src", [("main.py", []), ("utils", [("io.py", []), ("fmt.py", [])])]),
                 ("tests", [("test_main.py", [])]), ("README.md", []), ("setup.cfg", [])])


def render(node, prefix="", last=True, top=True):
    name, children = node
    lines = [name if top else prefix + ("└── " if last else "├── ") + name]
    ext = "" if top else prefix + ("    " if last else "│   ")
    for i, child in enumerate(children):
        lines += render(child, ext, i == len(children) - 1, False)
    return lines


print("\n".join(render(TREE)))


def count(node):
    name, children = node
    files = 0 if children else 1
    return files + sum(count(c) for c in children)


def paths(node, base=""):
    name, children = node
    here = f"{base}/{name}" if base else name
    if not children:
        yield here
    for c in children:
        yield from paths(c, here)


def depth(node):
    return 1 + max((depth(c) for c in node[1]), default=0)


print(count(TREE), depth(TREE), list(paths(TREE)))
print(sorted(p.rsplit(".", 1)[-1] for p in paths(TREE)), max(paths(TREE), key=len))
