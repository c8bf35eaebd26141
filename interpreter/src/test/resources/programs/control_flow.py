for i in range(3):
    if i == 0:
        print("zero")
    elif i == 1:
        print("one")
    else:
        print("other")
n = 0
while True:
    n += 1
    if n > 5:
        break
    if n % 2:
        continue
    print("even", n)
else:
    print("not reached")
for i in range(2):
    pass
else:
    print("for-else", i)
print("yes" if n > 3 else "no", n and "truthy", 0 or "fallback", not n)
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 != 6)
total = 0
for i in range(1, 101):
    total += i
print(total)
i = 10
while i > 0:
    i -= 3
print(i)
