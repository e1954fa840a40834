import sys
d = dict(a=1, b=2, c=3)
print(d, sys.getsizeof(d))
d2 = dict([('x', 1), ('y', 2)])
d3 = dict(d, z=9)
print(d2, d3, sys.getsizeof(d2), sys.getsizeof(d3))
d4 = d | {'q': 0}
d |= {'w': 5}
print(d4, d, sys.getsizeof(d4))
#---
import sys
r = range(10, 0, -2)
print(r, list(r), len(r), r[1], r[-1], r[1:3], 4 in r, 5 in r, reversed(range(3)).__class__.__name__ if False else list(reversed(range(3))))
print(list(range(0)), range(3) == range(0, 3), sys.getsizeof(r))
#---
x = 0.1 + 0.2
print(x == 0.3, round(x, 10) == 0.3, abs(x - 0.3) < 1e-9, int(x * 10), float('-inf') < 0, 1e309)
print(7 // -2, -7 % 3, 7.5 // 2, divmod(-7.5, 2), 2 ** 10 ** 0, (-8) ** (1/3) if False else 0, 10 ** -2)
print(int('-17'), int('0b101', 0), int('777', 8), str(-0), float('1e-3'), 3 * 1.1, 0.1 * 3)
print(round(1234.5678, -2), round(2.675, 2), round(5), round(-0.5), round(1.5), '%.0f' % 2.5, '%.0f' % 3.5)
#---
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
    def __iter__(self):
        node = self
        while node:
            yield_val = node.val
            node = node.nxt
            print('visit', yield_val)
        return iter([])
head = Node(1, Node(2, Node(3)))
for _ in head:
    pass
def walk(n):
    out = []
    while n is not None:
        out.append(n.val)
        n = n.nxt
    return out
print(walk(head))
#---
def outer():
    funcs = []
    for i in range(3):
        funcs.append(lambda i=i: i * 10)
    return [f() for f in funcs]
print(outer())
def counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c = counter(); c(); print(c())
def deco(fn):
    def wrapper(*a, **k):
        print('calling', fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def add(a, b):
    return a + b
print(add(2, 3))
#---
def f(n):
    if n == 0:
        raise ValueError('bottom')
    return f(n - 1)
try:
    f(50)
except ValueError as e:
    print('got', e)
def g(n):
    return g(n + 1)
try:
    g(0)
except RecursionError:
    print('recursion')
#---
import sys
s = 'abc'
print(s * 0, s[10:], s[-10:2], s[::-1], s[1:1], list(s), tuple(s), set('aab') == {'a', 'b'}, sorted(set('cab')))
print(ord('€'), chr(8364), '€'.encode('utf-8'), len('😀'), '😀'.encode('utf-8'), sys.getsizeof('😀😀'), 'ß'.upper(), 'İ'.lower(), len('İ'.lower()))
print('a' < 'b' < 'c', 'B' < 'a', 'abc' == 'abc', 'abc' is not None, 'x'.join('abc'), ','.join(map(str, range(5))))
#---
vals = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(vals), sorted(vals, key=lambda v: (v % 3, v)), min(vals), max(vals), sum(vals) / len(vals))
print(list(filter(lambda v: v > 3, vals)), list(map(lambda v: v * v, vals))[:3], [v for v in vals if v % 2 == 0])
print(vals.index(1), vals.count(1), vals[::-1], vals[2:5], len(vals), 9 in vals, vals * 0)
it = iter(vals)
print(next(it), next(it), list(zip(it, it)))
print(list(enumerate(vals))[-1], dict(enumerate('ab')), {v: i for i, v in enumerate(vals)})
#---
import sys
a = [1, 2, 3]
b = a
b.append(4)
c = a[:]
c.append(5)
print(a, b, c, a is b, a == c[:4], sys.getsizeof(a), sys.getsizeof(c))
t = (a, 'x')
t[0].append(6)
print(t)
try:
    t[1] = 'y'
except TypeError as e:
    print(e)
try:
    hash(t)
except TypeError as e:
    print(e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'ok'}[(1, 2)])
#---
print(max((print('yield', i) or i for i in [3, 1, 2]), key=lambda x: print('key', x) or -x))
print(min([], default='none'), max(1, 2, 3), min('bca'), max([[1], [0, 5]]))
try:
    min()
except TypeError as e:
    print(e)
try:
    max([])
except ValueError as e:
    print(e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)
try:
    max([1, 'a'])
except TypeError as e:
    print(e)
try:
    min(5)
except TypeError as e:
    print(e)
print(max([0]*1000 for _ in range(40000))[:3])
