# time: process_time and thread_time are CPU clocks (they advance with work,
# not with sleep), and the *_ns variants are ints.
import time

p0, t0, w0 = time.process_time(), time.thread_time(), time.perf_counter()
time.sleep(0.2)
p1, t1, w1 = time.process_time(), time.thread_time(), time.perf_counter()
print("sleep costs little CPU:", p1 - p0 < 0.1, t1 - t0 < 0.1, w1 - w0 >= 0.19)
total = 0
for i in range(300000):
    total += i * i
p2, t2 = time.process_time(), time.thread_time()
print("work costs CPU:", p2 > p1, t2 > t1, total)
print([type(f()).__name__ for f in (time.process_time_ns, time.thread_time_ns, time.time_ns, time.perf_counter_ns, time.monotonic_ns)])
print(time.process_time_ns() >= 0, time.thread_time_ns() >= 0, time.monotonic() <= time.monotonic())
