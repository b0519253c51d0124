import threading

result = None

def compute():
    global result
    result = sum(range(10))

t = threading.Thread(target=compute)
t.start()
t.join()
result += 1
print(result)
