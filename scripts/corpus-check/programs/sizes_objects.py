#### point_dict_instances
import sys
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(sys.getsizeof(p), sys.getsizeof(p.__dict__))
q = Point(3, 4)
print(sys.getsizeof(q), sys.getsizeof(q.__dict__), sys.getsizeof(p.__dict__))
pts = [Point(i, i) for i in range(10)]
print(sys.getsizeof(pts[-1].__dict__), sys.getsizeof(p.__dict__))
#### slots_vs_dict
import sys
class A:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class B:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
a = A(1, 2)
b = B(1, 2)
print("A", sys.getsizeof(a), sys.getsizeof(a) + sys.getsizeof(a.__dict__))
print("B", sys.getsizeof(b))
print(hasattr(b, '__dict__'))
print("million A", (sys.getsizeof(a) + sys.getsizeof(a.__dict__)) * 1000000)
print("million B", sys.getsizeof(b) * 1000000)
#### attrs_0
import sys
class C:
    def __init__(self):
        pass
c = C()
print(sys.getsizeof(c), sys.getsizeof(c.__dict__), len(c.__dict__))
c2 = C()
print(sys.getsizeof(c2.__dict__), sys.getsizeof(c.__dict__))
#### attrs_1
import sys
class C:
    def __init__(self):
        self.a0 = 0
c = C()
print(sys.getsizeof(c), sys.getsizeof(c.__dict__), len(c.__dict__))
c2 = C()
print(sys.getsizeof(c2.__dict__), sys.getsizeof(c.__dict__))
#### attrs_3
import sys
class C:
    def __init__(self):
        self.a0 = 0
        self.a1 = 1
        self.a2 = 2
c = C()
print(sys.getsizeof(c), sys.getsizeof(c.__dict__), len(c.__dict__))
c2 = C()
print(sys.getsizeof(c2.__dict__), sys.getsizeof(c.__dict__))
#### attrs_5
import sys
class C:
    def __init__(self):
        self.a0 = 0
        self.a1 = 1
        self.a2 = 2
        self.a3 = 3
        self.a4 = 4
c = C()
print(sys.getsizeof(c), sys.getsizeof(c.__dict__), len(c.__dict__))
c2 = C()
print(sys.getsizeof(c2.__dict__), sys.getsizeof(c.__dict__))
#### attrs_6
import sys
class C:
    def __init__(self):
        self.a0 = 0
        self.a1 = 1
        self.a2 = 2
        self.a3 = 3
        self.a4 = 4
        self.a5 = 5
c = C()
print(sys.getsizeof(c), sys.getsizeof(c.__dict__), len(c.__dict__))
c2 = C()
print(sys.getsizeof(c2.__dict__), sys.getsizeof(c.__dict__))
#### attrs_10
import sys
class C:
    def __init__(self):
        self.a0 = 0
        self.a1 = 1
        self.a2 = 2
        self.a3 = 3
        self.a4 = 4
        self.a5 = 5
        self.a6 = 6
        self.a7 = 7
        self.a8 = 8
        self.a9 = 9
c = C()
print(sys.getsizeof(c), sys.getsizeof(c.__dict__), len(c.__dict__))
c2 = C()
print(sys.getsizeof(c2.__dict__), sys.getsizeof(c.__dict__))
#### attrs_11
import sys
class C:
    def __init__(self):
        self.a0 = 0
        self.a1 = 1
        self.a2 = 2
        self.a3 = 3
        self.a4 = 4
        self.a5 = 5
        self.a6 = 6
        self.a7 = 7
        self.a8 = 8
        self.a9 = 9
        self.a10 = 10
c = C()
print(sys.getsizeof(c), sys.getsizeof(c.__dict__), len(c.__dict__))
c2 = C()
print(sys.getsizeof(c2.__dict__), sys.getsizeof(c.__dict__))
#### attrs_22
import sys
class C:
    def __init__(self):
        self.a0 = 0
        self.a1 = 1
        self.a2 = 2
        self.a3 = 3
        self.a4 = 4
        self.a5 = 5
        self.a6 = 6
        self.a7 = 7
        self.a8 = 8
        self.a9 = 9
        self.a10 = 10
        self.a11 = 11
        self.a12 = 12
        self.a13 = 13
        self.a14 = 14
        self.a15 = 15
        self.a16 = 16
        self.a17 = 17
        self.a18 = 18
        self.a19 = 19
        self.a20 = 20
        self.a21 = 21
c = C()
print(sys.getsizeof(c), sys.getsizeof(c.__dict__), len(c.__dict__))
c2 = C()
print(sys.getsizeof(c2.__dict__), sys.getsizeof(c.__dict__))
#### attrs_29
import sys
class C:
    def __init__(self):
        self.a0 = 0
        self.a1 = 1
        self.a2 = 2
        self.a3 = 3
        self.a4 = 4
        self.a5 = 5
        self.a6 = 6
        self.a7 = 7
        self.a8 = 8
        self.a9 = 9
        self.a10 = 10
        self.a11 = 11
        self.a12 = 12
        self.a13 = 13
        self.a14 = 14
        self.a15 = 15
        self.a16 = 16
        self.a17 = 17
        self.a18 = 18
        self.a19 = 19
        self.a20 = 20
        self.a21 = 21
        self.a22 = 22
        self.a23 = 23
        self.a24 = 24
        self.a25 = 25
        self.a26 = 26
        self.a27 = 27
        self.a28 = 28
c = C()
print(sys.getsizeof(c), sys.getsizeof(c.__dict__), len(c.__dict__))
c2 = C()
print(sys.getsizeof(c2.__dict__), sys.getsizeof(c.__dict__))
#### attrs_30
import sys
class C:
    def __init__(self):
        self.a0 = 0
        self.a1 = 1
        self.a2 = 2
        self.a3 = 3
        self.a4 = 4
        self.a5 = 5
        self.a6 = 6
        self.a7 = 7
        self.a8 = 8
        self.a9 = 9
        self.a10 = 10
        self.a11 = 11
        self.a12 = 12
        self.a13 = 13
        self.a14 = 14
        self.a15 = 15
        self.a16 = 16
        self.a17 = 17
        self.a18 = 18
        self.a19 = 19
        self.a20 = 20
        self.a21 = 21
        self.a22 = 22
        self.a23 = 23
        self.a24 = 24
        self.a25 = 25
        self.a26 = 26
        self.a27 = 27
        self.a28 = 28
        self.a29 = 29
c = C()
print(sys.getsizeof(c), sys.getsizeof(c.__dict__), len(c.__dict__))
c2 = C()
print(sys.getsizeof(c2.__dict__), sys.getsizeof(c.__dict__))
#### instances_1
import sys
class Rec:
    def __init__(self, a, b):
        self.a = a
        self.b = b
items = []
for i in range(1):
    items.append(Rec(i, str(i)))
    print(i, sys.getsizeof(items[-1].__dict__), sys.getsizeof(items[0].__dict__))
#### instances_2
import sys
class Rec:
    def __init__(self, a, b):
        self.a = a
        self.b = b
items = []
for i in range(2):
    items.append(Rec(i, str(i)))
    print(i, sys.getsizeof(items[-1].__dict__), sys.getsizeof(items[0].__dict__))
#### instances_3
import sys
class Rec:
    def __init__(self, a, b):
        self.a = a
        self.b = b
items = []
for i in range(3):
    items.append(Rec(i, str(i)))
    print(i, sys.getsizeof(items[-1].__dict__), sys.getsizeof(items[0].__dict__))
#### instances_5
import sys
class Rec:
    def __init__(self, a, b):
        self.a = a
        self.b = b
items = []
for i in range(5):
    items.append(Rec(i, str(i)))
    print(i, sys.getsizeof(items[-1].__dict__), sys.getsizeof(items[0].__dict__))
#### instances_10
import sys
class Rec:
    def __init__(self, a, b):
        self.a = a
        self.b = b
items = []
for i in range(10):
    items.append(Rec(i, str(i)))
    print(i, sys.getsizeof(items[-1].__dict__), sys.getsizeof(items[0].__dict__))
#### instances_30
import sys
class Rec:
    def __init__(self, a, b):
        self.a = a
        self.b = b
items = []
for i in range(30):
    items.append(Rec(i, str(i)))
    print(i, sys.getsizeof(items[-1].__dict__), sys.getsizeof(items[0].__dict__))
#### attr_added_later
import sys
class P:
    def __init__(self):
        self.x = 1
p = P()
print(sys.getsizeof(p.__dict__))
p.y = 2
print(sys.getsizeof(p.__dict__))
q = P()
print(sys.getsizeof(q.__dict__))
q.z = 3
print(sys.getsizeof(q.__dict__), sys.getsizeof(p.__dict__))
r = P()
print(sys.getsizeof(r.__dict__))
#### attr_order_differs
import sys
class P:
    pass
a = P()
a.x = 1
a.y = 2
print(sys.getsizeof(a.__dict__))
b = P()
b.y = 2
b.x = 1
print(sys.getsizeof(b.__dict__), sys.getsizeof(a.__dict__))
c = P()
c.x = 1
c.y = 2
print(sys.getsizeof(c.__dict__))
#### attr_delete
import sys
class P:
    def __init__(self):
        self.x = 1
        self.y = 2
a = P()
b = P()
print(sys.getsizeof(a.__dict__), sys.getsizeof(b.__dict__))
del a.x
print(sys.getsizeof(a.__dict__), sys.getsizeof(b.__dict__))
c = P()
print(sys.getsizeof(c.__dict__))
a.x = 5
print(sys.getsizeof(a.__dict__), a.__dict__)
#### attr_delete_readd_same
import sys
class P:
    def __init__(self):
        self.x = 1
        self.y = 2
        self.z = 3
a = P()
print(sys.getsizeof(a.__dict__))
del a.z
print(sys.getsizeof(a.__dict__))
a.z = 3
print(sys.getsizeof(a.__dict__))
b = P()
print(sys.getsizeof(b.__dict__))
#### setattr_loop
import sys
class Bag:
    pass
b = Bag()
for i in range(35):
    setattr(b, 'f%d' % i, i)
    print(i + 1, sys.getsizeof(b.__dict__))
#### instances_before_after_attrs
import sys
class K:
    pass
objs = [K() for _ in range(5)]
for o in objs:
    o.name = 'n'
    o.val = 0
print([sys.getsizeof(o.__dict__) for o in objs])
more = [K() for _ in range(3)]
print([sys.getsizeof(o.__dict__) for o in objs])
for o in more:
    o.name = 'm'
print([sys.getsizeof(o.__dict__) for o in more])
#### dict_of_instance_copy
import sys
class P:
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
print(sys.getsizeof(p.__dict__), sys.getsizeof(p.__dict__.copy()), sys.getsizeof(dict(p.__dict__)), sys.getsizeof(vars(p)))
print(sys.getsizeof({**p.__dict__}))
#### inheritance_slots
import sys
class Base:
    __slots__ = ('a',)
class Child(Base):
    __slots__ = ('b', 'c')
class Loose(Base):
    pass
x = Base()
y = Child()
z = Loose()
print(sys.getsizeof(x), sys.getsizeof(y), sys.getsizeof(z))
z.q = 1
print(sys.getsizeof(z.__dict__))
y.a = 1
y.b = 2
print(sys.getsizeof(y))
#### inheritance_dict
import sys
class Animal:
    def __init__(self, name):
        self.name = name
class Dog(Animal):
    def __init__(self, name, breed):
        Animal.__init__(self, name)
        self.breed = breed
a = Animal('x')
d = Dog('rex', 'lab')
print(sys.getsizeof(a), sys.getsizeof(a.__dict__))
print(sys.getsizeof(d), sys.getsizeof(d.__dict__))
d2 = Dog('fido', 'pug')
print(sys.getsizeof(d2.__dict__), sys.getsizeof(d.__dict__))
#### slots_count_0
import sys
class S:
    __slots__ = ()
s = S()
print(sys.getsizeof(s))
print(S.__slots__)
#### slots_count_1
import sys
class S:
    __slots__ = ('s0',)
s = S()
print(sys.getsizeof(s))
print(S.__slots__)
#### slots_count_2
import sys
class S:
    __slots__ = ('s0', 's1')
s = S()
print(sys.getsizeof(s))
print(S.__slots__)
#### slots_count_3
import sys
class S:
    __slots__ = ('s0', 's1', 's2')
s = S()
print(sys.getsizeof(s))
print(S.__slots__)
#### slots_count_4
import sys
class S:
    __slots__ = ('s0', 's1', 's2', 's3')
s = S()
print(sys.getsizeof(s))
print(S.__slots__)
#### slots_count_8
import sys
class S:
    __slots__ = ('s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7')
s = S()
print(sys.getsizeof(s))
print(S.__slots__)
#### namedtuple_sizes
import sys
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, sys.getsizeof(p), sys.getsizeof((1, 2)))
q = Point._make([3, 4])
print(q, sys.getsizeof(q))
r = p._replace(x=10)
print(r, sys.getsizeof(r))
d = p._asdict()
print(d, sys.getsizeof(d))
#### namedtuple_row
import sys
from collections import namedtuple
Row = namedtuple('Row', 'route date daytype rides')
r = Row('22', '01/01/2001', 'U', 7354)
print(r)
print(sys.getsizeof(r))
print(sys.getsizeof(r._asdict()))
rows = [Row(str(i), '01/01/2001', 'U', i) for i in range(1000)]
print(sys.getsizeof(rows), sys.getsizeof(rows[0]))
print(sys.getsizeof(r) * 1000000)
#### namedtuple_fields_sizes
import sys
import collections
for n in range(1, 8):
    names = ['f%d' % i for i in range(n)]
    T = collections.namedtuple('T', names)
    t = T(*range(n))
    print(n, sys.getsizeof(t), sys.getsizeof(t._asdict()), len(T._fields))
#### typing_namedtuple
import sys
from typing import NamedTuple
class Row(NamedTuple):
    route: str
    rides: int
    daytype: str = 'U'
r = Row('22', 7354)
print(r, sys.getsizeof(r))
print(sys.getsizeof(r._asdict()), sys.getsizeof(r._replace(rides=1)))
#### dataclass_sizes
import sys
from dataclasses import dataclass
@dataclass
class Row:
    route: str
    date: str
    daytype: str
    rides: int
r = Row('22', '01/01/2001', 'U', 7354)
print(r)
print(sys.getsizeof(r), sys.getsizeof(r.__dict__))
r2 = Row('23', '01/01/2001', 'W', 1)
print(sys.getsizeof(r2.__dict__), sys.getsizeof(r.__dict__))
#### dataclass_defaults
import sys
from dataclasses import dataclass
@dataclass
class Item:
    name: str
    qty: int = 0
    price: float = 1.5
a = Item('a')
b = Item('b', 3)
print(a, b)
print(sys.getsizeof(a), sys.getsizeof(a.__dict__), sys.getsizeof(b.__dict__))
#### dataclass_field_default
import sys
from dataclasses import dataclass, field
@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)
c = Cart('me')
c.items.append(1)
print(c, sys.getsizeof(c.__dict__), sys.getsizeof(c.items))
#### dataclass_slots
import sys
from dataclasses import dataclass
@dataclass(slots=True)
class Row:
    route: str
    rides: int
r = Row('22', 7354)
print(r, sys.getsizeof(r))
print(hasattr(r, '__dict__'))
#### dataclass_slots_vs_plain
import sys
from dataclasses import dataclass
@dataclass(slots=True)
class A:
    x: int
    y: int
    z: int
@dataclass
class B:
    x: int
    y: int
    z: int
a = A(1, 2, 3)
b = B(1, 2, 3)
print(sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(b.__dict__))
print(sys.getsizeof(b) + sys.getsizeof(b.__dict__) - sys.getsizeof(a))
#### four_ways_record
import sys
from collections import namedtuple
class RowClass:
    def __init__(self, route, date, daytype, rides):
        self.route = route
        self.date = date
        self.daytype = daytype
        self.rides = rides
class RowSlots:
    __slots__ = ['route', 'date', 'daytype', 'rides']
    def __init__(self, route, date, daytype, rides):
        self.route = route
        self.date = date
        self.daytype = daytype
        self.rides = rides
RowNT = namedtuple('RowNT', ['route', 'date', 'daytype', 'rides'])
args = ('22', '01/01/2001', 'U', 7354)
t = args
d = dict(zip(['route', 'date', 'daytype', 'rides'], args))
c = RowClass(*args)
s = RowSlots(*args)
n = RowNT(*args)
print("tuple", sys.getsizeof(t))
print("dict", sys.getsizeof(d))
print("class", sys.getsizeof(c), sys.getsizeof(c.__dict__))
print("slots", sys.getsizeof(s))
print("namedtuple", sys.getsizeof(n))
#### sizeof_vs_getsizeof
import sys
for obj in [[], [1, 2], {}, {'a': 1}, set(), (), (1,), 'abc', 10, 2**100, 1.5, b'ab', bytearray(b'ab'), None, True, frozenset()]:
    print(type(obj).__name__, obj.__sizeof__(), sys.getsizeof(obj), sys.getsizeof(obj) - obj.__sizeof__())
#### sizeof_instance
import sys
class A:
    pass
class B:
    __slots__ = ('x',)
a = A()
b = B()
print(a.__sizeof__(), sys.getsizeof(a))
print(b.__sizeof__(), sys.getsizeof(b))
print(a.__dict__.__sizeof__(), sys.getsizeof(a.__dict__))
#### deep_getsizeof
import sys
def deep_getsizeof(o, seen=None):
    if seen is None:
        seen = set()
    if id(o) in seen:
        return 0
    seen.add(id(o))
    size = sys.getsizeof(o)
    if isinstance(o, dict):
        size += sum(deep_getsizeof(k, seen) + deep_getsizeof(v, seen) for k, v in o.items())
    elif isinstance(o, (list, tuple, set, frozenset)):
        size += sum(deep_getsizeof(x, seen) for x in o)
    return size
data = {'names': ['alice', 'bob', 'carol'], 'ages': (30, 40, 50), 'tags': {'x', 'y'}}
print(sys.getsizeof(data), deep_getsizeof(data))
shared = [1, 2, 3]
pair = [shared, shared]
print(sys.getsizeof(pair), deep_getsizeof(pair))
print(deep_getsizeof([]), deep_getsizeof([[]]), deep_getsizeof([[], []]))
#### deep_getsizeof_objects
import sys
def total_size(o, seen):
    if id(o) in seen:
        return 0
    seen.add(id(o))
    s = sys.getsizeof(o)
    if isinstance(o, dict):
        for k in o:
            s += total_size(k, seen)
            s += total_size(o[k], seen)
    elif isinstance(o, (list, tuple, set)):
        for x in o:
            s += total_size(x, seen)
    elif hasattr(o, '__dict__'):
        s += total_size(o.__dict__, seen)
    return s
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
head = None
for i in range(5):
    head = Node(i * 1000, head)
print(total_size(head, set()))
print(total_size([Node(1), Node(2)], set()))
#### deep_size_records
import sys
def deep(o, seen=None):
    seen = set() if seen is None else seen
    if id(o) in seen:
        return 0
    seen.add(id(o))
    n = sys.getsizeof(o)
    if isinstance(o, dict):
        n += sum(deep(k, seen) + deep(v, seen) for k, v in o.items())
    elif isinstance(o, (list, tuple)):
        n += sum(deep(x, seen) for x in o)
    return n
rows = [{'route': str(i), 'date': '01/01/2001', 'daytype': 'U', 'rides': i * 1000} for i in range(100)]
print(deep(rows))
print(deep(rows) // len(rows))
tuples = [(str(i), '01/01/2001', 'U', i * 1000) for i in range(100)]
print(deep(tuples))
#### class_counter_objs
import sys
class Stock:
    def __init__(self, name, shares, price):
        self.name = name
        self.shares = shares
        self.price = price
portfolio = []
for i in range(1000):
    portfolio.append(Stock('S%d' % i, i, i * 1.5))
s = portfolio[0]
print(sys.getsizeof(s), sys.getsizeof(s.__dict__))
print(sys.getsizeof(portfolio[-1].__dict__))
print(sys.getsizeof(portfolio))
