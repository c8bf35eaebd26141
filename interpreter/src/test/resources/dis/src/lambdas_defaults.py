def make(n=[1, 2], *, k={"a": 1}, m=(1, 2), s={1, 2}):
    return lambda a, *b, c=n, **d: (a, b, c, d, k, m, s)
default_lambda = lambda: None
keyword_only = lambda *, a=1: a
