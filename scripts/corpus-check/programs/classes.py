#### class_dunder
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __len__(self):
        return 2
v = Vec(1, 2) + Vec(3, 4)
print(v, [v], len(v), v == Vec(4, 6), v != Vec(0, 0), str(v))
#### class_container
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
b = Bag(3, 1, 2)
print(len(b), b[0], 2 in b, 9 in b, list(b), sorted(b), [x * 2 for x in b], b[-1])
for x in b:
    print(x, end=",")
print()
#### class_getitem_only_iter
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq())
#### class_str_vs_repr
class A:
    def __str__(self):
        return "A-str"
    def __repr__(self):
        return "A-repr"
a = A()
print(a, str(a), repr(a), [a], f"{a}", f"{a!r}", "%s %r" % (a, a))
#### inheritance_super
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
class Dog(Animal):
    sound = "woof"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + "!"
d = Dog("rex", "lab")
print(d.speak(), Animal("x").speak(), isinstance(d, Animal), issubclass(Dog, Animal) if True else 0)
print(type(d).__name__, d.breed, Dog.sound, Animal.sound)
#### class_attr_vs_instance
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a, b, c = Counter(), Counter(), Counter()
print(Counter.count, a.id, c.id, a.count)
a.count = 100
print(a.count, Counter.count, b.count)
#### class_property
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.f)
#### class_staticmethod
class M:
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def make(cls):
        return cls.__name__
print(M.add(1, 2), M().add(3, 4), M.make())
#### class_attr_error
class A:
    pass
a = A()
print(getattr(a, "x", "default"), hasattr(a, "x"))
setattr(a, "x", 5)
print(getattr(a, "x"), hasattr(a, "x"))
print(a.y)
#### class_no_len
class A:
    pass
len(A())
#### class_not_callable
x = 5
x()
#### class_init_args_error
class A:
    def __init__(self, x):
        self.x = x
A()
#### class_method_args_error
class A:
    def f(self, x):
        return x
A().f(1, 2)
#### class_eq_default
class A:
    pass
a, b = A(), A()
print(a == a, a == b, a != b, a is a)
#### custom_exception
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
try:
    raise NotFound("file")
except AppError as e:
    print(type(e).__name__, e, e.args, e.what)
raise NotFound("user")
#### custom_exception_plain
class Oops(Exception):
    pass
raise Oops("bad thing", 42)
#### class_repr_default_in_exc
class ValidationError(ValueError):
    pass
try:
    raise ValidationError("too short")
except ValueError as e:
    print("caught", repr(e), str(e))
#### class_iter_protocol
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, "end"))
#### class_lt_sort
class P:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
    def __repr__(self):
        return "P%d" % self.n
print(sorted([P(3), P(1), P(2)]), max([P(3), P(5)]), min(P(4), P(2)))
#### class_sizes
import sys
class A:
    pass
class B:
    __slots__ = ()
class C:
    __slots__ = ("a", "b", "c")
print(sys.getsizeof(A()), sys.getsizeof(B()), sys.getsizeof(C()))
#### class_bool_len
class Empty:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return False
print(bool(Empty()), bool(Truthy()), "yes" if Empty() else "no")
#### class_hash_eq
class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __hash__(self):
        return hash(self.v)
s = {K(1), K(1), K(2)}
print(len(s))
d = {K(3): "x"}
print(d[K(3)])
#### class_unhashable_eq
class K:
    def __eq__(self, o):
        return True
s = {K()}
#### class_inherit_list
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1)
s.push(2)
print(s, s.peek(), len(s), isinstance(s, list))
#### class_inherit_dict
class Defaults(dict):
    def __missing__(self, key):
        return key.upper()
d = Defaults(a=1)
print(d["a"], d["zz"], d)
#### class_mro_three
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B" + super().who()
class C(B):
    def who(self):
        return "C" + super().who()
print(C().who(), [k.__name__ for k in C.__mro__])
#### isinstance_tuple
for v in [1, 1.0, "s", [1], (1,), {1}, {1: 1}, None, True, b"b"]:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, (list, tuple)), isinstance(v, str))
#### type_compare
print(type(1) == int, type(True) == int, type("") is str, type([]).__name__, type(type(1)).__name__)
print(type(None).__name__, type(range(1)).__name__, type(print).__name__, type(len).__name__)
#### repr_of_objects_types
print(int, str, list, type(None), Exception, ValueError)
#### class_name_type
class Foo:
    pass
print(Foo.__name__, type(Foo()).__name__, Foo().__class__.__name__)
