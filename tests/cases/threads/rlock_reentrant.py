# An RLock can be acquired again by the thread that holds it, so locked
# methods can call each other; threads still exclude one another.
import threading


class Account:
    def __init__(self):
        self.lock = threading.RLock()
        self.balance = 0

    def deposit(self, amount):
        with self.lock:
            self.balance += amount

    def deposit_twice(self, amount):
        with self.lock:
            self.deposit(amount)
            self.deposit(amount)


acct = Account()
threads = [threading.Thread(target=lambda: [acct.deposit_twice(1) for _ in range(1000)]) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("balance", acct.balance)
r = threading.RLock()
r.acquire()
r.acquire()
r.release()
r.release()
print("re-entered and released twice")
