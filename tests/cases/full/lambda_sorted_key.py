# lambda, sorted/min/max with key= and reverse=, list.sort(key=), stable
# sorting, and map/filter with lambdas.
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))
print(sorted(words, reverse=True))
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
records = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 25)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: -r[1]))
records.sort(key=lambda r: r[0], reverse=True)
print(records)
print(list(map(lambda x: x * x, range(5))), list(filter(lambda x: x % 2, range(10))))
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
square = lambda x: x ** 2
print(square(7), (lambda: "no args")(), (lambda *a: len(a))(1, 2, 3), (lambda x, y=2: x * y)(4))
scores = {"ann": 90, "bob": 72, "cy": 85}
print(sorted(scores, key=scores.get), sorted(scores.items(), key=lambda kv: kv[1], reverse=True))
print(sorted([3, -1, -4, 2], key=abs), sorted("Hello World", key=lambda c: c.lower()))
