# A realistic program: accounts as classes, custom exceptions for business
# rules, a transaction log, and a formatted statement.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    pass


class AccountFrozen(BankError):
    pass


class Account:
    next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.log = []
        self.number = Account.next_number
        Account.next_number += 1

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance}, needs {amount}")
        self.balance -= amount
        self.log.append(("withdraw", amount))

    def transfer(self, other, amount):
        self.withdraw(amount)
        try:
            other.deposit(amount)
        except BankError:
            self.deposit(amount)
            raise

    def __repr__(self):
        return f"Account({self.number}, {self.owner!r}, {self.balance})"


alice = Account("Alice", 100)
bob = Account("Bob")
operations = [
    ("deposit", alice, 50),
    ("withdraw", bob, 10),
    ("transfer", alice, 70),
    ("freeze", bob, 0),
    ("transfer", alice, 10),
    ("deposit", alice, -5),
]
for op, account, amount in operations:
    try:
        if op == "deposit":
            account.deposit(amount)
        elif op == "withdraw":
            account.withdraw(amount)
        elif op == "transfer":
            account.transfer(bob, amount)
        else:
            account.frozen = True
        print(f"{op:>8} {amount:>4}: ok")
    except BankError as e:
        print(f"{op:>8} {amount:>4}: {type(e).__name__}: {e}")
    except ValueError as e:
        print(f"{op:>8} {amount:>4}: rejected ({e})")
print(alice, bob)
for kind, amount in alice.log:
    print(f"  {kind:<10}{amount:>8.2f}")
print(f"  {'balance':<10}{alice.balance:>8.2f}")
