# if/elif/else chains, nested ifs, pass, and single-line suites.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"


print([classify(n) for n in [-5, 0, 3, 42, 1000]])


def fizzbuzz(n):
    if n % 15 == 0: return "FizzBuzz"
    if n % 3 == 0: return "Fizz"
    if n % 5 == 0: return "Buzz"
    return str(n)


print(" ".join([fizzbuzz(n) for n in range(1, 31)]))
x = 7
if x > 5:
    if x > 6:
        print("greater than six")
    else:
        pass
if x: pass
if x == 7: print("seven"); print("still seven")
for ch in "a1 ":
    if ch.isalpha():
        kind = "letter"
    elif ch.isdigit():
        kind = "digit"
    else:
        kind = "other"
    print(repr(ch), kind)


def nothing():
    pass


print(nothing())
grade = 73
if grade >= 90:
    letter = "A"
elif grade >= 80:
    letter = "B"
elif grade >= 70:
    letter = "C"
else:
    letter = "F"
print(letter)
