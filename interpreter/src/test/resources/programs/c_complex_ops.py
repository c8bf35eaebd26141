z = 3 + 4j
w = complex(1, -2)
print(z, w, z.real, z.imag, z.conjugate(), abs(z), -z, +z, z == 3 + 4j, z != w)
print(z + w, z - w, z * w, z / w, z + 1, 1 + z, z * 2.5, 2 - z, 1 / z, z ** 2, 2 ** (1j), z ** -1)
print(z ** 0, (1 + 1j) ** 10, 1j ** 2, (2 + 0j) ** 0.5, pow(z, 3), (-1 + 0j) ** 0.5)
print(complex(), complex(2), complex(2.5), complex("1+2j"), complex(" 3j "), complex("-1.5-0.5j"), complex(1j, 1j), complex(1, 1j))
print(repr(1j), repr(-0j), repr(complex(0, -0.0)), repr(1e300j * 10), repr(complex(1, float("nan"))), str(0.1 + 0.2j))
print(hash(1 + 0j) == hash(1), hash(2j), hash(complex(1.5, 2.5)), bool(0j), bool(1j), bool(complex(0, -0.0)))
print(1j == 1j, 0j == 0, 1 + 0j == 1.0, {1j: "a"}[1j], 2 + 0j in [2], type(z).__name__, isinstance(z, complex))
print(f"{z}", f"{z:.2f}", format(1.5 + 2j, "^20"), "%s" % (1 + 1j), str(complex(1.0, 0)))
print(sum([1j, 2, 3.5]), [c.real for c in (1j, 2 + 3j)], sorted([3j, 1j], key=abs))
for bad in [lambda: z < w, lambda: z // 2, lambda: z % 2, lambda: divmod(z, 2), lambda: 1 / 0j,
            lambda: 0j ** -1, lambda: pow(z, 2, 3), lambda: int(z), lambda: float(z), lambda: complex("x"),
            lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex([]), lambda: round(z),
            lambda: z + "a", lambda: z.real.__class__.__name__]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self):
        return 5 + 6j
print(complex(C()))
acc = 0j
for k in range(5):
    acc += k * 1j + k
print(acc, acc * acc.conjugate())
