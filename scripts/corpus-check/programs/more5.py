#### fstring_eq_specs
import sys
if sys.version_info >= (3, 8):
    x = 3.14159
    s = "hi"
    print(f"{x=:.2f}", f"{s=!r}", f"{s=!s}", f"{x = :>8.1f}", f"{s=:>5}", f"{len(s)=}", f"{[1, 2]=}")
#### str_more_methods
print("abc".isidentifier(), "1abc".isidentifier(), "_x".isidentifier(), "١٢".isdecimal(), "²".isdigit(), "²".isdecimal(), "½".isnumeric())
print("a\nb\r\nc".splitlines(True), "x\n".splitlines(), "".splitlines())
print("Hello".casefold(), "ß".casefold(), "ABC".swapcase().title())
t = str.maketrans("abc", "xyz")
print("aabbcc".translate(t), "hello".translate(str.maketrans({"l": "L", "o": None})))
print("{a}-{b}".format_map({"a": 1, "b": 2}), "tab\tsep".expandtabs(), "x".isprintable(), "\n".isprintable())
#### str_rsplit_partition_misc
print("a.b.c".rsplit(".", 1), "a.b.c".rpartition("."), "abc".rpartition("x"), "a b".split(" ", -1))
print("hello world".index("o", 5), "hello".rindex("l"), "abcabc".rfind("abc", 1), "abc".find("", 10), "abc".find("", 3))
#### str_startswith_tuple_ranges
s = "filename.tar.gz"
print(s.endswith((".gz", ".zip")), s.startswith("name", 4), s.endswith("tar", 0, 12), s.startswith(()), s[:-3].endswith(".tar"))
#### set_more_methods
a = {1, 2, 3, 4, 5}
b = a.copy()
b.difference_update({1, 2})
print(a, b)
b.intersection_update([3, 4, 9])
print(b)
b.symmetric_difference_update({4, 10})
print(b)
print(a.issubset([1, 2, 3, 4, 5, 6]), a.issuperset([1]), a.isdisjoint((7, 8)), a.union(), a.intersection())
#### set_compare_ops
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, b > a, a == b, a != b, a < a, a <= a, {1} > set())
#### dict_views_setops
d = {"a": 1, "b": 2, "c": 3}
e = {"b": 0, "d": 4}
print(sorted(d.keys() & e.keys()), sorted(d.keys() - e), sorted(d.keys() | e.keys()), sorted(d.keys() ^ e.keys()))
print(d.keys() == {"a", "b", "c"}, d.items() >= {("a", 1)}, len(d.values()))
#### dict_fromkeys_string_update
d = dict.fromkeys("abc", 0)
d.update(a=1)
d.update({"z": 26}, y=25)
print(d, sorted(d), list(d.values()))
#### list_more_methods
a = [3, 1, 2]
b = a.copy()
b.sort(key=lambda x: -x)
print(a, b, a * 0, [] * 5, a.__len__())
c = [[3], [1, 2], []]
c.sort(key=len)
print(c, sorted(c, key=len, reverse=True))
#### list_sort_mixed_numbers
print(sorted([3, 1.5, True, -2, 0.0]), sorted([1, 1.0, True]), sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
#### int_methods
print((255).bit_length(), (-1).bit_length(), (10).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "big"), (5).conjugate(), (7).real)
print(int("  42\n"), (3).__add__(4), (2).__pow__(10), divmod(-17, 5), (-17) // 5, -17 % 5)
#### float_methods
print((2.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (1.5).hex(), float.fromhex("0x1.8p1"), (3.7).__round__() if False else round(3.7))
#### tuple_methods_misc
t = (1, 2, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 2), t[::-1], t[1:4], sorted(t), max(t), sum(t), tuple(reversed(t)))
print((1, 2) + (3,), (0,) * 3, (1, [2]), ((1, 2), (3, 4))[1][0], len(((),)), ((),) * 2)
#### bytes_more_methods
b = b"Hello World"
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize(), b.isupper(), b.islower(), b.istitle())
print(b.split(), b.rsplit(b"o", 1), b.partition(b" "), b.rpartition(b"o"), b.zfill(14), b.expandtabs())
print(b.ljust(13, b"-"), b.rjust(13), b.center(15, b"*"), b.count(b"o"), b.rfind(b"o"), b.index(b"W"), b.endswith(b"ld"))
print(b"  x  ".strip(), b"xxhixx".strip(b"x"), b"ab".join([b"1", b"2", b"3"]), b"a\nb".splitlines(), bytes.fromhex("41 42"))
#### bytearray_more
ba = bytearray(b"hello")
ba += b" world"
ba *= 2
print(ba, len(ba))
ba[0:5] = b"J"
print(ba)
print(ba.startswith(b"J"), ba.find(b"w"), ba.upper(), bytearray(b"ab") * 2, ba[-1], ba[2:4])
ba.extend([33, 34])
print(ba[-3:], ba.pop(0), ba.count(b"o"))
#### sizes_bytearray_ops
import sys
ba = bytearray(b"abc")
print(sys.getsizeof(ba))
ba += b"d" * 10
print(sys.getsizeof(ba))
ba = ba[:2]
print(sys.getsizeof(ba), sys.getsizeof(bytearray(b"abc") * 3), sys.getsizeof(bytearray(5)))
#### sizes_dict_views_iters
import sys
d = {"a": 1}
print(sys.getsizeof(d.keys()), sys.getsizeof(d.values()), sys.getsizeof(d.items()), sys.getsizeof(iter(d)), sys.getsizeof(iter([])), sys.getsizeof(iter(())))
print(sys.getsizeof(enumerate([])), sys.getsizeof(zip()), sys.getsizeof(map(abs, [])), sys.getsizeof(filter(None, [])), sys.getsizeof(reversed([])))
#### sizes_range_slices
import sys
print(sys.getsizeof(range(10**20)), sys.getsizeof(slice(1, 2)), sys.getsizeof(iter(range(5))), sys.getsizeof(iter(range(10**20))))
#### sizes_exception_objects
import sys
e = ValueError("x")
print(sys.getsizeof(e) > 0, type(e).__name__, e.args)
#### sizes_class_objects
import sys
class A:
    def f(self):
        return 1
a = A()
print(sys.getsizeof(a), sys.getsizeof(a.__dict__), sys.getsizeof(A.f) > 0)
#### sizes_nested_lists
import sys
grid = [[0] * 4 for _ in range(3)]
print(sys.getsizeof(grid), [sys.getsizeof(r) for r in grid], sys.getsizeof(grid) + sum(map(sys.getsizeof, grid)))
#### sizes_str_join_split
import sys
words = "the quick brown fox".split()
print(sys.getsizeof(words), [sys.getsizeof(w) for w in words], sys.getsizeof(" ".join(words)), sys.getsizeof("".join(words)))
#### sizes_after_clear_and_reuse
import sys
l = list(range(100))
l.clear()
l.append(1)
print(sys.getsizeof(l))
d = {i: i for i in range(100)}
d.clear()
d[1] = 1
print(sys.getsizeof(d))
s = set(range(100))
s.clear()
s.add(1)
print(sys.getsizeof(s))
#### sizes_tuple_from_iters
import sys
print(sys.getsizeof(tuple(x for x in range(5))), sys.getsizeof(tuple([1, 2, 3])), sys.getsizeof(tuple("abcd")), sys.getsizeof(tuple({1: 2})))
#### sizes_getsizeof_default_ignored
import sys
print(sys.getsizeof([1, 2, 3], 0), sys.getsizeof("x", None))
#### sizes_sizeof_vs_getsizeof
import sys
for o in [[1], {"a": 1}, {1}, (1,), "abc", 5, 1.5, b"x", bytearray(b"x")]:
    print(type(o).__name__, sys.getsizeof(o) - o.__sizeof__())
#### sizes_set_ops_results
import sys
a = set(range(10))
b = set(range(5, 15))
for r in (a | b, a & b, a - b, a ^ b, a.union(b), a.copy(), frozenset(a)):
    print(len(r), sys.getsizeof(r))
#### sizes_list_sorted_reversed
import sys
a = [5, 3, 1, 4]
print(sys.getsizeof(sorted(a)), sys.getsizeof(list(reversed(a))), sys.getsizeof(a[::-1]), sys.getsizeof(a + a), sys.getsizeof(a * 2))
#### sizes_instance_many_attrs
import sys
class Wide:
    def __init__(self):
        for i in range(12):
            setattr(self, f"f{i}", i)
w = Wide()
print(sys.getsizeof(w), sys.getsizeof(w.__dict__), len(w.__dict__))
w2 = Wide()
print(sys.getsizeof(w2.__dict__))
#### sizes_dataclass_slots_vs_not
import sys
from dataclasses import dataclass
@dataclass
class A:
    x: int = 0
    y: int = 0
class B:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 0
        self.y = 0
print(sys.getsizeof(A()), sys.getsizeof(A().__dict__), sys.getsizeof(B()))
#### sizes_namedtuple_many_fields
import sys
from collections import namedtuple
for n in [1, 2, 5, 10]:
    T = namedtuple("T", ["f%d" % i for i in range(n)])
    t = T(*range(n))
    print(n, sys.getsizeof(t), t)
