config = {
    "servers": [
        {"name": "alpha", "ports": [80, 443], "meta": {"region": "eu"}},
        {"name": "beta", "ports": [22], "meta": None},
    ]
}


def region_of(server):
    return server["meta"]["region"]


for s in config["servers"]:
    print(s["name"], s["ports"][0], region_of(s))
