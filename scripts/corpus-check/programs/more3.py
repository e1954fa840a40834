#### format_attr_index
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(3, 4)
data = [10, 20]
d = {"k": "v"}
print("{0.x},{0.y}".format(p), "{0[1]}".format(data), "{d[k]}".format(d=d), "{:>{w}}|".format("r", w=4))
#### split_empty_sep
"abc".split("")
#### str_methods_errors
for f in [lambda: "a".center(), lambda: "a".zfill("3"), lambda: "a".replace("a"), lambda: "abc".startswith(["a"]), lambda: "x".join("a", "b"), lambda: "a".ljust(5, "ab")]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
#### list_slice_assign_sizes
import sys
a = list(range(10))
a[2:8] = []
print(a, sys.getsizeof(a))
a[1:1] = list(range(20))
print(len(a), sys.getsizeof(a))
a[::3] = [0] * len(a[::3])
print(a[:10])
#### list_del_step_sizes
import sys
a = list(range(30))
del a[::3]
print(len(a), sys.getsizeof(a))
del a[1::2]
print(a, sys.getsizeof(a))
#### frozenset_ops_types
f = frozenset({1, 2})
s = {2, 3}
print(type(f | s).__name__, type(s | f).__name__, type(f & s).__name__, f - s, s - f, f ^ s)
#### dict_compare_error
print({1: 2} < {1: 3})
#### list_contains_values
d = {"a": [1, 2], "b": [3]}
print([1, 2] in d.values(), 3 in d.values(), "a" in d, any(3 in v for v in d.values()))
#### str_repr_quotes_nested
items = ["it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\t", "uni é", "\x07"]
print(items)
print(str(items) == repr(items), {"k'": "v\""})
#### float_edge_reprs
print(1e16, 1e-4, 1e-5, 0.1 + 0.7, 4.35 * 100, 1.1 * 1.1, 2 ** -1074, 1 - 1e-16, 9.999999999999999e22)
print(float("0.1"), float("1_000.5"), float(" inf "), float("-Infinity"), float("nan") != float("nan"))
#### complex_repr
print(1j, -1j, 1 + 0j, complex(0, 0), complex(-0.0, 1), (1 + 2j) * (3 - 1j), (1 + 2j) / 2, abs(3 + 4j), complex("1+2j"))
#### int_bases_out
for v in [10, -255, 0]:
    print(f"{v:b} {v:o} {v:x} {v:#b} {v:#o} {v:#X} {v:08b}", bin(v), oct(v), hex(v))
#### bytes_iteration
for b in b"AZ":
    print(b, type(b).__name__, chr(b))
print([hex(x) for x in bytes([0, 15, 255])], bytes([72, 105]).decode())
#### bytes_repr_mixed
print(bytes("héllo", "utf-8"), "😀".encode("utf-8"), "é".encode("latin-1"), "€".encode("utf-16-le") if False else b"")
print(bytearray("é", "utf-8"), repr(bytearray(b"\x00")))
#### string_methods_unicode_kinds
import sys
s = "Grüße, 世界! 😀"
print(len(s), s.upper(), s.lower(), s.find("世"), s.split(","), s[-1], s[7:9], sys.getsizeof(s))
print(s.encode(), len(s.encode()), s.isprintable() if hasattr(s, "isprintable") else "-", s.count("ü"))
#### str_sizes_after_ops
import sys
base = "hello"
for t in [base + "é", base + "€", base + "😀", (base + "😀")[:5], ("é" + base)[1:], base.upper(), "é".upper(), "x" * 0]:
    print(repr(t), sys.getsizeof(t))
#### int_sizes_ranges
import sys
for e in [0, 15, 29, 30, 31, 59, 60, 61, 63, 64, 89, 90, 100]:
    print(e, sys.getsizeof(2 ** e), sys.getsizeof(-(2 ** e)), sys.getsizeof(2 ** e - 1))
#### bool_int_sizes
import sys
print(sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(1), sys.getsizeof(0), sys.getsizeof(-1), sys.getsizeof(int()))
#### dict_setdefault_none
d = {}
print(d.setdefault("a"), d)
print(d.setdefault("a", 5), d)
#### dict_get_errors
d = {}
d.get()
#### dict_pop_default_size
import sys
d = {i: i for i in range(10)}
for i in range(8):
    d.pop(i)
print(d, sys.getsizeof(d))
d.update({100 + i: i for i in range(8)})
print(len(d), sys.getsizeof(d))
#### dict_popitem_sizes
import sys
d = dict.fromkeys("abcdefghij", 0)
sizes = []
while d:
    d.popitem()
    sizes.append(sys.getsizeof(d))
print(sizes)
#### dict_key_types_repr
d = {}
d[1] = "int"
d[1.5] = "float"
d["1"] = "str"
d[(1,)] = "tuple"
d[None] = "none"
d[b"1"] = "bytes"
d[frozenset({1})] = "frozenset"
print(d)
print(len(d), d[1.0], d.get(True))
#### list_of_dicts_sort
people = [{"name": "b", "age": 30}, {"name": "a", "age": 25}, {"name": "c", "age": 30}]
people.sort(key=lambda p: (p["age"], p["name"]))
print([p["name"] for p in people])
print(sorted(people, key=lambda p: p["name"])[0])
#### sum_start_list
print(sum([[1], [2, 3]], []), sum((0.1, 0.2)), sum(range(5), 10), sum([True, True]))
#### enumerate_negative_start
print(list(enumerate("ab", -2)), list(enumerate([], 5)))
#### zip_three_dict
keys = ["a", "b", "c"]
vals = [1, 2]
print(dict(zip(keys, vals)), list(zip(keys, vals, "xyz")), list(zip(*[(1, "a"), (2, "b")])))
#### map_multiple
print(list(map(pow, [2, 3], [3, 2])), list(map(max, [1, 5], [4, 2], [3, 3])), list(map(len, ["ab", "", "c"])))
#### filter_lambda_classes
class N:
    def __init__(self, v):
        self.v = v
ns = [N(i) for i in range(6)]
print([n.v for n in filter(lambda n: n.v % 2 == 0, ns)])
#### any_all_mixed
print(any([0, "", None]), all([1, "a", [0]]), all([]), any(x > 2 for x in range(4)), all(map(str.isdigit, ["1", "2"])))
#### iter_sentinel_like
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print("skip", next(it))
    else:
        print("got", x)
#### nested_functions_scope
x = "global"
def outer():
    x = "outer"
    def inner():
        return x
    return inner()
print(outer(), x)
def shadow():
    x = "local"
    return x
print(shadow(), x)
#### getattr_setattr_loop
class Config:
    pass
c = Config()
for k, v in {"debug": True, "level": 3}.items():
    setattr(c, k, v)
print(c.debug, c.level, getattr(c, "missing", None), hasattr(c, "debug"))
print(sorted(c.__dict__.items()))
#### class_counter_instances
import sys
class Node:
    count = 0
    def __init__(self, val, next=None):
        self.val = val
        self.next = next
        Node.count += 1
head = None
for v in range(4):
    head = Node(v, head)
vals = []
n = head
while n:
    vals.append(n.val)
    n = n.next
print(vals, Node.count, sys.getsizeof(head), sys.getsizeof(head.__dict__))
#### class_eq_hash_none
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return self.x == o.x
print(P(1) == P(1), P.__hash__ is None)
#### class_str_only
class A:
    def __str__(self):
        return "A!"
a = A()
print(a, str(a), [str(a)], f"{a}")
print(repr(a).startswith("<__main__.A object"))
#### class_len_error_negative
class A:
    def __len__(self):
        return -1
len(A())
#### class_repr_returns_nonstr
class A:
    def __repr__(self):
        return 5
print(repr(A()))
#### class_getitem_dict_like
class Registry:
    def __init__(self):
        self._d = {}
    def __setitem__(self, k, v):
        self._d[k] = v
    def __getitem__(self, k):
        return self._d[k]
    def __delitem__(self, k):
        del self._d[k]
    def __len__(self):
        return len(self._d)
r = Registry()
r["a"] = 1
r["b"] = 2
del r["a"]
print(len(r), r["b"])
r["zz"]
#### class_iadd_operator
class Acc:
    def __init__(self):
        self.total = 0
    def __iadd__(self, v):
        self.total += v
        return self
    def __radd__(self, other):
        return other + self.total
a = Acc()
a += 5
a += 7
print(a.total, 10 + a, sum([a, a]) if False else "-")
#### class_comparisons_total
class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __gt__(self, o):
        return self.n > o.n
print(V(1) < V(2), V(3) > V(2), V(2) <= V(2), V(1) >= V(0) if hasattr(V, "__ge__") else "-")
#### class_missing_dunder_error
class V:
    pass
V() < V()
#### class_add_error
class V:
    pass
V() + 1
#### exception_attributes
try:
    {}["missing"]
except KeyError as e:
    print(e.args[0], len(e.args), isinstance(e, LookupError), isinstance(e, Exception))
try:
    int("z")
except ValueError as err:
    msg = str(err)
    print(msg, msg.startswith("invalid literal"))
#### exception_chain_context
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)
#### raise_in_function_uncaught
def check(age):
    if age < 0:
        raise ValueError(f"age must be >= 0, got {age}")
    return age
print(check(5))
check(-1)
#### typeerror_uncaught_call_args
def greet(name, greeting="Hello"):
    return f"{greeting}, {name}!"
print(greet("Ann"), greet("Bob", greeting="Hi"))
print(greet())
#### typeerror_too_many
def f(a):
    return a
f(1, 2)
#### indexerror_tuple_uncaught
t = ()
t[0]
#### keyerror_int_uncaught
d = {1: "a"}
d[2]
#### attributeerror_uncaught_module
import sys
sys.nothing
#### zero_division_float_uncaught
x = 0.0
print(10 / x)
#### recursion_uncaught_message
def down(n):
    return down(n - 1) + 1
down(10)
#### stopiteration_uncaught
next(iter(()))
#### value_error_unpack_uncaught
x, y = "abc"
#### not_implemented_error
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
Shape().area()
#### overflow_error_uncaught
import sys
print(2.5 ** 1000)
x = 10.0 ** 400
#### runtime_error_dict_change
d = {1: 1}
for k in d:
    d[k + 1] = 1
