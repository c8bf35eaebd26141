class AppError(Exception):
    code = 1
    def __str__(self):
        return f"[{self.code}] {super().__str__()}"
class NotFound(AppError):
    code = 404
class Forbidden(AppError):
    code = 403
def handle(kind):
    if kind == "nf":
        raise NotFound("no such page")
    if kind == "fb":
        raise Forbidden("keep out")
    if kind == "app":
        raise AppError("generic")
    return "ok"
for k in ["nf", "fb", "app", "none"]:
    try:
        print(handle(k))
    except NotFound as e:
        print("404 handler:", e)
    except AppError as e:
        print("app handler:", e, e.code, repr(e))
