# Reading a name that was never assigned.
# expect-error: line 5: NameError: name 'undefined_thing' is not defined
print("before")
value = 42
print(value + undefined_thing)
