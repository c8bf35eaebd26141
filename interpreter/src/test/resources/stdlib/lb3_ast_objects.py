# needs: Lib
# ast.parse / compile(..., PyCF_ONLY_AST) builds _ast objects as python3.11 does (fields, positions in UTF-8
# bytes, shared Load()/Add() instances), and compile() takes such trees back. A sample of the corpus programs
# (tools/compare_ast_objects.py compares all of them).
import ast, os, sys

SAMPLE = ['a_agen_aclose', 'a_exstar_errors', 'dicts', 'g_dict_methods', 'g_match_commands', 'g_sudoku_small',
          'l_dunders', 'sc_pipeline', 'string_methods2', 't_slots', 'tb_notes']
programs = os.path.join(os.path.dirname(sys.path[0] or '.'), 'programs')  # the script's directory's sibling
for path in [os.path.join(programs, name + '.py') for name in SAMPLE]:
    with open(path, 'rb') as f:
        src = f.read()
    tree = ast.parse(src, path)
    d = ast.dump(tree, include_attributes=True)
    print(os.path.basename(path), len(d), hash(d) & 0xffffffff)

src = 's = "héllo" + f"{x!r:>{w}}"  # ü\nπ = [a for a in b if a] or {**k}\n'
print(ast.dump(ast.parse(src), include_attributes=True))
print(ast.dump(ast.parse('1 if x else y', mode='eval')))
print(ast.dump(ast.parse('x = 1', mode='single')))
t = ast.parse('a.b = c[1:2, ...]\ndel a\n')
print(t.body[0].targets[0].ctx is ast.parse('q.r = 0').body[0].targets[0].ctx, type(t.body[0].value.ctx).__name__)
print(ast.literal_eval('{"a": [1, 2.5, -3j, (True, None)], "b": b"x"}'))
print(ast.unparse(ast.parse('async def f(*, a=1, **k) -> int:\n    async with x as (y, z):\n        await q\n')))
print(ast.get_docstring(ast.parse('"""doc"""\nx = 1')), ast.get_source_segment(src, ast.parse(src).body[1].value))

# compile() of trees: generated, edited, fixed up
tree = ast.parse('def f(a, b=2, *c, d, **e):\n    return a + b + d\nresult = f(1, d=3)')
ns = {}
exec(compile(tree, '<tree>', 'exec'), ns)
print(ns['result'])
expr = ast.Expression(body=ast.BinOp(left=ast.Constant(6), op=ast.Mult(), right=ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(expr), '<expr>', 'eval')))


class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        return ast.copy_location(ast.Constant(node.value * 2), node) if isinstance(node.value, int) else node


tree = Doubler().visit(ast.parse('print(1 + 20, "s")'))
exec(compile(tree, '<doubled>', 'exec'))
print(compile(ast.parse('x'), '<x>', 'exec', ast.PyCF_ONLY_AST).__class__.__name__)

for bad, mode in [(ast.Module(body=[ast.Expr(value=ast.Name(id='x'))], type_ignores=[]), 'exec'),
                  (ast.Module(body=[ast.Expr(lineno=1, col_offset=0)], type_ignores=[]), 'exec'),
                  (ast.Expression(body=ast.Constant(1)), 'exec'),
                  (ast.Module(body=[ast.Expr(value=ast.Name(id=1, ctx=ast.Load(), lineno=1, col_offset=0),
                                             lineno=1, col_offset=0)], type_ignores=[]), 'exec'),
                  (ast.Module(body=ast.Pass(), type_ignores=[]), 'exec'),
                  (ast.Module(body=[ast.Expr(value=ast.Load(), lineno=1, col_offset=0)], type_ignores=[]), 'exec'),
                  (ast.Module(body=[ast.Return(value=None, lineno=1, col_offset=0)], type_ignores=[]), 'exec')]:
    try:
        compile(bad, '<bad>', mode)
        print('compiled')
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__, e)
for args in [('x', '<s>', 'exec', 1 << 30), ('x', '<s>', 'exec', 0, False, 5), ('x', '<s>', 'nope', ast.PyCF_ONLY_AST),
             ('x', '<s>', 'func_type'), (42, '<s>', 'exec', ast.PyCF_ONLY_AST)]:
    try:
        compile(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ast.parse('x = (')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.filename)
