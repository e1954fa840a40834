#### int_ops
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b, -a, abs(a))
#### int_pow
print(2 ** 10, 2 ** 100, (-2) ** 3, 2 ** -1, 10 ** 0, 0 ** 0, pow(2, 5), pow(3, 4, 5))
#### int_big
import sys
x = 1
for i in range(1, 31):
    x *= i
print(x, len(str(x)), sys.getsizeof(x))
for v in [0, 1, -1, 2**30 - 1, 2**30, 2**60, 2**90, -2**64, 10**50]:
    print(v, sys.getsizeof(v))
#### bin_hex_oct
for v in [0, 5, 255, -10, 2**40]:
    print(bin(v), hex(v), oct(v))
#### bool_arith
print(True + True, True * 10, False - 1, int(True), bool(0), bool(-3), bool(""), bool("0"), bool([]), bool(None))
print(isinstance(True, int), type(True).__name__, True == 1, True is 1 if False else "-")
#### zero_div
print(1 / 0)
#### zero_mod
print(5 % 0)
#### zero_floordiv_float
print(5.0 // 0)
#### float_repr
for f in [0.1, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1.5e-5, 1e-4, 0.0001, 1e22, 1e-7, -0.0, 100.0, 3.0, 2.5e300, 1.7976931348623157e308]:
    print(repr(f), str(f))
#### float_round
for v in [2.5, 3.5, -2.5, 0.125, 2.675, 1.005, 12345.6789]:
    print(round(v), round(v, 1), round(v, 2), round(v, -1))
print(round(1234, -2), round(15, -1), round(25, -1), type(round(2.5)).__name__)
#### float_formats
for v in [0.0, 1.0, 123.456, 1e-10, 6.02e23, -1.5, 1e100]:
    print(f"{v:.2f} {v:e} {v:.3e} {v:g} {v:.3g} {v:10.4g}|")
#### float_special
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf > 1e308, nan == nan, inf - inf, float("-inf"))
print(int(3.99), int(-3.99), float(7), 7 / 7, 2 ** 0.5, 10 / 4, 10 // 4, 10.0 // 4, -7.5 // 2, -7.5 % 2)
#### int_float_compare
print(1 == 1.0, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 2**53 + 1 == float(2**53 + 1))
print(max(1, 2.0), min(-1, -1.0), sorted([3, 1.5, 2, -0.5]))
#### float_sizes
import sys
print(sys.getsizeof(1.0), sys.getsizeof(0.0), sys.getsizeof(1e300), (1.5).__sizeof__())
#### int_base_parse
for s, b in [("1010", 2), ("777", 8), ("ff", 16), ("FF", 16), ("zz", 36), ("0b11", 0), ("0o17", 0), ("0x1A", 0), ("  12  ", 10), ("-0x10", 16), ("1_000", 10)]:
    print(s, b, int(s, b))
#### int_base_error
int("12", 2)
#### int_bitwise
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2, -a >> 1, 1 << 70)
#### augmented
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
print(x)
y = 7.0
y /= 2
print(y)
s = "a"
s *= 3
print(s)
#### complex_basic
z = 3 + 4j
print(z, abs(z), z.real, z.imag, z * 1j, z.conjugate(), complex(1, -1), 1j ** 2)
#### chained_compare
x = 5
print(1 < x < 10, 1 < x > 10, 1 == 1.0 < 2, 3 > 2 > 1 > 0, 0 <= x <= 5 != 6)
#### abs_sum_mixed
print(abs(-5), abs(-2.5), abs(-0.0), sum([1, 2.5, True]), sum([0.1] * 10))
#### divmod_float
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5), 7.5 % -2)
#### int_str_big
n = 2 ** 200
print(n, str(n)[:10], n % 1000, n // 10**50)
print(-n, hex(n))
#### numeric_type_error
print(1 + "1")
#### numeric_type_error_mul
print([1] * 2.0)
#### numeric_neg_shift
print(1 << -1)
#### float_int_conversion_error
int(float("inf"))
#### float_int_nan
int(float("nan"))
#### rounding_half
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {0.125:.2f} {0.375:.2f}", "%.0f %.1f" % (0.5, 0.25))
#### walrus
import sys
if sys.version_info >= (3, 8):
    data = [1, 5, 12, 7, 20]
    big = [y for x in data if (y := x * 2) > 10]
    print(big)
    n = 0
    while (n := n + 3) < 10:
        print(n, end=" ")
    print()
else:
    print([24, 14, 40])
    print("3 6 9 ")
#### int_sizeof
import sys
for v in [0, 1, 2**30, 2**31]:
    print(v.__sizeof__(), sys.getsizeof(v))
print(sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(None) if False else "-")
#### max_min_key
words = ["pear", "fig", "banana", "kiwi"]
print(max(words, key=len), min(words, key=len), max(words), min(3, 1, 2), max("hello"))
print(max([], default="empty"), min((), key=len, default=0))
#### max_empty_error
max([])
#### min_args_error
min()
