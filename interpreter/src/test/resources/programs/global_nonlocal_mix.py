g = 0
def incr():
    global g
    g += 1
    return g
incr(); incr()
print(g)
def define_global():
    global newname
    newname = "created"
define_global()
print(newname)
def outer():
    v = "outer"
    def change():
        nonlocal v
        v = "changed"
    change()
    return v
print(outer())
def shadow():
    g = "local g"
    return g
print(shadow(), g)
