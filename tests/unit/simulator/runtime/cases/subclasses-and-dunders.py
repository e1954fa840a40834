import sys
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s, s.peek(), len(s), sys.getsizeof(s), isinstance(s, list), s + [3], type(s + [3]).__name__)
class DD(dict):
    def __missing__(self, k):
        self[k] = k * 2
        return self[k]
d = DD()
print(d[3], d, sys.getsizeof(d), len(d))
class MyInt(int):
    def double(self):
        return MyInt(self * 2)
m = MyInt(21)
print(m, m.double(), m + 1, type(m + 1).__name__, sys.getsizeof(m), repr(m), m == 21)
class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('hi')
print(n, n.shout(), len(n), n + 'x', sys.getsizeof(n), isinstance(n, str))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
pr = Pair(1, 2)
print(pr, pr.swap(), sys.getsizeof(pr), len(pr))
#---
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __repr__(self):
        return f'Money({self.cents})'
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __hash__(self):
        return hash(self.cents)
    def __lt__(self, other):
        return self.cents < other.cents
print(sum([Money(1), Money(2)]), Money(1) + Money(5), {Money(1): 'a'}[Money(1)], len({Money(1), Money(1), Money(2)}))
print(sorted([Money(3), Money(1)]), max(Money(3), Money(9)), Money(1) == Money(1), Money(1) != Money(2))
try:
    Money(1) + 5
except TypeError as e:
    print(e)
#---
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, pos):
        return self.cells.get(pos, '.')
    def __setitem__(self, pos, v):
        self.cells[pos] = v
    def __len__(self):
        return self.w * self.h
    def __contains__(self, pos):
        return pos in self.cells
    def __str__(self):
        return '\n'.join(''.join(self[(x, y)] for x in range(self.w)) for y in range(self.h))
g = Grid(3, 2)
g[(1, 1)] = '#'
g[0, 0] = '@'
print(g)
print(len(g), (1, 1) in g, (2, 2) in g, bool(g))
#---
import sys
data = {'users': [{'name': 'a', 'age': 30}, {'name': 'b', 'age': 25}]}
ages = [u['age'] for u in data['users']]
print(ages, sum(ages) / len(ages), sorted(data['users'], key=lambda u: u['age'])[0]['name'])
by_name = {u['name']: u for u in data['users']}
print(by_name['b'], sys.getsizeof(by_name), sys.getsizeof(data['users'][0]))
print(f"{'name':<6}|{'age':>4}")
for u in data['users']:
    print(f"{u['name']:<6}|{u['age']:>4}")
print('{:.1%}'.format(0.256), '{:+.2e}'.format(-1234.5), '{:08b}'.format(13), '{:x}'.format(255), '{!r}'.format('q'))
#---
import sys
x = 10
def change():
    x = 20
    def inner():
        nonlocal x
        x += 1
        return x
    return inner()
print(change(), x)
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2))
def kwonly(*, a, b=2):
    return a + b
print(kwonly(a=1), kwonly(b=5, a=1))
args = (1, 2)
kwargs = {'c': 3}
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*args, **kwargs), three(1, *[2], c=3))
