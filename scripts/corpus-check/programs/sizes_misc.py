#### ints_table
import sys
for x in [0, 1, -1, 255, 256, 2**30 - 1, 2**30, 2**60, 2**63, 2**64, -2**30, -2**60, 10**100, 2**1000, True, False]:
    print(x if abs(x) < 10**20 else 'big', sys.getsizeof(x))
#### ints_growth
import sys
x = 1
for i in range(0, 200, 15):
    print(i, sys.getsizeof(x << i), sys.getsizeof(-(x << i)))
#### ints_arith_results
import sys
a = 2**30
print(sys.getsizeof(a - 1), sys.getsizeof(a * a), sys.getsizeof(a * a - a * a), sys.getsizeof(a // a))
print(sys.getsizeof(7 // 2), sys.getsizeof(-7 % 3), sys.getsizeof(2**62 + 2**62), sys.getsizeof(abs(-2**31)))
print(sys.getsizeof(int('123')), sys.getsizeof(int('9' * 30)), sys.getsizeof(int(3.9)), sys.getsizeof(int(1e20)))
#### floats_complex_none
import sys
print(sys.getsizeof(0.0), sys.getsizeof(1e300), sys.getsizeof(float('inf')), sys.getsizeof(-0.5))
print(sys.getsizeof(1j), sys.getsizeof(complex(1, 2)), sys.getsizeof(3 + 4j))
print(sys.getsizeof(None), sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(...))
print(sys.getsizeof(1.5 * 2), sys.getsizeof(7 / 2))
#### ranges
import sys
for r in [range(0), range(10), range(10**6), range(2**70), range(-5, 5, 2)]:
    print(r, sys.getsizeof(r), sys.getsizeof(list(r)) if len(r) < 100 else len(r))
#### bools_in_containers
import sys
flags = [True] * 100
print(sys.getsizeof(flags), sys.getsizeof(True), sum(flags))
bits = [i % 2 == 0 for i in range(100)]
print(sys.getsizeof(bits))
#### million_ints_estimate
import sys
n = 1000000
per_int = sys.getsizeof(123456)
per_slot = 8
print("int", per_int)
print("list of a million ints (MB):", (sys.getsizeof([]) + n * (per_slot + per_int)) / 1024 / 1024)
print("tuple overhead", sys.getsizeof(()), sys.getsizeof((1,)) - sys.getsizeof(()))
#### set_literal
import sys
s = {1, 2, 3}
print("built", sys.getsizeof(s))
for i in range(10, 30):
    s.add(i)
    print(len(s), sys.getsizeof(s))
for i in range(10, 30):
    s.discard(i)
print("after discard", sys.getsizeof(s))
s.pop()
print("pop", sys.getsizeof(s))
s.clear()
print("clear", sys.getsizeof(s))
#### set_setcall_list
import sys
s = set([1, 2, 3])
print("built", sys.getsizeof(s))
for i in range(10, 30):
    s.add(i)
    print(len(s), sys.getsizeof(s))
for i in range(10, 30):
    s.discard(i)
print("after discard", sys.getsizeof(s))
s.pop()
print("pop", sys.getsizeof(s))
s.clear()
print("clear", sys.getsizeof(s))
#### set_setcall_range
import sys
s = set(range(3))
print("built", sys.getsizeof(s))
for i in range(10, 30):
    s.add(i)
    print(len(s), sys.getsizeof(s))
for i in range(10, 30):
    s.discard(i)
print("after discard", sys.getsizeof(s))
s.pop()
print("pop", sys.getsizeof(s))
s.clear()
print("clear", sys.getsizeof(s))
#### set_comp
import sys
s = {i for i in range(3)}
print("built", sys.getsizeof(s))
for i in range(10, 30):
    s.add(i)
    print(len(s), sys.getsizeof(s))
for i in range(10, 30):
    s.discard(i)
print("after discard", sys.getsizeof(s))
s.pop()
print("pop", sys.getsizeof(s))
s.clear()
print("clear", sys.getsizeof(s))
#### set_empty_add
import sys
s = set()
for i in range(3):
    s.add(i)
print("built", sys.getsizeof(s))
for i in range(10, 30):
    s.add(i)
    print(len(s), sys.getsizeof(s))
for i in range(10, 30):
    s.discard(i)
print("after discard", sys.getsizeof(s))
s.pop()
print("pop", sys.getsizeof(s))
s.clear()
print("clear", sys.getsizeof(s))
#### set_setstr
import sys
s = set('abc')
print("built", sys.getsizeof(s))
for i in range(10, 30):
    s.add(i)
    print(len(s), sys.getsizeof(s))
for i in range(10, 30):
    s.discard(i)
print("after discard", sys.getsizeof(s))
s.pop()
print("pop", sys.getsizeof(s))
s.clear()
print("clear", sys.getsizeof(s))
#### set_frozen
import sys
s = set(frozenset([1, 2, 3]))
print("built", sys.getsizeof(s))
for i in range(10, 30):
    s.add(i)
    print(len(s), sys.getsizeof(s))
for i in range(10, 30):
    s.discard(i)
print("after discard", sys.getsizeof(s))
s.pop()
print("pop", sys.getsizeof(s))
s.clear()
print("clear", sys.getsizeof(s))
#### set_copy
import sys
s = {1, 2, 3}.copy()
print("built", sys.getsizeof(s))
for i in range(10, 30):
    s.add(i)
    print(len(s), sys.getsizeof(s))
for i in range(10, 30):
    s.discard(i)
print("after discard", sys.getsizeof(s))
s.pop()
print("pop", sys.getsizeof(s))
s.clear()
print("clear", sys.getsizeof(s))
#### set_union
import sys
s = {1} | {2, 3}
print("built", sys.getsizeof(s))
for i in range(10, 30):
    s.add(i)
    print(len(s), sys.getsizeof(s))
for i in range(10, 30):
    s.discard(i)
print("after discard", sys.getsizeof(s))
s.pop()
print("pop", sys.getsizeof(s))
s.clear()
print("clear", sys.getsizeof(s))
#### set_update
import sys
s = set()
s.update([1, 2, 3])
print("built", sys.getsizeof(s))
for i in range(10, 30):
    s.add(i)
    print(len(s), sys.getsizeof(s))
for i in range(10, 30):
    s.discard(i)
print("after discard", sys.getsizeof(s))
s.pop()
print("pop", sys.getsizeof(s))
s.clear()
print("clear", sys.getsizeof(s))
#### set_setgen
import sys
s = set(i for i in range(3))
print("built", sys.getsizeof(s))
for i in range(10, 30):
    s.add(i)
    print(len(s), sys.getsizeof(s))
for i in range(10, 30):
    s.discard(i)
print("after discard", sys.getsizeof(s))
s.pop()
print("pop", sys.getsizeof(s))
s.clear()
print("clear", sys.getsizeof(s))
#### set_dictkeys
import sys
s = set({'a': 1, 'b': 2, 'c': 3})
print("built", sys.getsizeof(s))
for i in range(10, 30):
    s.add(i)
    print(len(s), sys.getsizeof(s))
for i in range(10, 30):
    s.discard(i)
print("after discard", sys.getsizeof(s))
s.pop()
print("pop", sys.getsizeof(s))
s.clear()
print("clear", sys.getsizeof(s))
#### set_strs
import sys
s = {'x', 'y', 'z'}
print("built", sys.getsizeof(s))
for i in range(10, 30):
    s.add(i)
    print(len(s), sys.getsizeof(s))
for i in range(10, 30):
    s.discard(i)
print("after discard", sys.getsizeof(s))
s.pop()
print("pop", sys.getsizeof(s))
s.clear()
print("clear", sys.getsizeof(s))
#### set_settuple
import sys
s = set((1, 2, 3))
print("built", sys.getsizeof(s))
for i in range(10, 30):
    s.add(i)
    print(len(s), sys.getsizeof(s))
for i in range(10, 30):
    s.discard(i)
print("after discard", sys.getsizeof(s))
s.pop()
print("pop", sys.getsizeof(s))
s.clear()
print("clear", sys.getsizeof(s))
#### set_sizes_n0
import sys
n = 0
a = set(range(n))
b = {i for i in range(n)}
c = set()
for i in range(n):
    c.add(i)
d = frozenset(range(n))
e = set(list(range(n)))
f = a.copy()
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d), sys.getsizeof(e), sys.getsizeof(f))
print(sys.getsizeof(a | a), sys.getsizeof(a & a), sys.getsizeof(a - a), sys.getsizeof(a ^ set()))
#### set_sizes_n1
import sys
n = 1
a = set(range(n))
b = {i for i in range(n)}
c = set()
for i in range(n):
    c.add(i)
d = frozenset(range(n))
e = set(list(range(n)))
f = a.copy()
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d), sys.getsizeof(e), sys.getsizeof(f))
print(sys.getsizeof(a | a), sys.getsizeof(a & a), sys.getsizeof(a - a), sys.getsizeof(a ^ set()))
#### set_sizes_n4
import sys
n = 4
a = set(range(n))
b = {i for i in range(n)}
c = set()
for i in range(n):
    c.add(i)
d = frozenset(range(n))
e = set(list(range(n)))
f = a.copy()
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d), sys.getsizeof(e), sys.getsizeof(f))
print(sys.getsizeof(a | a), sys.getsizeof(a & a), sys.getsizeof(a - a), sys.getsizeof(a ^ set()))
#### set_sizes_n5
import sys
n = 5
a = set(range(n))
b = {i for i in range(n)}
c = set()
for i in range(n):
    c.add(i)
d = frozenset(range(n))
e = set(list(range(n)))
f = a.copy()
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d), sys.getsizeof(e), sys.getsizeof(f))
print(sys.getsizeof(a | a), sys.getsizeof(a & a), sys.getsizeof(a - a), sys.getsizeof(a ^ set()))
#### set_sizes_n10
import sys
n = 10
a = set(range(n))
b = {i for i in range(n)}
c = set()
for i in range(n):
    c.add(i)
d = frozenset(range(n))
e = set(list(range(n)))
f = a.copy()
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d), sys.getsizeof(e), sys.getsizeof(f))
print(sys.getsizeof(a | a), sys.getsizeof(a & a), sys.getsizeof(a - a), sys.getsizeof(a ^ set()))
#### set_sizes_n18
import sys
n = 18
a = set(range(n))
b = {i for i in range(n)}
c = set()
for i in range(n):
    c.add(i)
d = frozenset(range(n))
e = set(list(range(n)))
f = a.copy()
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d), sys.getsizeof(e), sys.getsizeof(f))
print(sys.getsizeof(a | a), sys.getsizeof(a & a), sys.getsizeof(a - a), sys.getsizeof(a ^ set()))
#### set_sizes_n19
import sys
n = 19
a = set(range(n))
b = {i for i in range(n)}
c = set()
for i in range(n):
    c.add(i)
d = frozenset(range(n))
e = set(list(range(n)))
f = a.copy()
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d), sys.getsizeof(e), sys.getsizeof(f))
print(sys.getsizeof(a | a), sys.getsizeof(a & a), sys.getsizeof(a - a), sys.getsizeof(a ^ set()))
#### set_sizes_n50
import sys
n = 50
a = set(range(n))
b = {i for i in range(n)}
c = set()
for i in range(n):
    c.add(i)
d = frozenset(range(n))
e = set(list(range(n)))
f = a.copy()
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d), sys.getsizeof(e), sys.getsizeof(f))
print(sys.getsizeof(a | a), sys.getsizeof(a & a), sys.getsizeof(a - a), sys.getsizeof(a ^ set()))
#### set_sizes_n100
import sys
n = 100
a = set(range(n))
b = {i for i in range(n)}
c = set()
for i in range(n):
    c.add(i)
d = frozenset(range(n))
e = set(list(range(n)))
f = a.copy()
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d), sys.getsizeof(e), sys.getsizeof(f))
print(sys.getsizeof(a | a), sys.getsizeof(a & a), sys.getsizeof(a - a), sys.getsizeof(a ^ set()))
#### set_sizes_n1000
import sys
n = 1000
a = set(range(n))
b = {i for i in range(n)}
c = set()
for i in range(n):
    c.add(i)
d = frozenset(range(n))
e = set(list(range(n)))
f = a.copy()
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d), sys.getsizeof(e), sys.getsizeof(f))
print(sys.getsizeof(a | a), sys.getsizeof(a & a), sys.getsizeof(a - a), sys.getsizeof(a ^ set()))
#### set_operators_sizes
import sys
a = set(range(10))
b = set(range(5, 15))
for r in [a | b, a & b, a - b, a ^ b, a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b)]:
    print(sorted(r), sys.getsizeof(r))
a |= b
print(sys.getsizeof(a))
a &= {1, 2}
print(sys.getsizeof(a))
a -= {1}
print(sys.getsizeof(a))
#### set_remove_loop
import sys
s = set(range(100))
print(sys.getsizeof(s))
for i in range(100):
    s.remove(i)
print(sys.getsizeof(s))
for i in range(5):
    s.add(i)
print(sys.getsizeof(s))
#### dedupe_sizes
import sys
data = [i % 10 for i in range(1000)]
uniq = set(data)
print(sys.getsizeof(data), sys.getsizeof(uniq), len(uniq))
print(sys.getsizeof(list(uniq)), sys.getsizeof(sorted(uniq)), sys.getsizeof(dict.fromkeys(data)))
#### tuples_sizes
import sys
for n in range(0, 10):
    t = tuple(range(n))
    print(n, sys.getsizeof(t), sys.getsizeof(t + t), sys.getsizeof(t * 3))
print(sys.getsizeof(tuple([1, 2])), sys.getsizeof(tuple('abc')), sys.getsizeof((1, 2, 3)[1:]))
#### tuple_vs_list
import sys
for n in [0, 1, 2, 5, 10, 100]:
    items = list(range(n))
    print(n, sys.getsizeof(items), sys.getsizeof(tuple(items)), sys.getsizeof(items) - sys.getsizeof(tuple(items)))
#### container_overheads
import sys
empties = [[], (), {}, set(), frozenset(), '', b'', bytearray(), 0, 0.0, range(0)]
for e in empties:
    print(type(e).__name__, sys.getsizeof(e))
#### loop_build_all
import sys
l = []
d = {}
s = set()
for i in range(1000):
    l.append(i)
    d[i] = i
    s.add(i)
print(sys.getsizeof(l), sys.getsizeof(d), sys.getsizeof(s))
print(sys.getsizeof(tuple(l)), sys.getsizeof(frozenset(s)), sys.getsizeof(dict(d)))
#### memory_report
import sys
def report(label, obj):
    print('%-10s %6d bytes' % (label, sys.getsizeof(obj)))
report('int', 42)
report('float', 4.2)
report('str', 'forty two')
report('list', [4, 2])
report('tuple', (4, 2))
report('dict', {'four': 4, 'two': 2})
report('set', {4, 2})
report('bytes', b'42')
#### set_self_ops
import sys
for n in [3, 4, 5, 10, 19, 50]:
    a = set(range(n))
    print(n, sys.getsizeof(a), sys.getsizeof(a | a), sys.getsizeof(a.union(a)), sys.getsizeof(a & a), sys.getsizeof(a - a), sys.getsizeof(a ^ a))
    b = set(a)
    b |= b
    c = set(a)
    c.update(c)
    print(sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(a.union(a, a, [1])))
#### frozenset_self_ops
import sys
f = frozenset('abcdefgh')
print(sys.getsizeof(f), sys.getsizeof(f | f), sys.getsizeof(f.union(f)), sys.getsizeof(f & f), sys.getsizeof(f.copy()))
#### ordereddict_sizes
import sys
from collections import OrderedDict
od = OrderedDict()
print(sys.getsizeof(od))
for k in ['route', 'date', 'daytype', 'rides', 'a', 'b', 'c']:
    od[k] = 1
    print(k, sys.getsizeof(od))
od.pop('a')
print(sys.getsizeof(od))
od.clear()
print(sys.getsizeof(od))
#### attr_name_keys_shared
import sys
class A:
    def __init__(self):
        self.name = 'a'
        self.size = 1
class B:
    def __init__(self):
        self.size = 2
        self.name = 'b'
objs = [A(), A(), B()]
seen = set()
total = 0
for o in objs:
    for k in o.__dict__:
        if id(k) not in seen:
            seen.add(id(k))
            total += sys.getsizeof(k)
print(len(seen), total)
