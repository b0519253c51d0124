# An exception raised in a property's getter is reported from the getter's line, below the line that read the property.
# expect-error: line 9: ZeroDivisionError: division by zero
class Ratio:
    def __init__(self, a, b):
        self.a, self.b = a, b

    @property
    def value(self):
        return self.a / self.b


print(Ratio(1, 2).value)
print(Ratio(1, 0).value)
