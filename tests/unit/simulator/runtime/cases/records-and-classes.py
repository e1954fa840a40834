import sys
from typing import NamedTuple
class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Pt(3, -4)
print(p, p.norm(), p._fields, Pt._field_defaults, sys.getsizeof(p), p._replace(y=1), Pt._make([1, 2]), p._asdict())
print(isinstance(p, tuple), p == (3, -4), p[0], len(p), hash(p) == hash((3, -4)))
#---
from dataclasses import dataclass, field
import sys
@dataclass
class Inv:
    name: str
    items: list = field(default_factory=list)
    qty: int = 0
a = Inv('a')
a.items.append(1)
b = Inv('b', [2], 3)
print(a, b, a == b, a.items is not b.items, sys.getsizeof(a), sys.getsizeof(a.__dict__))
@dataclass(order=True, frozen=True)
class V:
    x: int
    y: int
print(sorted([V(2, 1), V(1, 5), V(1, 2)]), V(1, 2) < V(1, 3), hash(V(1, 2)) == hash(V(1, 2)))
try:
    V(1, 2).x = 5
except Exception as e:
    print(type(e).__name__, e)
#---
from dataclasses import dataclass
import sys
try:
    @dataclass(slots=True)
    class S:
        a: int
        b: float = 1.0
    s = S(1)
    print(s, sys.getsizeof(s), S.__slots__)
except TypeError as e:
    print('TypeError', e)
#---
import sys
class Base:
    __slots__ = ('a',)
class Child(Base):
    __slots__ = ('b', 'c')
class Free(Base):
    pass
c = Child(); c.a = 1; c.b = 2
f = Free(); f.a = 1; f.z = 3
print(sys.getsizeof(Base()), sys.getsizeof(c), sys.getsizeof(f), sys.getsizeof(f.__dict__), c.a, c.b, f.z)
try:
    c.c
except AttributeError as e:
    print('AttributeError', e)
class WD:
    __slots__ = ('x', '__dict__')
w = WD(); w.x = 1; w.y = 2
print(sys.getsizeof(w), w.__dict__)
#---
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]
    @staticmethod
    def twice(x):
        return 2 * x
objs = Counter.make(3)
print(Counter.count, [o.id for o in objs], Counter.twice(4), objs[0].count)
class Sub(Counter):
    def __init__(self):
        super().__init__()
        self.sub = True
s = Sub()
print(s.id, s.sub, Counter.count, isinstance(s, Counter), issubclass(Sub, Counter), type(s).__name__, Sub.__mro__)
#---
class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f'{field}: {msg}')
        self.field = field
class Other(Exception):
    def __str__(self):
        return 'custom str'
for exc in [ValidationError('age', 'negative'), Other(), KeyError('k'), IndexError(), ValueError(1, 2)]:
    try:
        raise exc
    except ValueError as e:
        print('ValueError branch', e, e.args, getattr(e, 'field', None))
    except (KeyError, IndexError) as e:
        print('lookup', repr(e), str(e))
    except Exception as e:
        print('other', e, repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('wrapped')
except ValueError as e:
    print(e, type(e.__context__).__name__)
#---
s = 'héllo wörld'
print(s.upper(), s.title(), s.encode('utf-8'), len(s.encode()), s.encode('latin-1'), s[::2], s.find('ö'))
b = b'hello world'
print(b.upper(), b.split(), b.replace(b'o', b'0'), b[0], b[1:3], b.hex(), bytes.fromhex('6869'), b.decode(), b'%s %d' % (b'x', 5))
ba = bytearray(b'abc')
ba.extend(b'de'); ba.append(102); ba[0] = 65
print(ba, len(ba), ba.pop(), bytes(ba), ba.find(b'c'), list(ba[:2]))
print(bytes(3), bytes([65, 66]), bytearray(2), b'a' * 3, b'ab' + b'cd', b'x' in b'xyz', 120 in b'xyz')
#---
import sys
words = 'the quick brown fox jumps over the lazy dog the end'.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq, sys.getsizeof(freq))
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
inv = {v: k for k, v in freq.items()}
print(inv, list(freq.keys())[:3], sum(freq.values()))
keys = freq.keys() & {'the', 'cat'}
print(keys, freq.keys() - {'the'} == set(words) - {'the'}, sorted(freq.items())[0])
nested = {'a': {'b': [1, 2, {'c': 3}]}}
print(nested['a']['b'][2]['c'], nested)
#---
import sys
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m, sys.getsizeof(m), sys.getsizeof(m[0]))
flat = [x for row in m for x in row]
print(flat, sys.getsizeof(flat))
t = tuple(flat)
print(t, sys.getsizeof(t), t.count(0), t.index(5))
s = set(flat)
print(s, sys.getsizeof(s))
fs = frozenset(flat)
print(fs, sys.getsizeof(fs), fs | {9}, type(fs | {9}).__name__)
#---
def fib():
    a, b = 0, 1
    out = []
    while len(out) < 10:
        out.append(a)
        a, b = b, a + b
    return out
print(fib())
def apply(f, *args, **kwargs):
    return f(*args, **kwargs)
print(apply(max, 3, 7, 2), apply(sorted, [3, 1], reverse=True), apply(dict, a=1))
first, *middle, last = range(6)
print(first, middle, last)
(a, b), c = (1, 2), 3
print(a, b, c)
x = y = z = 0
x += 1
print(x, y, z)
print(*[1, 2, 3], sep=' | ', end='!\n')
print({**{'a': 1}, 'b': 2, **{'a': 3}}, [*'ab', *range(2)], (*'xy',))
#---
import sys
print(sys.getsizeof(int), sys.getsizeof(print) if False else 0, sys.getsizeof(object()), sys.getsizeof(...), sys.getsizeof(NotImplemented))
def f(): pass
print(sys.getsizeof(f), sys.getsizeof(range(5)), sys.getsizeof(slice(1, 2)))
class E(Exception): pass
print(sys.getsizeof(Exception()), sys.getsizeof(E()), sys.getsizeof(ValueError('x')))
print(sys.getsizeof(1, 'd'), sys.getsizeof([], 5), sys.getsizeof(True))
