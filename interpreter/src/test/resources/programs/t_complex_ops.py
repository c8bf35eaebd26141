z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), -z, +z, z * 1j, z / 2, z ** 2, z == 3 + 4j, z != 3)
print(complex(1, 2), complex("1+2j"), complex(" 3j "), complex(2.5), complex(), complex(True), complex("-1.5e3-2j"))
print(1j ** 2, (1 + 1j) ** 0.5, pow(2j, 3), 2 ** (1j), (2 + 0j) ** -1, 0j ** 0, repr(1e20j), repr(-0j), repr(complex(-0.0, -0.0)))
print(hash(1 + 0j) == hash(1), (1 + 2j) + 1, 1 - 2j * 3, (4 + 2j) / (1 - 1j), complex(1, 2) == complex(1.0, 2.0))
print(format(1 + 2j, "^20"), f"{3.14159 + 2.71828j:.2f}", f"{1j:>8}", format(complex(1, -1), "e"))
for expr in ["1j < 2j", "abs", "complex('1+')", "complex('j j')", "1j // 2", "1j % 2", "divmod(1j, 2)", "(1 + 1j) / 0",
             "0j ** -1", "complex(1, 'a')", "complex('1', 2)", "int(1j)", "float(1j)", "round(1j)"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
math_like = [z.real ** 2 + z.imag ** 2, (z * z.conjugate()).real]
print(math_like)
complex("nope")
