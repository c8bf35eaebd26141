def a():
    def b():
        def c():
            def d():
                def e():
                    return 1
                return e
            return d
        return c
    class K:
        def m(self):
            return [lambda: x for x in range(3)]
    return b, K
