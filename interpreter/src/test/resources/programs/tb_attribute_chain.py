class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt
head = Node(Node(Node()))
print(head.nxt.nxt.nxt)
print(head.nxt.nxt.nxt.nxt)
