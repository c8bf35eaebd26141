class Config:
    def __init__(self, data):
        self.data = data

    @property
    def port(self):
        return int(self.data["port"])


def load(values):
    return [Config(v) for v in values]


def ports(configs):
    return sorted(c.port for c in configs)


def main():
    good = ports(load([{"port": "80"}, {"port": "443"}]))
    print(good)
    try:
        ports(load([{"port": "80"}, {}]))
    except KeyError as e:
        print("missing key", e)
    handler = lambda c: c.port * 2
    print(list(map(handler, load([{"port": 1}]))))
    results = {k: handler(Config({"port": v})) for k, v in [("a", "7"), ("b", "eight")]}
    print(results)


main()
