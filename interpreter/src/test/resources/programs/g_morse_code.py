MORSE = {"A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.", "H": "....",
         "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.", "O": "---", "P": ".--.",
         "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-", "V": "...-", "W": ".--", "X": "-..-",
         "Y": "-.--", "Z": "--..", "1": ".----", "2": "..---", "3": "...--", "0": "-----"}
REVERSE = {v: k for k, v in MORSE.items()}


def encode(text):
    try:
        return " / ".join(" ".join(MORSE[c] for c in word) for word in text.upper().split())
    except KeyError as e:
        raise ValueError(f"cannot encode {e.args[0]!r}") from e


def decode(code):
    return " ".join("".join(REVERSE.get(sym, "?") for sym in word.split()) for word in code.split(" / "))


for msg in ["SOS", "Hello World", "Python 3", "abc 123"]:
    enc = encode(msg)
    print(f"{msg!r} -> {enc} -> {decode(enc)!r}")
print(decode("... --- ... / .-.-.-"))
try:
    encode("what?")
except ValueError as e:
    print("ValueError:", e, "| cause:", repr(e.__cause__))
lengths = sorted(MORSE.items(), key=lambda kv: (len(kv[1]), kv[0]))
print(lengths[:6], max(MORSE.values(), key=len))
print(sum(sym.count(".") for sym in MORSE.values()), sum(sym.count("-") for sym in MORSE.values()))
