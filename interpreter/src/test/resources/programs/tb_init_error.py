class Account:
    def __init__(self, owner, balance):
        if balance < 0:
            raise ValueError("negative balance")
        self.owner = owner
        self.balance = balance
accounts = [Account("a", 10), Account("b", -5)]
