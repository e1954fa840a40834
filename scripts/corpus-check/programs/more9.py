#### uncaught_custom_nested_inherit
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class DbError(AppError):
    pass
try:
    raise DbError(500, "db down")
except AppError as e:
    print(e.code, e, e.args, type(e).__name__)
raise DbError(404, "missing row")
#### uncaught_keyerror_repr_forms
d = {}
d[("a", 1)]
#### uncaught_keyerror_str_quote
d = {}
d["it's"]
#### uncaught_error_empty_str_msg
raise RuntimeError("")
#### uncaught_in_nested_calls
def a():
    return b()
def b():
    return c()
def c():
    return [1, 2, 3][10]
print("start")
a()
#### exception_str_of_various
errs = [KeyError("k"), KeyError(1), KeyError(("a", 1)), KeyError(""), IndexError(), ValueError("a", "b"), TypeError(None), ZeroDivisionError("division by zero"), StopIteration(5), AttributeError("x")]
for e in errs:
    print(type(e).__name__, "|", e, "|", repr(e), "|", e.args)
#### exception_compare_and_isinstance
try:
    raise ValueError("v")
except Exception as e:
    err = e
print(isinstance(err, ValueError), isinstance(err, (TypeError, ValueError)), type(err) is ValueError, issubclass(type(err), Exception))
print(err.args == ("v",), str(err) == "v")
#### finally_with_break_continue
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("finally", i)
print("after", i)
#### try_else_only_when_no_exc
for v in [1, 0]:
    try:
        r = 10 / v
    except ZeroDivisionError:
        print("div by zero")
    else:
        print("result", r)
    finally:
        print("done", v)
#### exception_var_cleared
try:
    raise ValueError("x")
except ValueError as e:
    pass
print(e)
#### assert_with_expr_message
def check(xs):
    assert len(xs) > 0, f"empty list: {xs!r}"
    return xs[0]
print(check([5]))
check([])
#### raise_type_error_custom_msg
def area(w, h):
    if not isinstance(w, (int, float)):
        raise TypeError(f"width must be a number, not {type(w).__name__}")
    return w * h
print(area(2, 3))
area("2", 3)
#### generator_in_sum_error
print(sum(1 / x for x in [1, 2, 0]))
#### lookup_error_catch
try:
    [1][5]
except LookupError as e:
    print("LookupError caught:", type(e).__name__, e)
try:
    {}["k"]
except LookupError as e:
    print("LookupError caught:", type(e).__name__, e)
#### arithmetic_error_catch
for f in [lambda: 1 / 0, lambda: 1 % 0, lambda: 2.0 ** 10000, lambda: divmod(1, 0)]:
    try:
        f()
    except ArithmeticError as e:
        print(type(e).__name__, e)
