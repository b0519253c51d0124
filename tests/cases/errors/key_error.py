# Looking up a missing str key.
# expect-error: line 5: KeyError: 'cy'
ages = {"ann": 31, "bob": 27}
print(ages["ann"])
print(ages["cy"])
