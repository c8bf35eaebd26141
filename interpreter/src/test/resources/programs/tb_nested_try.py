def risky():
    try:
        return 1 / 0
    except ZeroDivisionError:
        return [][0]
try:
    risky()
except IndexError as e:
    print("caught", type(e.__context__).__name__)
risky()
