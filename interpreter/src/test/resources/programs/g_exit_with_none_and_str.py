import sys


def main():
    args = ["--verbose", "--level=3", "input.txt"]
    opts = {}
    for a in args:
        if a.startswith("--"):
            key, _, val = a[2:].partition("=")
            opts[key] = val or True
    print(opts)
    if opts.get("level") != "3":
        return "level must be 3"
    print("all good")
    return None


try:
    sys.exit(main())
except SystemExit as e:
    print("SystemExit code:", repr(e.code))
    raise SystemExit(5)
