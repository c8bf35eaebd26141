def grüße(name):
    return "Hallo " + name + 1
print(grüße("Welt"))
