def label(count):
    return "items: " + count


print(label(str(3)))
print(label(3))
