# Uncaught group subclasses: custom names and __str__ inside the boxes, leaves without tracebacks.
class ValidationErrors(ExceptionGroup):
    def __str__(self):
        return f"{len(self.exceptions)} validation problems: {self.message}"


class FieldError(ValueError):
    def __init__(self, field):
        super().__init__(field)
        self.field = field

    def __str__(self):
        return f"field {self.field!r} is invalid"


class Silent(Exception):
    def __str__(self):
        return ""


def check(record):
    problems = [FieldError(k) for k, v in record.items() if v is None]
    problems.append(Silent())
    if problems:
        raise ValidationErrors("record rejected", problems)


check({"name": None, "age": 3, "email": None})
