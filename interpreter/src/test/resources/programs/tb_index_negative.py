stack = []
def peek():
    return stack[-1]
peek()
