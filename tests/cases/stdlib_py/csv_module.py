# csv: writer quoting rules (delimiters, quotes, newlines, None, floats),
# reader with quoted multi-line fields and blank lines, dialect options,
# DictReader/DictWriter and the extra-field error.
import csv, io
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["name", "note", 3, 2.5, None, True])
w.writerow(["a,b", 'say "hi"', "multi\nline", "", " x"])
w.writerows([[1, 2], [3, 4]])
print(repr(buf.getvalue()))
rows = list(csv.reader(io.StringIO(buf.getvalue())))
print(rows)
print(list(csv.reader(["a; b;c"], delimiter=";", skipinitialspace=True)))
buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=["id", "name"])
dw.writeheader()
dw.writerow({"id": 1, "name": "Ann"})
dw.writerows([{"id": 2}, {"id": 3, "name": "Bo, Jr."}])
print(repr(buf.getvalue()))
for row in csv.DictReader(io.StringIO(buf.getvalue())):
    print(row)
try:
    dw.writerow({"id": 1, "zip": 2})
except ValueError as e:
    print(e)
buf = io.StringIO()
csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n").writerow([1, "a"])
csv.writer(buf, delimiter="\t").writerow(["x y", "z"])
print(repr(buf.getvalue()))
r = csv.reader(io.StringIO("a,b\n\nc,d\n"))
print(list(r), r.line_num)
