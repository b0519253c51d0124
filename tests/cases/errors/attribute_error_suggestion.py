# A mistyped attribute: the uncaught AttributeError suggests the closest
# name in dir(obj); a caught one's str() does not carry it.
# expect-error: line 17: AttributeError: 'Account' object has no attribute 'balence'. Did you mean: 'balance'?
class Account:
    def __init__(self):
        self.balance = 10

    def deposit(self, amount):
        self.balance += amount


acct = Account()
try:
    acct.deposti(5)
except AttributeError as e:
    print(e)
print(acct.balence)
