class AppError(Exception):
    def __str__(self):
        return "custom message: " + ", ".join(map(str, self.args))
raise AppError(1, 2, "three")
