#### kinds_sizes
import sys
for s in ["", "a", "hello", "é", "héllo", "€", "h€llo", "😀", "h😀"]:
    print(repr(s), len(s), sys.getsizeof(s))
#### methods_basic
s = "  Hello, World!  "
print(s.strip(), s.lstrip(), s.rstrip(), sep="|")
print(s.upper(), s.lower(), s.title(), s.swapcase(), sep="|")
t = s.strip()
print(t.find("o"), t.rfind("o"), t.find("z"), t.index("W"), t.count("l"))
print(t.startswith("Hell"), t.endswith("!"), t.startswith(("x", "He")))
print(t.replace("l", "L"), t.replace("l", "L", 1))
#### split_join
line = "a,b,,c"
print(line.split(","), line.split(",", 1), line.rsplit(",", 1))
print("  many   spaces here ".split())
print("-".join(["x", "y", "z"]), "".join(reversed("abc")))
print("one\ntwo\r\nthree".splitlines())
print("k=v".partition("="), "kv".partition("="), "a=b=c".rpartition("="))
#### padding
for w in ["a", "abc", "abcdef"]:
    print("[" + w.center(7) + "]", "[" + w.ljust(5, ".") + "]", "[" + w.rjust(5, "*") + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
#### fstring_specs
x = 3.14159
n = 42
print(f"{x:.2f} {x:10.3f} {x:<10.1f}| {x:e} {x:g} {x:%}")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{n:+d}|{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:,}")
print(f"{'hi':>6}|{'hi':*<6}|{'hi':^6}|")
print(f"{1234567.891:,.2f} {0.000123:g} {1e20:g} {123456789.0:g}")
#### fstring_equals
import sys
if sys.version_info >= (3, 8):
    x = 10
    name = "bob"
    print(f"{x=}", f"{name=}", f"{x*2=}", f"{x = }")
else:
    print("x=10")
#### percent_format
print("%s has %d items costing %.2f" % ("cart", 3, 9.5))
print("%5s|%-5s|%05d|%x|%o|%e|%g|%r" % ("a", "b", 42, 255, 8, 12345.678, 0.0001, "q"))
print("%c%c" % (72, "i"), "%%", "%(a)s-%(b)s" % {"a": 1, "b": 2})
#### percent_error
print("%d" % "x")
#### percent_args_error
print("%s %s" % ("a",))
#### format_builtin
print(format(3.5, ".3f"), format(255, "08b"), format("x", "^5"), format(12, ""))
print("{} and {}".format(1, 2), "{1}{0}".format("a", "b"), "{name}!".format(name="hey"))
print("{:>8.2f}|{:<4}|{!r}".format(2.5, "ab", "ab"))
#### escapes_repr
print(repr("tab\there"), repr("new\nline"), repr("quote'"), repr('dq"'), repr("both'\""))
print(repr("\x00\x7f\x80\xff"), repr("\u200b"), repr("é€😀"), repr("\\"))
print(ascii("é€😀") if False else "skip")
#### slicing_unicode
s = "naïve café 😀!"
print(len(s), s[0], s[-1], s[2:5], s[::-1], s[::2])
print(s.upper(), s.title())
print(s.encode("utf-8"), len(s.encode()))
#### str_iteration
for ch in "héllo":
    print(ch, ord(ch), end=" | ")
print()
print([chr(c) for c in range(97, 102)], chr(8364), ord("😀"))
#### str_tests
for s in ["abc", "ABC", "123", "12.5", "  ", "", "Abc Def", "a1", "٣"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isnumeric(), s.isupper(), s.islower(), s.isspace(), s.istitle(), s.isalnum())
#### str_concat_sizes
import sys
s = ""
for i in range(5):
    s += "ab"
    print(s, sys.getsizeof(s))
s += "é"
print(s, sys.getsizeof(s))
#### str_mult
print("-" * 10, "ab" * 0, "x" * -1, 3 * "z")
#### str_index_error
s = "abc"
print(s[5])
#### str_assign_error
s = "abc"
s[0] = "x"
#### str_find_substr
text = "the quick brown fox jumps over the lazy dog"
print(text.count("the"), text.find("the", 1), text.index("o"), text.rindex("o"))
print(text.split(" ", 3))
print(text.capitalize(), text.title())
print("fox" in text, "cat" not in text)
#### str_index_missing
"abc".index("z")
#### str_compare
print("apple" < "banana", "Apple" < "apple", "a" * 3 == "aaa", "abc" < "abcd", "é" > "z")
print(sorted(["b", "A", "a", "B", "é", "1"]))
#### str_int_concat_error
print("age: " + 5)
#### str_conversion
print(str(1), str(1.0), str(None), str(True), str([1, "a"]), str(b"x"), str(1e100), str(-0.0))
print(int("42"), int(" -7 "), int("ff", 16), int("0x1f", 16), int("101", 2), int("z", 36), float("1.5"), float("  -2e3 "))
#### int_parse_error
int("4.5")
#### float_parse_error
float("abc")
#### strip_chars
print("xxhixx".strip("x"), "www.site.com".lstrip("w."), "file.txt".rstrip(".txt"))
print("hello".removeprefix("he") if hasattr("", "removeprefix") else "llo")
#### str_expandtabs_misc
print("a\tb".expandtabs(4), "Hello".casefold() if hasattr("", "casefold") else "", "ß".upper(), "İ".lower(), len("İ".lower()))
#### emoji_sizes
import sys
flag = "🇫🇷"
fam = "👨‍👩‍👧"
print(len(flag), len(fam), sys.getsizeof(flag), sys.getsizeof(fam))
print(flag[0] == "\U0001F1EB", list(fam))
#### fstring_nested
width = 8
prec = 3
val = 2 / 3
print(f"{val:{width}.{prec}f}|")
items = ["a", "b"]
print(f"{len(items)} items: {', '.join(items)}", f"{'yes' if items else 'no'}")
print(f"{{literal}} {val!r} {'x'!r:>5}")
#### str_format_align_numbers
for v in [1, -1, 3.5, -0.25, 1000000]:
    print(f"[{v:>10}] [{v:<10}] [{v:^10}] [{v:=+10}]")
#### join_error
print(",".join([1, 2]))
#### str_methods_misc
print("a-b-c".split("-", maxsplit=1), "abc".upper().lower(), "Hello World".swapcase())
print("x".join("abc"), " ".join([]), "hello"[1:-1])
print("TeSt".lower() == "test", "abc".encode(), "ab" in "cab")
print("%.3s|%5.1f|%-6d|" % ("abcdef", 2.25, 7))
