def rotations(s):
    return [s[i:] + s[:i] for i in range(len(s))]
def is_rotation(a, b):
    return len(a) == len(b) and b in a + a
print(rotations("abcd"), is_rotation("waterbottle", "erbottlewat"), is_rotation("abc", "acb"))
bwt = sorted(rotations("banana$"))
print(bwt, "".join(r[-1] for r in bwt), min(rotations("cabbage")))
