# subprocess: run/check_output/call/check_call/Popen, errors and timeouts.
import os
import subprocess
import sys

r = subprocess.run(["echo", "hello"], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
print(r)
r = subprocess.run(["cat"], input="abc\n", capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run("echo $FOO; exit 3", shell=True, capture_output=True, text=True, env={"FOO": "bar"})
print(r.returncode, repr(r.stdout))
print(subprocess.check_output(["pwd"], cwd="/", text=True), end="")
print(subprocess.check_output("echo err 1>&2", shell=True, stderr=subprocess.DEVNULL))
print(subprocess.call(["true"]), subprocess.call(["false"]), subprocess.check_call(["true"]))
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(e, e.returncode, e.cmd)
try:
    subprocess.run(["sh", "-c", "printf out; exit 2"], capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print(e, e.stdout, e.output)
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    # run() reports the time left, which varies: print the rest only.
    print(e.cmd, str(e).startswith("Command '['sleep', '5']' timed out after 0."))
p = subprocess.Popen(["sleep", "5"])
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, isinstance(e, subprocess.SubprocessError))
p.kill()
print(p.wait())
try:
    subprocess.run(["no-such-program-xyz"])
except FileNotFoundError as e:
    print(e)
try:
    subprocess.run(["cat"], input=b"x", stdin=subprocess.PIPE)
except ValueError as e:
    print(e)
with subprocess.Popen(["sh", "-c", "echo one; echo two"], stdout=subprocess.PIPE, text=True) as p:
    out, err = p.communicate()
    print(repr(out), err, p.returncode, p.poll(), p.wait())
p = subprocess.Popen(["sleep", "10"])
print(p.poll())
p.kill()
print(p.wait())
sys.stdout.flush()
r = subprocess.run(["echo", "inherited"])
print(r.stdout, r.returncode)
print(subprocess.getstatusoutput("echo hi; exit 4"))
print(subprocess.getstatusoutput("echo a; echo b 1>&2; echo c"))
print(subprocess.run(["sh", "-c", "echo x; echo y >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout)
