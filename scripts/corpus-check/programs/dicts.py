#### growth_walk
import sys
d = {}
last = sys.getsizeof(d)
print("empty:", last)
for i in range(20):
    d["key%d" % i] = i
    s = sys.getsizeof(d)
    if s != last:
        print("after", len(d), "items size jumps", last, "->", s)
        last = s
print(d)
#### growth_int_keys
import sys
d = {}
for i in range(12):
    d[i * 7] = str(i)
    print(len(d), sys.getsizeof(d), list(d)[-1])
#### delete_order
d = {"a": 1, "b": 2, "c": 3, "d": 4}
del d["b"]
d["b"] = 20
d["e"] = 5
print(d)
print(list(d.keys()), list(d.values()))
print(list(d.items()))
#### setdefault_get
counts = {}
for w in "the cat sat on the mat the end".split():
    counts.setdefault(w, 0)
    counts[w] += 1
print(counts)
print(counts.get("the"), counts.get("dog"), counts.get("dog", -1))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
#### pop_popitem
d = dict(a=1, b=2, c=3)
print(d.pop("a"))
print(d.pop("zz", "missing"))
print(d.popitem())
print(d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e, e.args)
d.clear()
try:
    d.popitem()
except KeyError as e:
    print("empty:", e)
#### fromkeys_copy
import sys
d = dict.fromkeys(["x", "y", "z"])
print(d, sys.getsizeof(d))
e = dict.fromkeys(range(5), 0)
print(e, sys.getsizeof(e))
f = e.copy()
f[0] = 99
print(e[0], f[0], f == e, sys.getsizeof(f))
g = dict.fromkeys("hello")
print(g)
#### update_forms
d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3), ("d", 4)])
d.update(e=5, f=6)
print(d, len(d))
#### views_live
d = {"x": 1, "y": 2}
k = d.keys()
v = d.values()
it = d.items()
d["z"] = 3
print(k, v, it)
print(len(k), "x" in k, 2 in v, ("y", 2) in it)
print(k & {"x", "q"}, sorted(k | {"w"}))
#### merge_operator
import sys
a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
if sys.version_info >= (3, 9):
    print(a | b)
    a |= b
    print(a)
else:
    c = dict(a)
    c.update(b)
    print(c)
#### merge_operator_error
a = {"x": 1}
b = {"y": 2}
print(a | b)
#### reversed_dict
import sys
d = {"one": 1, "two": 2, "three": 3}
if sys.version_info >= (3, 8):
    print(list(reversed(d)))
    print(list(reversed(d.items())))
print(list(d)[::-1])
#### reversed_dict_raw
d = {"one": 1, "two": 2}
print(list(reversed(d)))
#### nested_dicts
students = {"ann": {"age": 20, "grades": [90, 85]}, "bob": {"age": 22, "grades": [70]}}
for name, info in students.items():
    avg = sum(info["grades"]) / len(info["grades"])
    print(f"{name:>5}: {info['age']} {avg:.1f}")
students["bob"]["grades"].append(100)
print(students)
#### dict_compare_sizes
import sys
a = {i: i for i in range(10)}
b = dict(zip(range(10), range(10)))
c = {}
for i in range(10):
    c[i] = i
print(sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c))
print(a == b == c)
#### dict_keyerror_uncaught
d = {"a": 1}
print(d["a"])
print(d["b"])
#### dict_keyerror_tuple
d = {}
d[(1, 2)]
#### dict_unhashable
d = {}
d[[1, 2]] = 3
#### dict_in_loop_mod
d = {"a": 1, "b": 2}
for k in d:
    d["c"] = 3
#### dict_len_sizeof
import sys
d = {"a": 1, "b": 2, "c": 3}
print(d.__sizeof__(), sys.getsizeof(d) - d.__sizeof__())
del d["a"]
print(d.__sizeof__(), len(d))
#### dict_str_repr
d = {1: "one", "two": 2, 3.5: None, (1, 2): [True, False], None: b"x"}
print(d)
print(str(d) == repr(d))
print(repr({"quote'": 'dq"', "both'\"": "\n\t"}))
#### dict_get_none
d = {"a": None}
print(d.get("a", 5), "a" in d, d.get("b"))
#### dict_kwargs_build
def make(**kw):
    return kw
r = make(name="x", size=3)
print(r, type(r).__name__)
print(dict(r, extra=True))
#### dict_comprehension_filter
import sys
squares = {n: n * n for n in range(15) if n % 3}
print(squares, sys.getsizeof(squares))
inv = {v: k for k, v in squares.items()}
print(inv)
#### dict_bool_int_keys
d = {1: "a", True: "b", 1.0: "c"}
print(d, len(d))
#### dict_popitem_order
d = {}
for c in "abcde":
    d[c] = ord(c)
while d:
    print(d.popitem(), end=" ")
print()
#### dict_setdefault_list
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
for k in sorted(groups, reverse=True):
    print(k, len(groups[k]), ",".join(groups[k]))
#### dict_equality
print({"a": 1, "b": 2} == {"b": 2, "a": 1})
print({"a": 1} != {"a": 1.0})
print(dict() == {}, {} is {})
#### dict_sizes_many
import sys
for n in [0, 1, 5, 6, 10, 11, 21, 22, 42, 43, 85, 86]:
    d = {str(i): i for i in range(n)}
    print(n, sys.getsizeof(d))
#### dict_sizes_literal
import sys
print(sys.getsizeof({"a": 1}))
print(sys.getsizeof({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}))
print(sys.getsizeof(dict(a=1, b=2)))
print(sys.getsizeof(dict([(1, 2)])))
#### dict_clear_size
import sys
d = {i: i for i in range(100)}
big = sys.getsizeof(d)
d.clear()
print(big, sys.getsizeof(d), d)
#### dict_del_missing
d = {"a": 1}
del d["a"]
del d["a"]
#### dict_values_compare
d = {"a": 1}
print(d.values() == d.values())
print(list(d.values()) == [1])
#### dict_iter_next
d = {"first": 1, "second": 2}
it = iter(d)
print(next(it), next(it))
print(next(it, "done"))
next(it)
#### dict_fromkeys_shared
d = dict.fromkeys(["a", "b"], [])
d["a"].append(1)
print(d)
#### dict_items_unpack
for i, (k, v) in enumerate({"x": 10, "y": 20}.items(), start=1):
    print(i, k, v)
#### dict_max_by_value
scores = {"ann": 82, "bob": 95, "cid": 95, "dee": 60}
print(max(scores, key=scores.get))
print(min(scores.items(), key=lambda kv: kv[1]))
print(sorted(scores, key=lambda k: scores[k], reverse=True))
#### dict_sum_values
prices = {"apple": 0.5, "bread": 2.25, "milk": 1.1}
total = sum(prices.values())
print(total, round(total, 2), f"{total:.2f}")
