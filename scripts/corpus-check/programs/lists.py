#### append_walk
import sys
lst = []
prev = sys.getsizeof(lst)
print("start", prev)
for i in range(30):
    lst.append(i)
    now = sys.getsizeof(lst)
    if now != prev:
        print(f"len={len(lst):2d} size={now} (+{now - prev})")
        prev = now
#### construct_compare
import sys
n = 10
a = [x for x in range(n)]
b = list(range(n))
c = []
for x in range(n):
    c.append(x)
d = [0] * n
e = [*range(n)]
for name, v in [("comp", a), ("list", b), ("loop", c), ("mult", d), ("star", e)]:
    print(name, sys.getsizeof(v))
#### list_methods
nums = [5, 3, 8, 1, 9, 2]
nums.sort()
print(nums)
nums.reverse()
print(nums)
nums.insert(2, 7)
nums.remove(8)
print(nums, nums.index(7), nums.count(3))
print(nums.pop(), nums.pop(0), nums)
nums.extend([4, 4])
print(nums, nums.count(4))
#### sort_stability
records = [("bob", 3), ("ann", 1), ("cid", 3), ("dee", 2), ("eve", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
records.sort(key=lambda r: r[0], reverse=True)
print(records)
#### slicing
a = list(range(10))
print(a[2:5], a[::-1], a[::3], a[-3:], a[:-7], a[5:2], a[-100:100])
a[1:3] = ["x", "y", "z"]
print(a)
del a[::2]
print(a)
a[:] = []
print(a)
#### del_slice_sizes
import sys
a = list(range(50))
print(sys.getsizeof(a))
del a[10:]
print(len(a), sys.getsizeof(a))
del a[:]
print(sys.getsizeof(a))
#### nested_mult_trap
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good)
#### index_error
a = [1, 2, 3]
print(a[2])
print(a[3])
#### pop_empty
a = []
a.pop()
#### remove_missing
a = [1, 2]
a.remove(5)
#### index_missing
a = ["a", "b"]
print(a.index("c"))
#### list_compare
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] == [], [1, [2]] == [1, [2]])
print(max([[1, 2], [1, 3], [0, 9]]))
#### list_sum_min_max
data = [3.5, -2, 7, 0.25]
print(sum(data), min(data), max(data), sum(data) / len(data))
print(sum([], 10), sum(range(101)))
print(max([], default=None), min([4, 2], default=0))
#### list_unpacking
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
a, b = b, a = 1, 2
print(a, b)
(x, y), z = [1, 2], 3
print(x, y, z)
#### unpack_error_many
a, b = [1, 2, 3]
#### unpack_error_few
a, b, c = [1, 2]
#### list_repr_nested
a = [1, "two", 3.0, None, True, [4, (5,)], {"six": 6}, b"7"]
print(a)
a.append(a)
print(a)
#### list_of_strings
words = "Python is a great language for teaching".split()
print(words, len(words))
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower))
print([w.upper() for w in words if len(w) > 2])
#### list_extend_sizes
import sys
a = [1, 2, 3]
for chunk in ([4], [5, 6], list(range(7, 20)), []):
    a.extend(chunk)
    print(len(a), sys.getsizeof(a))
#### list_insert_front
import sys
a = []
for i in range(10):
    a.insert(0, i)
print(a, sys.getsizeof(a))
#### list_plus_iadd
import sys
a = [1, 2]
b = a + [3]
a += [3]
print(a == b, sys.getsizeof(a), sys.getsizeof(b))
c = a * 3
print(c, sys.getsizeof(c))
#### list_copy_ways
import sys
a = list(range(7))
for b in (a[:], a.copy(), list(a), [*a], [x for x in a]):
    print(b == a, b is a, sys.getsizeof(b))
#### list_pop_shrink
import sys
a = list(range(40))
for _ in range(36):
    a.pop()
    print(len(a), sys.getsizeof(a), end="; ")
print()
#### list_clear
import sys
a = [1] * 100
a.clear()
print(a, sys.getsizeof(a))
#### list_in
a = [1, 2.0, "3", None]
print(2 in a, 3 in a, "3" in a, None in a, 1.0 in a, [] in a)
#### list_enumerate_start
for i, c in enumerate("abc", start=10):
    print(i, c, sep=":")
print(list(enumerate(["x", "y"], 1)))
#### zip_uneven
print(list(zip([1, 2, 3], "ab")))
print(list(zip()))
print(dict(zip("abc", range(10))))
for a, b, c in zip(range(3), range(10, 13), "xyz"):
    print(a + b, c)
#### map_filter
print(list(map(lambda x: x * 2, [1, 2, 3])))
print(list(map(str, range(5))))
print(list(filter(lambda s: s.isdigit(), ["1", "a", "22", ""])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(map(lambda a, b: a - b, [10, 20, 30], [1, 2])))
#### sorted_mixed_error
print(sorted([3, "a", 1]))
#### list_mult_sizes
import sys
for n in range(0, 9):
    print(n, sys.getsizeof([None] * n), sys.getsizeof([1, 2] * n))
#### list_count_bools
a = [True, 1, 1.0, False, 0]
print(a.count(1), a.count(True), a.count(0))
#### list_setitem_neg
a = [1, 2, 3]
a[-1] = 30
a[-3] += 100
print(a)
a[-4] = 0
#### list_slice_assign_step_error
a = [1, 2, 3, 4]
a[::2] = [9]
#### list_sort_none_error
a = [3, None, 1]
a.sort()
#### list_reversed_range
print(list(reversed([1, 2, 3])), list(reversed(range(5))), list(reversed("abc")))
print(list(range(10, 0, -3)), list(range(0)), range(1, 10, 2), len(range(1, 10, 2)))
print(range(5)[2], range(5)[-1], range(0, 20, 5)[1:3])
#### list_tuple_sizes
import sys
t = tuple(range(5))
l = list(range(5))
print(sys.getsizeof(t), sys.getsizeof(l), sys.getsizeof(()), sys.getsizeof([]))
print(t.__sizeof__(), l.__sizeof__())
#### matrix
m = [[i * j for j in range(4)] for i in range(4)]
for row in m:
    print(" ".join(f"{v:3}" for v in row))
print([list(col) for col in zip(*m)][1])
#### list_del_names
a = [1, 2, 3]
b = a
del a
print(b)
print(a)
#### comprehension_nested
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs)
flat = [x for row in [[1, 2], [3], []] for x in row]
print(flat)
#### list_index_start
a = [1, 2, 1, 2, 1]
print(a.index(1, 1), a.index(2, 2, 5))
#### list_bad_index_type
a = [1]
print(a["0"])
#### list_iadd_str
a = [1]
a += "hi"
print(a)
a = a + "x"
