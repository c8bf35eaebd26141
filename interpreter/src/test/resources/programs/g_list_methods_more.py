nums = [5, 3, 8, 1, 9, 2]
nums.append(7)
nums.insert(0, 0)
nums.insert(-1, 6)
nums.insert(100, 10)
print(nums, len(nums))
nums.extend(range(3))
print(nums.count(2), nums.index(8), nums.index(2, 5), nums)
print(nums.pop(), nums.pop(0), nums.pop(-2), nums)
nums.remove(2)
print(nums)
for bad in [lambda: nums.remove(42), lambda: nums.index(42), lambda: [].pop(), lambda: nums.pop(99),
            lambda: nums[99], lambda: nums.insert("x", 1), lambda: nums["a"]]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
nums.reverse()
print(nums)
nums.sort()
print(nums)
nums.sort(reverse=True, key=lambda n: n % 3)
print(nums)
c = nums.copy()
c.clear()
print(c, nums[:3])
print([1, 2] + [3], [0] * 3, 3 * [None], [[0] * 2] * 2, [1, 2] * 0)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
alias = [[0] * 3] * 2
alias[0][1] = 5
print(grid, alias)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] == [], [1] == [1.0], [[1]] == [[1]])
lst = list("abcdef")
lst[1:3] = "XYZ"
print(lst)
lst[::2] = "1234"
print(lst)
del lst[::3]
print(lst)
lst += "gh"
print(lst)
lst *= 2
print(lst, lst.count("g"))
print(sorted([3, 1, 2]) == [1, 2, 3], list(reversed(lst))[:3], lst[-1], lst[-len(lst)])
m = [1, 2, 3]
m[len(m):] = [4]
m[:0] = [0]
m[2:2] = [1.5]
print(m, m.index(1.5))
stack = []
for token in "3 4 + 2 * 7 -".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[token])
print(stack)
print(list(map(list, zip(*[[1, 2, 3], [4, 5, 6]]))), [x for row in [[1, 2], [3]] for x in row])
print(repr([1, "a", None, 2.5, [3]]), str(["x"]), [].__len__(), [3, 4].__contains__(4))
try:
    [1, 2].sort(key=1)
except TypeError as e:
    print("TypeError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
