# The script's __file__ is absolute (the working directory joined to the
# path as given), as in CPython 3.9+.
print(__file__[0] == "/", __file__.endswith("main_file_absolute.py"), __name__)
