import sys
def main():
    print("in main")
    raise SystemExit(7)
try:
    main()
finally:
    print("finally runs")
