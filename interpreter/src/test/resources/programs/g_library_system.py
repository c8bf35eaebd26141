from dataclasses import dataclass, field


@dataclass(order=True)
class Book:
    isbn: str
    title: str = field(compare=False)
    author: str = field(compare=False)
    year: int = field(default=2000, compare=False)
    tags: list = field(default_factory=list, compare=False, repr=False)


@dataclass
class Member:
    name: str
    borrowed: list = field(default_factory=list)
    limit: int = 2


class LibraryError(Exception):
    pass


class Library:
    def __init__(self):
        self.books = {}
        self.members = {}
        self.loans = {}

    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b

    def join(self, name, **kw):
        self.members[name] = Member(name, **kw)
        return self.members[name]

    def borrow(self, name, isbn):
        m = self.members.get(name)
        if m is None:
            raise LibraryError(f"unknown member {name!r}")
        if isbn not in self.books:
            raise LibraryError(f"no book {isbn}")
        if isbn in self.loans:
            raise LibraryError(f"{self.books[isbn].title!r} is on loan to {self.loans[isbn]}")
        if len(m.borrowed) >= m.limit:
            raise LibraryError(f"{name} reached the limit of {m.limit}")
        m.borrowed.append(isbn)
        self.loans[isbn] = name

    def give_back(self, name, isbn):
        self.members[name].borrowed.remove(isbn)
        del self.loans[isbn]

    def available(self):
        return sorted(b for isbn, b in self.books.items() if isbn not in self.loans)


lib = Library()
lib.add(Book("978-3", "Dune", "Herbert", 1965, ["sf"]), Book("978-1", "Emma", "Austen", 1815),
        Book("978-2", "Ulysses", "Joyce", 1922), Book("978-0", "Beloved", "Morrison", 1987))
ann = lib.join("ann")
bob = lib.join("bob", limit=1)
print(ann, bob)
actions = [("ann", "978-3"), ("bob", "978-3"), ("bob", "978-1"), ("bob", "978-2"), ("ann", "978-0"),
           ("ann", "978-2"), ("zed", "978-2"), ("ann", "999")]
for who, isbn in actions:
    try:
        lib.borrow(who, isbn)
        print(f"{who} borrowed {lib.books[isbn].title}")
    except LibraryError as e:
        print("refused:", e)
print([b.title for b in lib.available()], lib.loans)
lib.give_back("ann", "978-3")
print([b.title for b in lib.available()], ann.borrowed)
b = lib.books["978-3"]
print(b, b == Book("978-3", "x", "y"), Book("1", "a", "b") < Book("2", "a", "b"), b.tags)
print(sorted(lib.books.values())[0].title, max(lib.books.values(), key=lambda b: b.year).title)
by_century = {}
for bk in lib.books.values():
    by_century.setdefault(bk.year // 100 + 1, []).append(bk.title)
print(dict(sorted(by_century.items())))
