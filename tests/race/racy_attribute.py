import threading

class Account:
    def __init__(self):
        self.balance = 100

acct = Account()

def withdraw(n):
    if acct.balance >= n:
        acct.balance -= n

ts = [threading.Thread(target=withdraw, args=(80,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(acct.balance)
