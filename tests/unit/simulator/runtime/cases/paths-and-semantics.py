import sys
l = [1, 2, 3, 4, 5]
for _ in range(5):
    l.pop()
    print(sys.getsizeof(l), end=' ')
l.extend(range(5))
print(sys.getsizeof(l))
l2 = [1]
l2.pop()
print(sys.getsizeof(l2))
#---
import sys
print(sys.getsizeof(list(range(9))), sys.getsizeof(list('abc')), sys.getsizeof(sorted(range(9))))
print(sys.getsizeof(list(x for x in range(9))), sys.getsizeof([x for x in range(9)]), sys.getsizeof(list({1})))
a = list(range(9))
print(sys.getsizeof(a + [1, 2, 3]), sys.getsizeof(a[::2]), sys.getsizeof(a.copy()), sys.getsizeof([*a]), sys.getsizeof([0, *a]), sys.getsizeof([*a, *a]))
print(sys.getsizeof(list(reversed(a))), sys.getsizeof(list(enumerate(a))), sys.getsizeof(list(zip(a, a))))
print(sys.getsizeof(tuple(x for x in range(9))), sys.getsizeof([[]] * 3), sys.getsizeof([0] * 100))
#---
import sys
d = {'a': 1, 2: 3}
print(sys.getsizeof(d), sys.getsizeof({2: 3, 'a': 1}))
print(sys.getsizeof(dict(a=1, b=2)), sys.getsizeof(dict.fromkeys(range(5))), sys.getsizeof(dict.fromkeys({1})))
print(sys.getsizeof({i: i for i in range(7)}), sys.getsizeof(dict(zip(range(6), range(6)))))
big = {'k%d' % i: i for i in range(20)}
print(sys.getsizeof(big), sys.getsizeof({**big}), sys.getsizeof(big.copy()))
e = {}
e.update(big)
print(sys.getsizeof(e))
e.clear()
print(sys.getsizeof(e), e)
#---
import sys
s = set()
for i in range(20):
    s.add(i)
print(sys.getsizeof(s), sys.getsizeof(set(s)), sys.getsizeof(frozenset(s)), sys.getsizeof({1, 2, 3, 4, 5}))
a, b, c, d, e = 1, 2, 3, 4, 5
print(sys.getsizeof({a, b, c, d, e}))
s.discard(3); s.remove(4)
print(sys.getsizeof(s), len(s), 3 in s)
print(s.pop(), s.pop())
print({1, 2, 3} | {4}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} ^ {3, 4}, {1, 2} <= {1, 2, 3})
#---
import sys
print(sys.getsizeof('hello'), sys.getsizeof('héllo'), sys.getsizeof('€'), sys.getsizeof('😀'), sys.getsizeof('a' * 10 + '€'))
print(sys.getsizeof(b'abc'), sys.getsizeof(bytearray(b'abc')), sys.getsizeof(bytearray()), sys.getsizeof(bytearray(range(5))), sys.getsizeof(bytearray([0] * 5)))
ba = bytearray()
for i in range(10):
    ba.append(i)
print(sys.getsizeof(ba), ba)
print(sys.getsizeof(2**64), sys.getsizeof(-2**64), sys.getsizeof(10**100), sys.getsizeof(1.5), sys.getsizeof(3 + 4j))
#---
import sys
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
ps = [P(i, i) for i in range(3)]
print(sys.getsizeof(ps[0]), sys.getsizeof(ps[0].__dict__), sys.getsizeof(ps[2].__dict__))
class Q:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
q = Q(1, 2)
print(sys.getsizeof(q), q.x, q.y)
try:
    q.z = 3
except AttributeError as e:
    print('AttributeError', e)
class R(Q):
    pass
print(sys.getsizeof(R(1, 2)))
#---
import sys
class L(list):
    pass
class D(dict):
    pass
class T(tuple):
    pass
class I(int):
    pass
class St(str):
    pass
print(sys.getsizeof(L()), sys.getsizeof(D()), sys.getsizeof(T()), sys.getsizeof(T((1, 2))), sys.getsizeof(I(5)), sys.getsizeof(St('ab')))
l = L([1, 2])
l.append(3)
print(l, len(l), sys.getsizeof(l), type(l).__name__, isinstance(l, list))
#---
def make():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
f = make()
f(); f()
print(f())
g = 5
def setg():
    global g
    g = 7
setg()
print(g)
sq = lambda x, y=2: x ** y
print(sq(3), sq(2, 5), (lambda *a: sum(a))(1, 2, 3))
#---
def gen_test():
    total = 0
    for i in range(10):
        if i % 2:
            continue
        if i > 6:
            break
        total += i
    else:
        total = -1
    return total
print(gen_test())
i = 0
while i < 3:
    i += 1
else:
    print('done', i)
#---
try:
    try:
        raise ValueError('inner')
    except ValueError as e:
        raise KeyError('outer') from e
except KeyError as k:
    print(repr(k), repr(k.__cause__))
finally:
    print('finally')
def f():
    try:
        return 1
    finally:
        print('cleanup')
print(f())
class MyErr(Exception):
    pass
try:
    raise MyErr('x', 2)
except Exception as e:
    print(type(e).__name__, e, e.args)
#---
x = 5
assert x == 5
assert x == 6, 'x is not six'
#---
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        self._c = v * 2
    @staticmethod
    def s(a):
        return a + 1
    @classmethod
    def k(cls):
        return cls.__name__
t = Temp()
t.c = 5
print(t.c, Temp.s(1), t.s(2), Temp.k(), t.k())
#---
class V:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        return x in self.items
    def __add__(self, o):
        return V(*(self.items + o.items))
    def __str__(self):
        return 'V' + str(self.items)
    def __bool__(self):
        return bool(self.items)
v = V(1, 2) + V(3)
print(v, len(v), v[0], 2 in v, list(v), bool(V()), [x * 2 for x in v])
#---
print('a,b,,c'.split(','), ' x y '.split(), 'abc'.upper(), '-'.join(['a', 'b']), 'hello'.replace('l', 'L'), 'abc'.find('c'))
print('  pad '.strip(), 'Title case'.title(), 'x'.center(5, '*'), 'abc'.startswith('ab'), '42'.isdigit(), 'a1'.isalnum())
print('{0}{1}{0}'.format('a', 'b'), '{name}!'.format(name='hi'), '%5.1f|%-4d|%x' % (3.14159, 42, 255), f'{10:08.3f}', f'{"x":^7}', f'{1234567:,}')
print(repr(1e16), repr(1.5e-7), 0.1 + 0.2, 1/3, float('inf'), -0.0, 2.0 ** 100, 10 / 4)
#---
d = {'b': 2, 'a': 1}
print(list(d.keys()), list(d.values()), list(d.items()), d.get('z', 0), d.setdefault('c', 3), d.pop('a'), d)
print(sorted(d), 'b' in d, len(d), d.popitem(), d)
for k, v in {'x': 1}.items():
    print(k, v)
print({k: v for k, v in zip('abc', range(3)) if v})
