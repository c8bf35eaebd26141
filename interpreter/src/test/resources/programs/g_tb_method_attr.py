class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def total(self):
        return self.value + (self.next.total() if self.next else 0)

    def last(self):
        node = self
        while node.next:
            node = node.next
        return node


chain = Node(1, Node(2, Node(3)))
print(chain.total(), chain.last().value)
broken = Node(1, Node("two", Node(3)))
print(broken.last().value)
print(broken.total())
