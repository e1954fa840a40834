#### many_instances_dicts
import sys
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
pts = []
for i in range(5):
    pts.append(Pt(i, -i))
    print(i, sys.getsizeof(pts[-1]), sys.getsizeof(pts[-1].__dict__))
#### dataclass_many
import sys
from dataclasses import dataclass
@dataclass
class User:
    name: str
    age: int
    email: str = ""
us = [User("u%d" % i, i) for i in range(4)]
print(us[0], [sys.getsizeof(u.__dict__) for u in us], sys.getsizeof(us[0]))
us[1].extra = True
print(sys.getsizeof(us[1].__dict__), us[1].__dict__)
#### inheritance_dict_sizes
import sys
class Base:
    def __init__(self):
        self.a = 1
class Child(Base):
    def __init__(self):
        super().__init__()
        self.b = 2
        self.c = 3
c = Child()
print(sys.getsizeof(c.__dict__), c.__dict__, sys.getsizeof(Base().__dict__))
#### slots_inheritance
import sys
class A:
    __slots__ = ("x",)
class B(A):
    __slots__ = ("y", "z")
class C(A):
    pass
b = B()
b.x, b.y, b.z = 1, 2, 3
print(sys.getsizeof(A()), sys.getsizeof(b), sys.getsizeof(C()), b.x + b.y + b.z)
c = C()
c.w = 5
print(c.__dict__)
#### list_comprehension_sizes
import sys
for n in [0, 1, 4, 5, 8, 9, 16, 17, 100]:
    print(n, sys.getsizeof([i for i in range(n)]), sys.getsizeof(list(range(n))), sys.getsizeof(list(i for i in range(n))), sys.getsizeof([None] * n))
#### list_from_str_set_dict
import sys
print(sys.getsizeof(list("hello")), sys.getsizeof(list({1, 2, 3})), sys.getsizeof(list({"a": 1})), sys.getsizeof(list((1, 2))))
print(sys.getsizeof("a b c".split()), sys.getsizeof(sorted([3, 2, 1])), sys.getsizeof(list(map(str, [1, 2]))))
#### str_unicode_methods
for s in ["straße", "İstanbul", "ǅ", "ﬁ", "ΣΑΣ", "Ǆemal"]:
    print(s, s.upper(), s.lower(), s.title(), s.swapcase(), s.capitalize(), len(s.upper()))
#### big_int_format
n = 12345678901234567890
print(f"{n:,}", f"{n:_}", f"{n:e}", f"{-n:>30,}", f"{n:x}", format(n, "o"), f"{n:.3e}", f"{2**64:b}"[:10])
#### float_g_formats
for v in [0.0001, 0.00001, 123456.0, 1234567.0, 1e-5, 1.5, 100.0, 1e16]:
    print(f"{v:g}|{v:.2g}|{v:.10g}|{v:#g}|{v}|{v:.1f}|{v:10.2e}|")
#### dict_views_repr
d = {"a": 1, "b": [2]}
print(d.keys(), d.values(), d.items())
print(repr(d.keys()), str(d.items()), list(d.items())[0])
#### recursive_structures
a = [1]
a.append(a)
d = {"self": None}
d["self"] = d
print(a, d)
#### sizes_containers_nested
import sys
data = {"users": [{"name": "a", "tags": ("x", "y")}, {"name": "b", "tags": ()}], "count": 2}
print(sys.getsizeof(data), sys.getsizeof(data["users"]), sys.getsizeof(data["users"][0]), sys.getsizeof(data["users"][0]["tags"]))
total = sys.getsizeof(data)
for u in data["users"]:
    total += sys.getsizeof(u) + sum(sys.getsizeof(v) for v in u.values())
print(total)
#### range_bool_none_sizes
import sys
print(sys.getsizeof(range(10)), sys.getsizeof(range(0)), sys.getsizeof(True), sys.getsizeof(None), sys.getsizeof(0.5), sys.getsizeof(1j))
#### set_from_str_sizes
import sys
for s in ["", "a", "abc", "hello world", "abcdefghijklmnopqrstuvwxyz"]:
    print(len(set(s)), sys.getsizeof(set(s)), sys.getsizeof(frozenset(s)))
#### dict_of_lists_growth
import sys
inv = {}
for i, w in enumerate("to be or not to be that is the question".split()):
    inv.setdefault(w, []).append(i)
print(inv)
print(len(inv), sys.getsizeof(inv), max(inv, key=lambda k: len(inv[k])))
#### word_count_sorted
text = "one two three two three three"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
for w, c in sorted(counts.items(), key=lambda x: x[1], reverse=True):
    print(f"{w:<6}{c:>3}")
#### tuple_vs_list_memory
import sys
items = [1, 2, 3, 4, 5]
print("list :", sys.getsizeof(items))
print("tuple:", sys.getsizeof(tuple(items)))
print("diff :", sys.getsizeof(items) - sys.getsizeof(tuple(items)))
#### string_builder
import sys
parts = []
for i in range(5):
    parts.append(str(i) * i)
s = "|".join(parts)
print(s, len(s), sys.getsizeof(s), sys.getsizeof(parts))
#### chained_methods
s = "  Hello World  "
print(s.strip().lower().replace("world", "there").title().center(20, "~"))
print("-".join(w[::-1] for w in s.split()))
#### fstring_expr_misc
items = {"a": 1}
name = "Ann"
print(f"{name!r:>8}|{name.upper()}|{len(name) * 2}|{items['a']}|{3.0:.1f}|{'%d' % 5}|{[1, 2]}|{(1,)}")
print(f"{'nested ' + f'{name}'}", f"{1 if name else 0}", f"{name[::-1]}")
#### format_spec_types
print(format(65, "c"), format(3.5, "n") if False else "", format(10, "=+5"), format(-10, "=5"), format(0.5, "%"), format(1, ".2%"))
print("{:,.3f}".format(1e6), "{:e}".format(0), "{:.2f}".format(2), "{:5}|".format(1.5), "{:<5}|".format(True))
#### format_invalid_spec
print(format("abc", "d"))
#### format_invalid_spec_float
print(f"{1.5:x}")
#### percent_float_precision
for v in [1.0, 0.1, 2.675, 1e10, 1.23456789e-7]:
    print("%f|%.1f|%e|%g|%s|%r|%10.3f|%-10.2e|" % (v, v, v, v, v, v, v, v))
#### str_comparisons_methods
print("abc".__len__(), "abc".__contains__("b"), "a".__add__("b"), "ab".__mul__(2), [1].__len__(), {1: 2}.__getitem__(1))
#### sizeof_methods
import sys
for obj in [[], [1, 2], (), (1,), {}, {"a": 1}, set(), "", "abc", b"", b"ab", 0, 1, 2**40, 1.5, True, bytearray()]:
    print(type(obj).__name__, obj.__sizeof__(), sys.getsizeof(obj))
#### int_ops_mixed_bool
print(True + 1.5, 3 * False, -True, ~True, True << 2, True // 2, True / 2, abs(False), divmod(True, 2))
#### list_remove_all
a = [1, 2, 1, 3, 1]
while 1 in a:
    a.remove(1)
print(a)
b = [x for x in [1, 2, 1, 3] if x != 1]
print(b)
#### list_stack_queue
stack = []
for i in range(4):
    stack.append(i)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
#### nested_comprehension_dict
matrix = {r: {c: r * c for c in range(3)} for r in range(3)}
print(matrix)
print({k: sorted(v.values(), reverse=True) for k, v in matrix.items()})
#### sorted_tuples_stability
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data))
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[0], reverse=True))
#### min_max_multiple
print(max(1, 5, 3), min("b", "a", "c"), max([1, 2], [1, 3]), max("abc", "abd", key=lambda s: s[-1]), min([(2, "x"), (1, "z")]))
print(max(range(10), key=lambda x: x % 4), min({"a": 3, "b": 1}.items(), key=lambda kv: kv[1]))
#### isinstance_subclass_bool
print(isinstance(True, int), isinstance(1, bool), isinstance([], (dict, list)), isinstance(None, type(None)), isinstance(int, type))
#### exception_str_forms
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    raise ValueError
except ValueError as e:
    print(repr(str(e)), repr(e), e.args)
try:
    raise Exception("x", 1)
except Exception as e:
    print(e)
#### exception_uncaught_keyerror_multi
raise KeyError("a", "b")
#### exception_uncaught_empty_msg
raise ValueError()
#### exception_uncaught_custom_noargs
class Boom(Exception):
    pass
raise Boom
#### exception_uncaught_custom_subclass_str
class Boom(Exception):
    def __str__(self):
        return "custom message"
raise Boom(1)
#### exception_in_except
try:
    1 / 0
except ZeroDivisionError:
    [][1]
#### finally_overrides
def f():
    try:
        raise ValueError("x")
    finally:
        return "swallowed"
print(f())
#### while_true_break
i = 0
while True:
    i += 1
    if i * i > 50:
        break
print(i)
#### for_over_dict_modify_copy
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
#### global_counter_list
total = []
def add(x):
    total.append(x)
for i in range(3):
    add(i * i)
print(total, sum(total))
#### default_args_eval_once
import sys
def f(a, cache={}):
    cache[a] = len(cache)
    return cache
f(1)
f(2)
print(f(3), sys.getsizeof(f(4)))
#### star_unpack_calls
def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args), f(*args[:2], 9), f(**{"a": 1, "b": 2, "c": 3}), f(1, *[2], **{"c": 3}))
print(*range(3), *"ab")
print([*range(3), *"ab"], {*range(3)}, {**{"a": 1}, "b": 2}, (*[1, 2],))
#### kwargs_order
def f(**kw):
    return list(kw.items())
print(f(z=1, a=2, m=3))
#### lambda_default_closure
fs = []
for i in range(3):
    fs.append(lambda i=i: i * 10)
print([f() for f in fs])
#### tuple_compare_sort
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), () < (0,), (1, "a") < (1, "b"))
#### none_compare_error
print(sorted([(1, None), (1, 2)]))
#### bool_repr_ops
print(True and False, True or False, not True, True & False, True | False, True ^ True, repr(True), str(False))
#### print_sep_none
print("a", "b", sep=None)
print("a", "b", end=None)
print("c", sep="", end="\n\n")
print("d")
#### print_file_default
import sys
print("x", file=sys.stdout)
#### integer_division_table
for a in [7, -7]:
    for b in [3, -3]:
        print(f"{a:3} // {b:2} = {a // b:3}   {a:3} % {b:2} = {a % b:3}")
#### version_branches
import sys
if sys.version_info >= (3, 12):
    print("new")
elif sys.version_info >= (3, 9):
    print("mid")
else:
    print("old")
print(sys.version_info[:2] >= (3, 8), len(sys.version_info), sys.version.split()[0].count("."))
#### version_string
import sys
print(sys.version[:4] in ("3.6.", "3.7.", "3.8.", "3.9.", "3.10", "3.11", "3.12", "3.13"))
print(".".join(map(str, sys.version_info[:3])) == sys.version.split()[0])
#### assert_no_msg_expr
items = []
assert items, "list is empty"
