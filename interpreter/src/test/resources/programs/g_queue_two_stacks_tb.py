class Queue:
    def __init__(self):
        self.inbox, self.outbox = [], []
    def push(self, x):
        self.inbox.append(x)
    def pop(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        return self.outbox.pop()
q = Queue()
for i in range(3):
    q.push(i)
print(q.pop(), q.pop(), q.pop())
q.pop()
