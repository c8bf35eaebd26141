# needs: Lib
import contextvars
v = contextvars.ContextVar('v', default=3)
w = contextvars.ContextVar('w')
t = v.set(5)
print(v.get(), contextvars.copy_context()[v], v.name, t.var is v, t.old_value is contextvars.Token.MISSING)
ctx = contextvars.copy_context()
def f(x):
    v.set(x)
    return v.get()
print(ctx.run(f, 10), v.get(), ctx[v], len(ctx), v in ctx, w in ctx)
v.reset(t)
print(v.get(), w.get('dflt'))
try:
    w.get()
except LookupError as e:
    print('LookupError')
try:
    v.reset(t)
except RuntimeError as e:
    print('RuntimeError', 'has already been used once' in str(e))
