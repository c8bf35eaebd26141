# A template engine: {{ expressions|filters }}, {% for %} / {% if %} blocks, compiled with regular expressions.
import re
import html

TOKENS = re.compile(r"({{.*?}}|{%.*?%})", re.S)
FILTERS = {
    "upper": str.upper, "lower": str.lower, "title": str.title, "escape": lambda s: html.escape(str(s)),
    "length": len, "join": lambda seq: ", ".join(map(str, seq)), "money": lambda v: f"${v:,.2f}",
    "default": lambda v: v if v else "n/a",
}


def lookup(expr, ctx):
    expr = expr.strip()
    if re.fullmatch(r"-?\d+", expr):
        return int(expr)
    if m := re.fullmatch(r"'([^']*)'|\"([^\"]*)\"", expr):
        return m.group(1) if m.group(1) is not None else m.group(2)
    value = ctx
    for part in re.split(r"\.", expr):
        value = value[int(part)] if isinstance(value, list) else value.get(part) if isinstance(value, dict) \
            else getattr(value, part, None)
    return value


def evaluate(expr, ctx):
    parts = [p.strip() for p in expr.split("|")]
    value = lookup(parts[0], ctx)
    for f in parts[1:]:
        value = FILTERS[f](value)
    return value


def render(template, ctx):
    out, stack = [], []
    tokens = TOKENS.split(template)
    def run(i, ctx, emit):
        while i < len(tokens):
            tok = tokens[i]
            if tok.startswith("{{"):
                if emit:
                    out.append(str(evaluate(tok[2:-2], ctx)))
            elif tok.startswith("{%"):
                stmt = tok[2:-2].strip()
                if m := re.fullmatch(r"for (\w+) in (.+)", stmt):
                    seq = lookup(m.group(2), ctx) if emit else []
                    end = None
                    for item in seq or [None]:
                        inner = dict(ctx, **{m.group(1): item, "loop": {"first": item == (seq or [None])[0]}})
                        end = run(i + 1, inner, emit and bool(seq))
                    i = end
                elif m := re.fullmatch(r"if (not )?(.+)", stmt):
                    cond = bool(lookup(m.group(2), ctx)) != bool(m.group(1))
                    i = run(i + 1, ctx, emit and cond)
                elif stmt in ("endfor", "endif"):
                    return i
                else:
                    raise ValueError(f"unknown tag {stmt!r}")
            elif emit:
                out.append(tok)
            i += 1
        return i
    run(0, ctx, True)
    return re.sub(r"\n{3,}", "\n\n", "".join(out))


TEMPLATE = """Invoice for {{ customer.name|title }} <{{ customer.email|lower }}>
{% for item in items %}- {{ item.name|escape }}: {{ item.qty }} x {{ item.price|money }}
{% endfor %}{% if discount %}Discount: {{ discount }}%
{% endif %}{% if not notes %}No notes.
{% endif %}Tags: {{ tags|join }} ({{ tags|length }})
Missing: {{ customer.phone|default }}
"""
ctx = {"customer": {"name": "ada lovelace", "email": "ADA@Example.COM"},
       "items": [{"name": "Widget <small>", "qty": 3, "price": 4.5}, {"name": "Gadget & co", "qty": 1, "price": 1234.5}],
       "discount": 10, "notes": "", "tags": ["math", "engines"]}
print(render(TEMPLATE, ctx))
print(render("{% for x in empty %}never{% endfor %}done {{ 'lit'|upper }} {{ 42 }}", {"empty": []}))
try:
    render("{% while x %}", {})
except ValueError as e:
    print("error:", e)
print(TOKENS.split("a {{ b }} c {% d %}"), TOKENS.pattern)
