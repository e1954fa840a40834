#### dup_keys_builds
import sys
keys = ['a', 'b', 'a', 'c', 'b', 'd', 'a', 'e', 'f', 'g']
print(sys.getsizeof(dict(zip(keys, range(10)))), sys.getsizeof({k: 1 for k in keys}), sys.getsizeof(dict.fromkeys(keys)), sys.getsizeof(set(keys)), sys.getsizeof({*keys}))
#### tuple_from_gen_sizes
import sys
for n in [0, 1, 5, 10, 30, 100]:
    print(n, sys.getsizeof(tuple(i for i in range(n))), sys.getsizeof(tuple(map(str, range(n)))), sys.getsizeof(list(i for i in range(n))), sys.getsizeof(list(map(str, range(n)))))
#### list_from_set_dict
import sys
for n in [0, 1, 3, 4, 7, 8, 9, 16, 17, 100]:
    s = set(range(n))
    d = dict.fromkeys(range(n))
    print(n, sys.getsizeof(list(s)), sys.getsizeof(list(d)), sys.getsizeof(sorted(s)), sys.getsizeof(list(d.values())), sys.getsizeof(list(d.items())))
#### instance_many_then_delete_311
import sys
class P:
    def __init__(self, i):
        self.i = i
        self.sq = i * i
ps = [P(i) for i in range(6)]
print([sys.getsizeof(p.__dict__) for p in ps])
del ps[2].sq
print([sys.getsizeof(p.__dict__) for p in ps])
q = P(99)
print(sys.getsizeof(q.__dict__), [sys.getsizeof(p.__dict__) for p in ps][:2])
#### slots_dict_inherit
import sys
class Base:
    __slots__ = ('a', 'b')
class Mid(Base):
    pass
class Leaf(Mid):
    __slots__ = ('c',)
for cls in [Base, Mid, Leaf]:
    o = cls()
    o.a = 1
    print(cls.__name__, sys.getsizeof(o), hasattr(o, '__dict__'))
m = Mid()
m.z = 1
m.y = 2
print(sys.getsizeof(m.__dict__))
#### str_join_mixed
import sys
parts = ['abc', '\xe9t\xe9', '\u4e2d', '\U0001f600']
for i in range(len(parts)):
    for j in range(i, len(parts)):
        s = ''.join(parts[i:j + 1])
        print(i, j, len(s), sys.getsizeof(s))
#### bytearray_slice_assign
import sys
ba = bytearray(b'abcdefghij')
print(sys.getsizeof(ba))
ba[2:4] = b'XYZXYZXYZ'
print(len(ba), sys.getsizeof(ba))
ba[:] = b'short'
print(len(ba), sys.getsizeof(ba))
ba[len(ba):] = b'0123456789' * 3
print(len(ba), sys.getsizeof(ba))
del ba[::2]
print(len(ba), sys.getsizeof(ba))
#### str_split_sizes
import sys
for text in ['', 'a', 'a b', 'a b c d e', ' '.join(['w'] * 12), ','.join(str(i) for i in range(40))]:
    print(len(text), sys.getsizeof(text.split()), sys.getsizeof(text.split(',')), sys.getsizeof(text.rsplit(' ', 1)), sys.getsizeof(text.partition(' ')))
#### dict_values_sum_sizes
import sys
inventory = {'apples': 50, 'pears': 20, 'plums': 2**40, 'figs': -3}
total = 0
for k, v in inventory.items():
    total += sys.getsizeof(k) + sys.getsizeof(v)
    print(k, sys.getsizeof(k), sys.getsizeof(v))
print(total + sys.getsizeof(inventory))
#### list_comprehension_nested_sizes
import sys
for n in range(1, 8):
    m = [[i * j for j in range(n)] for i in range(n)]
    print(n, sys.getsizeof(m), sys.getsizeof(m[0]), sum(sys.getsizeof(r) for r in m))
#### class_instances_dict_growth_311
import sys
class Rec:
    pass
r = Rec()
sizes = []
for i in range(32):
    setattr(r, 'f%d' % i, i)
    sizes.append(sys.getsizeof(r.__dict__))
print(sizes)
r2 = Rec()
r2.f0 = 0
print(sys.getsizeof(r2.__dict__))
#### range_list_slices
import sys
r = list(range(100))
for a, b, c in [(0, 100, 1), (0, 100, 3), (10, 20, 1), (99, 0, -1), (0, 0, 1), (5, 6, 1)]:
    print(a, b, c, sys.getsizeof(r[a:b:c]), sys.getsizeof(list(range(a, b, c))))
#### sets_of_tuples
import sys
pts = set()
for x in range(6):
    for y in range(6):
        pts.add((x, y))
print(len(pts), sys.getsizeof(pts), sys.getsizeof((0, 0)))
print(sys.getsizeof(frozenset(pts)), sys.getsizeof(set(pts)), sys.getsizeof(pts.copy()))
