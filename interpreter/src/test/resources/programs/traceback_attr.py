class Thing:
    pass
t = Thing()
t.value = 3
print(t.value)
print(t.other)
