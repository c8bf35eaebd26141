import sys

config = {"name": "svc", "port": "80a"}
try:
    port = int(config["port"])
except ValueError as e:
    print("bad config:", e)
    sys.exit(f"fatal: port {config['port']!r} is not a number")
print("unreachable")
