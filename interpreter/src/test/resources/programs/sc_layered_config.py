from collections import ChainMap, UserDict

defaults = {"host": "localhost", "port": 8080, "debug": False, "workers": 2}
file_cfg = {"port": 9000, "workers": 4}
env_cfg = {"debug": True}
cfg = ChainMap(env_cfg, file_cfg, defaults)
print(cfg["host"], cfg["port"], cfg["debug"], cfg["workers"], len(cfg), sorted(cfg))
run = cfg.new_child({"port": 1234})
print(run["port"], run.parents["port"], run.maps[0])
run["workers"] = 8
print(run.maps[0], file_cfg["workers"])
del run["port"]
print(run["port"], dict(sorted(run.items())))

class Settings(UserDict):
    allowed = {"host", "port", "debug", "workers"}
    def __setitem__(self, key, value):
        if key not in self.allowed:
            raise KeyError(f"unknown setting {key!r}")
        if key == "port" and not (0 < value < 65536):
            raise ValueError(f"bad port {value}")
        super().__setitem__(key, value)

s = Settings(defaults)
s["port"] = 443
for k, v in [("colour", "red"), ("port", 70000)]:
    try:
        s[k] = v
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(s, "port" in s, s.get("missing", "-"), len(s))
merged = s | {"debug": True}
print(type(merged).__name__, merged["debug"], s["debug"])
