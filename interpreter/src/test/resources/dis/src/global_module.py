import sys
counter = 0
def bump():
    global counter
    counter += 1
    return counter
def read():
    return counter + len(sys.argv)
class Holder:
    value = counter
    def get(self):
        return counter
print(bump(), read(), Holder().get())
