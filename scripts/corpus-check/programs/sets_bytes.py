#### set_ints
import sys
s = {3, 1, 2}
s.add(10)
s.add(1)
print(s, len(s), sys.getsizeof(s))
s.discard(99)
s.remove(3)
print(s, 2 in s)
e = set()
print(e, sys.getsizeof(e), set([1, 1, 2]), set(range(5)))
#### set_ops
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {1} < a, a.isdisjoint({9}))
print(a.union([7]), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b))
print(a.issubset(range(10)), a.issuperset({1}))
#### set_strs
words = {"banana", "apple", "cherry"}
print(sorted(words), len(words), "apple" in words)
words.update(["date", "apple"])
print(sorted(words))
#### set_str_order
s = {"red", "green", "blue"}
print(s)
s.add("yellow")
print(s)
#### set_remove_missing
s = {1}
s.remove(2)
#### set_pop_empty
set().pop()
#### set_growth
import sys
s = set()
last = sys.getsizeof(s)
for i in range(40):
    s.add(i)
    n = sys.getsizeof(s)
    if n != last:
        print(len(s), n)
        last = n
#### frozenset_basic
import sys
f = frozenset([3, 1, 2])
print(f, sys.getsizeof(f), frozenset(), f | {4}, 1 in f)
d = {f: "ok"}
print(d[frozenset({1, 2, 3})])
#### set_comprehension
s = {x % 5 for x in range(20)}
print(s, len(s))
print({c for c in "mississippi"} == set("misp"))
#### set_unhashable
s = {[1]}
#### set_pop_ints
s = {5, 1, 9}
print(s.pop(), s)
#### set_update_ops
s = {1, 2}
s |= {3}
s &= {2, 3, 4}
s -= {2}
s ^= {5}
print(s)
s.clear()
print(s)
#### bytes_basic
import sys
b = b"hello"
print(b, len(b), b[0], b[1:3], b[::-1], list(b), sys.getsizeof(b), sys.getsizeof(b""))
print(b.upper(), b.replace(b"l", b"L"), b.split(b"e"), b.find(b"l"), b.count(b"l"), b.decode())
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), b"a" + b"b", b"ab" * 2)
#### bytes_repr
print(b"\x00\x01\x7f\x80\xff", b"'", b'"', b"'\"", b"\n\t\r\\")
print(repr(bytes(range(0, 256, 37))))
#### bytearray_basic
import sys
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
print(ba, len(ba), sys.getsizeof(ba), ba.decode())
print(bytearray(), bytearray(3), bytearray([1, 2]), ba.pop(), ba)
del ba[0]
print(ba, bytes(ba))
#### bytearray_growth
import sys
ba = bytearray()
for i in range(20):
    ba.append(i)
    print(len(ba), sys.getsizeof(ba), end="; ")
print()
#### bytes_index_error
b = b"ab"
print(b[2])
#### bytes_setitem_error
b = b"ab"
b[0] = 1
#### bytearray_value_error
ba = bytearray()
ba.append(256)
#### bytes_str_concat_error
print(b"a" + "b")
#### bytes_methods
b = b"  Data,More  "
print(b.strip(), b.lower(), b.strip().split(b","), b",".join([b"a", b"b"]), b.startswith(b"  D"), b.hex())
print(b"abc".startswith(b"a"), b"%d-%s" % (5, b"x"), b"x".zfill(3), b"abc".center(7, b"*"))
print(bytes.fromhex("deadbeef"), b"AbC".isalpha(), b"12".isdigit())
#### bytes_decode_error
b"\xff".decode("utf-8")
#### str_encode_kinds
for s in ["abc", "é", "€", "😀"]:
    e = s.encode()
    print(s, e, len(e), e.decode() == s, s.encode("latin-1") if ord(max(s)) < 256 else "-")
#### encode_error
"€".encode("ascii")
#### set_sizes_literal
import sys
print(sys.getsizeof({1, 2, 3}), sys.getsizeof(set([1, 2, 3])), sys.getsizeof({x for x in range(3)}))
print(sys.getsizeof(set(range(10))), sys.getsizeof(set(range(100))))
#### set_equality
print({1, 2} == {2, 1}, {1, 2} == frozenset([1, 2]), set() == frozenset(), {1} != {1.0})
#### set_sorted_mixed
s = {3, -1, 2.5, 0}
print(sorted(s), sorted(s, reverse=True), max(s), sum(s))
#### set_str_hash_order
s = set("abcdef")
print(s)
t = {"x", "yy", "zzz", "a1"}
print(t, list(t))
#### bytes_in
print(b"el" in b"hello", 104 in b"hello", b"" in b"x")
#### hash_values
print(hash(1), hash(-1), hash(0), hash(2**61), hash(1.5), hash((1, 2)), hash(True), hash("a") == hash("a"))
#### hash_strs
print(hash("hello"), hash(""), hash(b"hello"))
