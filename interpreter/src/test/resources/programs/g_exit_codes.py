import sys


def main(argv):
    tasks = ["build", "test", "deploy"]
    done = []
    for t in tasks:
        if t == "deploy":
            print("deploy needs credentials", file=sys.stderr)
            return 3
        done.append(t)
        print("done", t)
    return 0


try:
    sys.exit(main(sys.argv))
except SystemExit as e:
    print("exit code would be", e.code)
    sys.stdout.flush()
    raise
finally:
    print("finally before exit")
