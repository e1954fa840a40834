#### list_self_extend
import sys
l = [1, 2, 3]
l.extend(l)
print(l, sys.getsizeof(l))
l += l
print(len(l), sys.getsizeof(l))
l[:] = l
print(len(l), sys.getsizeof(l))
l *= 0
print(l, sys.getsizeof(l))
m = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
m *= 1
print(sys.getsizeof(m))
m *= 2
print(sys.getsizeof(m))
#### list_slice_copies
import sys
base = list(range(30))
for s in [base[:], base[5:], base[::2], base[::-1], base[10:10], base[-3:], base[:1]]:
    print(len(s), sys.getsizeof(s))
#### list_insert_middle
import sys
l = [0] * 4
for i in range(14):
    l.insert(len(l) // 2, i)
    print(len(l), sys.getsizeof(l))
#### list_pop_growth_cycle
import sys
l = []
for round in range(3):
    for i in range(9):
        l.append(i)
    print("full", sys.getsizeof(l))
    while l:
        l.pop()
    print("empty", sys.getsizeof(l))
#### list_from_dict_views
import sys
d = {c: ord(c) for c in 'abcdefghijk'}
print(sys.getsizeof(list(d)), sys.getsizeof(list(d.keys())), sys.getsizeof(list(d.values())), sys.getsizeof(list(d.items())))
print(sys.getsizeof([*d]), sys.getsizeof([k for k in d]), sys.getsizeof(sorted(d, reverse=True)))
#### list_from_str_split_join
import sys
text = 'one two three four five six seven eight nine ten eleven'
words = text.split()
print(len(words), sys.getsizeof(words))
print(sys.getsizeof(text.split(' ')), sys.getsizeof(text.split(' ', 3)), sys.getsizeof(text.splitlines()))
back = ' '.join(words)
print(back == text, sys.getsizeof(back), sys.getsizeof(text))
#### list_del_every_other
import sys
l = list(range(40))
i = 0
while i < len(l):
    del l[i]
    i += 1
    if i % 5 == 0:
        print(len(l), sys.getsizeof(l))
print(len(l), sys.getsizeof(l))
#### list_remove_all_then_append
import sys
l = list(range(16))
for x in list(l):
    l.remove(x)
print(sys.getsizeof(l))
l.append(1)
print(sys.getsizeof(l))
l.extend(range(10))
print(sys.getsizeof(l))
#### tuple_concat_loop
import sys
t = ()
for i in range(8):
    t = t + (i,)
    print(len(t), sys.getsizeof(t))
t2 = tuple(x * 2 for x in t)
print(sys.getsizeof(t2), sys.getsizeof(tuple(list(t))), sys.getsizeof(t[2:5]), sys.getsizeof(t[:]))
#### tuple_nested_deep
import sys
def deep(o):
    s = sys.getsizeof(o)
    if isinstance(o, (tuple, list)):
        for x in o:
            s += deep(x)
    return s
t = ((1, 2), (3, 4), (5, (6, 7)))
print(sys.getsizeof(t), deep(t))
l = [[1, 2], [3, 4], [5, [6, 7]]]
print(sys.getsizeof(l), deep(l))
#### dict_instances_many_311
import sys
class User:
    def __init__(self, name, email):
        self.name = name
        self.email = email
users = []
for i in range(40):
    users.append(User('u%d' % i, 'u%d@x.org' % i))
print(sys.getsizeof(users[0].__dict__), sys.getsizeof(users[-1].__dict__))
print(sys.getsizeof(users[0]), sys.getsizeof(users))
print(sum(sys.getsizeof(u) + sys.getsizeof(u.__dict__) for u in users))
#### dict_instance_extra_attr_later
import sys
class P:
    def __init__(self, x):
        self.x = x
ps = [P(i) for i in range(3)]
print([sys.getsizeof(p.__dict__) for p in ps])
ps[1].label = 'middle'
print([sys.getsizeof(p.__dict__) for p in ps])
ps.append(P(9))
print([sys.getsizeof(p.__dict__) for p in ps])
#### dict_instance_vars_update
import sys
class Config:
    pass
c = Config()
vars(c).update({'host': 'localhost', 'port': 8080, 'debug': True})
print(c.host, c.port, sys.getsizeof(c.__dict__))
c.__dict__['user'] = 'admin'
print(c.user, sys.getsizeof(c.__dict__))
#### dict_instance_del_all
import sys
class P:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3
p = P()
print(sys.getsizeof(p.__dict__))
del p.a
del p.b
del p.c
print(sys.getsizeof(p.__dict__), p.__dict__)
p.d = 4
print(sys.getsizeof(p.__dict__))
#### dict_class_attr_vs_instance
import sys
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
cs = [Counter() for _ in range(4)]
print(Counter.count, [c.id for c in cs])
print(sys.getsizeof(cs[0].__dict__), sys.getsizeof(cs[3].__dict__))
#### slots_many_instances
import sys
class Pt:
    __slots__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z
pts = [Pt(i, i, i) for i in range(1000)]
print(sys.getsizeof(pts[0]), sys.getsizeof(pts))
print("each:", sys.getsizeof(pts[0]), "million:", sys.getsizeof(pts[0]) * 10**6)
#### slots_with_dict
import sys
class A:
    __slots__ = ('x', '__dict__')
a = A()
a.x = 1
print(sys.getsizeof(a))
a.y = 2
print(sys.getsizeof(a), sys.getsizeof(a.__dict__))
#### dataclass_many
import sys
from dataclasses import dataclass
@dataclass
class Point:
    x: float
    y: float
pts = [Point(float(i), float(i)) for i in range(5)]
print([sys.getsizeof(p.__dict__) for p in pts])
print(sys.getsizeof(pts[0]))
print(pts[0], pts[0] == Point(0.0, 0.0))
#### dataclass_frozen_order
import sys
from dataclasses import dataclass
@dataclass(frozen=True)
class Key:
    a: int
    b: str
k = Key(1, 'x')
print(k, sys.getsizeof(k), sys.getsizeof(k.__dict__))
#### namedtuple_defaults_sizes
import sys
from collections import namedtuple
Emp = namedtuple('Emp', 'name dept salary', defaults=[0])
e = Emp('al', 'it')
print(e, sys.getsizeof(e))
print(sys.getsizeof(e._asdict()), sys.getsizeof(tuple(e)), sys.getsizeof(list(e)))
#### namedtuple_million
import sys
from collections import namedtuple
Stock = namedtuple('Stock', ['name', 'shares', 'price'])
s = Stock('GOOG', 100, 490.1)
t = ('GOOG', 100, 490.1)
d = {'name': 'GOOG', 'shares': 100, 'price': 490.1}
for label, obj in [('namedtuple', s), ('tuple', t), ('dict', d)]:
    print(label, sys.getsizeof(obj), sys.getsizeof(obj) * 1000000 // 1024 // 1024, 'MB')
#### str_build_join_vs_concat
import sys
parts = []
for i in range(20):
    parts.append(str(i))
s1 = ''.join(parts)
s2 = ''
for p in parts:
    s2 += p
print(s1 == s2, sys.getsizeof(s1), sys.getsizeof(s2), sys.getsizeof(parts))
#### str_unicode_mix_concat
import sys
a = 'abc'
b = '\xe9'
c = '\u2603'
d = '\U0001f40d'
for s in [a, a + b, a + c, a + d, b + c, c + d, a + b + c + d, (a + d)[:3], (a + c)[:3]]:
    print(len(s), sys.getsizeof(s))
#### str_format_sizes
import sys
name = 'World'
n = 42
x = 3.14159
for s in [f'Hello {name}', 'Hello %s' % name, 'Hello {}'.format(name), f'{n:5d}', f'{x:.3f}', f'{n!r}', str(n) * 3, repr(x)]:
    print(repr(s), sys.getsizeof(s))
#### str_numbers_sizes_table
import sys
for x in [0, 9, 10, 99, 100, 10**9, 10**18, 2**64, -5, 0.5, 1e-7, 123.456]:
    s = str(x)
    r = repr(x)
    print(s, sys.getsizeof(s), sys.getsizeof(r), sys.getsizeof(x))
#### str_encode_decode_loop
import sys
words = ['plain', 'caf\xe9', 'na\xefve', '\u65e5\u672c', 'emoji\U0001f600']
for w in words:
    b = w.encode('utf-8')
    back = b.decode('utf-8')
    print(w == back, len(w), len(b), sys.getsizeof(w), sys.getsizeof(b), sys.getsizeof(back))
#### str_slices_kinds
import sys
s = 'ab\xe9\u4e2d\U0001f600cd'
for i in range(len(s)):
    print(i, sys.getsizeof(s[i]), sys.getsizeof(s[:i]), sys.getsizeof(s[i:]))
#### str_multiply
import sys
for base in ['a', 'ab', '\xe9', '\u4e2d', '\U0001f600']:
    print([sys.getsizeof(base * n) for n in [0, 1, 2, 5, 100]])
#### str_methods_kinds
import sys
s = 'Caf\xe9 Na\xefve'
for r in [s.lower(), s.upper(), s.swapcase(), s.replace('\xe9', 'e'), s.encode('ascii', 'ignore').decode(), s.split()[0], s[::-1], s.center(20, '*')]:
    print(repr(r), sys.getsizeof(r))
#### bytes_build
import sys
b = b''
for i in range(10):
    b += bytes([65 + i])
    print(b, sys.getsizeof(b))
print(sys.getsizeof(b * 3), sys.getsizeof(b.upper()), sys.getsizeof(b[2:]), sys.getsizeof(b''.join([b, b])))
#### bytearray_from_sources
import sys
for src in [b'', b'abc', bytes(20), 'hello'.encode(), list(range(10)), range(100)]:
    ba = bytearray(src)
    print(len(ba), sys.getsizeof(ba))
print(sys.getsizeof(bytearray(5)), sys.getsizeof(bytearray(0)), sys.getsizeof(bytearray('xyz', 'ascii')))
#### bytearray_iadd_loop
import sys
ba = bytearray()
for i in range(20):
    ba += b'xyz'
    print(len(ba), sys.getsizeof(ba))
#### bytearray_shrink
import sys
ba = bytearray(range(100))
print(sys.getsizeof(ba))
del ba[10:]
print(sys.getsizeof(ba))
ba.clear()
print(sys.getsizeof(ba))
ba.extend(range(3))
print(sys.getsizeof(ba))
#### bytearray_copy
import sys
ba = bytearray(b'x' * 37)
print(sys.getsizeof(ba), sys.getsizeof(ba.copy()), sys.getsizeof(bytearray(ba)), sys.getsizeof(ba[:]), sys.getsizeof(ba + ba), sys.getsizeof(ba * 2))
ba.append(1)
print(sys.getsizeof(ba), sys.getsizeof(ba.copy()))
#### ints_in_list_memory
import sys
nums = list(range(1000))
small = sum(sys.getsizeof(n) for n in nums)
print(sys.getsizeof(nums), small, sys.getsizeof(nums) + small)
big = [n * 2**40 for n in range(1000)]
print(sum(sys.getsizeof(n) for n in big))
#### ints_negative_and_bool
import sys
for x in [-1, -2**30, -2**30 + 1, -2**31, -2**60, -2**90, True, False, True + True, -True]:
    print(x, sys.getsizeof(x))
#### ints_ops_zero_results
import sys
a = 12345678901234567890
b = a
print(sys.getsizeof(a - b), sys.getsizeof(a * 0), sys.getsizeof(a // a), sys.getsizeof(a % a), sys.getsizeof(a & 0), sys.getsizeof(-a), sys.getsizeof(a >> 64), sys.getsizeof(a << 1))
#### floats_collection
import sys
vals = [i / 10 for i in range(10)]
print(sys.getsizeof(vals), sum(sys.getsizeof(v) for v in vals))
print(sys.getsizeof(sum(vals)), sys.getsizeof(max(vals)), sys.getsizeof(round(3.7)), sys.getsizeof(round(3.75, 1)))
#### complex_sizes
import sys
for c in [0j, 1 + 2j, complex(3), complex('1+1j'), (1 + 2j) * (3 - 1j), abs(3 + 4j)]:
    print(c, sys.getsizeof(c))
#### range_objects
import sys
r = range(10)
print(sys.getsizeof(r), sys.getsizeof(r[2:5]), sys.getsizeof(reversed(r)), sys.getsizeof(iter(r)))
print(sys.getsizeof(list(r)), sys.getsizeof(tuple(r)), sys.getsizeof(set(r)), sys.getsizeof(dict.fromkeys(r)))
#### none_singletons
import sys
things = [None, True, False, ..., NotImplemented]
for t in things:
    print(repr(t), sys.getsizeof(t))
print(sys.getsizeof([None] * 10), sys.getsizeof((None,) * 10))
#### set_from_strings
import sys
letters = set('mississippi')
print(sorted(letters), sys.getsizeof(letters))
words = set('the cat and the hat and the bat'.split())
print(sorted(words), sys.getsizeof(words))
words.update(['dog', 'emu', 'fox', 'gnu'])
print(len(words), sys.getsizeof(words))
#### set_growth_strings
import sys
s = set()
last = sys.getsizeof(s)
print(0, last)
for i in range(200):
    s.add('item%d' % i)
    cur = sys.getsizeof(s)
    if cur != last:
        print(len(s), cur)
        last = cur
#### set_comprehension_filter
import sys
for n in [5, 10, 20, 40, 100]:
    s = {x % 7 for x in range(n)}
    t = {x for x in range(n) if x % 3 == 0}
    print(n, len(s), sys.getsizeof(s), len(t), sys.getsizeof(t))
#### frozenset_sizes
import sys
for n in [0, 1, 2, 4, 5, 8, 16, 100]:
    print(n, sys.getsizeof(frozenset(range(n))), sys.getsizeof(frozenset(list(range(n)))), sys.getsizeof(frozenset(set(range(n)))))
#### set_discard_then_add
import sys
s = set(range(20))
print(sys.getsizeof(s))
for i in range(0, 20, 2):
    s.discard(i)
print(len(s), sys.getsizeof(s))
for i in range(100, 120):
    s.add(i)
print(len(s), sys.getsizeof(s))
#### dict_fromkeys_variants
import sys
keys = ['a', 'b', 'c', 'd', 'e', 'f']
for src in [keys, tuple(keys), set(keys), 'abcdef', dict.fromkeys(keys), range(6)]:
    d = dict.fromkeys(src, 0)
    print(len(d), sys.getsizeof(d))
#### dict_comp_from_dict
import sys
prices = {'apple': 1.2, 'pear': 0.8, 'kiwi': 2.5, 'plum': 0.3, 'fig': 3.0, 'lime': 0.4}
cheap = {k: v for k, v in prices.items() if v < 1}
doubled = {k: v * 2 for k, v in prices.items()}
inverted = {v: k for k, v in prices.items()}
print(sys.getsizeof(prices), sys.getsizeof(cheap), sys.getsizeof(doubled), sys.getsizeof(inverted))
#### dict_update_growth
import sys
d = {}
for i in range(8):
    d.update({'k%d' % (i * 2): i, 'k%d' % (i * 2 + 1): i})
    print(len(d), sys.getsizeof(d))
#### dict_overwrite_no_growth
import sys
d = {'a': 1}
print(sys.getsizeof(d))
for i in range(100):
    d['a'] = i
print(sys.getsizeof(d))
for i in range(100):
    d['b'] = i
    del d['b']
print(sys.getsizeof(d), d)
#### dict_pop_reinsert_cycle
import sys
d = dict.fromkeys('abcde', 0)
print(sys.getsizeof(d))
for i in range(20):
    k, v = d.popitem()
    d[k + str(i)] = v
print(len(d), sys.getsizeof(d))
#### dict_copy_after_deletes
import sys
d = {i: i for i in range(50)}
for i in range(45):
    del d[i]
print(len(d), sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)), sys.getsizeof({**d}))
#### dict_nested_counts
import sys
matrix = {}
for r in range(5):
    matrix[r] = {}
    for c in range(r + 1):
        matrix[r][c] = r * c
print([sys.getsizeof(matrix[r]) for r in matrix], sys.getsizeof(matrix))
#### dict_big_then_clear
import sys
d = {str(i): i for i in range(1000)}
print(sys.getsizeof(d))
d.clear()
print(sys.getsizeof(d))
d.update(a=1)
print(sys.getsizeof(d))
#### dict_kwargs_function
import sys
def make(**kw):
    return kw
a = make()
b = make(x=1)
c = make(x=1, y=2, z=3, w=4, v=5, u=6)
print(sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c))
def f(*args):
    return args
print(sys.getsizeof(f()), sys.getsizeof(f(1)), sys.getsizeof(f(1, 2, 3)))
#### deep_size_mixed
import sys
def deep(o, seen=None):
    if seen is None:
        seen = set()
    if id(o) in seen:
        return 0
    seen.add(id(o))
    size = sys.getsizeof(o)
    if isinstance(o, dict):
        for k, v in o.items():
            size += deep(k, seen) + deep(v, seen)
    elif isinstance(o, (list, tuple, set, frozenset)):
        for x in o:
            size += deep(x, seen)
    return size
inventory = {'fruits': ['apple', 'banana'], 'count': 2, 'prices': {'apple': 0.5, 'banana': 0.25}, 'tags': {'fresh', 'organic'}}
print(deep(inventory))
print(deep([inventory, inventory]))
print(deep(list(range(100))), deep(list(range(300, 400))))
#### deep_size_class_tree
import sys
def deep(o, seen):
    if id(o) in seen:
        return 0
    seen.add(id(o))
    n = sys.getsizeof(o)
    if hasattr(o, '__dict__'):
        n += deep(o.__dict__, seen)
    if isinstance(o, dict):
        n += sum(deep(k, seen) + deep(v, seen) for k, v in o.items())
    elif isinstance(o, list):
        n += sum(deep(x, seen) for x in o)
    return n
class Tree:
    def __init__(self, value):
        self.value = value
        self.children = []
root = Tree(1000)
for i in range(3):
    child = Tree(2000 + i)
    root.children.append(child)
    for j in range(2):
        child.children.append(Tree(3000 + j))
print(deep(root, set()))
#### sizeof_dunder_compare
import sys
objs = [[1, 2, 3], (1, 2, 3), {1: 2}, {1, 2}, 'text', b'bytes', 3.5, 7, 2**80]
for o in objs:
    print(type(o).__name__, o.__sizeof__(), sys.getsizeof(o), sys.getsizeof(o) > o.__sizeof__())
class C:
    pass
c = C()
print(c.__sizeof__(), sys.getsizeof(c))
#### million_records_estimates
import sys
from collections import namedtuple
R = namedtuple('R', 'a b c')
class S:
    __slots__ = ('a', 'b', 'c')
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c
class D:
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c
n = 1000000
sizes = {
    'tuple': sys.getsizeof((1, 2, 3)),
    'namedtuple': sys.getsizeof(R(1, 2, 3)),
    'dict': sys.getsizeof({'a': 1, 'b': 2, 'c': 3}),
    'slots': sys.getsizeof(S(1, 2, 3)),
    'class': sys.getsizeof(D(1, 2, 3)) + sys.getsizeof(D(1, 2, 3).__dict__),
}
for k in sizes:
    print('%-10s %4d %8.1f MB' % (k, sizes[k], sizes[k] * n / 1e6))
#### loop_1000_structures
import sys
squares = [i * i for i in range(1000)]
lookup = {i: i * i for i in range(1000)}
uniq = {i * i % 97 for i in range(1000)}
text = ','.join(str(i) for i in range(1000))
print(sys.getsizeof(squares), sys.getsizeof(lookup), sys.getsizeof(uniq), len(uniq), sys.getsizeof(text))
#### loop_1000_growth_points
import sys
l = []
d = {}
s = set()
lp = dp = sp = -1
for i in range(1000):
    l.append(i)
    d[i] = i
    s.add(i)
    a, b, c = sys.getsizeof(l), sys.getsizeof(d), sys.getsizeof(s)
    if (a, b, c) != (lp, dp, sp):
        print(i + 1, a, b, c)
        lp, dp, sp = a, b, c
#### list_of_tuples_vs_dicts
import sys
rows_t = [(i, 'name%d' % i) for i in range(100)]
rows_d = [{'id': i, 'name': 'name%d' % i} for i in range(100)]
print(sys.getsizeof(rows_t), sys.getsizeof(rows_t[0]), sys.getsizeof(rows_d[0]))
print(sum(map(sys.getsizeof, rows_t)), sum(map(sys.getsizeof, rows_d)))
#### list_sort_sizes
import sys
l = [5, 2, 8, 1, 9, 3]
print(sys.getsizeof(l))
l.sort()
print(sys.getsizeof(l))
s = sorted(l, reverse=True)
print(sys.getsizeof(s))
r = list(reversed(l))
print(sys.getsizeof(r))
l.reverse()
print(sys.getsizeof(l))
#### list_repeat_nested
import sys
row = [0] * 10
grid = [row[:] for _ in range(10)]
print(sys.getsizeof(row), sys.getsizeof(grid), sys.getsizeof(grid[0]))
flat = [x for r in grid for x in r]
print(len(flat), sys.getsizeof(flat))
flat2 = sum(grid, [])
print(len(flat2), sys.getsizeof(flat2))
#### list_extend_self_slices
import sys
l = list(range(5))
for i in range(5):
    l.extend(l[:2])
    print(len(l), sys.getsizeof(l))
#### list_clear_reuse
import sys
buf = []
for batch in range(3):
    for i in range(7 * (batch + 1)):
        buf.append(i)
    print('batch', batch, len(buf), sys.getsizeof(buf))
    buf.clear()
    print('cleared', sys.getsizeof(buf))
#### list_slice_replace_sizes
import sys
l = list(range(20))
l[::2] = ['x'] * 10
print(sys.getsizeof(l))
l[5:15] = ['y']
print(len(l), sys.getsizeof(l))
l[1:2] = list(range(30))
print(len(l), sys.getsizeof(l))
#### instance_dict_update_kwargs
import sys
class C:
    pass
a = C()
a.__dict__.update(x=1, y=2)
print(sys.getsizeof(a.__dict__))
b = C()
b.__dict__.update({'x': 1})
print(sys.getsizeof(b.__dict__))
c = C()
vars(c).update([('x', 1)])
print(sys.getsizeof(c.__dict__))
d = {}
d.update(a=1, b=2, c=3, d=4, e=5, f=6)
print(sys.getsizeof(d))
