x = [(1, 2, 3), (4, 5)]
print([b for a, *b in x], {a for a, *b in x}, {a: b for *b, a in x}, list(c for a, *c in x))
print([(a, m, z) for a, *m, z in x])
#---
def f(a, b=2, /, c=3, **kw):
    return (a, b, c, kw)
print(f(1), f(1, 5, c=6), f(1, b=5))
def g(a, b, /):
    return a
for call in (lambda: g(a=1, b=2), lambda: g(1, b=2), lambda: g(1, 2, b=3), lambda: g(1, c=2)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
#---
h = lambda a, /, b=2: a + b
print(h(1), h(1, b=3))
h(a=1)
#---
print({x := 3, x + 1}, x)
print({y := i * 2 for i in range(3)}, y)
print(list(z := i for i in range(2)), z)
#---
d = {(1, 2): 5, (1, 2, 3): 6}
b = (1, 2)
print(d[*b], d[*b, 3])
d[*b] = 9
del d[*b, 3]
print(d)
