"""Measure sys.getsizeof of objects outside the container models on every real CPython.

    python3 scripts/golden/measure-objects.py [--out FILE]

Each case is a small program (SETUP, then its own lines) whose value `v` is measured with
sys.getsizeof. The cases are run in one fresh process per interpreter found under
$(pyenv root)/versions (PYTHONHASHSEED=0) and written, with the case list, to
tests/unit/simulator/runtime/object-sizes.json:
  {"cases": [{"name", "code"}], "sizes": {"3.6": {name: int | "TypeName: message"}}, "versions": {...}}
tests/unit/simulator/runtime/object-sizes.test.ts runs the same programs through the simulator.
"""

import argparse
import json
import os
import subprocess
import sys

VERSIONS = ["3.6.15", "3.7.16", "3.8.18", "3.9.18", "3.10.13", "3.11.7", "3.12.1", "3.13.0"]
PYENV = os.environ.get("PYENV_ROOT", "/root/.pyenv") + "/versions"
OUT = "tests/unit/simulator/runtime/object-sizes.json"

CASES = [
    # user classes: PyHeapTypeObject + cached shared keys (type___sizeof___impl)
    ("class_empty", "class C:\n    pass\nv = C"),
    ("class_methods", "class C:\n    x = 1\n    def m(self):\n        return 1\n    def n(self):\n        return 2\nv = C"),
    ("class_after_instance", "class C:\n    def __init__(self):\n        self.a = 1\n        self.b = 2\no = C()\nv = C"),
    ("class_12_attrs", "class C:\n    pass\no = C()\nfor i in range(12):\n    setattr(o, 'k%d' % i, i)\nv = C"),
    ("class_40_attrs", "class C:\n    pass\no = C()\nfor i in range(40):\n    setattr(o, 'a%d' % i, i)\nv = C"),
    ("class_unshared", "class C:\n    def __init__(self, r):\n        if r:\n            self.y = 1\n            self.x = 2\n        else:\n            self.x = 1\n            self.y = 2\na = C(False)\nb = C(True)\nv = C"),
    ("class_slots", "class C:\n    __slots__ = ('a', 'b')\nv = C"),
    ("class_slots_dict", "class C:\n    __slots__ = ('a', '__dict__')\nv = C"),
    ("class_slots_empty", "class C:\n    __slots__ = ()\nv = C"),
    ("class_subclass", "class B:\n    pass\nclass C(B):\n    pass\nv = C"),
    ("class_list_sub", "class C(list):\n    pass\nv = C"),
    ("class_dict_sub", "class C(dict):\n    pass\nv = C"),
    ("class_int_sub", "class C(int):\n    pass\nv = C"),
    ("class_str_sub", "class C(str):\n    pass\nv = C"),
    ("class_tuple_sub", "class C(tuple):\n    pass\nv = C"),
    ("class_exception_sub", "class C(Exception):\n    pass\nv = C"),
    ("class_valueerror_sub", "class C(ValueError):\n    pass\nv = C"),
    # built-in type objects (static PyTypeObject)
    ("type_int", "v = int"), ("type_type", "v = type"), ("type_object", "v = object"), ("type_dict", "v = dict"),
    ("type_valueerror", "v = ValueError"), ("type_bool", "v = bool"),
    # functions and methods
    ("function", "def f(x):\n    return x\nv = f"),
    ("function_defaults", "def f(x, y=1, *a, z=2, **k):\n    return x\nv = f"),
    ("closure", "def outer():\n    n = 1\n    def inner():\n        return n\n    return inner\nv = outer()"),
    ("lambda", "v = lambda y: y"),
    ("method_function", "class C:\n    def m(self):\n        return 1\nv = C.m"),
    ("bound_method", "class C:\n    def m(self):\n        return 1\nv = C().m"),
    ("builtin_function", "v = len"),
    ("builtin_getsizeof", "v = sys.getsizeof"),
    ("builtin_method_list", "v = [1].append"),
    ("builtin_method_str", "v = 'x'.join"),
    ("builtin_method_dict", "v = {}.get"),
    ("builtin_method_instance", "class C:\n    pass\nv = C().__sizeof__"),
    ("method_wrapper_str", "v = 'ab'.__len__"), ("method_wrapper_list", "v = [1].__iter__"),
    ("method_wrapper_instance", "class C:\n    pass\nv = C().__eq__"),
    ("staticmethod", "v = staticmethod(len)"),
    ("classmethod", "v = classmethod(len)"),
    ("property", "v = property(len)"),
    # range, slice
    ("range", "v = range(10)"), ("range_empty", "v = range(0)"), ("range_big", "v = range(10 ** 30)"),
    ("slice", "v = slice(1, 2)"), ("slice_step", "v = slice(None, None, -1)"),
    # iterators
    ("list_iterator", "v = iter([1, 2])"), ("tuple_iterator", "v = iter((1, 2))"), ("str_iterator", "v = iter('ab')"),
    ("str_iterator_bmp", "v = iter('\\u20ac')"), ("bytes_iterator", "v = iter(b'ab')"),
    ("bytearray_iterator", "v = iter(bytearray(b'ab'))"), ("set_iterator", "v = iter({1, 2})"),
    ("dict_keyiterator", "v = iter({'a': 1})"), ("dict_valueiterator", "v = iter({'a': 1}.values())"),
    ("dict_itemiterator", "v = iter({'a': 1}.items())"), ("range_iterator", "v = iter(range(5))"),
    ("longrange_iterator", "v = iter(range(10 ** 20))"), ("list_reverseiterator", "v = reversed([1, 2])"),
    ("reversed_tuple", "v = reversed((1, 2))"), ("enumerate", "v = enumerate([1, 2])"), ("zip", "v = zip([1], [2])"),
    ("map", "v = map(abs, [1])"), ("filter", "v = filter(None, [1])"), ("callable_iterator", "v = iter(int, 1)"),
    ("genexpr", "v = (x for x in [1, 2])"), ("genexpr_const", "v = (0 for x in range(3))"),
    ("genexpr_attr", "v = (x.real for x in [1, 2])"),
    ("genexpr_cond", "v = (x * 2 + 1 for x in [1, 2] if x)"),
    ("genexpr_nested", "v = ((a, b) for a in [1, 2] for b in [3, 4])"),
    # sys objects, modules
    ("version_info", "v = sys.version_info"), ("module_sys", "v = sys"),
    ("module_collections", "import collections\nv = collections"),
    # exceptions
    ("exception", "v = Exception()"), ("valueerror", "v = ValueError('x')"), ("keyerror", "v = KeyError('k')"),
    ("stopiteration", "v = StopIteration(1)"), ("user_exception", "class E(Exception):\n    pass\nv = E('x')"),
    ("caught_exception", "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    v = e"),
    # dict views, singletons
    ("dict_keys", "v = {'a': 1}.keys()"), ("dict_values", "v = {'a': 1}.values()"), ("dict_items", "v = {'a': 1}.items()"),
    ("notimplemented", "v = NotImplemented"), ("ellipsis", "v = Ellipsis"), ("none", "v = None"),
    ("object", "v = object()"),
]

CHILD = r"""
import json, sys
cases = json.load(open(sys.argv[1]))
out = {}
for name, code in cases:
    g = {"__name__": "__main__", "sys": sys}
    try:
        exec(code, g)
        out[name] = sys.getsizeof(g["v"])
    except Exception as e:
        out[name] = "%s: %s" % (type(e).__name__, e)
print(json.dumps(out))
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()
    path = "/tmp/measure-objects-cases.json"
    with open(path, "w") as f:
        json.dump([[n, "import sys\n" + c] for n, c in CASES], f)
    sizes = {}
    versions = {}
    for v in VERSIONS:
        py = os.path.join(PYENV, v, "bin", "python")
        if not os.path.exists(py):
            sys.stderr.write("skip %s\n" % v)
            continue
        res = subprocess.run([py, "-c", CHILD, path], env=dict(os.environ, PYTHONHASHSEED="0"), check=True,
                             stdout=subprocess.PIPE).stdout
        minor = ".".join(v.split(".")[:2])
        sizes[minor] = json.loads(res)
        versions[minor] = v
    with open(args.out, "w") as f:
        json.dump({"versions": versions, "cases": [{"name": n, "code": "import sys\n" + c} for n, c in CASES],
                   "sizes": sizes}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
