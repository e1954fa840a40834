#### identity_small_ints
a = 256
b = 256
print(a is b)
c = 257
d = 257
print(c is d, c == d)
x = int("256")
y = int("256")
print(x is y)
p = int("257")
q = int("257")
print(p is q)
print(-5 is -5, int("-5") is int("-5"), int("-6") is int("-6"))
#### identity_strings
s1 = "hello"
s2 = "hello"
print(s1 is s2)
s3 = "hello world!"
s4 = "hello world!"
print(s3 is s4)
s5 = "".join(["hel", "lo"])
print(s5 == s1, s5 is s1)
print("a" * 3 is "aaa")
e1 = str()
print(e1 is "", "" is "")
#### identity_containers
print(() is (), tuple() is (), [] is [], {} == {}, frozenset() is frozenset())
a = [1, 2]
b = a
c = a[:]
print(a is b, a is c, a == c, id(a) == id(b))
t = (1, 2)
print(tuple(t) is t, t + () is t, t * 1 is t)
#### identity_none_bool
x = None
print(x is None, x == None, bool(0) is False, (1 == 1) is True, type(None)() is None if False else "-")
#### identity_single_chars
s = "abc"
print(s[0] is "a", s[0] is s[0], chr(97) is "a", "é"[0] is "é", str(1) is "1")
#### identity_in_functions
def f():
    return 1000
def g():
    return 1000
print(f() is f(), f() == g())
#### int_cache_loop
prev = None
same = 0
for i in range(250, 260):
    j = i + 0
    k = i * 1
    same += j is k
print(same)
#### dict_keys_is
d = {"name": 1}
k = list(d)[0]
print(k is "name", k == "name")
#### float_identity
a = 1.5
b = 1.5
print(a is b, a == b, float("1.5") is float("1.5"))
