import enum

class Light(enum.Enum):
    RED = "stop"
    GREEN = "go"
    YELLOW = "slow"

    def next(self):
        order = [Light.RED, Light.GREEN, Light.YELLOW]
        return order[(order.index(self) + 1) % len(order)]

class Perm(enum.IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1

class Level(enum.IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10

state = Light.RED
for _ in range(5):
    print(state.name, state.value, end=" | ")
    state = state.next()
print()
print(Light("go"), Light["YELLOW"], Light.RED in Light, len(Light), [l.name for l in Light])
mode = Perm.READ | Perm.WRITE
print(mode, int(mode), Perm.EXEC in mode, Perm.READ in mode, mode & ~Perm.WRITE, Perm(5))
print(sorted([Level.HIGH, Level.LOW, Level.MID]), Level.MID + 1, Level(10).name, max(Level))
Color = enum.Enum("Color", "CYAN MAGENTA YELLOW")
print(list(Color), Color.MAGENTA.value)
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
print(Auto.A.value, Auto.B.value, Auto.__members__.keys())
try:
    Light("fly")
except ValueError as e:
    print(e)
