import threading

ready = threading.Event()
config = None

def writer():
    global config
    config = "loaded"
    ready.set()

def reader():
    ready.wait()
    print(config)

ts = [threading.Thread(target=reader), threading.Thread(target=writer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
