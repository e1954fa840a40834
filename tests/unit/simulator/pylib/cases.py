"""Test cases for lib/simulator/pylib, evaluated by every real CPython.

Run by scripts/pylib-oracle.py under each interpreter; prints {group: [{args, out}]}.
Values cross the JSON boundary encoded: float "f:<16 hex digits of the IEEE bits>",
int as Python hex() text, bytes "b:<hex>", errors "!ExcType: message".
Case generation uses a fixed seed and only stable stdlib calls, so every
version sees identical arguments (the oracle script checks this).
"""
import json
import math
import random
import struct
import sys

MINOR = sys.version_info[1]


def fbits(x):
    return "f:" + struct.pack(">d", x).hex()


def unf(s):
    return struct.unpack(">d", bytes.fromhex(s[2:]))[0]


def enc(v):
    if isinstance(v, bool):
        return "True" if v else "False"
    if isinstance(v, int):
        return hex(v)
    if isinstance(v, float):
        return fbits(v)
    if isinstance(v, complex):
        return [fbits(v.real), fbits(v.imag)]
    if isinstance(v, (bytes, bytearray)):
        return "b:" + bytes(v).hex()
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    return v


def run(fn):
    try:
        return enc(fn())
    except Exception as e:  # noqa: BLE001 - every exception is data here
        return "!%s: %s" % (type(e).__name__, e)


R = random.Random(20240607)
G = {}


def add(group, args, fn):
    G.setdefault(group, []).append({"args": args, "out": run(fn)})


def rand_double():
    while True:
        x = struct.unpack(">d", R.getrandbits(64).to_bytes(8, "big"))[0]
        if math.isfinite(x):
            return x


# ## float repr: fixed specials plus thousands of random doubles
specials = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.30000000000000004, 1e16, 1e15, 9999999999999998.0, 1e17, 1e-4, 1e-5,
            0.0001, 0.00012345, 123456789012345678.0, 1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
            float("inf"), float("-inf"), float("nan"), 3.141592653589793, 2.0 ** 53, 2.0 ** 53 + 2, 1 / 3, 100.0, 1e22, 1e21]
floats = list(specials)
for _ in range(2500):
    floats.append(rand_double())
for _ in range(1500):
    floats.append(round(R.uniform(-1e6, 1e6), R.randint(0, 8)))
for _ in range(500):
    floats.append(R.uniform(0, 1) * 10.0 ** R.randint(-25, 25))
for x in floats:
    add("floatRepr", [fbits(x)], lambda x=x: repr(x))

# ## int ↔ str
for text, base in [("12", 10), (" 12 ", 10), ("0x1f", 16), ("0x1f", 0), ("1_000", 10), ("1__0", 10), ("_1", 10), ("1_", 10),
                   ("0b101", 0), ("0o17", 0), ("017", 0), ("00", 0), ("0_0", 0), ("-0x_f", 0), ("z", 36), ("Z", 36), ("x", 10),
                   ("", 10), ("  ", 10), ("+5", 10), ("- 5", 10), ("1", 1), ("1", 37), ("٣", 10), ("1.5", 10), ("12", 3),
                   ("\u00a012\u2003", 10), ("9" * 50, 10), ("ff", 16), ("0XFF", 16), ("0b", 0), ("0x", 16), ("1e5", 10),
                   ("'q'", 10), ("a" * 300, 10), ("1" * 4301, 10), ("1" * 4300, 10), ("f" * 5000, 16), ("12", 2)]:
    add("parseInt", [text, base], lambda t=text, b=base: int(t, b))
for n in [0, 1, -1, 10 ** 20, -(10 ** 30), 2 ** 64, 10 ** 4299, 10 ** 4300, -(10 ** 4300)]:
    add("intToStr", [hex(n)], lambda n=n: str(n))
for text in ["1e3", " 1.5 ", "inf", "-Infinity", "nan", "+NaN", "1_000.5", "1__0", "_1", "1_", "1e_3", ".5", "5.", ".", "",
             "x", "1e500", "-1e-500", "0x10", " ", "\u3000", "١٫٥", "١.٥", "1.5e+3", "\t-0.0\n", "in f", "1_2e1_0", "1.5j", "infinit"]:
    add("parseFloat", [text], lambda t=text: float(t))

# ## int arithmetic
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 0), (10 ** 30 + 7, 10 ** 12 - 3), (-(10 ** 30), 7), (2, 100), (2, -1),
         (0, -1), (-2, -3), (3, 0), (-1, 10 ** 20), (1, 10 ** 20), (10 ** 400, 3), (1, 3 * 10 ** 400), (2 ** 1100, 2 ** 50),
         (2 ** 60 + 1, 3), (10 ** 40, 10 ** 39 * 3)]
for a, b in pairs:
    for op in ["//", "%", "divmod", "/", "**", "<<", ">>"]:
        if op in ("**", "<<") and (abs(b) > 2000 or abs(a) > 10 ** 40 and b > 10):
            continue
        fn = {"//": lambda a=a, b=b: a // b, "%": lambda a=a, b=b: a % b, "divmod": lambda a=a, b=b: divmod(a, b),
              "/": lambda a=a, b=b: a / b, "**": lambda a=a, b=b: a ** b, "<<": lambda a=a, b=b: a << b,
              ">>": lambda a=a, b=b: a >> b}[op]
        add("intOp", [op, hex(a), hex(b)], fn)
for _ in range(300):
    a = R.randint(-10 ** R.randint(1, 40), 10 ** R.randint(1, 40))
    b = R.randint(-10 ** R.randint(1, 40), 10 ** R.randint(1, 40)) or 1
    add("intOp", ["/", hex(a), hex(b)], lambda a=a, b=b: a / b)
    add("intOp", ["divmod", hex(a), hex(b)], lambda a=a, b=b: divmod(a, b))
for a, b, m in [(2, 10, 1000), (3, -1, 7), (2, -1, 4), (2, 3, 0), (-2, 3, 5), (2, 3, -5), (0, 0, 1), (5, -2, -7), (10 ** 20, 10 ** 10, 97)]:
    add("powMod", [hex(a), hex(b), hex(m)], lambda a=a, b=b, m=m: pow(a, b, m))
for n in [0, 1, -1, 255, 256, -256, 2 ** 100, -(2 ** 100) + 1]:
    add("bitLength", [hex(n)], lambda n=n: n.bit_length())
for n in [0, 1, 2 ** 53 + 1, -(2 ** 53 + 1), 2 ** 1023 * 2 - 1, 2 ** 1024, 10 ** 308, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971]:
    add("intToFloat", [hex(n)], lambda n=n: float(n))
for x in [1.5, -1.5, 1e20, -0.0, float("inf"), float("nan"), 2.0 ** 80 + 2 ** 28, 0.999]:
    add("floatToInt", [fbits(x)], lambda x=x: int(x))
for n, x in [(1, 1.0), (2 ** 53 + 1, 2.0 ** 53), (10 ** 400, float("inf")), (-(10 ** 400), float("-inf")), (3, 2.5),
             (-3, -2.5), (0, -0.0), (5, float("nan")), (2 ** 64, 1.8446744073709552e19), (-1, -1.5)]:
    add("compareIntFloat", [hex(n), fbits(x)], lambda n=n, x=x: [n < x, n == x, n > x])

# ## float arithmetic
fpairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (1.0, 0.0), (0.0, 0.0), (1e308, 1e-308), (-0.0, 1.0), (0.0, -1.0),
          (5.0, float("inf")), (-5.0, float("inf")), (float("inf"), 2.0), (float("nan"), 1.0), (0.1, 0.01), (1e16, 3.0),
          (-1e-300, 1e300), (2.0, 0.5), (-8.0, 1 / 3), (0.0, -1.0), (10.0, 400.0), (-2.0, 3.0), (-2.0, 0.5), (1.0, float("nan")),
          (-1.0, float("inf")), (0.0, -2.0), (-0.0, -3.0), (float("-inf"), 3.0), (float("-inf"), -3.0), (1.5, 1e10)]
for x, y in fpairs:
    for op in ["//", "%", "divmod", "/", "**"]:
        fn = {"//": lambda x=x, y=y: x // y, "%": lambda x=x, y=y: x % y, "divmod": lambda x=x, y=y: divmod(x, y),
              "/": lambda x=x, y=y: x / y, "**": lambda x=x, y=y: x ** y}[op]
        add("floatOp", [op, fbits(x), fbits(y)], fn)

# ## round
for x, nd in [(2.5, None), (3.5, None), (-2.5, None), (0.5, None), (1.5, None), (2.675, 2), (0.125, 2), (0.375, 2), (1234.5, -1),
              (1250.0, -2), (1.0, 400), (1e300, -308), (1.7e308, -308), (5e-324, 323), (float("inf"), None), (float("nan"), None),
              (float("inf"), 2), (-0.5, None), (-0.0, 1), (123.456, 0), (2.0 ** 60 + 0.0, None), (0.5, 0), (1.5, 0), (-1.5, 0)]:
    add("roundFloat", [fbits(x), nd], (lambda x=x: round(x)) if nd is None else (lambda x=x, nd=nd: round(x, nd)))
for _ in range(300):
    x = R.uniform(-1000, 1000)
    nd = R.randint(-3, 12)
    add("roundFloat", [fbits(x), nd], lambda x=x, nd=nd: round(x, nd))
for n, nd in [(1234, -2), (1250, -2), (1350, -2), (-1250, -2), (15, -1), (25, -1), (-25, -1), (5, 2), (10 ** 30 + 5 * 10 ** 10, -11)]:
    add("roundInt", [hex(n), nd], lambda n=n, nd=nd: round(n, nd))

# ## hash
for n in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 2 ** 64 + 5, -(10 ** 30), 10 ** 100]:
    add("hashInt", [hex(n)], lambda n=n: hash(n))
for x in [0.0, -0.0, 0.5, -0.5, 1.5, 1e300, 1e-300, 5e-324, float("inf"), float("-inf"), 3.141592653589793, 2.0 ** 70, -1.0, 1e16 + 2]:
    add("hashFloat", [fbits(x)], lambda x=x: hash(x))
for items in [[], [1], [1, 2], [1, 2, 3], [-1], [0.5, 2], [10 ** 30, -7, 3.25], [1] * 10, [-2, -1]]:
    add("hashTuple", [[enc(v) for v in items]], lambda items=items: hash(tuple(items)))
for re_, im in [(1.0, 2.0), (0.0, 1.0), (-1.5, 0.0), (1e300, -1e-300)]:
    add("hashComplex", [fbits(re_), fbits(im)], lambda re_=re_, im=im: hash(complex(re_, im)))

# ## complex
cvals = [(1.0, 2.0), (0.0, 2.0), (-0.0, -1.0), (0.0, -1.0), (1.0, 0.0), (-0.0, 0.0), (float("nan"), float("inf")), (1e16, 1e-5),
         (1.5, -2.25), (0.0, 0.0), (-1.0, -0.0), (float("inf"), float("-inf"))]
for re_, im in cvals:
    add("complexRepr", [fbits(re_), fbits(im)], lambda re_=re_, im=im: repr(complex(re_, im)))
cops = [((1.0, 2.0), (3.0, -4.0)), ((1.0, 2.0), (0.0, 0.0)), ((0.0, 0.0), (-1.0, 0.0)), ((2.0, 0.0), (0.5, 0.0)), ((1.0, 1.0), (2.0, 0.0)),
        ((1.0, 2.0), (1000.0, 0.0)), ((1.5, -0.5), (0.25, 1.0)), ((0.0, 0.0), (0.0, 1.0)), ((1e300, 1e300), (100.0, 0.0)), ((3.0, 4.0), (-2.0, 0.0))]
for (ar, ai), (br, bi) in cops:
    for op in ["+", "-", "*", "/", "**"]:
        fn = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b, "**": lambda a, b: a ** b}[op]
        add("complexOp", [op, fbits(ar), fbits(ai), fbits(br), fbits(bi)], lambda fn=fn, a=complex(ar, ai), b=complex(br, bi): fn(a, b))
for re_, im in [(3.0, 4.0), (1e308, 1e308), (0.0, -0.0)]:
    add("complexAbs", [fbits(re_), fbits(im)], lambda re_=re_, im=im: abs(complex(re_, im)))

# ## format()
int_specs = ["", "d", "5", "<5", "^5", "=5", "05", "+", " ", "-", ",", "_", "_x", "_b", "#x", "#X", "#o", "#b", "x", "X", "o", "b", "c",
             "08,", "0=8,", "010_", "*^9", "+08", "#010x", ".2", "e", ".3f", "%", "g", "n", "s", "z", "abc", ",x", ",_", "_,",
             "#c", "+c", "99999999999999999999", "\x01", "\u00f1", "0<5", "0^5", "0>5", "=+5", " 5", "+,", "0,", "011,", "012_x"]
for n in [0, 5, -5, 1234567, -1234567, 65, 255, 10 ** 20]:
    for spec in int_specs:
        add("formatInt", [hex(n), spec], lambda n=n, spec=spec: format(n, spec))
for b in [True, False]:
    for spec in ["", "d", ">5", "s", "x", "05"]:
        add("formatBool", [b, spec], lambda b=b, spec=spec: format(b, spec))
float_specs = ["", "f", ".2f", ".0f", "#.0f", "e", ".3e", "E", "#.0e", "g", ".3g", "#g", "G", ".10g", "%", ".1%", ".3", ".0", "#", "#.3",
               "10.2f", "<10.2f", "^10.2f", "=10.2f", "010.2f", "+.2f", " .2f", ",", ",.2f", "_.3f", "015,.2f", "n", "z.1f", "z", "zg",
               "d", "x", "s", "c", ".", "10", "010", "+08.2f", "F", ".20f", ".17g", ".25e", "*>12.4e", "0=12,.1f"]
fvals = [0.0, -0.0, 1.0, -1.5, 1234.5678, 0.5, 2.5, 1e16, 1e-5, 123456789.125, 1e300, 5e-324, float("inf"), float("-inf"), float("nan"),
         -0.0001, 9.995, 0.125, 100.0, 1.0 / 3]
for x in fvals:
    for spec in float_specs:
        add("formatFloat", [fbits(x), spec], lambda x=x, spec=spec: format(x, spec))
for _ in range(800):
    x = R.choice([rand_double(), R.uniform(-1e5, 1e5), R.uniform(0, 1) * 10.0 ** R.randint(-10, 20)])
    spec = R.choice([".%df" % R.randint(0, 20), ".%de" % R.randint(0, 20), ".%dg" % R.randint(0, 20), ".%d" % R.randint(0, 20), "", "g", "e", "f"])
    add("formatFloat", [fbits(x), spec], lambda x=x, spec=spec: format(x, spec))
str_specs = ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", ".1", "5.2", "05", "0<5", "=5", "+", "#", ",", "d", "z", "z5", "abc", "é>4", "\u20ac^5s"]
for sv in ["", "a", "abc", "héllo", "😀x"]:
    for spec in str_specs:
        add("formatStr", [sv, spec], lambda sv=sv, spec=spec: format(sv, spec))

# ## printf-style: arguments as tagged values (see the test's value model)


def tv(v):
    if isinstance(v, bool):
        return ["bool", v]
    if isinstance(v, int):
        return ["int", hex(v)]
    if isinstance(v, float):
        return ["float", fbits(v)]
    if isinstance(v, str):
        return ["str", v]
    if isinstance(v, bytes):
        return ["bytes", v.hex()]
    if isinstance(v, tuple):
        return ["tuple", [tv(x) for x in v]]
    if isinstance(v, list):
        return ["list", [tv(x) for x in v]]
    if isinstance(v, dict):
        return ["dict", [[k, tv(x)] for k, x in v.items()]]
    if v is None:
        return ["none"]
    raise TypeError(v)


pct = [("%d", 5), ("%5.2f", 3.14159), ("%r", "a"), ("%s", "a"), ("%s", 1.5), ("%i", -3), ("%x", 255), ("%X", 255), ("%o", 8), ("%#o", 8),
       ("%#x", 255), ("%e", 12345.678), ("%g", 1e-5), ("%g", 123456789), ("%c", 65), ("%c", "é"), ("%%", ()), ("%(a)s", {"a": 1}),
       ("%(a)s %(b)d", {"a": "x", "b": 2}), ("%*d", (5, 3)), ("%-*d|", (-5, 3)), ("%.*f", (2, 1.5)), ("%s %s", (1,)), ("%s", (1, 2)),
       ("%d", "x"), ("%x", 1.5), ("%c", "ab"), ("%c", 0x110000), ("%y", 1), ("%", ()), ("%(a", {}), ("%(a)s", 1), ("%*d", ("a", 1)),
       ("%.3d", 5), ("%a", "é"), ("%5%", ()), ("%5%", (1,)), ("%s", [1, 2]), ("abc", []), ("abc", {}), ("%s", {}), ("%s", {"k": 1}),
       ("%d", 3.7), ("%d", float("inf")), ("%x", True), ("%s", True), ("%#06x", 255), ("%-5d|", 3), ("%05s", "a"), ("%+.3e", 12345.678),
       ("%+d", 0), ("% d", 5), ("%+ d", 5), ("%05d", -3), ("%.3d", -5), ("%#.3x", 5), ("%010.3f", -3.14159), ("%-010d|", 5), ("%.3x", 255),
       ("%ld", 5), ("%f", "x"), ("%f", 10 ** 400), ("%c", 65.0), ("%s|%r", ("é", "é")), ("%.2s", "abc"), ("%5.1s|", "abc"), ("%s", None),
       ("%s", (None,)), ("%r", (1, 2)), ("%s", ((1, 2),)), ("%i", "x"), ("%u", 7), ("%o", 8.0), ("%e", 10 ** 20), ("%g", 0.0001),
       ("%#g", 1.0), ("%.0e", 5.5), ("%10.4g|", 3.14159), ("%(x)s%%", {"x": 5}), ("%s %(a)s", {"a": 1}), ("%\x01", 1), ("%é", 1),
       ("%.1f", 0.25), ("%.1f", 0.35), ("%F", float("inf")), ("%f", float("nan")), ("%+f", float("inf")), ("%d", True), ("%s%s", ("a", "b"))]
for fmt, val in pct:
    add("percent", [fmt, tv(val)], lambda fmt=fmt, val=val: fmt % val)
bpct = [(b"%d", 5), (b"%s", b"ab"), (b"%b", b"x"), (b"%c", 300), (b"%c", b"ab"), (b"%c", 65), (b"%c", b"z"), (b"%s", 1), (b"%d", "x"),
        (b"%r", "é"), (b"%a", b"x"), (b"%5.2f", 1.5), (b"%x|%X", (255, 255)), (b"%(k)s", {"k": b"v"}), (b"%s %s", (b"a",)), (b"%%", ()),
        (b"%y", 1), (b"%s", "str"), (b"%\xe9", 1), (b"%\x01", 1), (b"%i", "x"), (b"%u", "x"), (b"%x", 1.5), (b"%d", b"x"), (b"%c", "a"),
        (b"%a", "\xe9"), (b"%r", b"x"), (b"%.1s", b"abc"), (b"%5s|", b"ab"), (b"%*d", ("a", 1)), (b"\xff%s", b"\xfe"), (b"%(a)s", 1)]
for fmt, val in bpct:
    add("percentBytes", [fmt.hex(), tv(val)], lambda fmt=fmt, val=val: fmt % val)

# ## str repr and text
reprs = ["", "a", "'", '"', "'\"", "a'b", "\\", "\n\t\r", "\x00\x1f\x7f", "\x80\x85\xa0\xad\xe9\xff", "\u0100\u200b\u2028\u3000\ufeff",
         "\ud800", "\udfff", "😀", "\U0001f9ff", "\U000e0001", "\U0010ffff", "\u0378", "\u08a0", "\U0001f6f8", "\U0001fa70", "\u0d04",
         "€中日本", "\U00016fe3", "\U0001e900", "\u2e4f", "\u0870", "\U0001fae8", "\U00011f00"]
for _ in range(400):
    cp = R.choice([R.randint(0, 0x2ff), R.randint(0x300, 0xffff), R.randint(0x10000, 0x10ffff), R.randint(0x1f000, 0x1faff)])
    if 0xd800 <= cp <= 0xdfff:
        continue
    reprs.append(chr(cp) + "x")
for s in reprs:
    add("reprStr", [s], lambda s=s: repr(s))
    add("asciiStr", [s], lambda s=s: ascii(s))
for b in [b"", b"a", b"'", b'"', b"'\"", b"\x00\xff\x7f\n\t\r\\", bytes(range(256))]:
    add("reprBytes", [b.hex()], lambda b=b: repr(b))
    add("reprBytearray", [b.hex()], lambda b=b: repr(bytearray(b)))

# str methods: [method, receiver, *args]; None is JSON null.
sm = [("split", "a b  c ", None, -1), ("split", "  a b  c ", None, 1), ("split", "a,b,,c", ",", -1), ("split", "a,b,,c", ",", 2),
      ("split", "", None, -1), ("split", "", ",", -1), ("split", "abc", "", -1), ("split", "a\u2003b\x1cc\x85d", None, -1),
      ("rsplit", "a b  c ", None, 1), ("rsplit", "  a b c", None, 1), ("rsplit", "a,b,,c", ",", 2), ("rsplit", "aaa", "aa", -1),
      ("split", "aaa", "aa", -1), ("splitlines", "a\nb\r\nc\rd\x0be\x0cf\x1cg\x85h\u2028i\n", False),
      ("splitlines", "a\nb\r\nc\r", True), ("splitlines", "", False), ("strip", "  ab \t\n", None), ("strip", "xxabyx", "xy"),
      ("lstrip", "  ab ", None), ("rstrip", "  ab ", None), ("rstrip", "ab\u3000\xa0", None), ("strip", "😀a😀", "😀"),
      ("replace", "aaaa", "a", "b", -1), ("replace", "aaaa", "a", "b", 2), ("replace", "abc", "", "-", -1), ("replace", "abc", "", "-", 2),
      ("replace", "😀😀", "", "|", -1), ("find", "hello", "l", None, None), ("find", "hello", "l", 3, None), ("find", "hello", "l", -2, None),
      ("find", "hello", "", 5, None), ("find", "hello", "", 6, None), ("find", "hello", "lo", 0, 4), ("rfind", "hello", "l", None, None),
      ("rfind", "hello", "", None, None), ("find", "😀ab😀c", "c", None, None), ("rfind", "😀ab😀c", "😀", None, None),
      ("find", "😀ab😀c", "b", 2, None), ("index", "abc", "d", None, None), ("rindex", "abc", "a", 1, None), ("count", "aaaa", "aa", None, None),
      ("count", "abc", "", None, None), ("count", "abc", "", 1, 2), ("count", "abc", "", 5, None), ("count", "a😀a😀", "😀", 2, None),
      ("startswith", "hello", "he", None, None), ("startswith", "hello", ["x", "hel"], None, None), ("startswith", "hello", "", 5, None),
      ("startswith", "hello", "", 6, None), ("endswith", "hello", "lo", None, None), ("endswith", "hello", "l", 0, 4),
      ("endswith", "hello", ["a", "b"], None, None), ("startswith", "hello", "lo", -2, None),
      ("upper", "straße ǆ ﬁ ŉ"), ("lower", "İSTANBUL ΑΣ ΑΣ. ΣΑ Σ"), ("title", "hello wORLD ǆx ßa they're 3rd"), ("capitalize", "ǆx ΑΣ"),
      ("capitalize", "hELLO"), ("swapcase", "Hello ß ΣΑΣ"), ("casefold", "Straße ΣΑΣ ﬁ"), ("upper", "\U00010428"), ("lower", "\U00010400"),
      ("isdigit", "123"), ("isdigit", "²"), ("isdecimal", "²"), ("isnumeric", "½"), ("isnumeric", "一"), ("isdigit", ""), ("isalpha", "abcé"),
      ("isalpha", "a1"), ("isalnum", "a1²½"), ("isspace", " \t\x1c\x85\xa0"), ("isspace", "\u200b"), ("isupper", "ABC1"), ("isupper", "ǅ"),
      ("islower", "abc1"), ("islower", "1"), ("istitle", "Hello World"), ("istitle", "Hello world"), ("istitle", "ǅungla"),
      ("isidentifier", "abc_1"), ("isidentifier", "1abc"), ("isidentifier", "été"), ("isidentifier", ""), ("isidentifier", "a-b"),
      ("isprintable", "abc\n"), ("isprintable", ""), ("isascii", "abc\x7f"), ("isascii", "é"),
      ("center", "abc", 6, " "), ("center", "abc", 7, "*"), ("center", "ab", 5, "-"), ("center", "a", 4, "-"), ("ljust", "ab", 5, "é"),
      ("rjust", "ab", 1, " "), ("center", "ab", 5, "xy"), ("zfill", "-42", 6), ("zfill", "+x", 4), ("zfill", "abc", 2), ("zfill", "", 3),
      ("partition", "a=b=c", "="), ("rpartition", "a=b=c", "="), ("partition", "abc", "x"), ("rpartition", "abc", "x"), ("partition", "abc", ""),
      ("expandtabs", "a\tbc\td\n\te", 8), ("expandtabs", "a\tb", 4), ("expandtabs", "a\tb", 0), ("expandtabs", "ab\r\tc", 4),
      ("join", ",", ["a", "b", "c"]), ("join", "", []),
      ("encode", "héllo", "utf-8", "strict"), ("encode", "héllo", "ascii", "strict"), ("encode", "héllo€", "latin-1", "strict"),
      ("encode", "hé€", "ascii", "ignore"), ("encode", "hé€", "ascii", "replace"), ("encode", "hé€😀", "ascii", "backslashreplace"),
      ("encode", "hé€", "ascii", "xmlcharrefreplace"), ("encode", "a\ud800b", "utf-8", "strict"), ("encode", "a\ud800\udc00", "utf-8", "strict"),
      ("encode", "a\udcff", "utf-8", "surrogateescape"), ("encode", "é€", "ascii", "strict"), ("encode", "x", "bogus", "strict"),
      ("encode", "é", "ascii", "bogus"), ("encode", "é", "UTF8", "strict"), ("encode", "é", "Latin1", "strict"), ("encode", "aé😀", "utf-16", "strict"),
      ("encode", "aé😀", "utf-16-le", "strict"), ("encode", "aé😀", "utf-32-be", "strict"), ("encode", "", "utf-16", "strict")]
for case in sm:
    method, recv, rest = case[0], case[1], list(case[2:])
    def call(method=method, recv=recv, rest=rest):
        args = [tuple(a) if isinstance(a, list) and method in ("startswith", "endswith") else a for a in rest]
        if method == "join":
            return recv.join(args[0])
        return getattr(recv, method)(*args)
    add("strMethod", [method, recv] + rest, call)

dec = [("616263", "utf-8", "strict"), ("c3a9", "utf-8", "strict"), ("ff", "utf-8", "strict"), ("61e282", "utf-8", "strict"),
       ("61e28261", "utf-8", "strict"), ("eda080", "utf-8", "strict"), ("c0af", "utf-8", "strict"), ("f4908080", "utf-8", "strict"),
       ("61ff62", "utf-8", "replace"), ("61ff62", "utf-8", "ignore"), ("61ff62", "utf-8", "backslashreplace"), ("61ff62", "utf-8", "surrogateescape"),
       ("e9", "latin-1", "strict"), ("e9", "ascii", "strict"), ("41e9e9", "ascii", "replace"), ("e282ac", "utf8", "strict"),
       ("f09f9880", "utf-8", "strict"), ("e2", "utf-8", "replace"), ("e2e2", "utf-8", "replace"), ("f0 9f 98".replace(" ", ""), "utf-8", "replace"),
       ("6100", "utf-16-le", "strict"), ("fffe6100", "utf-16", "strict"), ("61", "utf-16-le", "strict"), ("00", "bogus", "strict")]
for h, e, errs in dec:
    add("bytesDecode", [h, e, errs], lambda h=h, e=e, errs=errs: bytes.fromhex(h).decode(e, errs))

bm = [("split", b"a b  c ", None, -1), ("split", b"a\x1cb", None, -1), ("split", b"a,b", b",", -1), ("rsplit", b"a b c", None, 1),
      ("strip", b" \t ab\x0b ", None), ("strip", b"xaby", b"xy"), ("replace", b"aaa", b"a", b"bb", 2), ("find", b"hello", b"l", None, None),
      ("find", b"hello", 108, None, None), ("count", b"hello", b"l", None, None), ("index", b"abc", b"d", None, None),
      ("upper", b"abc\xe9"), ("lower", b"ABC\xc9"), ("title", b"hello world"), ("capitalize", b"hELLO"), ("swapcase", b"aBc"),
      ("isdigit", b"12"), ("isalpha", b"ab\xe9"), ("isspace", b" \x1c"), ("isupper", b"AB1"), ("islower", b"ab"), ("istitle", b"Ab Cd"),
      ("center", b"ab", 5, b"*"), ("zfill", b"-3", 4), ("hex", b"\x01\xab"), ("partition", b"a=b", b"="), ("splitlines", b"a\nb\x0bc\r\nd", False),
      ("startswith", b"hello", [b"x", b"he"], None, None), ("endswith", b"hello", b"lo", None, None), ("expandtabs", b"a\tb", 4),
      ("join", b",", [b"a", b"b"]), ("isascii", b"ab\x80"), ("isalnum", b"a1")]
for case in bm:
    method, recv, rest = case[0], case[1], list(case[2:])
    def bcall(method=method, recv=recv, rest=rest):
        args = [tuple(a) if isinstance(a, list) and method in ("startswith", "endswith") else a for a in rest]
        if method == "join":
            return recv.join(args[0])
        return getattr(recv, method)(*args)
    add("bytesMethod", [method, recv.hex()] + [enc(a) if isinstance(a, bytes) else ([enc(x) for x in a] if isinstance(a, list) else a) for a in rest], bcall)
for b, sep, n in [(b"\x01\x02\x03\x04\x05", None, 1), (b"\x01\x02\x03\x04\x05", ":", 2), (b"\x01\x02\x03\x04\x05", ":", -2), (b"", ":", 1), (b"\xab", "-", 1)]:
    add("bytesHex", [b.hex(), sep, n], (lambda b=b: b.hex()) if sep is None else (lambda b=b, sep=sep, n=n: b.hex(sep, n)))
for s in ["0a1B", "0a 1b", " 0a\n1b ", "0a1", "zz", "0 a", "", "0a\t1b"]:
    add("bytesFromhex", [s], lambda s=s: bytes.fromhex(s))

for s in ["", "abc", "é", "€", "😀", "a€😀", "\x7f", "\xff", "\u0100"]:
    # PEP 393 kind from the widest code point (Objects/unicodeobject.c PyUnicode_New)
    add("strKind", [s], lambda s=s: [len(s), (lambda m: "ascii" if m < 0x80 else "latin1" if m < 0x100 else "ucs2" if m < 0x10000 else "ucs4")(max(map(ord, s), default=0))])

# ## Random sweeps (fixed seed)
ALPH = ["a", "b", " ", ",", "\t", "\n", "é", "Σ", "😀", "ab", "\x85", "\u3000"]


def rstr(n):
    return "".join(R.choice(ALPH) for _ in range(R.randint(0, n)))


for _ in range(400):
    s = rstr(8)
    m = R.choice(["split", "rsplit", "strip", "lstrip", "rstrip", "find", "rfind", "count", "replace", "startswith", "endswith",
                  "partition", "rpartition", "center", "ljust", "rjust", "zfill", "splitlines", "expandtabs", "title", "swapcase",
                  "upper", "lower", "capitalize", "isspace", "isalpha", "istitle", "islower", "isupper"])
    if m in ("split", "rsplit"):
        rest = [R.choice([None, "a", "ab", " ", "😀"]), R.randint(-1, 3)]
    elif m in ("strip", "lstrip", "rstrip"):
        rest = [R.choice([None, "a", "ab ", "😀é"])]
    elif m in ("find", "rfind", "count"):
        rest = [R.choice(["", "a", "b", "ab", "😀", " "]), R.choice([None, R.randint(-6, 9)]), R.choice([None, R.randint(-6, 9)])]
    elif m == "replace":
        rest = [R.choice(["", "a", "ab", "😀"]), R.choice(["", "X", "yy"]), R.randint(-1, 3)]
    elif m in ("startswith", "endswith"):
        rest = [R.choice(["", "a", "b", "ab", "😀"]), R.choice([None, R.randint(-6, 9)]), R.choice([None, R.randint(-6, 9)])]
    elif m in ("partition", "rpartition"):
        rest = [R.choice(["a", "b", "ab", "😀"])]
    elif m in ("center", "ljust", "rjust"):
        rest = [R.randint(0, 12), R.choice([" ", "*", "é"])]
    elif m == "zfill":
        s = R.choice(["", "-", "+"]) + s
        rest = [R.randint(0, 12)]
    elif m == "splitlines":
        rest = [R.choice([True, False])]
    elif m == "expandtabs":
        rest = [R.randint(0, 5)]
    else:
        rest = []
    def rcall(m=m, s=s, rest=rest):
        return getattr(s, m)(*rest)
    add("strMethod", [m, s] + rest, rcall)

for _ in range(1500):
    x = R.choice([rand_double(), R.uniform(-1e6, 1e6), round(R.uniform(-1000, 1000), R.randint(0, 4)), float(R.randint(-10 ** 6, 10 ** 6)),
                  R.uniform(0, 1) * 10.0 ** R.randint(-30, 30)])
    spec = "".join([
        R.choice(["", "", "<", ">", "^", "=", "*<", "0=", "x^"]),
        R.choice(["", "", "+", "-", " "]),
        R.choice(["", "", "#"]),
        R.choice(["", "", "0"]),
        R.choice(["", "", str(R.randint(1, 25))]),
        R.choice(["", "", ",", "_"]),
        R.choice(["", "", "." + str(R.randint(0, 18))]),
        R.choice(["", "e", "E", "f", "F", "g", "G", "%", "n"]),
    ])
    add("formatFloat", [fbits(x), spec], lambda x=x, spec=spec: format(x, spec))
for _ in range(800):
    n = R.choice([R.randint(-1000, 1000), R.randint(-10 ** 25, 10 ** 25), R.randint(0, 0x10ffff)])
    spec = "".join([
        R.choice(["", "", "<", ">", "^", "=", "*<", "0=", "x^"]),
        R.choice(["", "", "+", "-", " "]),
        R.choice(["", "", "#"]),
        R.choice(["", "", "0"]),
        R.choice(["", "", str(R.randint(1, 30))]),
        R.choice(["", "", ",", "_"]),
        R.choice(["", "d", "x", "X", "o", "b", "n", "c", "e", "f", "%", "g"]),
    ])
    add("formatInt", [hex(n), spec], lambda n=n, spec=spec: format(n, spec))
for _ in range(600):
    flags = "".join(R.sample(["-", "+", " ", "#", "0", ""], R.randint(0, 3)))
    width = R.choice(["", "", str(R.randint(1, 15))])
    prec = R.choice(["", "", "." + str(R.randint(0, 12))])
    conv = R.choice("diouxXeEfFgGsrc")
    val = R.choice([R.randint(-10 ** 6, 10 ** 6), R.uniform(-1e6, 1e6), rand_double(), R.randint(32, 500), "abc", "é😀"])
    fmt = "%" + flags + width + prec + conv
    add("percent", [fmt, tv(val)], lambda fmt=fmt, val=val: fmt % val)
for _ in range(600):
    x, y = R.uniform(-100, 100), R.choice([R.uniform(-5, 5), float(R.randint(-6, 6)), R.uniform(-1, 1)])
    op = R.choice(["//", "%", "divmod", "**"])
    fn = {"//": lambda x=x, y=y: x // y, "%": lambda x=x, y=y: x % y, "divmod": lambda x=x, y=y: divmod(x, y), "**": lambda x=x, y=y: x ** y}[op]
    add("floatOp", [op, fbits(x), fbits(y)], fn)
for _ in range(200):
    a = R.randint(-10 ** 6, 10 ** 6)
    b = R.randint(-12, 12)
    add("intOp", ["**", hex(a), hex(b)], lambda a=a, b=b: a ** b)
for _ in range(300):
    n = R.randint(-2 ** 64, 2 ** 64)
    x = R.choice([float(n), float(n) + R.choice([-1.0, 0.5, 1.0]), rand_double()])
    add("compareIntFloat", [hex(n), fbits(x)], lambda n=n, x=x: [n < x, n == x, n > x])
    add("hashFloat", [fbits(x)], lambda x=x: hash(x))
for _ in range(200):
    items = [R.choice([R.randint(-10 ** 20, 10 ** 20), R.randint(-5, 5), R.uniform(-10, 10)]) for _ in range(R.randint(0, 6))]
    add("hashTuple", [[enc(v) for v in items]], lambda items=items: hash(tuple(items)))

# ## Extra methods
for text, base in [(b"12", 10), (b" 12\n", 10), (b"0x1f", 0), (b"x", 10), (b"", 10), (b"\xa012", 10), (b"1_0", 10), (b"z" * 250, 10)]:
    add("parseIntBytes", [text.hex(), base], lambda t=text, b=base: int(t, b))
for text in [b"1.5", b" 2e3 ", b"x", b"", b"  ", b"x ", b"\xa01.5", b"inf", b"1_0.5"]:
    add("parseFloatBytes", [text.hex()], lambda t=text: float(t))
for text in ["1+2j", "2j", "(1-2J)", " ( 3 ) ", "j", "-j", "+j", "1e3-1e-3j", "inf+nanj", "1+", "1+2", "x", "", "1 + 2j", "(1+2j", "1_0+2_0j",
             "-1.5", ".5j", "1e5j", "1j+2", "nanj", "-infj"]:
    add("parseComplex", [text], lambda t=text: complex(t))
for x in [1.0, 1.5, -0.0, 0.1, 5e-324, 2.2250738585072014e-308, 1e300, float("inf"), float("nan"), -2.5, 2.0 ** 60, 1 / 3]:
    add("floatIsInteger", [fbits(x)], lambda x=x: x.is_integer())
    add("floatAsIntegerRatio", [fbits(x)], lambda x=x: x.as_integer_ratio())
    add("floatHex", [fbits(x)], lambda x=x: x.hex())
for n in [0, 7, -7, 2 ** 100 - 1, -(2 ** 65)]:
    add("intBitCount", [hex(n)], lambda n=n: bin(n).count("1"))
for n, ln, order, signed in [(1024, 2, "big", False), (1024, 2, "little", False), (-1, 2, "big", True), (-1, 2, "big", False), (256, 1, "big", False),
                             (127, 1, "big", True), (128, 1, "big", True), (-128, 1, "little", True), (0, 0, "big", False), (1, 0, "big", False), (5, -1, "big", False)]:
    add("intToBytes", [hex(n), ln, order, signed], lambda n=n, ln=ln, order=order, signed=signed: n.to_bytes(ln, order, signed=signed))
for b, order, signed in [(b"\x04\x00", "big", False), (b"\x04\x00", "little", False), (b"\xff\xff", "big", True), (b"", "big", True), (b"\x80", "big", True)]:
    add("intFromBytes", [b.hex(), order, signed], lambda b=b, order=order, signed=signed: int.from_bytes(b, order, signed=signed))
for sv in ["hello", "a😀b😀c", ""]:
    for sl in [(None, None, None), (1, None, None), (None, -1, None), (None, None, -1), (-2, None, -1), (1, 4, 2), (10, 20, None), (None, None, 2),
               (4, 0, -2), (-100, 100, 3), (0, 0, 0)]:
        add("strSlice", [sv] + list(sl), lambda sv=sv, sl=sl: sv[slice(*sl)])
    for i in [0, 1, -1, 4, 5, -6]:
        add("strCharAt", [sv, i], lambda sv=sv, i=i: sv[i])
for a, b in [("a", "b"), ("b", "a"), ("a", "a"), ("", "a"), ("ab", "a"), ("\uffff", "😀"), ("😀", "\ue000"), ("\ud7ff", "😀"), ("😀", "😁"), ("é", "z")]:
    add("strCompare", [a, b], lambda a=a, b=b: [a < b, a == b, a > b])
for sv, p in [("hello", "he"), ("hello", "x"), ("hello", ""), ("hello", "hello")]:
    add("strRemove", [sv, p], lambda sv=sv, p=p: [sv.removeprefix(p), sv.removesuffix(p[::-1] if p else p)] if MINOR >= 9 else "skip")

# ## libm (glibc): correctly rounded replacements, checked on random inputs
import math as _m
for _ in range(300):
    x, y = R.uniform(-1e3, 1e3), R.uniform(-1e3, 1e3)
    add("libm", ["hypot", fbits(x), fbits(y)], lambda x=x, y=y: abs(complex(x, y)))  # C hypot (math.hypot is its own code in 3.8-3.9)
    add("libm", ["atan2", fbits(x), fbits(y)], lambda x=x, y=y: _m.atan2(x, y))
    add("libm", ["exp", fbits(x / 100), fbits(0.0)], lambda x=x: _m.exp(x / 100))
    add("libm", ["log", fbits(abs(x)), fbits(0.0)], lambda x=x: _m.log(abs(x)))
    add("libm", ["sin", fbits(x), fbits(0.0)], lambda x=x: _m.sin(x))
    add("libm", ["cos", fbits(y), fbits(0.0)], lambda y=y: _m.cos(y))
    add("libm", ["pow", fbits(abs(x) / 10), fbits(y / 300)], lambda x=x, y=y: _m.pow(abs(x) / 10, y / 300))
for _ in range(150):
    a = complex(R.uniform(-10, 10), R.uniform(-10, 10))
    b = complex(R.uniform(-3, 3), R.choice([0.0, R.uniform(-3, 3)]))
    add("complexOp", ["**", fbits(a.real), fbits(a.imag), fbits(b.real), fbits(b.imag)], lambda a=a, b=b: a ** b)
    add("complexAbs", [fbits(a.real), fbits(a.imag)], lambda a=a: abs(a))

# ## Codec sweeps
for _ in range(400):
    raw = bytes(R.choice([R.randint(0, 0x7f), R.randint(0x80, 0xff), R.choice([0xc2, 0xe0, 0xed, 0xf0, 0xf4, 0xf5, 0x80, 0xbf, 0xa0, 0x90])])
                for _ in range(R.randint(0, 8)))
    errs = R.choice(["strict", "strict", "replace", "ignore", "backslashreplace", "surrogateescape"])
    add("bytesDecode", [raw.hex(), "utf-8", errs], lambda raw=raw, errs=errs: raw.decode("utf-8", errs))
for _ in range(200):
    sv = "".join(chr(R.choice([R.randint(0x20, 0x7e), R.randint(0x80, 0xff), R.randint(0x100, 0x2fff), R.randint(0x10000, 0x1ffff)]))
                 for _ in range(R.randint(0, 6)))
    enc_ = R.choice(["ascii", "latin-1", "utf-8", "utf-16-le", "utf-32"])
    errs = R.choice(["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"])
    add("strMethod", ["encode", sv, enc_, errs], lambda sv=sv, enc_=enc_, errs=errs: sv.encode(enc_, errs))
# ## bytes sweeps
BALPH = [b"a", b"b", b" ", b",", b"\t", b"\n", b"\xe9", b"A", b"\x0b", b"ab"]
for _ in range(250):
    bv = b"".join(R.choice(BALPH) for _ in range(R.randint(0, 8)))
    m = R.choice(["split", "rsplit", "strip", "find", "count", "replace", "startswith", "partition", "center", "splitlines", "title",
                  "capitalize", "swapcase", "upper", "isspace", "istitle", "islower", "isalpha", "zfill", "expandtabs", "hex"])
    if m in ("split", "rsplit"):
        rest = [R.choice([None, b"a", b"ab", b" "]), R.randint(-1, 3)]
    elif m == "strip":
        rest = [R.choice([None, b"a", b"ab "])]
    elif m in ("find", "count", "startswith"):
        rest = [R.choice([b"", b"a", b"b", b"ab", b" "]), R.choice([None, R.randint(-6, 9)]), R.choice([None, R.randint(-6, 9)])]
    elif m == "replace":
        rest = [R.choice([b"", b"a", b"ab"]), R.choice([b"", b"X", b"yy"]), R.randint(-1, 3)]
    elif m == "partition":
        rest = [R.choice([b"a", b"b", b"ab"])]
    elif m == "center":
        rest = [R.randint(0, 12), R.choice([b" ", b"*"])]
    elif m == "zfill":
        rest = [R.randint(0, 12)]
    elif m == "splitlines":
        rest = [R.choice([True, False])]
    elif m == "expandtabs":
        rest = [R.randint(0, 5)]
    else:
        rest = []
    def bcall2(m=m, bv=bv, rest=rest):
        return getattr(bv, m)(*rest)
    add("bytesMethod", [m, bv.hex()] + [enc(a) if isinstance(a, bytes) else a for a in rest], bcall2)

# ## format(complex)
for x, spec in [(1.5, ".2147483648f"), (1.5, ".99999999999f"), (1.5, ".1000f"), (1.5, "99999999999999999999"), (1.5, "9223372036854775808"),
                (1.5, ".9223372036854775808")]:
    add("formatFloat", [fbits(x), spec], lambda x=x, spec=spec: format(x, spec)[-20:])
for fmt in ["%.99999999999f", "%.2147483648f", "%.1000f"]:
    add("percent", [fmt, tv(1.5)], lambda fmt=fmt: (fmt % 1.5)[-20:])
cspecs = ["", ".2f", "10", "<20", "^20", ">20", "+", " ", "e", ".3e", "g", ".3g", "G", "n", "%", "d", "010", "0=10", "=10", "*^20.1f", "#", "#.0f",
          ",.2f", "_", "z.1f", "+.1e", "x", ".0", ".3"]
for re_, im in [(1.0, 2.0), (0.0, 2.0), (-0.0, 2.0), (1.5, -0.0), (0.0, 0.0), (-1.25, -2.5), (1e16, 1e-5), (12345.678, -0.001), (float("nan"), float("inf"))]:
    for spec in cspecs:
        add("formatComplex", [fbits(re_), fbits(im), spec], lambda re_=re_, im=im, spec=spec: format(complex(re_, im), spec))

# ## complex floor ops (3.6-3.9 messages; 3.10+ generic)
for op, expr in [("//", "1j // 2"), ("%", "1j % 1"), ("divmod", "divmod(1j, 2)")]:
    def cfo(expr=expr):
        try:
            eval(expr)
        except TypeError as e:
            return "!TypeError: " + str(e) if "unsupported operand" not in str(e) else "generic"
    add("complexFloorOp", [op], cfo)

# ## More sweeps: str format specs, %-format with mappings and bytes
for _ in range(400):
    sv = rstr(6)
    spec = "".join([
        R.choice(["", "", "<", ">", "^", "=", "*<", "0>", "é^", "😀>"]),
        R.choice(["", "", "+", "#", "0", ","]),
        R.choice(["", "", str(R.randint(0, 12))]),
        R.choice(["", "", "." + str(R.randint(0, 6))]),
        R.choice(["", "", "s", "d", "r"]),
    ])
    add("formatStr", [sv, spec], lambda sv=sv, spec=spec: format(sv, spec))
for _ in range(300):
    keys = ["a", "b", "k(x)"]
    d = {k: R.choice([R.randint(-100, 100), R.uniform(-10, 10), rstr(3)]) for k in keys}
    parts = []
    for _ in range(R.randint(0, 3)):
        parts.append(R.choice(["x", "%%", "%(" + R.choice(keys + ["zz"]) + ")" + R.choice(["s", "r", "d", "5.1f", "-4s", "x", "c"])]))
    fmt = "".join(parts)
    add("percent", [fmt, tv(d)], lambda fmt=fmt, d=d: fmt % d)
for _ in range(200):
    vals = tuple(R.choice([R.randint(-300, 300), R.uniform(-10, 10), b"ab", "s"]) for _ in range(R.randint(0, 3)))
    fmt = b"".join(R.choice([b"x", b"%s", b"%d", b"%5.1f", b"%x", b"%c", b"%r", b"%%", b"%-4b"]) for _ in range(R.randint(0, 3)))
    add("percentBytes", [fmt.hex(), tv(vals)], lambda fmt=fmt, vals=vals: fmt % vals)

# ## Literal parsing sweeps
LIT = ["0", "1", "7", "9", "_", "x", "X", "o", "b", "B", "a", "f", "z", ".", "e", "E", "+", "-", " ", "\t", "٣", "\u00a0", "j", "inf", "nan", "0x", "0o", "0b"]
for _ in range(500):
    t = "".join(R.choice(LIT) for _ in range(R.randint(0, 6)))
    base = R.choice([0, 10, 10, 16, 2, 8, 36, 3])
    add("parseInt", [t, base], lambda t=t, base=base: int(t, base))
    add("parseFloat", [t], lambda t=t: float(t))
    add("parseComplex", [t], lambda t=t: complex(t))

print(json.dumps(G))
