def averages(groups):
    result = {}
    for name, values in groups.items():
        result[name] = sum(values) / len(values)
    return result


print(averages({"a": [1, 2, 3], "b": [10]}))
print(averages({"x": [4, 4], "empty": []}))
