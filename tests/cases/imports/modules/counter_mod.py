"""A module that counts how often its top level runs."""
print("counter_mod: top level runs")
runs = 1
def bump():
    global runs
    runs += 1
    return runs
