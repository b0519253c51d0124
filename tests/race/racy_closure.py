import threading

def main():
    hits = 0
    def bump():
        nonlocal hits
        hits += 1
    ts = [threading.Thread(target=bump) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(hits)

main()
