#### slices_everything
seqs = [[1, 2, 3, 4, 5], (1, 2, 3, 4, 5), "abcde", b"abcde", bytearray(b"abcde"), range(5), "aé€😀b"]
slices = [(None, None, -1), (None, None, 2), (1, None, -1), (-2, None, None), (None, -2, -1), (4, 0, -2), (10, -10, -3), (0, 0, None), (3, 1, None), (-100, 100, 1)]
for s in seqs:
    out = []
    for a, b, c in slices:
        out.append(s[a:b:c])
    print(type(s).__name__, out)
#### slices_identity
t = (1, 2, 3)
s = "abc"
b = b"abc"
l = [1, 2, 3]
print(t[:] is t, t[0:3] is t, t[::1] is t, t[::-1] is t, s[:] is s, s[::-1] == "cba", b[:] is b, l[:] is l, l[::-1] == [3, 2, 1])
#### slice_assign_list_variants
a = list(range(8))
a[::-1] = list("abcdefgh")
print(a)
a[1:7:2] = [0, 0, 0]
print(a)
a[5:2] = ["x"]
print(a)
a[-2:] = []
print(a)
a[:0] = [9, 9]
print(a)
del a[-1:-4:-1]
print(a)
#### bytearray_slice_assign
ba = bytearray(b"0123456789")
ba[::2] = b"abcde"
print(ba)
ba[1:3] = b""
print(ba)
ba[:] = b"xyz"
print(ba)
del ba[::-2]
print(ba)
#### range_ops
r = range(2, 20, 3)
print(r, len(r), r[0], r[-1], r[1:4], r[::-1], 5 in r, 6 in r, r.index(8), r.count(11), list(r[::2]))
print(range(0) == range(5, 5), range(1, 4) == range(1, 4, 1), list(range(-5, 5, 4)), sum(range(1, 11)), max(range(7)))
#### range_index_error
r = range(3)
r[3]
#### range_value_error
range(3).index(10)
#### str_slice_step_kinds
import sys
s = "aé€😀" * 3
for st in [1, 2, 3, -1, -2]:
    part = s[::st]
    print(st, part, len(part), sys.getsizeof(part))
#### list_neg_index_del
a = list("abcdef")
del a[-1]
del a[0]
a.pop(-2)
print(a, a[-1], a[-len(a)])
#### list_slice_sizes_steps
import sys
a = list(range(40))
for s in [a[::2], a[::-1], a[1:30:3], a[-5:], a[:0]]:
    print(len(s), sys.getsizeof(s))
#### tuple_slice_sizes
import sys
t = tuple(range(20))
for s in [t[::2], t[::-1], t[:], t[5:], t[:0], t[-1:]]:
    print(len(s), sys.getsizeof(s))
#### str_slice_sizes
import sys
s = "hello world, hello python"
for x in [s[::2], s[::-1], s[:], s[6:11], s[:0], s[-1:], s[3:4]]:
    print(repr(x), sys.getsizeof(x))
