#### try_except_else_finally
def divide(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("error:", e)
        return None
    else:
        print("ok")
        return r
    finally:
        print("finally", a, b)
print(divide(1, 2))
print(divide(1, 0))
#### except_tuple
for v in ["12", "x", None, [1]]:
    try:
        print(int(v))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, "-", e)
#### reraise
def f():
    try:
        {}["k"]
    except KeyError:
        print("logging")
        raise
try:
    f()
except KeyError as e:
    print("outer", repr(e), e.args)
f()
#### raise_from
class ConfigError(Exception):
    pass
try:
    try:
        int("x")
    except ValueError as e:
        raise ConfigError("bad config") from e
except ConfigError as e:
    print(e, type(e.__cause__).__name__)
#### raise_uncaught_from
try:
    [][0]
except IndexError as e:
    raise RuntimeError("wrapped") from e
#### error_messages
tests = [
    lambda: [][1],
    lambda: {}["x"],
    lambda: 1 / 0,
    lambda: int("abc"),
    lambda: "a" + 1,
    lambda: None.foo,
    lambda: undefined_name,
    lambda: [1, 2].index(5),
    lambda: (1, 2)[5],
    lambda: "abc".index("d"),
    lambda: len(5),
    lambda: {1, 2}.remove(3),
    lambda: next(iter([])),
    lambda: int(None),
    lambda: float("x"),
    lambda: [1] < "a",
    lambda: 2 ** "a",
    lambda: {}.pop("k"),
    lambda: abs("s"),
    lambda: "x" * "y",
    lambda: chr(-1),
    lambda: hash([]),
    lambda: sum(["a", "b"]),
    lambda: dict([1, 2]),
    lambda: range(1, 2, 0),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
#### assert_fail
x = 3
assert x > 0, "x positive"
assert x < 0, f"x was {x}"
#### assert_plain
assert 1 == 2
#### name_error
def f():
    return undefined_var + 1
f()
#### unbound_local
count = 0
def inc():
    count += 1
inc()
#### global_stmt
count = 0
def inc():
    global count
    count += 1
    return count
for _ in range(3):
    inc()
print(count)
#### closures
def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c2(), c1())
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
late = [lambda: i for i in range(3)]
print([f() for f in late])
#### default_mutable
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, []))
def safe(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(safe(1), safe(2))
#### args_kwargs
def show(*args, **kwargs):
    print(args, kwargs)
def forward(*a, **k):
    show(*a, **k)
forward(1, 2, x=3)
show()
show(*[1, 2], *"ab", **{"k": 1}, z=0)
def f(a, b=2, *rest, c, d=4, **kw):
    return (a, b, rest, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6))
#### kwargs_error
def f(a, b):
    return a + b
f(1, b=2, c=3)
#### kwargs_dup_error
def f(a):
    return a
f(1, a=2)
#### missing_kwonly
def f(*, key):
    return key
f()
#### print_forms
print("a", "b", "c", sep="-", end="!\n")
print()
print("x", end="")
print("y")
print(*[1, 2, 3], sep=", ")
print(1, "2", [3], (4,), {5}, sep="")
print("multi\nline", None, True)
#### while_else
n = 10
while n > 0:
    n -= 3
    if n == 4:
        break
else:
    print("no break", n)
print("n =", n)
for i in range(3):
    pass
else:
    print("for else", i)
#### loops_control
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print(i, end=" ")
print()
#### recursion
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fact(20), fib(15), [fib(i) for i in range(10)])
#### recursion_error
def f(n):
    return f(n + 1)
f(0)
#### generator_expr
g = (x * x for x in range(5))
print(sum(g), sum(g))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in []), any([]))
print(sorted((x for x in "banana"), reverse=True))
#### version_info
import sys
print(sys.version_info >= (3, 6), sys.version_info[0], sys.version_info.major, type(sys.version_info.minor).__name__)
print(sys.version_info > (3,), sys.version_info < (4, 0))
#### getsizeof_default
import sys
print(sys.getsizeof(1, 99), sys.getsizeof([], -1))
#### conditional_expr_bool_ops
a = 0 or "" or [] or "last"
b = 1 and "x" and 0
c = None or 0
print(a, b, c, not a, 5 if a else 6, (1 and 2) or 3)
#### iter_next_stop
it = iter([1, 2])
print(next(it), next(it))
print(next(it))
#### stop_iteration_message
it = iter([])
try:
    next(it)
except StopIteration as e:
    print("stop", repr(e), e.args)
#### exception_args_repr
for e in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(), IndexError("list index out of range")]:
    print(repr(e), "|", str(e), "|", e.args)
#### exception_in_finally_order
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
g()
#### nested_try
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("not here")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)
#### exception_hierarchy
for exc in [KeyError, IndexError, ZeroDivisionError, ValueError, TypeError, RecursionError, StopIteration]:
    try:
        raise exc("m")
    except LookupError:
        print(exc.__name__, "LookupError")
    except ArithmeticError:
        print(exc.__name__, "ArithmeticError")
    except Exception as e:
        print(exc.__name__, "Exception", type(e).__mro__[1].__name__)
#### del_names
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
#### lambda_sort_key
people = [("ann", 30), ("bob", 25), ("cid", 30)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_age = lambda p: p[1]
print(min(people, key=by_age), max(people, key=by_age))
#### not_implemented_raise
raise NotImplementedError("todo")
#### raise_class
raise ValueError
#### raise_non_exception
raise 5
#### keyboard_except_star
try:
    x = [1, 2][5]
except Exception:
    print("generic")
except IndexError:
    print("never")
#### swap_multiple
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = y = []
x.append(1)
print(y)
