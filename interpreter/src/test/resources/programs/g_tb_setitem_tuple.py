point = (3, 4)
coords = list(point)
coords[0] = 10
print(coords, point)
point[0] = 10
