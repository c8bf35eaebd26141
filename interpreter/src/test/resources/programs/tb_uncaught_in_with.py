class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit called")
        return False
with CM():
    x = {"a": 1}
    print(x["b"])
