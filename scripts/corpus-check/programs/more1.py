#### str_format_more
print("{:>10}|{:<10}|{:^10}|".format("é€", "😀x", "ab"))
print("{:08.3f}|{:+.1e}|{:.0%}|{:,d}|{:_d}|{:_x}".format(-3.14159, 12345.678, 0.256, 1234567, 1234567, 0xABCDEF))
print("{0}{1}{0}".format("ab", "-"), "{:{}}|".format("x", 4), "{!s:>4}|{!a}".format(1, "é"))
print(format(1e-5, "f"), format(123.0, "g"), format(0.00001234, ".2g"), format(1.0, ".0e"), format(10**16, "e"))
print(format(-0.0, ".1f"), format(float("inf"), "10.2f"), format(float("nan"), "e"), format(True, "d"), format(True, ""))
#### str_format_errors
print("{:d}".format(1.5))
#### str_format_index_error
print("{} {}".format(1))
#### str_format_key_error
print("{name}".format(nam=1))
#### percent_more
print("%5.2f%%" % 12.3456, "%-8s|" % "left", "%+d %+d" % (5, -5), "% d" % 3, "%#x %#o" % (255, 8))
print("%s" % [1, 2], "%s" % ((1, 2),), "%r" % "é", "%a" % "é" if False else "", "%i" % 3.9, "%.3g" % 1234.5)
print("%10.4s|" % "abcdefg", "%*d" % (5, 42), "%-*d|" % (4, 1))
#### percent_dict_missing
print("%(a)s" % {"b": 1})
#### percent_not_all_converted
print("%s" % ("a", "b"))
#### float_repr_more
vals = [1e-5, 0.00001, 1.1e-5, 123e-20, 5e-324, 1e308 * 10, 1.0 / 3 * 3, 9007199254740993.0, 0.3, 2.675, 1e15 + 0.3, 1e16 + 2, 12345678.9]
for v in vals:
    print(v, end=" ")
print()
print(float("1e500"), float("-1e500"), -float("nan"), 1 / 3 + 1 / 3)
#### float_str_int_mix
print(str(1.0), str(10.0 ** 20), str(10.0 ** 15), 10 ** 15 * 1.0, 2 ** 63 * 1.0, float(2 ** 100), int(1e20), int(-1e-20))
print(7 / 2, 8 / 2, -8 / 3, 1e3, 1.5e3, 3 * 0.1, 0.1 * 3, 100 * 1.1)
#### int_str_limits
print(int("-0"), int("+5"), int("0005"), int(" 12_3 "), int(True), int(3.0), int("٣"), str(-0))
#### int_invalid_literal_msg
int("1 2")
#### int_empty
int("")
#### int_base_bad
int("10", 1)
#### round_types
print(round(2.5), round(-0.5), round(1.25, 1), round(1e20, 2), round(7, 2), round(-7.45, 1), round(0.5 + 1e-16))
print(type(round(1.5, 0)).__name__, round(1.5, 0), round(123.456, -2), round(-123.456, -1))
#### abs_divmod_errors
divmod(1, 0)
#### pow_mod_neg
print(pow(2, -1, 7))
#### list_sort_key_errors
a = ["b", "A", "c"]
a.sort(key=str.lower)
print(a)
a.sort(reverse=True)
print(a)
print(sorted("hello world"), sorted({3: "a", 1: "b"}), sorted((2, 1)), sorted({"b", "a"}))
#### sorted_key_none
print(sorted([3, 1, 2], key=None), sorted([[2, "b"], [1, "a"], [2, "a"]]))
#### enumerate_zip_types
e = enumerate("ab")
print(next(e), list(e), type(e).__name__)
z = zip([1], [2])
print(type(z).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__, type(iter([])).__name__)
print(type(iter("")).__name__, type(iter({})).__name__, type(iter(())).__name__, type(iter(range(0))).__name__, type(iter(set())).__name__)
#### repr_builtin_objects
print(range(3), range(1, 5, 2), range(0, -3, -1), repr(range(0)))
print(repr(None), repr(True), repr(...), repr(NotImplemented))
print(slice(1, 2), slice(None, 5, None))
#### repr_float_containers
print([0.1, 1e-10, 1e16, -0.0, float("inf")], (0.5,), {1.5: 2.25})
#### str_methods_args
s = "banana"
print(s.count("a", 2), s.count("a", 2, 4), s.find("a", -2), s.rfind("an", 0, 4), s.startswith("an", 1), s.endswith("na", 0, 4))
print(s.replace("a", "o", 2), s.replace("", "-"), s.split("a"), s.split("a", 0), s.rsplit("a", 2), s.strip("ab"))
print(s.center(10, "*"), s.center(9, "*"), s.ljust(3), s.index("n", 3))
#### str_split_none_maxsplit
print(" a b  c ".split(None, 1), " a b  c ".rsplit(None, 1), "".split(), "".split(","), "a,".split(","))
#### str_join_nonstr_gen
print("".join(str(i) for i in range(5)), ", ".join(map(repr, ["a", 1])))
print("-".join("abc"), "-".join(("x",)), "-".join({"k": 1}))
#### str_title_edge
print("hello world's end".title(), "o'neil mc-donald".title(), "ABC def".capitalize(), "3rd place".title())
#### str_multiplication_sizes
import sys
for n in [0, 1, 2, 10, 100]:
    print(n, sys.getsizeof("a" * n), sys.getsizeof("é" * n), sys.getsizeof("€" * n), sys.getsizeof("😀" * n))
#### str_slice_sizes
import sys
s = "hello world"
print(sys.getsizeof(s[:5]), sys.getsizeof(s[0]), sys.getsizeof(s[6:]), sys.getsizeof("x€"[0]), sys.getsizeof(s.upper()))
print(sys.getsizeof(str(12345)), sys.getsizeof(repr(1.5)), sys.getsizeof(f"{10}"), sys.getsizeof("a" + "é"))
#### bytes_more
b = bytes(range(65, 75))
print(b, b[2:8:2], b.index(b"D"), b.rfind(b"Z"), b.title(), b.ljust(12, b"."), b.rstrip(b"J"), bytes(b"ab") == b"ab")
print(b"a,b,,c".split(b","), b" x y ".split(), b"AB".lower(), b"ab".swapcase(), b"\xff\x00".hex(), list(b"\x01\x02"))
print(b"x" in b"xyz", bytearray(b"abc") == b"abc", bytearray(b"z") + b"q", b"q" + bytearray(b"z"))
#### bytearray_methods
ba = bytearray(b"hello world")
ba.reverse()
print(ba)
ba.reverse()
ba[0:5] = b"HELLO"
print(ba, ba.upper(), ba.find(b"o"), ba.count(b"o"), ba.replace(b"o", b"0"), ba.split())
ba.insert(0, 33)
ba.remove(33)
del ba[5:]
print(ba, ba * 2, len(ba), ba.decode("ascii"))
ba.clear()
print(ba)
#### bytearray_sizes
import sys
for b in [bytearray(), bytearray(b"a"), bytearray(10), bytearray(b"x" * 100), bytearray(range(5))]:
    print(len(b), sys.getsizeof(b))
#### bytes_sizes
import sys
for b in [b"", b"a", b"ab" * 10, bytes(100), "é".encode(), bytes([1, 2, 3])]:
    print(len(b), sys.getsizeof(b))
#### bytes_formatting
print(b"%s and %d" % (b"x", 5), b"%5s|" % b"ab", b"%x" % 255, b"%c" % 65, b"%r" % b"q" if False else b"-")
#### bytes_from_str_error
bytes("abc")
#### bytes_negative_error
bytes([-1])
#### tuple_count_index_errors
t = (1, 2, 3)
t.index(4)
#### tuple_sizes_loop
import sys
for n in range(6):
    print(n, sys.getsizeof(tuple(range(n))), sys.getsizeof((None,) * n))
#### namedtuple_sizes_vs_class
import sys
from collections import namedtuple
Row = namedtuple("Row", "a b c d")
r = Row(1, 2, 3, 4)
print(sys.getsizeof(r), sys.getsizeof(tuple(r)), r.__sizeof__(), type(r).__name__, r._fields)
print(Row._make(range(4)), r._replace(a=9), dict(r._asdict()))
#### nested_function_defaults
def outer(x):
    def inner(y=x * 2):
        return x + y
    return inner
f = outer(5)
print(f(), f(1), outer(0)())
#### lambda_in_dict
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in "+-*":
    print(f"3 {sym} 4 = {ops[sym](3, 4)}")
#### recursion_depth_ok
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
#### class_repr_default
class Plain:
    pass
p = Plain()
r = repr(p)
print(r.startswith("<__main__.Plain object at 0x"), r.endswith(">"))
print(str(Plain).startswith("<class '__main__.Plain'>"))
#### dict_instance_attr_delete
import sys
class C:
    def __init__(self):
        self.a = 1
        self.b = 2
c = C()
print(c.__dict__, sys.getsizeof(c.__dict__))
del c.a
print(c.__dict__, sys.getsizeof(c.__dict__))
c.a = 3
print(c.__dict__, vars(c))
del c.zz
#### getattr_missing_no_default
class C:
    pass
getattr(C(), "nope")
#### getattr_builtin
print(getattr([1, 2], "count")(1), getattr("abc", "upper")(), hasattr(5, "real"), getattr(5, "imag"))
print(getattr({}, "missing", None))
#### setattr_builtin_error
setattr(5, "x", 1)
#### list_attr_error
[].push(1)
#### str_attr_error
"abc".foo
#### none_attr_error
x = None
x.append(1)
#### none_subscript_error
x = None
x[0]
#### int_subscript_error
5[0]
#### int_not_iterable
for x in 5:
    pass
#### unsupported_compare
print(1 < None)
#### unsupported_neg
print(-"a")
#### call_non_function
"abc"()
#### dict_not_callable_subscript
d = {}
d("k")
#### too_many_args_builtin
len([1], [2])
#### list_too_many_args
list(1, 2)
#### isinstance_arg_error
isinstance(1, "int")
#### sum_str_error
sum(["a", "b"], "")
#### zip_non_iterable
zip(1, [2])
#### sorted_args_error
sorted([1], lambda x: x)
#### range_float
range(1.5)
#### chr_ord_errors
print(chr(65), ord("A"), chr(0x1F600))
ord("ab")
#### next_non_iterator
next([1, 2])
#### iter_non_iterable
iter(5)
#### hash_unhashable_dict
hash({})
#### unpack_non_iterable
a, b = 5
#### string_to_int_add
x = "5"
y = x + 5
#### list_index_float
[1, 2][1.0]
#### dict_update_bad
d = {}
d.update([1, 2])
#### set_add_list
s = set()
s.add([])
#### float_mod_zero
1.5 % 0
#### float_div_zero_msg
1.0 / 0
#### int_div_float_zero
1 / 0.0
#### pow_zero_neg
0 ** -1
#### overflow_float
print(2.0 ** 10000)
#### int_too_big_float
float(10 ** 400)
#### str_mul_float
"a" * 1.5
#### list_mul_big
x = [0] * -5
print(x)
#### set_first_last
s = {10, 20, 30}
print(min(s), max(s), sorted(s)[0], 20 in s, len(s))
