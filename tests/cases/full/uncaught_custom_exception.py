# An uncaught exception of a user-defined class: the last line names the
# class without a module prefix and shows str() of the exception.
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance} is less than {amount}")


def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(balance, amount)
    return balance - amount


print(withdraw(100, 30))
print(withdraw(100, 300))
