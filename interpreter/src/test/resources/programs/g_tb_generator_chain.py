def numbers(items):
    for item in items:
        yield int(item)


def doubled(nums):
    for n in nums:
        yield n * 2


def consume(it):
    total = 0
    for v in it:
        total += v
        print("running total", total)
    return total


consume(doubled(numbers(["1", "2", "x3", "4"])))
