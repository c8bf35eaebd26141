class Permissions:
    NAMES = ("read", "write", "execute", "delete", "admin")

    def __init__(self, bits=0):
        self.bits = bits

    @classmethod
    def of(cls, *names):
        bits = 0
        for n in names:
            bits |= 1 << cls.NAMES.index(n)
        return cls(bits)

    def __contains__(self, name):
        return bool(self.bits & (1 << self.NAMES.index(name)))

    def __or__(self, other):
        return Permissions(self.bits | other.bits)

    def __and__(self, other):
        return Permissions(self.bits & other.bits)

    def __sub__(self, other):
        return Permissions(self.bits & ~other.bits)

    def __xor__(self, other):
        return Permissions(self.bits ^ other.bits)

    def __invert__(self):
        return Permissions(~self.bits & ((1 << len(self.NAMES)) - 1))

    def __iter__(self):
        return (n for i, n in enumerate(self.NAMES) if self.bits >> i & 1)

    def __len__(self):
        return bin(self.bits).count("1")

    def __eq__(self, other):
        return isinstance(other, Permissions) and self.bits == other.bits

    def __hash__(self):
        return hash(self.bits)

    def __bool__(self):
        return self.bits != 0

    def __repr__(self):
        return f"Permissions({'|'.join(self) or 'none'})"

    def __format__(self, spec):
        if spec == "b":
            return format(self.bits, f"0{len(self.NAMES)}b")
        return repr(self)


user = Permissions.of("read", "write")
admin = Permissions.of("read", "write", "execute", "delete", "admin")
guest = Permissions.of("read")
print(user, admin, guest, Permissions())
print("write" in user, "admin" in user, len(admin), bool(Permissions()), list(user))
print(user | Permissions.of("execute"), admin - user, user & guest, user ^ guest, ~user, ~admin)
print(f"{user:b} {admin:b} {~guest:b} {guest}")
print(user == Permissions.of("write", "read"), len({user, Permissions(3), guest}))
roles = {"viewer": guest, "editor": user, "root": admin}
for name, perms in sorted(roles.items(), key=lambda kv: len(kv[1])):
    print(f"{name:>7}: {len(perms)} {sorted(perms)}")
x = 0b1011_0110
print(x, bin(x), x & 0xF, x >> 4, x & -x, (x & (x - 1)), bin(x ^ 0xFF), x.bit_length())
masks = [1 << i for i in range(8)]
print([i for i, m in enumerate(masks) if x & m], sum(masks), hex(sum(masks)))
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in range(16)], popcount(2 ** 100 - 1))
subsets = [[v for i, v in enumerate("abc") if mask >> i & 1] for mask in range(8)]
print(subsets)
