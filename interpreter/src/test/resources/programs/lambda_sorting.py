people = [("Ann", 31), ("bob", 25), ("Cid", 31), ("dee", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[0].lower(), reverse=True))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
nums = [5, -3, 2, -8, 7]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: n % 3))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
