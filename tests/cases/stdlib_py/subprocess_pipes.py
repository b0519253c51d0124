# Popen's stdin/stdout/stderr are file objects when given PIPE: read them
# directly, write to stdin, iterate lines, and communicate after touching them.
import subprocess

p = subprocess.Popen(["printf", "a\\nb\\r\\nc"], stdout=subprocess.PIPE, text=True)
print(p.stdin, p.stderr, type(p.stdout).__name__)
for line in p.stdout:
    print("line:", repr(line))
print(p.wait(), p.stdout.closed)
p.stdout.close()

p = subprocess.Popen(["printf", "xyz"], stdout=subprocess.PIPE)
print(p.stdout.read(), p.wait())

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b"one\n")
p.stdin.write(b"two\n")
p.stdin.close()
print(p.stdout.readline(), p.stdout.read(), p.wait())

# stdin written by hand, the rest through communicate
p = subprocess.Popen(["tr", "a-z", "A-Z"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE, text=True)
p.stdin.write("hello ")
print(p.communicate("world\n"), p.returncode)

# wait() first: the output is still there to read
p = subprocess.Popen(["sh", "-c", "echo out; echo err >&2; exit 4"], stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE)
print(p.wait(), p.stdout.read(), p.stderr.read())

with subprocess.Popen(["echo", "ctx"], stdout=subprocess.PIPE, text=True) as p:
    print(repr(p.stdout.read()))
print(p.returncode, p.stdout.closed)

p = subprocess.Popen(["echo", "plain"], stdout=subprocess.PIPE)
print(p.communicate(), p.stdout.closed)
try:
    p.stdout.read()
except ValueError as e:
    print("ValueError")
try:
    p.stdin.write(b"x")
except AttributeError as e:
    print("AttributeError:", e)
