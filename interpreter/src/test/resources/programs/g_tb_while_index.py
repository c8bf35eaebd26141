def first_negative_pair(nums):
    i = 0
    while nums[i] >= 0 or nums[i + 1] >= 0:
        i += 1
    return i


print(first_negative_pair([3, -1, 4, -2, -5, 6]))
print(first_negative_pair([1, -1, 2, -2]))
