def big(x):
    if x == 0: return 0
    if x == 1: return 1
    if x == 2: return 4
    if x == 3: return 9
    if x == 4: return 16
    if x == 5: return 25
    if x == 6: return 36
    if x == 7: return 49
    if x == 8: return 64
    if x == 9: return 81
    return big(x - 1) + 2 * x - 1
