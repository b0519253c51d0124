# Calling a function without its required arguments.
# expect-error: line 8: TypeError: area() missing 2 required positional arguments: 'width' and 'height'
def area(width, height):
    return width * height


print(area(2, 3))
print(area())
