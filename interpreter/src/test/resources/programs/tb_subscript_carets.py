matrix = [[1, 2], [3, 4]]
def get(m, i, j):
    return m[i][j] + 1
print(get(matrix, 1, 1))
print(get(matrix, 2, 0))
