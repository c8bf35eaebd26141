# Layered JSON configuration: parse, deep-merge, validate against a schema, report and serialize.
import json

DEFAULTS = """{
  "server": {"host": "0.0.0.0", "port": 8080, "workers": 4, "tls": {"enabled": false}},
  "logging": {"level": "INFO", "handlers": ["console"]},
  "features": {"beta": false, "limits": {"rps": 100, "burst": 20}}
}"""
SITE = '{"server": {"port": 9090, "tls": {"enabled": true, "cert": "/etc/ssl/site.pem"}}, "features": {"beta": true}}'
LOCAL = '{"logging": {"level": "DEBUG", "handlers": ["console", "file"]}, "features": {"limits": {"rps": 250}}}'
BROKEN = '{"server": {"port": 80,}}'

SCHEMA = {"server": {"host": str, "port": int, "workers": int, "tls": {"enabled": bool}},
          "logging": {"level": str, "handlers": list}, "features": {"beta": bool, "limits": {"rps": int, "burst": int}}}


def merge(base, over, path=""):
    out = dict(base)
    for key, value in over.items():
        where = f"{path}.{key}" if path else key
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value, where)
        else:
            if key in out and out[key] != value:
                print(f"override {where}: {json.dumps(out[key])} -> {json.dumps(value)}")
            out[key] = value
    return out


def validate(cfg, schema, path=""):
    problems = []
    for key, rule in schema.items():
        where = f"{path}.{key}" if path else key
        if key not in cfg:
            problems.append(f"missing {where}")
        elif isinstance(rule, dict):
            problems += validate(cfg[key], rule, where)
        elif not isinstance(cfg[key], rule) or (rule is int and isinstance(cfg[key], bool)):
            problems.append(f"{where} should be {rule.__name__}, got {type(cfg[key]).__name__}")
    return problems


config = json.loads(DEFAULTS)
for name, text in [("site", SITE), ("local", LOCAL), ("broken", BROKEN)]:
    try:
        layer = json.loads(text)
    except json.JSONDecodeError as e:
        print(f"{name}: cannot parse: {e.msg} at line {e.lineno} column {e.colno}")
        continue
    config = merge(config, layer)
print("problems:", validate(config, SCHEMA) or "none")
config["server"]["workers"] = "many"
print("problems:", validate(config, SCHEMA))
config["server"]["workers"] = 8
print(json.dumps(config, indent=2, sort_keys=True))
compact = json.dumps(config, separators=(",", ":"))
print(len(compact), json.loads(compact) == config)
flat = {}
def flatten(d, prefix=""):
    for k, v in d.items():
        if isinstance(v, dict):
            flatten(v, prefix + k + ".")
        else:
            flat[prefix + k] = v
flatten(config)
for k in sorted(flat):
    print(f"{k:<28} = {json.dumps(flat[k])}")
