#### record_compare
import sys
from collections import namedtuple
Point = namedtuple("Point", "x y")
class SlotPoint:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class PlainPoint:
    def __init__(self, x, y):
        self.x = x
        self.y = y
d = {"x": 1, "y": 2}
t = (1, 2)
p = Point(1, 2)
s = SlotPoint(1, 2)
q = PlainPoint(1, 2)
print("dict", sys.getsizeof(d))
print("tuple", sys.getsizeof(t))
print("namedtuple", sys.getsizeof(p))
print("slots", sys.getsizeof(s))
print("plain", sys.getsizeof(q), sys.getsizeof(q.__dict__))
#### namedtuple_methods
from collections import namedtuple
Car = namedtuple("Car", ["make", "model", "year"])
c = Car("VW", "Golf", 2010)
print(c, c.make, c[1], c._fields, len(c))
print(c._replace(year=2020), c._asdict())
print(Car._make(["A", "B", 1]))
make, model, year = c
print(make, model, year)
print(c == ("VW", "Golf", 2010), isinstance(c, tuple))
#### namedtuple_defaults
from collections import namedtuple
P = namedtuple("P", "a b c", defaults=[0, 1])
print(P(5), P(1, 2, 3))
#### namedtuple_setattr_error
from collections import namedtuple
P = namedtuple("P", "a b")
p = P(1, 2)
p.a = 5
#### namedtuple_missing_arg
from collections import namedtuple
P = namedtuple("P", "a b")
P(1)
#### typing_namedtuple
from typing import NamedTuple
import sys
class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    level: int = 1
e = Employee("ann")
print(e, e.dept, e._asdict() == {"name": "ann", "dept": "eng", "level": 1})
print(Employee("bob", "ops", 3), sys.getsizeof(e))
print(Employee._fields)
#### dataclass_basic
from dataclasses import dataclass
import sys
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    def total(self):
        return self.price * self.qty
a = Item("pen", 1.5, 4)
b = Item("pen", 1.5, 4)
print(a, a == b, a.total())
print(sys.getsizeof(a), len(a.__dict__))
#### dataclass_order_frozen
from dataclasses import dataclass
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int
print(sorted([Version(1, 2), Version(1, 0), Version(0, 9)]))
v = Version(1, 0)
print(v < Version(1, 1))
v.major = 3
#### dataclass_field_default_factory
from dataclasses import dataclass, field
@dataclass
class Bag:
    items: list = field(default_factory=list)
    name: str = "bag"
b1 = Bag()
b1.items.append(1)
print(b1, Bag())
#### dataclass_slots
import sys
from dataclasses import dataclass
if sys.version_info >= (3, 10):
    @dataclass(slots=True)
    class P:
        x: int
        y: int
    p = P(1, 2)
    print(p, sys.getsizeof(p), hasattr(p, "__dict__"))
else:
    print("P(x=1, y=2)", "n/a")
#### slots_error
class S:
    __slots__ = ("a",)
s = S()
s.a = 1
print(s.a)
s.b = 2
#### slots_unset
class S:
    __slots__ = ("a", "b")
s = S()
s.a = 1
print(s.b)
#### instance_dict_growth
import sys
class Obj:
    pass
o = Obj()
print(sys.getsizeof(o.__dict__))
for i in range(8):
    setattr(o, "attr%d" % i, i)
    print(i, sys.getsizeof(o.__dict__))
print(sorted(vars(o)) if False else len(o.__dict__))
#### instance_key_sharing
import sys
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
ps = [P(i, i) for i in range(3)]
print([sys.getsizeof(p.__dict__) for p in ps])
ps[0].z = 5
print([sys.getsizeof(p.__dict__) for p in ps])
print(sys.getsizeof(ps[0]), sys.getsizeof(P(1, 2)))
#### tuple_basics
import sys
t = (1, "a", 2.5)
print(t, t[1], t[-1], t[1:], len(t), t + (4,), t * 2, t.count(1), t.index("a"))
print((1,), (), tuple("ab"), tuple([1, 2]), sys.getsizeof((1,)), sys.getsizeof(t))
single = 5,
print(single, type(single).__name__)
#### tuple_assign_error
t = (1, 2)
t[0] = 5
#### tuple_hash_key
d = {(1, 2): "a", (3,): "b"}
print(d[(1, 2)], d[3,], (1, 2) in d)
#### tuple_unhashable_key
d = {([1],): 1}
#### namedtuple_rename
from collections import namedtuple
P = namedtuple("P", ["a", "def", "a"], rename=True)
print(P._fields)
#### namedtuple_repr_nested
from collections import namedtuple
Node = namedtuple("Node", "val children")
tree = Node(1, [Node(2, []), Node(3, [Node(4, [])])])
print(tree)
print(tree.children[1].children[0].val)
#### dataclass_repr_nested
from dataclasses import dataclass
@dataclass
class Pt:
    x: float
    y: float
@dataclass
class Line:
    a: Pt
    b: Pt
print(Line(Pt(0, 0.5), Pt(1e-5, "s")))
print(Pt(1, 2) == Pt(1, 2), Pt(1, 2) != Pt(2, 1))
#### dataclass_missing_arg
from dataclasses import dataclass
@dataclass
class A:
    x: int
    y: int
A(1)
