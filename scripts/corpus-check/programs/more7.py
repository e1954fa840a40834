#### main_guard_docstrings
"""Module docstring: demo of sizes."""
import sys


def describe(obj) -> str:
    """Return a short description."""
    return f"{type(obj).__name__} of size {sys.getsizeof(obj)}"


class Box:
    """A box."""

    capacity: int = 3

    def __init__(self, items: list = None) -> None:
        """Init."""
        self.items = items or []


def main():
    print(describe([]))
    print(describe(Box()))
    print(Box.__doc__, describe.__doc__, Box.capacity)


if __name__ == "__main__":
    main()
#### annotations_and_hints
from typing import NamedTuple
x: int = 5
y: float
names: list = ["a"]
def add(a: int, b: int = 2) -> int:
    return a + b
print(add(x), names, __name__)
print(add.__name__)
#### line_continuations
total = 1 + \
    2 + \
    3
items = [
    "a",
    "b",  # trailing comma
]
d = {
    "k": 1,
    "j": 2
}
s = ("part one "
     "part two")
x = 1; y = 2; print(total, items, d, s, x + y)
if (x == 1 and
        y == 2):
    print("ok")
#### triple_quoted
text = """Line one
  Line two\twith tab
Line "three" 'quoted'"""
print(text)
print(len(text.splitlines()), repr(text[:10]))
raw = r"C:\new\table"
print(raw, len(raw), repr(raw))
b = rb"\x00"
print(b, len(b))
#### dataclass_extras
from dataclasses import dataclass, field, asdict, astuple
@dataclass
class P:
    name: str
    tags: list = field(default_factory=list)
    score: float = 0.0
    secret: str = field(default="x", repr=False)
    def __post_init__(self):
        self.name = self.name.title()
p = P("ann lee", ["a"], 1.5)
print(p, asdict(p), astuple(p))
print(P("bob") == P("Bob"), P.__name__)
#### dataclass_eq_false_and_inheritance
from dataclasses import dataclass
@dataclass
class Base:
    x: int
@dataclass
class Child(Base):
    y: int = 0
c = Child(1, 2)
print(c, isinstance(c, Base), Child(1) == Child(1, 0))
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq(1))
#### dataclass_frozen_hash
from dataclasses import dataclass
@dataclass(frozen=True)
class Key:
    a: int
    b: str
s = {Key(1, "x"), Key(1, "x"), Key(2, "y")}
print(len(s), Key(1, "x") in s, sorted(k.a for k in s))
d = {Key(1, "x"): "found"}
print(d[Key(1, "x")])
#### dataclass_unhashable
from dataclasses import dataclass
@dataclass
class K:
    a: int
print({K(1)})
#### namedtuple_field_defaults
from collections import namedtuple
from typing import NamedTuple
P = namedtuple("P", "x y", defaults=[0])
print(P._field_defaults, P(1))
class Q(NamedTuple):
    a: int
    b: str = "z"
print(Q._field_defaults, Q._fields, Q(1), Q(1)._replace(b="y"))
#### namedtuple_methods_on_class
from typing import NamedTuple
class Pt(NamedTuple):
    x: int
    y: int
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __str__(self):
        return f"<{self.x},{self.y}>"
p = Pt(3, 4)
print(p.norm2(), p, repr(p), [p], p + (5,), p * 2, p[::-1])
#### namedtuple_errors
from collections import namedtuple
P = namedtuple("P", "x y")
print(P(1, 2)._replace(z=3))
#### property_setter
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
t = Temp()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
print(t.celsius)
#### class_type_call
class A:
    def __init__(self, v=0):
        self.v = v
    def clone(self):
        return type(self)(self.v + 1)
a = A(1).clone().clone()
print(a.v, type(a).__name__, a.__class__ is A)
#### init_return_error
class A:
    def __init__(self):
        return 5
A()
#### class_attribute_list_shared
class Team:
    members = []
    def add(self, m):
        self.members.append(m)
a, b = Team(), Team()
a.add("x")
print(b.members, Team.members)
#### str_repr_only_class
class R:
    def __repr__(self):
        return "R()"
print(R(), str(R()), f"{R()}", "%s" % R(), [R(), R()], {"k": R()})
#### format_dunder
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return f"${self.v:{spec}}"
m = Money(3.5)
print(f"{m:.2f}", format(m, ".1f"), "{:.0f}".format(m))
#### multiple_return_unpack
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, avg = stats([4, 8, 6])
print(lo, hi, avg, stats([1]))
#### nested_data_printing
data = {"users": [{"id": 1, "roles": ("admin",), "active": True, "score": 9.5}], "meta": {"count": 1, "next": None}}
print(data)
for u in data["users"]:
    print(u["id"], ",".join(u["roles"]), u["active"], u["score"])
#### conditional_import_style
import sys
from collections import namedtuple
import collections
Pair = collections.namedtuple("Pair", "a b")
print(Pair(1, 2), namedtuple is collections.namedtuple, sys.getsizeof(Pair(1, 2)))
#### enumerate_dict_sorted_print
inventory = {"widget": 3, "gadget": 10, "doohickey": 0}
for rank, (name, qty) in enumerate(sorted(inventory.items(), key=lambda x: -x[1]), start=1):
    status = "out" if qty == 0 else "low" if qty < 5 else "ok"
    print(f"{rank}. {name:<10} {qty:>3} {status}")
#### string_formatting_table
rows = [("Alice", 93.456, 1), ("Bob", 7.1, 22), ("Christina", 100.0, 333)]
print(f"{'Name':<10}|{'Score':>8}|{'Rank':^6}|")
print("-" * 27)
for name, score, rank in rows:
    print(f"{name:<10}|{score:>8.2f}|{rank:^6}|")
print("%-10s|%8.2f|%6d|" % rows[0])
print("{:<10}|{:>8.2f}|{:^6}|".format(*rows[1]))
#### bool_counting
votes = [True, False, True, True]
print(sum(votes), votes.count(True), len([v for v in votes if v]), any(votes), all(votes), max(votes), sorted(votes))
#### none_handling
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
result = find([1, 2], 5)
print(result, result is None, type(result).__name__, find([1, 2], 2))
print(None == 0, None is None, not None, [None] * 2, str(None), repr(None))
#### integer_string_conversions
n = 255
print(str(n), repr(n), f"{n}", "%d" % n, format(n), int(str(n)) == n, str(-n), str(n).zfill(6), str(n).rjust(6, "0"))
print(int("0b11111111", 2), int("0o377", 8), int("0xff", 16), int("377", 8), int("11111111", 2))
