# time.time and time.perf_counter move forward, sleep waits at least as long
# as asked, and sys.setswitchinterval round-trips.
import sys
import time

t0 = time.time()
p0 = time.perf_counter()
time.sleep(0.05)
p1 = time.perf_counter()
t1 = time.time()
print("perf_counter advanced by >= 0.05:", p1 - p0 >= 0.05)
print("time advanced:", t1 >= t0, "plausible epoch:", t0 > 1_600_000_000)
old = sys.getswitchinterval()
print("default switch interval:", old)
sys.setswitchinterval(0.001)
print("new switch interval:", sys.getswitchinterval())
sys.setswitchinterval(old)
print("restored:", sys.getswitchinterval() == old)
