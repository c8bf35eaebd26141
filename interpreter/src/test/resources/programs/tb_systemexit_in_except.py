import sys
try:
    1 / 0
except ZeroDivisionError:
    print("exiting with 2")
    sys.exit(2)
