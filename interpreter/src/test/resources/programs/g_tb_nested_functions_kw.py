def make_report(title, *, width=40, fill="="):
    return f"{title:{fill}^{width}}"


def render(sections):
    return [make_report(s, **opts) for s, opts in sections]


print("\n".join(render([("intro", {}), ("body", {"width": 20, "fill": "-"})])))
print(render([("bad", {"colour": "red"})]))
