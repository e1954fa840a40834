#### tutorial_dict_resize
import sys
phonebook = {}
print(f"Empty dict: {sys.getsizeof(phonebook)} bytes")
names = ["Alice", "Bob", "Carol", "Dave", "Eve", "Frank", "Grace", "Heidi", "Ivan"]
for i, name in enumerate(names):
    before = sys.getsizeof(phonebook)
    phonebook[name] = f"555-{i:04d}"
    after = sys.getsizeof(phonebook)
    note = " <- resized!" if after != before else ""
    print(f"{len(phonebook)} entries: {after} bytes{note}")
print(phonebook)
#### tutorial_list_overallocation
import sys
nums = []
for i in range(17):
    nums.append(i)
    cap = (sys.getsizeof(nums) - sys.getsizeof([])) // 8
    print(f"len={len(nums):2} capacity={cap:2}")
#### tutorial_record_table
import sys
from collections import namedtuple
from dataclasses import dataclass
from typing import NamedTuple
PointNT = namedtuple("PointNT", ["x", "y", "z"])
class PointTN(NamedTuple):
    x: float
    y: float
    z: float
@dataclass
class PointDC:
    x: float
    y: float
    z: float
class PointSlots:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z
rows = [
    ("dict", {"x": 1.0, "y": 2.0, "z": 3.0}),
    ("tuple", (1.0, 2.0, 3.0)),
    ("namedtuple", PointNT(1.0, 2.0, 3.0)),
    ("NamedTuple", PointTN(1.0, 2.0, 3.0)),
    ("dataclass", PointDC(1.0, 2.0, 3.0)),
    ("slots", PointSlots(1.0, 2.0, 3.0)),
]
for label, obj in rows:
    print(f"{label:<12}{sys.getsizeof(obj):>6}")
print(rows[4][1], rows[2][1], rows[3][1])
#### tutorial_string_memory
import sys
samples = {"ascii": "hello", "latin1": "héllo", "bmp": "h€llo", "astral": "h😀llo"}
for kind, s in samples.items():
    per_char = (sys.getsizeof(s * 2) - sys.getsizeof(s)) // len(s)
    print(f"{kind:>7}: len={len(s)} size={sys.getsizeof(s)} per-char={per_char}")
#### tutorial_int_memory
import sys
for n in [0, 1, 255, 2**30, 2**60, 2**100, -1, -(2**30)]:
    print(f"{n!r:>32} -> {sys.getsizeof(n)} bytes, {n.bit_length()} bits")
#### tutorial_set_vs_list
import sys
items = list(range(20))
as_set = set(items)
as_frozen = frozenset(items)
print(sys.getsizeof(items), sys.getsizeof(as_set), sys.getsizeof(as_frozen), sys.getsizeof(tuple(items)))
print(19 in as_set, 20 in items)
#### exercises_grades
grades = {"alice": [90, 85, 77], "bob": [60, 75], "carol": []}
for student, marks in grades.items():
    if not marks:
        print(f"{student}: no grades")
        continue
    avg = sum(marks) / len(marks)
    letter = "A" if avg >= 85 else "B" if avg >= 70 else "C"
    print(f"{student}: avg={avg:.2f} best={max(marks)} letter={letter}")
#### exercises_fizzbuzz
out = []
for i in range(1, 16):
    out.append("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i))
print(", ".join(out))
#### exercises_primes
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
print([n for n in range(50) if is_prime(n)])
print(sum(filter(is_prime, range(1000))))
#### exercises_palindromes
words = ["level", "Racecar", "python", "A man a plan a canal Panama", "été"]
for w in words:
    clean = "".join(c.lower() for c in w if c.isalnum())
    print(f"{w!r}: {clean == clean[::-1]}")
#### exercises_caesar
def shift(text, k):
    res = []
    for ch in text:
        if ch.isalpha() and ch.isascii() if hasattr(ch, "isascii") else ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            res.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            res.append(ch)
    return "".join(res)
print(shift("Hello, World!", 3), shift(shift("abcxyz", 5), -5))
#### exercises_matrix_transpose
m = [[1, 2, 3], [4, 5, 6]]
t = [[row[i] for row in m] for i in range(len(m[0]))]
print(t, list(map(list, zip(*m))) == t)
#### exercises_flatten
def flatten(xs):
    out = []
    for x in xs:
        if isinstance(x, (list, tuple)):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out
print(flatten([1, [2, (3, [4])], [], 5]))
#### exercises_char_freq
text = "mississippi"
freq = {}
for c in text:
    freq[c] = freq.get(c, 0) + 1
print(freq)
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(freq, key=freq.get), min(freq.values()))
#### exercises_binary_search
def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
data = list(range(0, 100, 7))
print([bsearch(data, x) for x in (0, 49, 50, 98)])
#### exercises_bubble
a = [5, 2, 9, 1, 5, 6]
n = len(a)
for i in range(n):
    for j in range(n - i - 1):
        if a[j] > a[j + 1]:
            a[j], a[j + 1] = a[j + 1], a[j]
print(a)
#### exercises_stack_parens
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ["()", "([]{})", "(]", "((", ""]:
    print(repr(s), balanced(s))
#### exercises_bank_account
class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance}")
        self.balance -= amount
        return self.balance
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
acc = Account("ann", 100)
print(acc.withdraw(30), acc)
try:
    acc.withdraw(500)
except InsufficientFunds as e:
    print("Error:", e)
acc.withdraw(1000)
#### exercises_inventory
inventory = {"apples": 3, "pears": 0}
def take(item, n=1):
    if item not in inventory:
        raise KeyError(item)
    if inventory[item] < n:
        raise ValueError(f"not enough {item}")
    inventory[item] -= n
for item in ["apples", "pears", "kiwis"]:
    try:
        take(item)
        print("took", item)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(inventory)
#### exercises_temperature_table
for c in range(-10, 41, 10):
    f = c * 9 / 5 + 32
    print(f"{c:>4}C = {f:6.1f}F", "%5.1f" % f, round(f), int(f))
#### exercises_running_average
vals = [3, 8, 1, 9]
total = 0
for i, v in enumerate(vals, 1):
    total += v
    print(f"after {i}: avg={total / i}")
#### exercises_dedupe_order
seen = set()
out = []
for x in [3, 1, 3, 2, 1, 5]:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out, list(dict.fromkeys([3, 1, 3, 2, 1, 5])))
#### exercises_histogram
data = [1, 3, 3, 2, 5, 3, 1]
for k in sorted(set(data)):
    print(f"{k}: {'#' * data.count(k)}")
#### exercises_vowels
s = "Programming in Python is fun"
v = sum(1 for c in s.lower() if c in "aeiou")
print(v, len(s) - v - s.count(" "), s.lower().count("n"))
#### exercises_chunks
def chunks(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]
print(chunks(list(range(10)), 3), chunks("abcdefg", 2), chunks((), 4))
#### exercises_gcd_lcm
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a * b // gcd(a, b)
print(gcd(48, 18), lcm(4, 6), gcd(0, 5), lcm(21, 6))
#### exercises_roman
def roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out
print([roman(n) for n in (1, 4, 9, 14, 1994, 2024)])
#### exercises_digits
n = 9876543210
print(sum(int(d) for d in str(n)), len(str(n)), str(n)[::-1], int(str(n)[::-1]), n % 9)
#### exercises_fib_memo
memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(90), len(memo))
#### exercises_shapes
class Shape:
    def area(self):
        return 0
    def __str__(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
for s in [Rect(2, 3), Circle(1), Shape()]:
    print(s)
print(sorted([Rect(1, 1), Circle(2), Rect(3, 3)], key=lambda s: s.area())[0])
#### exercises_queue_class
class Queue:
    def __init__(self):
        self._items = []
    def enqueue(self, x):
        self._items.append(x)
    def dequeue(self):
        if not self._items:
            raise IndexError("dequeue from empty queue")
        return self._items.pop(0)
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
q = Queue()
for i in range(3):
    q.enqueue(i)
while q:
    print(q.dequeue(), len(q))
q.dequeue()
#### exercises_matrix_class
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __mul__(self, other):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*other.rows)] for r in self.rows])
    def __eq__(self, other):
        return self.rows == other.rows
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
I = Matrix([[1, 0], [0, 1]])
A = Matrix([[1, 2], [3, 4]])
print(A * I, A * A, A * I == A)
