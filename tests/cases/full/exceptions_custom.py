# Custom exception hierarchies: subclasses with extra attributes, catching
# by base class, except-clause order, and str() of custom exceptions.
class AppError(Exception):
    pass


class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


class NotFound(AppError):
    pass


def validate(record):
    if "name" not in record:
        raise ValidationError("name", "missing")
    if len(record["name"]) < 2:
        raise ValidationError("name", "too short")
    if record.get("id", 0) < 0:
        raise NotFound(record["id"])
    return "valid"


for record in [{"name": "Ann"}, {}, {"name": "A"}, {"name": "Bob", "id": -7}]:
    try:
        print(validate(record))
    except ValidationError as e:
        print("validation:", e, "| field =", e.field, "| problem =", e.problem)
    except AppError as e:
        print("app error:", type(e).__name__, e, e.args)
print(issubclass(ValidationError, AppError), issubclass(AppError, Exception), issubclass(Exception, BaseException))
print(isinstance(NotFound(), AppError), str(AppError()), repr(AppError("x")), repr(NotFound(1, 2)))


class Retry(Exception):
    def __str__(self):
        return "please retry"


try:
    raise Retry()
except Exception as e:
    print(e, type(e).__name__)
errors = []
for cls in [ValueError, TypeError, KeyError, NotFound]:
    try:
        raise cls("boom")
    except (ValueError, KeyError) as e:
        errors.append("first:" + type(e).__name__)
    except Exception as e:
        errors.append("second:" + type(e).__name__)
print(errors)
