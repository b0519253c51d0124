# Mixing tabs and spaces inconsistently.
# expect-error: line 6: TabError: inconsistent use of tabs and spaces in indentation
print("this line must not run")
if True:
	x = 1
        y = 2
