ROOMS = {
    "hall": {"desc": "a long hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "dusty shelves", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "smells of bread", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "dark and damp", "exits": {"up": "kitchen"}, "items": ["wine"], "locked": True},
}
ALIASES = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down",
           "get": "take", "grab": "take", "i": "inventory", "l": "look"}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0

    def parse(self, line):
        words = [ALIASES.get(w, w) for w in line.lower().split() if w not in ("the", "a", "an")]
        if not words:
            return "Say something."
        verb, *rest = words
        if verb in ("north", "south", "east", "west", "up", "down"):
            rest, verb = [verb], "go"
        handler = getattr(self, "do_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return handler(*rest)

    def do_look(self):
        r = ROOMS[self.room]
        items = ", ".join(r["items"]) or "nothing"
        return f"You are in {r['desc']}. Exits: {', '.join(sorted(r['exits']))}. You see {items}."

    def do_go(self, direction=None):
        if direction is None:
            return "Go where?"
        target = ROOMS[self.room]["exits"].get(direction)
        if target is None:
            return f"You can't go {direction}."
        if ROOMS[target].get("locked"):
            if "key" not in self.inventory:
                return "The way is locked."
            ROOMS[target]["locked"] = False
            self.room = target
            return "You unlock the door with the key. " + self.do_look()
        self.room = target
        return self.do_look()

    def do_take(self, *things):
        if not things:
            return "Take what?"
        out = []
        for t in things:
            if t in ROOMS[self.room]["items"]:
                ROOMS[self.room]["items"].remove(t)
                self.inventory.append(t)
                out.append(f"Taken: {t}.")
            else:
                out.append(f"No {t} here.")
        return " ".join(out)

    def do_drop(self, thing):
        if thing not in self.inventory:
            return f"You don't have {thing}."
        self.inventory.remove(thing)
        ROOMS[self.room]["items"].append(thing)
        return "Dropped."

    def do_inventory(self):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")


g = Game()
script = ["look", "get lamp", "n", "take the book key", "take sword", "i", "s", "e", "d", "dance", "",
          "go", "go west", "drop lamp", "drop lamp", "l", "e", "down", "take wine", "inventory", "up", "w"]
for cmd in script:
    print(f"> {cmd}")
    try:
        print(g.parse(cmd))
    except TypeError as e:
        print("(confused)", e)
print("moves:", g.moves, "room:", g.room)
