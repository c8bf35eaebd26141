def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
    return None


def three_sum(nums):
    nums = sorted(nums)
    out = []
    for i in range(len(nums) - 2):
        if i and nums[i] == nums[i - 1]:
            continue
        lo, hi = i + 1, len(nums) - 1
        while lo < hi:
            s = nums[i] + nums[lo] + nums[hi]
            if s < 0:
                lo += 1
            elif s > 0:
                hi -= 1
            else:
                out.append((nums[i], nums[lo], nums[hi]))
                while lo < hi and nums[lo] == nums[lo + 1]:
                    lo += 1
                lo += 1
                hi -= 1
    return out


def max_water(h):
    lo, hi, best = 0, len(h) - 1, 0
    while lo < hi:
        best = max(best, (hi - lo) * min(h[lo], h[hi]))
        if h[lo] < h[hi]:
            lo += 1
        else:
            hi -= 1
    return best


def dedupe_sorted(xs):
    if not xs:
        return 0
    w = 1
    for r in range(1, len(xs)):
        if xs[r] != xs[w - 1]:
            xs[w] = xs[r]
            w += 1
    del xs[w:]
    return w


print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1, 2], 7))
print(three_sum([-1, 0, 1, 2, -1, -4]), three_sum([0, 0, 0, 0]), three_sum([1, 2, 3]))
print(max_water([1, 8, 6, 2, 5, 4, 8, 3, 7]), max_water([1, 1]))
xs = [1, 1, 2, 3, 3, 3, 4, 5, 5]
print(dedupe_sorted(xs), xs)


def kadane(a):
    best = cur = a[0]
    start = best_range = (0, 0)
    s = 0
    for i, x in enumerate(a[1:], 1):
        if cur < 0:
            cur, s = x, i
        else:
            cur += x
        if cur > best:
            best, best_range = cur, (s, i)
    return best, best_range


print(kadane([-2, 1, -3, 4, -1, 2, 1, -5, 4]), kadane([-3, -1, -2]))
