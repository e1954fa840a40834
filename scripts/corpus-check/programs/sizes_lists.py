#### grow_literal
import sys
l = [1, 2, 3, 4, 5]
print("built", len(l), sys.getsizeof(l))
for i in range(12):
    l.append(i)
    print(len(l), sys.getsizeof(l))
while len(l) > 2:
    l.pop()
    print(len(l), sys.getsizeof(l))
#### mutate_literal
import sys
l = [1, 2, 3, 4, 5]
print(sys.getsizeof(l))
l.insert(0, 'first')
print("insert", sys.getsizeof(l))
l.remove('first')
print("remove", sys.getsizeof(l))
del l[1:3]
print("del slice", sys.getsizeof(l))
l.sort(key=str)
l.reverse()
print("sort/reverse", sys.getsizeof(l))
l[:] = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print("slice assign", sys.getsizeof(l))
l[:] = []
print("emptied", sys.getsizeof(l))
l += [1, 2, 3]
print("+=", sys.getsizeof(l))
l *= 3
print("*=", sys.getsizeof(l), len(l))
#### grow_literal_var
import sys
x = 1
l = [x, x + 1, x + 2, x + 3, x + 4]
print("built", len(l), sys.getsizeof(l))
for i in range(12):
    l.append(i)
    print(len(l), sys.getsizeof(l))
while len(l) > 2:
    l.pop()
    print(len(l), sys.getsizeof(l))
#### mutate_literal_var
import sys
x = 1
l = [x, x + 1, x + 2, x + 3, x + 4]
print(sys.getsizeof(l))
l.insert(0, 'first')
print("insert", sys.getsizeof(l))
l.remove('first')
print("remove", sys.getsizeof(l))
del l[1:3]
print("del slice", sys.getsizeof(l))
l.sort(key=str)
l.reverse()
print("sort/reverse", sys.getsizeof(l))
l[:] = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print("slice assign", sys.getsizeof(l))
l[:] = []
print("emptied", sys.getsizeof(l))
l += [1, 2, 3]
print("+=", sys.getsizeof(l))
l *= 3
print("*=", sys.getsizeof(l), len(l))
#### grow_listcall_tuple
import sys
l = list((1, 2, 3, 4, 5))
print("built", len(l), sys.getsizeof(l))
for i in range(12):
    l.append(i)
    print(len(l), sys.getsizeof(l))
while len(l) > 2:
    l.pop()
    print(len(l), sys.getsizeof(l))
#### mutate_listcall_tuple
import sys
l = list((1, 2, 3, 4, 5))
print(sys.getsizeof(l))
l.insert(0, 'first')
print("insert", sys.getsizeof(l))
l.remove('first')
print("remove", sys.getsizeof(l))
del l[1:3]
print("del slice", sys.getsizeof(l))
l.sort(key=str)
l.reverse()
print("sort/reverse", sys.getsizeof(l))
l[:] = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print("slice assign", sys.getsizeof(l))
l[:] = []
print("emptied", sys.getsizeof(l))
l += [1, 2, 3]
print("+=", sys.getsizeof(l))
l *= 3
print("*=", sys.getsizeof(l), len(l))
#### grow_listrange
import sys
l = list(range(1, 6))
print("built", len(l), sys.getsizeof(l))
for i in range(12):
    l.append(i)
    print(len(l), sys.getsizeof(l))
while len(l) > 2:
    l.pop()
    print(len(l), sys.getsizeof(l))
#### mutate_listrange
import sys
l = list(range(1, 6))
print(sys.getsizeof(l))
l.insert(0, 'first')
print("insert", sys.getsizeof(l))
l.remove('first')
print("remove", sys.getsizeof(l))
del l[1:3]
print("del slice", sys.getsizeof(l))
l.sort(key=str)
l.reverse()
print("sort/reverse", sys.getsizeof(l))
l[:] = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print("slice assign", sys.getsizeof(l))
l[:] = []
print("emptied", sys.getsizeof(l))
l += [1, 2, 3]
print("+=", sys.getsizeof(l))
l *= 3
print("*=", sys.getsizeof(l), len(l))
#### grow_comp
import sys
l = [i for i in range(1, 6)]
print("built", len(l), sys.getsizeof(l))
for i in range(12):
    l.append(i)
    print(len(l), sys.getsizeof(l))
while len(l) > 2:
    l.pop()
    print(len(l), sys.getsizeof(l))
#### mutate_comp
import sys
l = [i for i in range(1, 6)]
print(sys.getsizeof(l))
l.insert(0, 'first')
print("insert", sys.getsizeof(l))
l.remove('first')
print("remove", sys.getsizeof(l))
del l[1:3]
print("del slice", sys.getsizeof(l))
l.sort(key=str)
l.reverse()
print("sort/reverse", sys.getsizeof(l))
l[:] = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print("slice assign", sys.getsizeof(l))
l[:] = []
print("emptied", sys.getsizeof(l))
l += [1, 2, 3]
print("+=", sys.getsizeof(l))
l *= 3
print("*=", sys.getsizeof(l), len(l))
#### grow_mult
import sys
l = [0] * 5
print("built", len(l), sys.getsizeof(l))
for i in range(12):
    l.append(i)
    print(len(l), sys.getsizeof(l))
while len(l) > 2:
    l.pop()
    print(len(l), sys.getsizeof(l))
#### mutate_mult
import sys
l = [0] * 5
print(sys.getsizeof(l))
l.insert(0, 'first')
print("insert", sys.getsizeof(l))
l.remove('first')
print("remove", sys.getsizeof(l))
del l[1:3]
print("del slice", sys.getsizeof(l))
l.sort(key=str)
l.reverse()
print("sort/reverse", sys.getsizeof(l))
l[:] = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print("slice assign", sys.getsizeof(l))
l[:] = []
print("emptied", sys.getsizeof(l))
l += [1, 2, 3]
print("+=", sys.getsizeof(l))
l *= 3
print("*=", sys.getsizeof(l), len(l))
#### grow_slice
import sys
l = [1, 2, 3, 4, 5, 6, 7, 8][:5]
print("built", len(l), sys.getsizeof(l))
for i in range(12):
    l.append(i)
    print(len(l), sys.getsizeof(l))
while len(l) > 2:
    l.pop()
    print(len(l), sys.getsizeof(l))
#### mutate_slice
import sys
l = [1, 2, 3, 4, 5, 6, 7, 8][:5]
print(sys.getsizeof(l))
l.insert(0, 'first')
print("insert", sys.getsizeof(l))
l.remove('first')
print("remove", sys.getsizeof(l))
del l[1:3]
print("del slice", sys.getsizeof(l))
l.sort(key=str)
l.reverse()
print("sort/reverse", sys.getsizeof(l))
l[:] = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print("slice assign", sys.getsizeof(l))
l[:] = []
print("emptied", sys.getsizeof(l))
l += [1, 2, 3]
print("+=", sys.getsizeof(l))
l *= 3
print("*=", sys.getsizeof(l), len(l))
#### grow_plus
import sys
l = [1, 2] + [3, 4, 5]
print("built", len(l), sys.getsizeof(l))
for i in range(12):
    l.append(i)
    print(len(l), sys.getsizeof(l))
while len(l) > 2:
    l.pop()
    print(len(l), sys.getsizeof(l))
#### mutate_plus
import sys
l = [1, 2] + [3, 4, 5]
print(sys.getsizeof(l))
l.insert(0, 'first')
print("insert", sys.getsizeof(l))
l.remove('first')
print("remove", sys.getsizeof(l))
del l[1:3]
print("del slice", sys.getsizeof(l))
l.sort(key=str)
l.reverse()
print("sort/reverse", sys.getsizeof(l))
l[:] = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print("slice assign", sys.getsizeof(l))
l[:] = []
print("emptied", sys.getsizeof(l))
l += [1, 2, 3]
print("+=", sys.getsizeof(l))
l *= 3
print("*=", sys.getsizeof(l), len(l))
#### grow_copy
import sys
l = [1, 2, 3, 4, 5].copy()
print("built", len(l), sys.getsizeof(l))
for i in range(12):
    l.append(i)
    print(len(l), sys.getsizeof(l))
while len(l) > 2:
    l.pop()
    print(len(l), sys.getsizeof(l))
#### mutate_copy
import sys
l = [1, 2, 3, 4, 5].copy()
print(sys.getsizeof(l))
l.insert(0, 'first')
print("insert", sys.getsizeof(l))
l.remove('first')
print("remove", sys.getsizeof(l))
del l[1:3]
print("del slice", sys.getsizeof(l))
l.sort(key=str)
l.reverse()
print("sort/reverse", sys.getsizeof(l))
l[:] = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print("slice assign", sys.getsizeof(l))
l[:] = []
print("emptied", sys.getsizeof(l))
l += [1, 2, 3]
print("+=", sys.getsizeof(l))
l *= 3
print("*=", sys.getsizeof(l), len(l))
#### grow_extend
import sys
l = []
l.extend([1, 2, 3, 4, 5])
print("built", len(l), sys.getsizeof(l))
for i in range(12):
    l.append(i)
    print(len(l), sys.getsizeof(l))
while len(l) > 2:
    l.pop()
    print(len(l), sys.getsizeof(l))
#### mutate_extend
import sys
l = []
l.extend([1, 2, 3, 4, 5])
print(sys.getsizeof(l))
l.insert(0, 'first')
print("insert", sys.getsizeof(l))
l.remove('first')
print("remove", sys.getsizeof(l))
del l[1:3]
print("del slice", sys.getsizeof(l))
l.sort(key=str)
l.reverse()
print("sort/reverse", sys.getsizeof(l))
l[:] = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print("slice assign", sys.getsizeof(l))
l[:] = []
print("emptied", sys.getsizeof(l))
l += [1, 2, 3]
print("+=", sys.getsizeof(l))
l *= 3
print("*=", sys.getsizeof(l), len(l))
#### grow_append
import sys
l = []
for i in range(5):
    l.append(i)
print("built", len(l), sys.getsizeof(l))
for i in range(12):
    l.append(i)
    print(len(l), sys.getsizeof(l))
while len(l) > 2:
    l.pop()
    print(len(l), sys.getsizeof(l))
#### mutate_append
import sys
l = []
for i in range(5):
    l.append(i)
print(sys.getsizeof(l))
l.insert(0, 'first')
print("insert", sys.getsizeof(l))
l.remove('first')
print("remove", sys.getsizeof(l))
del l[1:3]
print("del slice", sys.getsizeof(l))
l.sort(key=str)
l.reverse()
print("sort/reverse", sys.getsizeof(l))
l[:] = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print("slice assign", sys.getsizeof(l))
l[:] = []
print("emptied", sys.getsizeof(l))
l += [1, 2, 3]
print("+=", sys.getsizeof(l))
l *= 3
print("*=", sys.getsizeof(l), len(l))
#### grow_listgen
import sys
l = list(i for i in range(5))
print("built", len(l), sys.getsizeof(l))
for i in range(12):
    l.append(i)
    print(len(l), sys.getsizeof(l))
while len(l) > 2:
    l.pop()
    print(len(l), sys.getsizeof(l))
#### mutate_listgen
import sys
l = list(i for i in range(5))
print(sys.getsizeof(l))
l.insert(0, 'first')
print("insert", sys.getsizeof(l))
l.remove('first')
print("remove", sys.getsizeof(l))
del l[1:3]
print("del slice", sys.getsizeof(l))
l.sort(key=str)
l.reverse()
print("sort/reverse", sys.getsizeof(l))
l[:] = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print("slice assign", sys.getsizeof(l))
l[:] = []
print("emptied", sys.getsizeof(l))
l += [1, 2, 3]
print("+=", sys.getsizeof(l))
l *= 3
print("*=", sys.getsizeof(l), len(l))
#### grow_liststr
import sys
l = list('abcde')
print("built", len(l), sys.getsizeof(l))
for i in range(12):
    l.append(i)
    print(len(l), sys.getsizeof(l))
while len(l) > 2:
    l.pop()
    print(len(l), sys.getsizeof(l))
#### mutate_liststr
import sys
l = list('abcde')
print(sys.getsizeof(l))
l.insert(0, 'first')
print("insert", sys.getsizeof(l))
l.remove('first')
print("remove", sys.getsizeof(l))
del l[1:3]
print("del slice", sys.getsizeof(l))
l.sort(key=str)
l.reverse()
print("sort/reverse", sys.getsizeof(l))
l[:] = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print("slice assign", sys.getsizeof(l))
l[:] = []
print("emptied", sys.getsizeof(l))
l += [1, 2, 3]
print("+=", sys.getsizeof(l))
l *= 3
print("*=", sys.getsizeof(l), len(l))
#### grow_split
import sys
l = 'a b c d e'.split()
print("built", len(l), sys.getsizeof(l))
for i in range(12):
    l.append(i)
    print(len(l), sys.getsizeof(l))
while len(l) > 2:
    l.pop()
    print(len(l), sys.getsizeof(l))
#### mutate_split
import sys
l = 'a b c d e'.split()
print(sys.getsizeof(l))
l.insert(0, 'first')
print("insert", sys.getsizeof(l))
l.remove('first')
print("remove", sys.getsizeof(l))
del l[1:3]
print("del slice", sys.getsizeof(l))
l.sort(key=str)
l.reverse()
print("sort/reverse", sys.getsizeof(l))
l[:] = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print("slice assign", sys.getsizeof(l))
l[:] = []
print("emptied", sys.getsizeof(l))
l += [1, 2, 3]
print("+=", sys.getsizeof(l))
l *= 3
print("*=", sys.getsizeof(l), len(l))
#### grow_sorted
import sys
l = sorted([5, 3, 1, 4, 2])
print("built", len(l), sys.getsizeof(l))
for i in range(12):
    l.append(i)
    print(len(l), sys.getsizeof(l))
while len(l) > 2:
    l.pop()
    print(len(l), sys.getsizeof(l))
#### mutate_sorted
import sys
l = sorted([5, 3, 1, 4, 2])
print(sys.getsizeof(l))
l.insert(0, 'first')
print("insert", sys.getsizeof(l))
l.remove('first')
print("remove", sys.getsizeof(l))
del l[1:3]
print("del slice", sys.getsizeof(l))
l.sort(key=str)
l.reverse()
print("sort/reverse", sys.getsizeof(l))
l[:] = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print("slice assign", sys.getsizeof(l))
l[:] = []
print("emptied", sys.getsizeof(l))
l += [1, 2, 3]
print("+=", sys.getsizeof(l))
l *= 3
print("*=", sys.getsizeof(l), len(l))
#### grow_listmap
import sys
l = list(map(int, '12345'))
print("built", len(l), sys.getsizeof(l))
for i in range(12):
    l.append(i)
    print(len(l), sys.getsizeof(l))
while len(l) > 2:
    l.pop()
    print(len(l), sys.getsizeof(l))
#### mutate_listmap
import sys
l = list(map(int, '12345'))
print(sys.getsizeof(l))
l.insert(0, 'first')
print("insert", sys.getsizeof(l))
l.remove('first')
print("remove", sys.getsizeof(l))
del l[1:3]
print("del slice", sys.getsizeof(l))
l.sort(key=str)
l.reverse()
print("sort/reverse", sys.getsizeof(l))
l[:] = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print("slice assign", sys.getsizeof(l))
l[:] = []
print("emptied", sys.getsizeof(l))
l += [1, 2, 3]
print("+=", sys.getsizeof(l))
l *= 3
print("*=", sys.getsizeof(l), len(l))
#### grow_listcall_list
import sys
l = list([1, 2, 3, 4, 5])
print("built", len(l), sys.getsizeof(l))
for i in range(12):
    l.append(i)
    print(len(l), sys.getsizeof(l))
while len(l) > 2:
    l.pop()
    print(len(l), sys.getsizeof(l))
#### mutate_listcall_list
import sys
l = list([1, 2, 3, 4, 5])
print(sys.getsizeof(l))
l.insert(0, 'first')
print("insert", sys.getsizeof(l))
l.remove('first')
print("remove", sys.getsizeof(l))
del l[1:3]
print("del slice", sys.getsizeof(l))
l.sort(key=str)
l.reverse()
print("sort/reverse", sys.getsizeof(l))
l[:] = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print("slice assign", sys.getsizeof(l))
l[:] = []
print("emptied", sys.getsizeof(l))
l += [1, 2, 3]
print("+=", sys.getsizeof(l))
l *= 3
print("*=", sys.getsizeof(l), len(l))
#### grow_star
import sys
a = [1, 2]
l = [*a, 3, 4, 5]
print("built", len(l), sys.getsizeof(l))
for i in range(12):
    l.append(i)
    print(len(l), sys.getsizeof(l))
while len(l) > 2:
    l.pop()
    print(len(l), sys.getsizeof(l))
#### mutate_star
import sys
a = [1, 2]
l = [*a, 3, 4, 5]
print(sys.getsizeof(l))
l.insert(0, 'first')
print("insert", sys.getsizeof(l))
l.remove('first')
print("remove", sys.getsizeof(l))
del l[1:3]
print("del slice", sys.getsizeof(l))
l.sort(key=str)
l.reverse()
print("sort/reverse", sys.getsizeof(l))
l[:] = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print("slice assign", sys.getsizeof(l))
l[:] = []
print("emptied", sys.getsizeof(l))
l += [1, 2, 3]
print("+=", sys.getsizeof(l))
l *= 3
print("*=", sys.getsizeof(l), len(l))
#### extend_list
import sys
l = [0]
print(sys.getsizeof(l))
l.extend([1, 2, 3])
print(len(l), sys.getsizeof(l))
l.extend([1, 2, 3])
print(len(l), sys.getsizeof(l))
m = []
m.extend([1, 2, 3])
print(len(m), sys.getsizeof(m))
n = list([1, 2, 3])
print(len(n), sys.getsizeof(n))
#### extend_tuple
import sys
l = [0]
print(sys.getsizeof(l))
l.extend((1, 2, 3))
print(len(l), sys.getsizeof(l))
l.extend((1, 2, 3))
print(len(l), sys.getsizeof(l))
m = []
m.extend((1, 2, 3))
print(len(m), sys.getsizeof(m))
n = list((1, 2, 3))
print(len(n), sys.getsizeof(n))
#### extend_range
import sys
l = [0]
print(sys.getsizeof(l))
l.extend(range(3))
print(len(l), sys.getsizeof(l))
l.extend(range(3))
print(len(l), sys.getsizeof(l))
m = []
m.extend(range(3))
print(len(m), sys.getsizeof(m))
n = list(range(3))
print(len(n), sys.getsizeof(n))
#### extend_gen
import sys
l = [0]
print(sys.getsizeof(l))
l.extend((i for i in range(3)))
print(len(l), sys.getsizeof(l))
l.extend((i for i in range(3)))
print(len(l), sys.getsizeof(l))
m = []
m.extend((i for i in range(3)))
print(len(m), sys.getsizeof(m))
n = list((i for i in range(3)))
print(len(n), sys.getsizeof(n))
#### extend_str
import sys
l = [0]
print(sys.getsizeof(l))
l.extend('abc')
print(len(l), sys.getsizeof(l))
l.extend('abc')
print(len(l), sys.getsizeof(l))
m = []
m.extend('abc')
print(len(m), sys.getsizeof(m))
n = list('abc')
print(len(n), sys.getsizeof(n))
#### extend_set
import sys
l = [0]
print(sys.getsizeof(l))
l.extend({1, 2, 3})
print(len(l), sys.getsizeof(l))
l.extend({1, 2, 3})
print(len(l), sys.getsizeof(l))
m = []
m.extend({1, 2, 3})
print(len(m), sys.getsizeof(m))
n = list({1, 2, 3})
print(len(n), sys.getsizeof(n))
#### extend_dict
import sys
l = [0]
print(sys.getsizeof(l))
l.extend({'a': 1, 'b': 2, 'c': 3})
print(len(l), sys.getsizeof(l))
l.extend({'a': 1, 'b': 2, 'c': 3})
print(len(l), sys.getsizeof(l))
m = []
m.extend({'a': 1, 'b': 2, 'c': 3})
print(len(m), sys.getsizeof(m))
n = list({'a': 1, 'b': 2, 'c': 3})
print(len(n), sys.getsizeof(n))
#### extend_big_range
import sys
l = [0]
print(sys.getsizeof(l))
l.extend(range(20))
print(len(l), sys.getsizeof(l))
l.extend(range(20))
print(len(l), sys.getsizeof(l))
m = []
m.extend(range(20))
print(len(m), sys.getsizeof(m))
n = list(range(20))
print(len(n), sys.getsizeof(n))
#### extend_big_gen
import sys
l = [0]
print(sys.getsizeof(l))
l.extend((i * 2 for i in range(20)))
print(len(l), sys.getsizeof(l))
l.extend((i * 2 for i in range(20)))
print(len(l), sys.getsizeof(l))
m = []
m.extend((i * 2 for i in range(20)))
print(len(m), sys.getsizeof(m))
n = list((i * 2 for i in range(20)))
print(len(n), sys.getsizeof(n))
#### extend_big_list
import sys
l = [0]
print(sys.getsizeof(l))
l.extend(list(range(20)))
print(len(l), sys.getsizeof(l))
l.extend(list(range(20)))
print(len(l), sys.getsizeof(l))
m = []
m.extend(list(range(20)))
print(len(m), sys.getsizeof(m))
n = list(list(range(20)))
print(len(n), sys.getsizeof(n))
#### extend_empty
import sys
l = [0]
print(sys.getsizeof(l))
l.extend([])
print(len(l), sys.getsizeof(l))
l.extend([])
print(len(l), sys.getsizeof(l))
m = []
m.extend([])
print(len(m), sys.getsizeof(m))
n = list([])
print(len(n), sys.getsizeof(n))
#### extend_bytes
import sys
l = [0]
print(sys.getsizeof(l))
l.extend(b'xyz')
print(len(l), sys.getsizeof(l))
l.extend(b'xyz')
print(len(l), sys.getsizeof(l))
m = []
m.extend(b'xyz')
print(len(m), sys.getsizeof(m))
n = list(b'xyz')
print(len(n), sys.getsizeof(n))
#### extend_map
import sys
l = [0]
print(sys.getsizeof(l))
l.extend(map(str, range(3)))
print(len(l), sys.getsizeof(l))
l.extend(map(str, range(3)))
print(len(l), sys.getsizeof(l))
m = []
m.extend(map(str, range(3)))
print(len(m), sys.getsizeof(m))
n = list(map(str, range(3)))
print(len(n), sys.getsizeof(n))
#### extend_zip
import sys
l = [0]
print(sys.getsizeof(l))
l.extend(zip('ab', 'cd'))
print(len(l), sys.getsizeof(l))
l.extend(zip('ab', 'cd'))
print(len(l), sys.getsizeof(l))
m = []
m.extend(zip('ab', 'cd'))
print(len(m), sys.getsizeof(m))
n = list(zip('ab', 'cd'))
print(len(n), sys.getsizeof(n))
#### extend_enumerate
import sys
l = [0]
print(sys.getsizeof(l))
l.extend(enumerate('abc'))
print(len(l), sys.getsizeof(l))
l.extend(enumerate('abc'))
print(len(l), sys.getsizeof(l))
m = []
m.extend(enumerate('abc'))
print(len(m), sys.getsizeof(m))
n = list(enumerate('abc'))
print(len(n), sys.getsizeof(n))
#### extend_reversed
import sys
l = [0]
print(sys.getsizeof(l))
l.extend(reversed([1, 2, 3]))
print(len(l), sys.getsizeof(l))
l.extend(reversed([1, 2, 3]))
print(len(l), sys.getsizeof(l))
m = []
m.extend(reversed([1, 2, 3]))
print(len(m), sys.getsizeof(m))
n = list(reversed([1, 2, 3]))
print(len(n), sys.getsizeof(n))
#### extend_dict_items
import sys
l = [0]
print(sys.getsizeof(l))
l.extend({'a': 1}.items())
print(len(l), sys.getsizeof(l))
l.extend({'a': 1}.items())
print(len(l), sys.getsizeof(l))
m = []
m.extend({'a': 1}.items())
print(len(m), sys.getsizeof(m))
n = list({'a': 1}.items())
print(len(n), sys.getsizeof(n))
#### extend_filter
import sys
l = [0]
print(sys.getsizeof(l))
l.extend(filter(None, [0, 1, 2, 0, 3]))
print(len(l), sys.getsizeof(l))
l.extend(filter(None, [0, 1, 2, 0, 3]))
print(len(l), sys.getsizeof(l))
m = []
m.extend(filter(None, [0, 1, 2, 0, 3]))
print(len(m), sys.getsizeof(m))
n = list(filter(None, [0, 1, 2, 0, 3]))
print(len(n), sys.getsizeof(n))
#### sizes_n0
import sys
n = 0
a = list(range(n))
b = [i for i in range(n)]
c = [None] * n
d = []
for i in range(n):
    d.append(i)
e = a[:]
f = a.copy()
g = a + []
h = list(a)
k = [*a]
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h), sys.getsizeof(k))
print(sys.getsizeof(a * 2), sys.getsizeof(tuple(a)), sys.getsizeof(sorted(a)))
#### sizes_n1
import sys
n = 1
a = list(range(n))
b = [i for i in range(n)]
c = [None] * n
d = []
for i in range(n):
    d.append(i)
e = a[:]
f = a.copy()
g = a + []
h = list(a)
k = [*a]
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h), sys.getsizeof(k))
print(sys.getsizeof(a * 2), sys.getsizeof(tuple(a)), sys.getsizeof(sorted(a)))
#### sizes_n2
import sys
n = 2
a = list(range(n))
b = [i for i in range(n)]
c = [None] * n
d = []
for i in range(n):
    d.append(i)
e = a[:]
f = a.copy()
g = a + []
h = list(a)
k = [*a]
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h), sys.getsizeof(k))
print(sys.getsizeof(a * 2), sys.getsizeof(tuple(a)), sys.getsizeof(sorted(a)))
#### sizes_n3
import sys
n = 3
a = list(range(n))
b = [i for i in range(n)]
c = [None] * n
d = []
for i in range(n):
    d.append(i)
e = a[:]
f = a.copy()
g = a + []
h = list(a)
k = [*a]
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h), sys.getsizeof(k))
print(sys.getsizeof(a * 2), sys.getsizeof(tuple(a)), sys.getsizeof(sorted(a)))
#### sizes_n4
import sys
n = 4
a = list(range(n))
b = [i for i in range(n)]
c = [None] * n
d = []
for i in range(n):
    d.append(i)
e = a[:]
f = a.copy()
g = a + []
h = list(a)
k = [*a]
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h), sys.getsizeof(k))
print(sys.getsizeof(a * 2), sys.getsizeof(tuple(a)), sys.getsizeof(sorted(a)))
#### sizes_n5
import sys
n = 5
a = list(range(n))
b = [i for i in range(n)]
c = [None] * n
d = []
for i in range(n):
    d.append(i)
e = a[:]
f = a.copy()
g = a + []
h = list(a)
k = [*a]
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h), sys.getsizeof(k))
print(sys.getsizeof(a * 2), sys.getsizeof(tuple(a)), sys.getsizeof(sorted(a)))
#### sizes_n8
import sys
n = 8
a = list(range(n))
b = [i for i in range(n)]
c = [None] * n
d = []
for i in range(n):
    d.append(i)
e = a[:]
f = a.copy()
g = a + []
h = list(a)
k = [*a]
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h), sys.getsizeof(k))
print(sys.getsizeof(a * 2), sys.getsizeof(tuple(a)), sys.getsizeof(sorted(a)))
#### sizes_n9
import sys
n = 9
a = list(range(n))
b = [i for i in range(n)]
c = [None] * n
d = []
for i in range(n):
    d.append(i)
e = a[:]
f = a.copy()
g = a + []
h = list(a)
k = [*a]
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h), sys.getsizeof(k))
print(sys.getsizeof(a * 2), sys.getsizeof(tuple(a)), sys.getsizeof(sorted(a)))
#### sizes_n10
import sys
n = 10
a = list(range(n))
b = [i for i in range(n)]
c = [None] * n
d = []
for i in range(n):
    d.append(i)
e = a[:]
f = a.copy()
g = a + []
h = list(a)
k = [*a]
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h), sys.getsizeof(k))
print(sys.getsizeof(a * 2), sys.getsizeof(tuple(a)), sys.getsizeof(sorted(a)))
#### sizes_n16
import sys
n = 16
a = list(range(n))
b = [i for i in range(n)]
c = [None] * n
d = []
for i in range(n):
    d.append(i)
e = a[:]
f = a.copy()
g = a + []
h = list(a)
k = [*a]
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h), sys.getsizeof(k))
print(sys.getsizeof(a * 2), sys.getsizeof(tuple(a)), sys.getsizeof(sorted(a)))
#### sizes_n17
import sys
n = 17
a = list(range(n))
b = [i for i in range(n)]
c = [None] * n
d = []
for i in range(n):
    d.append(i)
e = a[:]
f = a.copy()
g = a + []
h = list(a)
k = [*a]
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h), sys.getsizeof(k))
print(sys.getsizeof(a * 2), sys.getsizeof(tuple(a)), sys.getsizeof(sorted(a)))
#### sizes_n25
import sys
n = 25
a = list(range(n))
b = [i for i in range(n)]
c = [None] * n
d = []
for i in range(n):
    d.append(i)
e = a[:]
f = a.copy()
g = a + []
h = list(a)
k = [*a]
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h), sys.getsizeof(k))
print(sys.getsizeof(a * 2), sys.getsizeof(tuple(a)), sys.getsizeof(sorted(a)))
#### sizes_n100
import sys
n = 100
a = list(range(n))
b = [i for i in range(n)]
c = [None] * n
d = []
for i in range(n):
    d.append(i)
e = a[:]
f = a.copy()
g = a + []
h = list(a)
k = [*a]
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h), sys.getsizeof(k))
print(sys.getsizeof(a * 2), sys.getsizeof(tuple(a)), sys.getsizeof(sorted(a)))
#### sizes_n1000
import sys
n = 1000
a = list(range(n))
b = [i for i in range(n)]
c = [None] * n
d = []
for i in range(n):
    d.append(i)
e = a[:]
f = a.copy()
g = a + []
h = list(a)
k = [*a]
print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h), sys.getsizeof(k))
print(sys.getsizeof(a * 2), sys.getsizeof(tuple(a)), sys.getsizeof(sorted(a)))
#### append_growth_pattern
import sys
l = []
prev = sys.getsizeof(l)
print("len 0 size", prev)
for i in range(100):
    l.append(i)
    cur = sys.getsizeof(l)
    if cur != prev:
        print("len", len(l), "size", cur, "capacity", (cur - sys.getsizeof([])) // 8)
        prev = cur
#### insert_front_growth
import sys
l = []
for i in range(20):
    l.insert(0, i)
    print(len(l), sys.getsizeof(l))
#### pop_front
import sys
l = list(range(20))
print(sys.getsizeof(l))
while l:
    l.pop(0)
    print(len(l), sys.getsizeof(l))
#### remove_loop
import sys
l = [i % 3 for i in range(30)]
print(sys.getsizeof(l))
while 0 in l:
    l.remove(0)
print(len(l), sys.getsizeof(l))
while 1 in l:
    l.remove(1)
print(len(l), sys.getsizeof(l))
#### del_slices
import sys
l = list(range(50))
print(sys.getsizeof(l))
del l[10:40]
print(len(l), sys.getsizeof(l))
del l[::2]
print(len(l), sys.getsizeof(l))
del l[:]
print(len(l), sys.getsizeof(l))
#### slice_assign_grow
import sys
l = [1, 2, 3]
l[1:2] = [10, 20, 30, 40, 50]
print(l, sys.getsizeof(l))
l[:0] = range(5)
print(len(l), sys.getsizeof(l))
l[len(l):] = 'xyz'
print(len(l), sys.getsizeof(l))
l[2:8] = []
print(len(l), sys.getsizeof(l))
#### list_of_lists
import sys
grid = [[0] * 3 for _ in range(3)]
print(sys.getsizeof(grid), [sys.getsizeof(r) for r in grid])
bad = [[0] * 3] * 3
print(sys.getsizeof(bad), sys.getsizeof(bad[0]))
grid[0].append(1)
print(sys.getsizeof(grid[0]))
#### clear_vs_new
import sys
l = list(range(100))
print(sys.getsizeof(l))
l.clear()
print(sys.getsizeof(l))
l.append(1)
print(sys.getsizeof(l))
m = list(range(100))
m = []
print(sys.getsizeof(m))
#### list_mult_sizes
import sys
for n in range(0, 12):
    print(n, sys.getsizeof([1] * n), sys.getsizeof([1, 2] * n), sys.getsizeof((1,) * n))
#### list_plus_sizes
import sys
a = []
for i in range(10):
    a = a + [i]
    print(i, sys.getsizeof(a))
#### iadd_sizes
import sys
a = []
for i in range(10):
    a += [i, i]
    print(len(a), sys.getsizeof(a))
#### comp_filter_sizes
import sys
for n in [0, 1, 4, 5, 9, 10, 17, 50]:
    evens = [i for i in range(n) if i % 2 == 0]
    print(n, len(evens), sys.getsizeof(evens))
#### matrix_rows
import sys
rows = []
for r in range(1000):
    rows.append([r, r + 1, r + 2])
print(sys.getsizeof(rows), sys.getsizeof(rows[0]))
total = sys.getsizeof(rows) + sum(sys.getsizeof(x) for x in rows)
print(total)
