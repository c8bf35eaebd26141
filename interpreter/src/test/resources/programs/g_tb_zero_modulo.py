def cycle_pos(step, length):
    return step % length
print([cycle_pos(s, 4) for s in range(6)])
print(cycle_pos(5, 0))
