import threading
import time

result = None

def compute():
    global result
    result = 45

t = threading.Thread(target=compute)
t.start()
time.sleep(0.05)
print(result)
t.join()
