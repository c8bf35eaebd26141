# add_note / __notes__ on exceptions and groups, and how notes print for uncaught exceptions.
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError:", err)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)


def fail():
    err = KeyError("key")
    err.add_note("note on the leaf")
    err.add_note("multi\nline note")
    group = ExceptionGroup("group with notes", [err, ValueError("plain")])
    group.add_note("note on the group")
    raise group


try:
    fail()
except* KeyError as ke:
    print("caught", repr(ke.exceptions[0]), ke.exceptions[0].__notes__, ke.__notes__)
except* ValueError as ve:
    print("value part notes:", ve.__notes__)

fail()
