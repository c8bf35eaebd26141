# except* errors: ExceptionGroup types are rejected; non-exception classes; syntax forms compile.
def attempt(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)


def star_eg():
    try:
        raise ExceptionGroup("x", [ValueError()])
    except* ExceptionGroup:
        pass


def star_tuple_with_eg():
    try:
        raise ExceptionGroup("x", [ValueError()])
    except* (ValueError, BaseExceptionGroup):
        pass


def star_not_class():
    try:
        raise ExceptionGroup("x", [ValueError()])
    except* 42:
        pass


def star_plain_class():
    try:
        raise ExceptionGroup("x", [ValueError()])
    except* str:
        pass


class MyEG(ExceptionGroup):
    pass


def star_subclass_eg():
    try:
        raise ValueError()
    except* MyEG:
        pass


attempt(star_eg)
attempt(star_tuple_with_eg)
attempt(star_not_class)
attempt(star_plain_class)
attempt(star_subclass_eg)
for src in ("try:\n    pass\nexcept* ValueError:\n    break\n",
            "try:\n    pass\nexcept* ValueError:\n    return\n",
            "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
            "try:\n    pass\nexcept*:\n    pass\n"):
    try:
        compile(src, "<src>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
star_eg()
