# A string complex() cannot parse.
# expect-error: line 4: ValueError: complex() arg is a malformed string
text = "1+2k"
print(complex(text))
