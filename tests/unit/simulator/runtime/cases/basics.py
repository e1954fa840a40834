import sys
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2, 3, 4, 5]))
a = 1; b = 2; c = 3
print(sys.getsizeof([a, b, c]), sys.getsizeof((a, b)), sys.getsizeof(()))
#---
import sys
l = []
for i in range(20):
    l.append(i)
    print(sys.getsizeof(l), end=" ")
print()
#---
import sys
print(sys.getsizeof({}), sys.getsizeof(dict()), sys.getsizeof({'a': 1}), sys.getsizeof({1: 1}))
print(sys.getsizeof(set()), sys.getsizeof({1}), sys.getsizeof({1, 2, 3, 4, 5}))
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(True), sys.getsizeof(False))
print(sys.getsizeof(1.0), sys.getsizeof(1j), sys.getsizeof(None), sys.getsizeof(''), sys.getsizeof('a'), sys.getsizeof(b''))
print(sys.getsizeof('é'), sys.getsizeof('éé'), sys.getsizeof(range(10)))
#---
import sys
class C:
    pass
c = C()
print(sys.getsizeof(c), sys.getsizeof(c.__dict__))
class S:
    __slots__ = ('a', 'b')
print(sys.getsizeof(S()))
#---
import sys
d = {}
for i in range(10):
    d[str(i)] = i
    print(sys.getsizeof(d), end=" ")
print()
del d['1']
print(sys.getsizeof(d), d)
print(sys.getsizeof(d.copy()), sys.getsizeof(dict(d)))
#---
s = {5, 3, 1, 100, 64, 8}
print(s)
t = set(range(20))
print(t - {1, 2}, sorted(t)[:3])
print({(1, 2), (3, 4), (0, 0)})
print(frozenset([3, 2, 1]))
#---
from collections import namedtuple
import sys
P = namedtuple('P', 'x y')
p = P(1, 2)
print(p, p.x, p[1], sys.getsizeof(p), p._asdict(), p._replace(x=5))
x, y = p
print(x + y)
#---
from dataclasses import dataclass
import sys
@dataclass
class D:
    x: int
    y: int = 5
d = D(1)
print(d, d == D(1, 5), sys.getsizeof(d), sys.getsizeof(d.__dict__))
#---
def f(*args, **kw):
    return args, kw
print(f(1, 2, a=3))
try:
    {}['x']
except KeyError as e:
    print('caught', e, repr(e))
try:
    [][1]
except IndexError as e:
    print(e)
print(int('42') + 1, float('1.5'), str(3.0), repr('a\nb'), 7 // 2, -7 // 2, 7 % -3, 2 ** -1)
print('%s-%d-%.2f' % ('a', 3, 1.5), '{:>5}|{:<3}|{}'.format(1, 2, 'x'), f'{3.14159:.2f} {"q"!r}')
#---
x = [1, 2, 3]
x[1:2] = [7, 8, 9]
print(x, x[::-1], x[-1], len(x))
del x[0]
print(x, sorted(x, reverse=True), max(x), min(x), sum(x))
print(list(zip('ab', [1, 2])), list(enumerate('xy')), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
print(any([0, 1]), all([]), abs(-3), round(2.5), round(3.14159, 2), divmod(7, 2), pow(2, 10), hex(255), chr(65), ord('a'))
#---
class A:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"A({self.v})"
    def __eq__(self, o):
        return isinstance(o, A) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
class B(A):
    def __init__(self, v):
        super().__init__(v * 2)
print(sorted([A(3), B(1), A(0)]), A(1) == A(1), A(1) != A(2))
try:
    hash(A(1))
except TypeError as e:
    print(e)
#---
print(1 + 'a')
#---
x = 10
def g():
    print(x)
    x = 3
g()
