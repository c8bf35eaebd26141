# ExceptionGroup / BaseExceptionGroup construction rules and messages.
def attempt(label, make):
    try:
        eg = make()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", type(eg).__name__, repr(eg))


attempt("no args", lambda: ExceptionGroup())
attempt("one arg", lambda: ExceptionGroup("m"))
attempt("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("int message", lambda: ExceptionGroup(1, [ValueError()]))
attempt("not a sequence", lambda: ExceptionGroup("m", 5))
attempt("set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("non-exception", lambda: ExceptionGroup("m", [ValueError(), 3]))
attempt("class not instance", lambda: ExceptionGroup("m", [ValueError]))
attempt("base in EG", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt("BEG of Exceptions", lambda: BaseExceptionGroup("m", [ValueError(1)]))
attempt("BEG of base", lambda: BaseExceptionGroup("m", [ValueError(1), SystemExit(2)]))
attempt("tuple", lambda: ExceptionGroup("m", (ValueError(1), TypeError(2))))
attempt("keywords", lambda: ExceptionGroup("m", [ValueError()], extra=1))
attempt("nested", lambda: ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1)])]))


class MyGroup(ExceptionGroup):
    pass


class MyBaseGroup(BaseExceptionGroup):
    pass


attempt("subclass", lambda: MyGroup("mine", [ValueError()]))
attempt("subclass with base", lambda: MyGroup("mine", [GeneratorExit()]))
attempt("base subclass", lambda: MyBaseGroup("b", [ValueError()]))
attempt("base subclass with base", lambda: MyBaseGroup("b", [GeneratorExit()]))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
eg = ExceptionGroup("msg", [ValueError(1), TypeError("t")])
print(eg.message, eg.exceptions, eg.args, str(eg))
print(type(eg.exceptions).__name__, len(eg.exceptions))
one = ExceptionGroup("single", [ValueError()])
print(str(one), repr(one))
try:
    eg.message = "other"
except AttributeError as e:
    print("AttributeError:", e)
try:
    eg.exceptions = ()
except AttributeError as e:
    print("AttributeError:", e)
