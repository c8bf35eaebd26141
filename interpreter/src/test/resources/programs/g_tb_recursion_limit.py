def walk(node):
    return 1 + walk(node.get("child", node))


tree = {"child": {"child": {}}}
print(walk(tree))
