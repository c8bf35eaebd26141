class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


def check_age(record):
    age = record["age"]
    if not isinstance(age, int):
        raise ValidationError("age", f"expected int, got {type(age).__name__}")
    return age


def validate_all(records):
    ages = []
    for r in records:
        try:
            ages.append(check_age(r))
        except KeyError as missing:
            raise ValidationError("record", f"missing {missing}") from missing
    return ages


print(validate_all([{"age": 3}, {"age": 40}]))
print(validate_all([{"age": 1}, {"name": "x"}]))
