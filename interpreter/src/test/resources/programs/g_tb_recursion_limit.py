def walk(node):
    return 1 + walk(node["child"] if node else node)


tree = {"child": {"child": {}}}
print(walk(tree))
