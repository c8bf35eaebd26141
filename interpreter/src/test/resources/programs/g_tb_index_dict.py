grid = [[1, 2, 3], [4, 5, 6]]
lookup = {"row": 1, "col": 2}


def cell(g, where):
    return g[where["row"]][where["col"]]


print(cell(grid, lookup))
lookup["col"] = 5
print(cell(grid, lookup))
