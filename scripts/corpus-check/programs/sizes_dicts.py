#### row_walkthrough
import sys
row = {'route': '22', 'date': '01/01/2001', 'daytype': 'U', 'rides': 7354}
print(sys.getsizeof(row))
row['a'] = 1
print(sys.getsizeof(row))
row['b'] = 2
print(sys.getsizeof(row))
del row['a']
print(sys.getsizeof(row))
del row['b']
print(sys.getsizeof(row))
row['c'] = 3
row['d'] = 4
row['e'] = 5
print(sys.getsizeof(row), len(row))
#### row_walkthrough_pop
import sys
row = {'route': '22', 'date': '01/01/2001', 'daytype': 'U', 'rides': 7354}
print("start", sys.getsizeof(row))
for k in ['route', 'date', 'daytype']:
    v = row.pop(k)
    print("popped", k, v, sys.getsizeof(row))
row.clear()
print("cleared", sys.getsizeof(row))
row['x'] = 1
print("after x", sys.getsizeof(row))
#### row_as_dict_call
import sys
row = dict(route='22', date='01/01/2001', daytype='U', rides=7354)
print(sys.getsizeof(row))
row2 = dict(row)
print(sys.getsizeof(row2))
row3 = row.copy()
print(sys.getsizeof(row3))
row3['extra'] = 'yes'
print(sys.getsizeof(row3), sys.getsizeof(row))
#### row_many_records
import sys
rows = []
for i in range(100):
    rows.append({'route': str(i % 7), 'date': '01/01/2001', 'daytype': 'U', 'rides': i * 13})
one = sys.getsizeof(rows[0])
print("one row:", one)
print("list:", sys.getsizeof(rows))
print("per million rows (MB):", one * 1000000 / 1e6)
total = sys.getsizeof(rows) + sum(sys.getsizeof(r) for r in rows)
print("total:", total)
#### row_tuple_vs_dict
import sys
t = ('22', '01/01/2001', 'U', 7354)
d = {'route': '22', 'date': '01/01/2001', 'daytype': 'U', 'rides': 7354}
print("tuple", sys.getsizeof(t))
print("dict", sys.getsizeof(d))
print("ratio", round(sys.getsizeof(d) / sys.getsizeof(t), 2))
print("million tuples", sys.getsizeof(t) * 1000000)
print("million dicts", sys.getsizeof(d) * 1000000)
#### grow_shrink_literal
import sys
d = {'a': 1, 'b': 2, 'c': 3}
print("built", len(d), sys.getsizeof(d))
for i in range(10):
    d['k%d' % i] = i
    print(len(d), sys.getsizeof(d))
for i in range(10):
    del d['k%d' % i]
print("shrunk", len(d), sys.getsizeof(d))
d.clear()
print("clear", sys.getsizeof(d))
#### ops_literal
import sys
d = {'a': 1, 'b': 2, 'c': 3}
print(sys.getsizeof(d))
print(d.popitem(), sys.getsizeof(d))
d.setdefault('z', 26)
print(sys.getsizeof(d))
e = d.copy()
print("copy", sys.getsizeof(e))
f = dict(d)
print("dict()", sys.getsizeof(f))
g = {**d}
print("unpack", sys.getsizeof(g))
h = {}
h.update(d)
print("update", sys.getsizeof(h))
print(sorted(d.items(), key=str))
#### grow_shrink_dictcall
import sys
d = dict(a=1, b=2, c=3)
print("built", len(d), sys.getsizeof(d))
for i in range(10):
    d['k%d' % i] = i
    print(len(d), sys.getsizeof(d))
for i in range(10):
    del d['k%d' % i]
print("shrunk", len(d), sys.getsizeof(d))
d.clear()
print("clear", sys.getsizeof(d))
#### ops_dictcall
import sys
d = dict(a=1, b=2, c=3)
print(sys.getsizeof(d))
print(d.popitem(), sys.getsizeof(d))
d.setdefault('z', 26)
print(sys.getsizeof(d))
e = d.copy()
print("copy", sys.getsizeof(e))
f = dict(d)
print("dict()", sys.getsizeof(f))
g = {**d}
print("unpack", sys.getsizeof(g))
h = {}
h.update(d)
print("update", sys.getsizeof(h))
print(sorted(d.items(), key=str))
#### grow_shrink_zip
import sys
d = dict(zip(['a', 'b', 'c'], [1, 2, 3]))
print("built", len(d), sys.getsizeof(d))
for i in range(10):
    d['k%d' % i] = i
    print(len(d), sys.getsizeof(d))
for i in range(10):
    del d['k%d' % i]
print("shrunk", len(d), sys.getsizeof(d))
d.clear()
print("clear", sys.getsizeof(d))
#### ops_zip
import sys
d = dict(zip(['a', 'b', 'c'], [1, 2, 3]))
print(sys.getsizeof(d))
print(d.popitem(), sys.getsizeof(d))
d.setdefault('z', 26)
print(sys.getsizeof(d))
e = d.copy()
print("copy", sys.getsizeof(e))
f = dict(d)
print("dict()", sys.getsizeof(f))
g = {**d}
print("unpack", sys.getsizeof(g))
h = {}
h.update(d)
print("update", sys.getsizeof(h))
print(sorted(d.items(), key=str))
#### grow_shrink_comp
import sys
d = {k: v for k, v in [('a', 1), ('b', 2), ('c', 3)]}
print("built", len(d), sys.getsizeof(d))
for i in range(10):
    d['k%d' % i] = i
    print(len(d), sys.getsizeof(d))
for i in range(10):
    del d['k%d' % i]
print("shrunk", len(d), sys.getsizeof(d))
d.clear()
print("clear", sys.getsizeof(d))
#### ops_comp
import sys
d = {k: v for k, v in [('a', 1), ('b', 2), ('c', 3)]}
print(sys.getsizeof(d))
print(d.popitem(), sys.getsizeof(d))
d.setdefault('z', 26)
print(sys.getsizeof(d))
e = d.copy()
print("copy", sys.getsizeof(e))
f = dict(d)
print("dict()", sys.getsizeof(f))
g = {**d}
print("unpack", sys.getsizeof(g))
h = {}
h.update(d)
print("update", sys.getsizeof(h))
print(sorted(d.items(), key=str))
#### grow_shrink_fromkeys
import sys
d = dict.fromkeys(['a', 'b', 'c'], 0)
print("built", len(d), sys.getsizeof(d))
for i in range(10):
    d['k%d' % i] = i
    print(len(d), sys.getsizeof(d))
for i in range(10):
    del d['k%d' % i]
print("shrunk", len(d), sys.getsizeof(d))
d.clear()
print("clear", sys.getsizeof(d))
#### ops_fromkeys
import sys
d = dict.fromkeys(['a', 'b', 'c'], 0)
print(sys.getsizeof(d))
print(d.popitem(), sys.getsizeof(d))
d.setdefault('z', 26)
print(sys.getsizeof(d))
e = d.copy()
print("copy", sys.getsizeof(e))
f = dict(d)
print("dict()", sys.getsizeof(f))
g = {**d}
print("unpack", sys.getsizeof(g))
h = {}
h.update(d)
print("update", sys.getsizeof(h))
print(sorted(d.items(), key=str))
#### grow_shrink_pairs
import sys
d = dict([('a', 1), ('b', 2), ('c', 3)])
print("built", len(d), sys.getsizeof(d))
for i in range(10):
    d['k%d' % i] = i
    print(len(d), sys.getsizeof(d))
for i in range(10):
    del d['k%d' % i]
print("shrunk", len(d), sys.getsizeof(d))
d.clear()
print("clear", sys.getsizeof(d))
#### ops_pairs
import sys
d = dict([('a', 1), ('b', 2), ('c', 3)])
print(sys.getsizeof(d))
print(d.popitem(), sys.getsizeof(d))
d.setdefault('z', 26)
print(sys.getsizeof(d))
e = d.copy()
print("copy", sys.getsizeof(e))
f = dict(d)
print("dict()", sys.getsizeof(f))
g = {**d}
print("unpack", sys.getsizeof(g))
h = {}
h.update(d)
print("update", sys.getsizeof(h))
print(sorted(d.items(), key=str))
#### grow_shrink_copy
import sys
d = {'a': 1, 'b': 2, 'c': 3}.copy()
print("built", len(d), sys.getsizeof(d))
for i in range(10):
    d['k%d' % i] = i
    print(len(d), sys.getsizeof(d))
for i in range(10):
    del d['k%d' % i]
print("shrunk", len(d), sys.getsizeof(d))
d.clear()
print("clear", sys.getsizeof(d))
#### ops_copy
import sys
d = {'a': 1, 'b': 2, 'c': 3}.copy()
print(sys.getsizeof(d))
print(d.popitem(), sys.getsizeof(d))
d.setdefault('z', 26)
print(sys.getsizeof(d))
e = d.copy()
print("copy", sys.getsizeof(e))
f = dict(d)
print("dict()", sys.getsizeof(f))
g = {**d}
print("unpack", sys.getsizeof(g))
h = {}
h.update(d)
print("update", sys.getsizeof(h))
print(sorted(d.items(), key=str))
#### grow_shrink_update
import sys
d = {}
d.update({'a': 1, 'b': 2, 'c': 3})
print("built", len(d), sys.getsizeof(d))
for i in range(10):
    d['k%d' % i] = i
    print(len(d), sys.getsizeof(d))
for i in range(10):
    del d['k%d' % i]
print("shrunk", len(d), sys.getsizeof(d))
d.clear()
print("clear", sys.getsizeof(d))
#### ops_update
import sys
d = {}
d.update({'a': 1, 'b': 2, 'c': 3})
print(sys.getsizeof(d))
print(d.popitem(), sys.getsizeof(d))
d.setdefault('z', 26)
print(sys.getsizeof(d))
e = d.copy()
print("copy", sys.getsizeof(e))
f = dict(d)
print("dict()", sys.getsizeof(f))
g = {**d}
print("unpack", sys.getsizeof(g))
h = {}
h.update(d)
print("update", sys.getsizeof(h))
print(sorted(d.items(), key=str))
#### grow_shrink_merge
import sys
d = {**{'a': 1}, **{'b': 2, 'c': 3}}
print("built", len(d), sys.getsizeof(d))
for i in range(10):
    d['k%d' % i] = i
    print(len(d), sys.getsizeof(d))
for i in range(10):
    del d['k%d' % i]
print("shrunk", len(d), sys.getsizeof(d))
d.clear()
print("clear", sys.getsizeof(d))
#### ops_merge
import sys
d = {**{'a': 1}, **{'b': 2, 'c': 3}}
print(sys.getsizeof(d))
print(d.popitem(), sys.getsizeof(d))
d.setdefault('z', 26)
print(sys.getsizeof(d))
e = d.copy()
print("copy", sys.getsizeof(e))
f = dict(d)
print("dict()", sys.getsizeof(f))
g = {**d}
print("unpack", sys.getsizeof(g))
h = {}
h.update(d)
print("update", sys.getsizeof(h))
print(sorted(d.items(), key=str))
#### grow_shrink_dictkw
import sys
d = dict({'a': 1}, **{'b': 2, 'c': 3})
print("built", len(d), sys.getsizeof(d))
for i in range(10):
    d['k%d' % i] = i
    print(len(d), sys.getsizeof(d))
for i in range(10):
    del d['k%d' % i]
print("shrunk", len(d), sys.getsizeof(d))
d.clear()
print("clear", sys.getsizeof(d))
#### ops_dictkw
import sys
d = dict({'a': 1}, **{'b': 2, 'c': 3})
print(sys.getsizeof(d))
print(d.popitem(), sys.getsizeof(d))
d.setdefault('z', 26)
print(sys.getsizeof(d))
e = d.copy()
print("copy", sys.getsizeof(e))
f = dict(d)
print("dict()", sys.getsizeof(f))
g = {**d}
print("unpack", sys.getsizeof(g))
h = {}
h.update(d)
print("update", sys.getsizeof(h))
print(sorted(d.items(), key=str))
#### grow_shrink_loop
import sys
d = {}
for k in 'abc':
    d[k] = ord(k)
print("built", len(d), sys.getsizeof(d))
for i in range(10):
    d['k%d' % i] = i
    print(len(d), sys.getsizeof(d))
for i in range(10):
    del d['k%d' % i]
print("shrunk", len(d), sys.getsizeof(d))
d.clear()
print("clear", sys.getsizeof(d))
#### ops_loop
import sys
d = {}
for k in 'abc':
    d[k] = ord(k)
print(sys.getsizeof(d))
print(d.popitem(), sys.getsizeof(d))
d.setdefault('z', 26)
print(sys.getsizeof(d))
e = d.copy()
print("copy", sys.getsizeof(e))
f = dict(d)
print("dict()", sys.getsizeof(f))
g = {**d}
print("unpack", sys.getsizeof(g))
h = {}
h.update(d)
print("update", sys.getsizeof(h))
print(sorted(d.items(), key=str))
#### grow_shrink_setdefault
import sys
d = {}
for k in 'abc':
    d.setdefault(k, [])
print("built", len(d), sys.getsizeof(d))
for i in range(10):
    d['k%d' % i] = i
    print(len(d), sys.getsizeof(d))
for i in range(10):
    del d['k%d' % i]
print("shrunk", len(d), sys.getsizeof(d))
d.clear()
print("clear", sys.getsizeof(d))
#### ops_setdefault
import sys
d = {}
for k in 'abc':
    d.setdefault(k, [])
print(sys.getsizeof(d))
print(d.popitem(), sys.getsizeof(d))
d.setdefault('z', 26)
print(sys.getsizeof(d))
e = d.copy()
print("copy", sys.getsizeof(e))
f = dict(d)
print("dict()", sys.getsizeof(f))
g = {**d}
print("unpack", sys.getsizeof(g))
h = {}
h.update(d)
print("update", sys.getsizeof(h))
print(sorted(d.items(), key=str))
#### grow_shrink_intkeys
import sys
d = {1: 'a', 2: 'b', 3: 'c'}
print("built", len(d), sys.getsizeof(d))
for i in range(10):
    d['k%d' % i] = i
    print(len(d), sys.getsizeof(d))
for i in range(10):
    del d['k%d' % i]
print("shrunk", len(d), sys.getsizeof(d))
d.clear()
print("clear", sys.getsizeof(d))
#### ops_intkeys
import sys
d = {1: 'a', 2: 'b', 3: 'c'}
print(sys.getsizeof(d))
print(d.popitem(), sys.getsizeof(d))
d.setdefault('z', 26)
print(sys.getsizeof(d))
e = d.copy()
print("copy", sys.getsizeof(e))
f = dict(d)
print("dict()", sys.getsizeof(f))
g = {**d}
print("unpack", sys.getsizeof(g))
h = {}
h.update(d)
print("update", sys.getsizeof(h))
print(sorted(d.items(), key=str))
#### grow_shrink_intzip
import sys
d = dict(zip(range(3), 'abc'))
print("built", len(d), sys.getsizeof(d))
for i in range(10):
    d['k%d' % i] = i
    print(len(d), sys.getsizeof(d))
for i in range(10):
    del d['k%d' % i]
print("shrunk", len(d), sys.getsizeof(d))
d.clear()
print("clear", sys.getsizeof(d))
#### ops_intzip
import sys
d = dict(zip(range(3), 'abc'))
print(sys.getsizeof(d))
print(d.popitem(), sys.getsizeof(d))
d.setdefault('z', 26)
print(sys.getsizeof(d))
e = d.copy()
print("copy", sys.getsizeof(e))
f = dict(d)
print("dict()", sys.getsizeof(f))
g = {**d}
print("unpack", sys.getsizeof(g))
h = {}
h.update(d)
print("update", sys.getsizeof(h))
print(sorted(d.items(), key=str))
#### grow_shrink_dictdict
import sys
d = dict({'a': 1, 'b': 2, 'c': 3})
print("built", len(d), sys.getsizeof(d))
for i in range(10):
    d['k%d' % i] = i
    print(len(d), sys.getsizeof(d))
for i in range(10):
    del d['k%d' % i]
print("shrunk", len(d), sys.getsizeof(d))
d.clear()
print("clear", sys.getsizeof(d))
#### ops_dictdict
import sys
d = dict({'a': 1, 'b': 2, 'c': 3})
print(sys.getsizeof(d))
print(d.popitem(), sys.getsizeof(d))
d.setdefault('z', 26)
print(sys.getsizeof(d))
e = d.copy()
print("copy", sys.getsizeof(e))
f = dict(d)
print("dict()", sys.getsizeof(f))
g = {**d}
print("unpack", sys.getsizeof(g))
h = {}
h.update(d)
print("update", sys.getsizeof(h))
print(sorted(d.items(), key=str))
#### grow_shrink_fromkeys_str
import sys
d = dict.fromkeys('abc')
print("built", len(d), sys.getsizeof(d))
for i in range(10):
    d['k%d' % i] = i
    print(len(d), sys.getsizeof(d))
for i in range(10):
    del d['k%d' % i]
print("shrunk", len(d), sys.getsizeof(d))
d.clear()
print("clear", sys.getsizeof(d))
#### ops_fromkeys_str
import sys
d = dict.fromkeys('abc')
print(sys.getsizeof(d))
print(d.popitem(), sys.getsizeof(d))
d.setdefault('z', 26)
print(sys.getsizeof(d))
e = d.copy()
print("copy", sys.getsizeof(e))
f = dict(d)
print("dict()", sys.getsizeof(f))
g = {**d}
print("unpack", sys.getsizeof(g))
h = {}
h.update(d)
print("update", sys.getsizeof(h))
print(sorted(d.items(), key=str))
#### grow_shrink_fromkeys_range
import sys
d = dict.fromkeys(range(3), None)
print("built", len(d), sys.getsizeof(d))
for i in range(10):
    d['k%d' % i] = i
    print(len(d), sys.getsizeof(d))
for i in range(10):
    del d['k%d' % i]
print("shrunk", len(d), sys.getsizeof(d))
d.clear()
print("clear", sys.getsizeof(d))
#### ops_fromkeys_range
import sys
d = dict.fromkeys(range(3), None)
print(sys.getsizeof(d))
print(d.popitem(), sys.getsizeof(d))
d.setdefault('z', 26)
print(sys.getsizeof(d))
e = d.copy()
print("copy", sys.getsizeof(e))
f = dict(d)
print("dict()", sys.getsizeof(f))
g = {**d}
print("unpack", sys.getsizeof(g))
h = {}
h.update(d)
print("update", sys.getsizeof(h))
print(sorted(d.items(), key=str))
#### grow_shrink_comp_range
import sys
d = {i: i * i for i in range(3)}
print("built", len(d), sys.getsizeof(d))
for i in range(10):
    d['k%d' % i] = i
    print(len(d), sys.getsizeof(d))
for i in range(10):
    del d['k%d' % i]
print("shrunk", len(d), sys.getsizeof(d))
d.clear()
print("clear", sys.getsizeof(d))
#### ops_comp_range
import sys
d = {i: i * i for i in range(3)}
print(sys.getsizeof(d))
print(d.popitem(), sys.getsizeof(d))
d.setdefault('z', 26)
print(sys.getsizeof(d))
e = d.copy()
print("copy", sys.getsizeof(e))
f = dict(d)
print("dict()", sys.getsizeof(f))
g = {**d}
print("unpack", sys.getsizeof(g))
h = {}
h.update(d)
print("update", sys.getsizeof(h))
print(sorted(d.items(), key=str))
#### grow_shrink_enumerate
import sys
d = dict(enumerate('abc'))
print("built", len(d), sys.getsizeof(d))
for i in range(10):
    d['k%d' % i] = i
    print(len(d), sys.getsizeof(d))
for i in range(10):
    del d['k%d' % i]
print("shrunk", len(d), sys.getsizeof(d))
d.clear()
print("clear", sys.getsizeof(d))
#### ops_enumerate
import sys
d = dict(enumerate('abc'))
print(sys.getsizeof(d))
print(d.popitem(), sys.getsizeof(d))
d.setdefault('z', 26)
print(sys.getsizeof(d))
e = d.copy()
print("copy", sys.getsizeof(e))
f = dict(d)
print("dict()", sys.getsizeof(f))
g = {**d}
print("unpack", sys.getsizeof(g))
h = {}
h.update(d)
print("update", sys.getsizeof(h))
print(sorted(d.items(), key=str))
#### grow_shrink_pipe
import sys
d = {'a': 1} 
d2 = {'b': 2, 'c': 3}
for k in d2:
    d[k] = d2[k]
print("built", len(d), sys.getsizeof(d))
for i in range(10):
    d['k%d' % i] = i
    print(len(d), sys.getsizeof(d))
for i in range(10):
    del d['k%d' % i]
print("shrunk", len(d), sys.getsizeof(d))
d.clear()
print("clear", sys.getsizeof(d))
#### ops_pipe
import sys
d = {'a': 1} 
d2 = {'b': 2, 'c': 3}
for k in d2:
    d[k] = d2[k]
print(sys.getsizeof(d))
print(d.popitem(), sys.getsizeof(d))
d.setdefault('z', 26)
print(sys.getsizeof(d))
e = d.copy()
print("copy", sys.getsizeof(e))
f = dict(d)
print("dict()", sys.getsizeof(f))
g = {**d}
print("unpack", sys.getsizeof(g))
h = {}
h.update(d)
print("update", sys.getsizeof(h))
print(sorted(d.items(), key=str))
#### sizes_n0
import sys
n = 0
a = {i: i for i in range(n)}
b = dict.fromkeys(range(n))
c = dict(zip(range(n), range(n)))
d = {}
for i in range(n):
    d[i] = i
e = {str(i): i for i in range(n)}
f = dict(a)
g = a.copy()
h = {**a}
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h))
#### sizes_n1
import sys
n = 1
a = {i: i for i in range(n)}
b = dict.fromkeys(range(n))
c = dict(zip(range(n), range(n)))
d = {}
for i in range(n):
    d[i] = i
e = {str(i): i for i in range(n)}
f = dict(a)
g = a.copy()
h = {**a}
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h))
#### sizes_n5
import sys
n = 5
a = {i: i for i in range(n)}
b = dict.fromkeys(range(n))
c = dict(zip(range(n), range(n)))
d = {}
for i in range(n):
    d[i] = i
e = {str(i): i for i in range(n)}
f = dict(a)
g = a.copy()
h = {**a}
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h))
#### sizes_n6
import sys
n = 6
a = {i: i for i in range(n)}
b = dict.fromkeys(range(n))
c = dict(zip(range(n), range(n)))
d = {}
for i in range(n):
    d[i] = i
e = {str(i): i for i in range(n)}
f = dict(a)
g = a.copy()
h = {**a}
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h))
#### sizes_n10
import sys
n = 10
a = {i: i for i in range(n)}
b = dict.fromkeys(range(n))
c = dict(zip(range(n), range(n)))
d = {}
for i in range(n):
    d[i] = i
e = {str(i): i for i in range(n)}
f = dict(a)
g = a.copy()
h = {**a}
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h))
#### sizes_n11
import sys
n = 11
a = {i: i for i in range(n)}
b = dict.fromkeys(range(n))
c = dict(zip(range(n), range(n)))
d = {}
for i in range(n):
    d[i] = i
e = {str(i): i for i in range(n)}
f = dict(a)
g = a.copy()
h = {**a}
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h))
#### sizes_n21
import sys
n = 21
a = {i: i for i in range(n)}
b = dict.fromkeys(range(n))
c = dict(zip(range(n), range(n)))
d = {}
for i in range(n):
    d[i] = i
e = {str(i): i for i in range(n)}
f = dict(a)
g = a.copy()
h = {**a}
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h))
#### sizes_n22
import sys
n = 22
a = {i: i for i in range(n)}
b = dict.fromkeys(range(n))
c = dict(zip(range(n), range(n)))
d = {}
for i in range(n):
    d[i] = i
e = {str(i): i for i in range(n)}
f = dict(a)
g = a.copy()
h = {**a}
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h))
#### sizes_n42
import sys
n = 42
a = {i: i for i in range(n)}
b = dict.fromkeys(range(n))
c = dict(zip(range(n), range(n)))
d = {}
for i in range(n):
    d[i] = i
e = {str(i): i for i in range(n)}
f = dict(a)
g = a.copy()
h = {**a}
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h))
#### sizes_n43
import sys
n = 43
a = {i: i for i in range(n)}
b = dict.fromkeys(range(n))
c = dict(zip(range(n), range(n)))
d = {}
for i in range(n):
    d[i] = i
e = {str(i): i for i in range(n)}
f = dict(a)
g = a.copy()
h = {**a}
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h))
#### sizes_n85
import sys
n = 85
a = {i: i for i in range(n)}
b = dict.fromkeys(range(n))
c = dict(zip(range(n), range(n)))
d = {}
for i in range(n):
    d[i] = i
e = {str(i): i for i in range(n)}
f = dict(a)
g = a.copy()
h = {**a}
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h))
#### sizes_n86
import sys
n = 86
a = {i: i for i in range(n)}
b = dict.fromkeys(range(n))
c = dict(zip(range(n), range(n)))
d = {}
for i in range(n):
    d[i] = i
e = {str(i): i for i in range(n)}
f = dict(a)
g = a.copy()
h = {**a}
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h))
#### sizes_n100
import sys
n = 100
a = {i: i for i in range(n)}
b = dict.fromkeys(range(n))
c = dict(zip(range(n), range(n)))
d = {}
for i in range(n):
    d[i] = i
e = {str(i): i for i in range(n)}
f = dict(a)
g = a.copy()
h = {**a}
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h))
#### sizes_n1000
import sys
n = 1000
a = {i: i for i in range(n)}
b = dict.fromkeys(range(n))
c = dict(zip(range(n), range(n)))
d = {}
for i in range(n):
    d[i] = i
e = {str(i): i for i in range(n)}
f = dict(a)
g = a.copy()
h = {**a}
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h))
#### popitem_until_empty
import sys
d = {c: i for i, c in enumerate('abcdefghij')}
while d:
    k, v = d.popitem()
    print(k, v, len(d), sys.getsizeof(d))
print(sys.getsizeof(d))
d['again'] = 1
print(sys.getsizeof(d))
#### delete_then_readd
import sys
d = {}
for i in range(8):
    d[i] = i
print(sys.getsizeof(d))
for i in range(8):
    del d[i]
print(sys.getsizeof(d), d)
for i in range(8, 16):
    d[i] = i
    print(i, sys.getsizeof(d))
#### counter_words
import sys
text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
    print(w, len(counts), sys.getsizeof(counts))
print(counts)
#### merge_ops
import sys
a = {'x': 1, 'y': 2}
b = {'y': 3, 'z': 4}
c = {**a, **b}
print(c, sys.getsizeof(c))
d = dict(a, **b)
print(d, sys.getsizeof(d))
e = dict(a)
e.update(b)
print(e, sys.getsizeof(e))
f = a.copy()
f.update(z=9, w=10)
print(f, sys.getsizeof(f))
#### nested_dict_sizes
import sys
db = {}
for i in range(5):
    db['user%d' % i] = {'name': 'u%d' % i, 'age': 20 + i, 'tags': ['a', 'b']}
print(sys.getsizeof(db))
for k, v in db.items():
    print(k, sys.getsizeof(v), sys.getsizeof(v['tags']), sys.getsizeof(v['name']))
#### keys_values_items
import sys
d = {'a': 1, 'b': 2}
print(sys.getsizeof(list(d.keys())), sys.getsizeof(list(d.values())), sys.getsizeof(list(d.items())))
print(sys.getsizeof(tuple(d)), sys.getsizeof(set(d)), sys.getsizeof(sorted(d)))
#### dict_of_lists_growth
import sys
groups = {}
for i in range(30):
    groups.setdefault(i % 4, []).append(i)
for k in groups:
    print(k, len(groups[k]), sys.getsizeof(groups[k]))
print(sys.getsizeof(groups))
#### update_with_pairs
import sys
d = {}
d.update([('a', 1), ('b', 2)])
print(sys.getsizeof(d))
d.update(c=3, d=4, e=5, f=6)
print(sys.getsizeof(d))
d.update(zip('ghij', range(4)))
print(sys.getsizeof(d), len(d))
#### big_loop_dict
import sys
d = {}
sizes = []
for i in range(1000):
    d[i] = None
    s = sys.getsizeof(d)
    if not sizes or sizes[-1] != s:
        sizes.append(s)
print(sizes)
print(len(d), sys.getsizeof(d))
#### big_loop_strkeys
import sys
d = {}
last = 0
for i in range(1000):
    d['id_' + str(i)] = i
    s = sys.getsizeof(d)
    if s != last:
        print(len(d), s)
        last = s
