try:
    _r = 1 + 'a'
except Exception as e:
    print("1 + 'a'", '->', type(e).__name__, e)
else:
    print("1 + 'a'", '-> ok')
try:
    _r = 'a' + 1
except Exception as e:
    print("'a' + 1", '->', type(e).__name__, e)
else:
    print("'a' + 1", '-> ok')
try:
    _r = [1] + (1,)
except Exception as e:
    print('[1] + (1,)', '->', type(e).__name__, e)
else:
    print('[1] + (1,)', '-> ok')
try:
    _r = len(5)
except Exception as e:
    print('len(5)', '->', type(e).__name__, e)
else:
    print('len(5)', '-> ok')
try:
    _r = None()
except Exception as e:
    print('None()', '->', type(e).__name__, e)
else:
    print('None()', '-> ok')
try:
    _r = int('x')
except Exception as e:
    print("int('x')", '->', type(e).__name__, e)
else:
    print("int('x')", '-> ok')
try:
    _r = float('y')
except Exception as e:
    print("float('y')", '->', type(e).__name__, e)
else:
    print("float('y')", '-> ok')
try:
    _r = [].pop()
except Exception as e:
    print('[].pop()', '->', type(e).__name__, e)
else:
    print('[].pop()', '-> ok')
try:
    _r = {}.popitem()
except Exception as e:
    print('{}.popitem()', '->', type(e).__name__, e)
else:
    print('{}.popitem()', '-> ok')
try:
    _r = set().pop()
except Exception as e:
    print('set().pop()', '->', type(e).__name__, e)
else:
    print('set().pop()', '-> ok')
try:
    _r = [1].remove(2)
except Exception as e:
    print('[1].remove(2)', '->', type(e).__name__, e)
else:
    print('[1].remove(2)', '-> ok')
try:
    _r = [1].index(2)
except Exception as e:
    print('[1].index(2)', '->', type(e).__name__, e)
else:
    print('[1].index(2)', '-> ok')
try:
    _r = (1,).index(2)
except Exception as e:
    print('(1,).index(2)', '->', type(e).__name__, e)
else:
    print('(1,).index(2)', '-> ok')
try:
    _r = 'a'.index('b')
except Exception as e:
    print("'a'.index('b')", '->', type(e).__name__, e)
else:
    print("'a'.index('b')", '-> ok')
try:
    _r = 1/0
except Exception as e:
    print('1/0', '->', type(e).__name__, e)
else:
    print('1/0', '-> ok')
try:
    _r = 1//0
except Exception as e:
    print('1//0', '->', type(e).__name__, e)
else:
    print('1//0', '-> ok')
try:
    _r = 1%0
except Exception as e:
    print('1%0', '->', type(e).__name__, e)
else:
    print('1%0', '-> ok')
try:
    _r = 1.0/0
except Exception as e:
    print('1.0/0', '->', type(e).__name__, e)
else:
    print('1.0/0', '-> ok')
try:
    _r = 1.0//0
except Exception as e:
    print('1.0//0', '->', type(e).__name__, e)
else:
    print('1.0//0', '-> ok')
try:
    _r = 1.0%0
except Exception as e:
    print('1.0%0', '->', type(e).__name__, e)
else:
    print('1.0%0', '-> ok')
try:
    _r = hash([])
except Exception as e:
    print('hash([])', '->', type(e).__name__, e)
else:
    print('hash([])', '-> ok')
try:
    _r = {[]: 1}
except Exception as e:
    print('{[]: 1}', '->', type(e).__name__, e)
else:
    print('{[]: 1}', '-> ok')
try:
    _r = iter(5)
except Exception as e:
    print('iter(5)', '->', type(e).__name__, e)
else:
    print('iter(5)', '-> ok')
try:
    _r = next(iter([]))
except Exception as e:
    print('next(iter([]))', '->', type(e).__name__, e)
else:
    print('next(iter([]))', '-> ok')
try:
    _r = max([])
except Exception as e:
    print('max([])', '->', type(e).__name__, e)
else:
    print('max([])', '-> ok')
try:
    _r = min(1)
except Exception as e:
    print('min(1)', '->', type(e).__name__, e)
else:
    print('min(1)', '-> ok')
try:
    _r = sorted([1, 'a'])
except Exception as e:
    print("sorted([1, 'a'])", '->', type(e).__name__, e)
else:
    print("sorted([1, 'a'])", '-> ok')
try:
    a, b = [1]
except Exception as e:
    print('a, b = [1]', '->', type(e).__name__, e)
else:
    print('a, b = [1]', '-> ok')
try:
    a, b = [1, 2, 3]
except Exception as e:
    print('a, b = [1, 2, 3]', '->', type(e).__name__, e)
else:
    print('a, b = [1, 2, 3]', '-> ok')
try:
    a, b = 1
except Exception as e:
    print('a, b = 1', '->', type(e).__name__, e)
else:
    print('a, b = 1', '-> ok')
try:
    (1,)[0] = 2
except Exception as e:
    print('(1,)[0] = 2', '->', type(e).__name__, e)
else:
    print('(1,)[0] = 2', '-> ok')
try:
    _r = 'abc'[5]
except Exception as e:
    print("'abc'[5]", '->', type(e).__name__, e)
else:
    print("'abc'[5]", '-> ok')
try:
    _r = object().x
except Exception as e:
    print('object().x', '->', type(e).__name__, e)
else:
    print('object().x', '-> ok')
try:
    _r = int.foo
except Exception as e:
    print('int.foo', '->', type(e).__name__, e)
else:
    print('int.foo', '-> ok')
try:
    _r = chr(-1)
except Exception as e:
    print('chr(-1)', '->', type(e).__name__, e)
else:
    print('chr(-1)', '-> ok')
try:
    _r = ord('ab')
except Exception as e:
    print("ord('ab')", '->', type(e).__name__, e)
else:
    print("ord('ab')", '-> ok')
try:
    _r = [1][1:2:0]
except Exception as e:
    print('[1][1:2:0]', '->', type(e).__name__, e)
else:
    print('[1][1:2:0]', '-> ok')
try:
    _r = '{}'.format()
except Exception as e:
    print("'{}'.format()", '->', type(e).__name__, e)
else:
    print("'{}'.format()", '-> ok')
try:
    _r = '%d' % 'a'
except Exception as e:
    print("'%d' % 'a'", '->', type(e).__name__, e)
else:
    print("'%d' % 'a'", '-> ok')
try:
    _r = '%s %s' % (1,)
except Exception as e:
    print("'%s %s' % (1,)", '->', type(e).__name__, e)
else:
    print("'%s %s' % (1,)", '-> ok')
try:
    _r = round('a')
except Exception as e:
    print("round('a')", '->', type(e).__name__, e)
else:
    print("round('a')", '-> ok')
try:
    _r = divmod(1, 0)
except Exception as e:
    print('divmod(1, 0)', '->', type(e).__name__, e)
else:
    print('divmod(1, 0)', '-> ok')
try:
    _r = int('12', 1)
except Exception as e:
    print("int('12', 1)", '->', type(e).__name__, e)
else:
    print("int('12', 1)", '-> ok')
try:
    _r = bytes([256])
except Exception as e:
    print('bytes([256])', '->', type(e).__name__, e)
else:
    print('bytes([256])', '-> ok')
try:
    _r = 'a'.join([1])
except Exception as e:
    print("'a'.join([1])", '->', type(e).__name__, e)
else:
    print("'a'.join([1])", '-> ok')
try:
    _r = range(1.5)
except Exception as e:
    print('range(1.5)', '->', type(e).__name__, e)
else:
    print('range(1.5)', '-> ok')
try:
    _r = getattr(1, 'x')
except Exception as e:
    print("getattr(1, 'x')", '->', type(e).__name__, e)
else:
    print("getattr(1, 'x')", '-> ok')
try:
    _r = isinstance(1, 2)
except Exception as e:
    print('isinstance(1, 2)', '->', type(e).__name__, e)
else:
    print('isinstance(1, 2)', '-> ok')
try:
    _r = -'a'
except Exception as e:
    print("-'a'", '->', type(e).__name__, e)
else:
    print("-'a'", '-> ok')
try:
    _r = ~1.5
except Exception as e:
    print('~1.5', '->', type(e).__name__, e)
else:
    print('~1.5', '-> ok')
try:
    _r = abs('a')
except Exception as e:
    print("abs('a')", '->', type(e).__name__, e)
else:
    print("abs('a')", '-> ok')
try:
    _r = {1} + {2}
except Exception as e:
    print('{1} + {2}', '->', type(e).__name__, e)
else:
    print('{1} + {2}', '-> ok')
try:
    _r = None + 1
except Exception as e:
    print('None + 1', '->', type(e).__name__, e)
else:
    print('None + 1', '-> ok')
try:
    _r = 1 < None
except Exception as e:
    print('1 < None', '->', type(e).__name__, e)
else:
    print('1 < None', '-> ok')
try:
    _r = [1] < 'a'
except Exception as e:
    print("[1] < 'a'", '->', type(e).__name__, e)
else:
    print("[1] < 'a'", '-> ok')
try:
    _r = 'x' * 'y'
except Exception as e:
    print("'x' * 'y'", '->', type(e).__name__, e)
else:
    print("'x' * 'y'", '-> ok')
try:
    _r = [1] * 1.5
except Exception as e:
    print('[1] * 1.5', '->', type(e).__name__, e)
else:
    print('[1] * 1.5', '-> ok')
try:
    _r = sum(['a'])
except Exception as e:
    print("sum(['a'])", '->', type(e).__name__, e)
else:
    print("sum(['a'])", '-> ok')
try:
    _r = dict(1)
except Exception as e:
    print('dict(1)', '->', type(e).__name__, e)
else:
    print('dict(1)', '-> ok')
try:
    _r = list(1)
except Exception as e:
    print('list(1)', '->', type(e).__name__, e)
else:
    print('list(1)', '-> ok')
try:
    _r = {}.get()
except Exception as e:
    print('{}.get()', '->', type(e).__name__, e)
else:
    print('{}.get()', '-> ok')
try:
    _r = [].append()
except Exception as e:
    print('[].append()', '->', type(e).__name__, e)
else:
    print('[].append()', '-> ok')
try:
    _r = [].append(1, 2)
except Exception as e:
    print('[].append(1, 2)', '->', type(e).__name__, e)
else:
    print('[].append(1, 2)', '-> ok')
try:
    _r = 'a'.split(1)
except Exception as e:
    print("'a'.split(1)", '->', type(e).__name__, e)
else:
    print("'a'.split(1)", '-> ok')
try:
    x = y
except Exception as e:
    print('x = y', '->', type(e).__name__, e)
else:
    print('x = y', '-> ok')
try:
    del zz
except Exception as e:
    print('del zz', '->', type(e).__name__, e)
else:
    print('del zz', '-> ok')
try:
    _r = int(None)
except Exception as e:
    print('int(None)', '->', type(e).__name__, e)
else:
    print('int(None)', '-> ok')
try:
    _r = float([])
except Exception as e:
    print('float([])', '->', type(e).__name__, e)
else:
    print('float([])', '-> ok')
try:
    _r = str(b'a', 'nope')
except Exception as e:
    print("str(b'a', 'nope')", '->', type(e).__name__, e)
else:
    print("str(b'a', 'nope')", '-> ok')
try:
    _r = complex('abc')
except Exception as e:
    print("complex('abc')", '->', type(e).__name__, e)
else:
    print("complex('abc')", '-> ok')
try:
    _r = (1, 2) < (1, 'a')
except Exception as e:
    print("(1, 2) < (1, 'a')", '->', type(e).__name__, e)
else:
    print("(1, 2) < (1, 'a')", '-> ok')
try:
    _r = 1 in 5
except Exception as e:
    print('1 in 5', '->', type(e).__name__, e)
else:
    print('1 in 5', '-> ok')
try:
    _r = 'a' in ['a'] in 5
except Exception as e:
    print("'a' in ['a'] in 5", '->', type(e).__name__, e)
else:
    print("'a' in ['a'] in 5", '-> ok')
try:
    _r = f'{1:x}{1.5:d}'
except Exception as e:
    print("f'{1:x}{1.5:d}'", '->', type(e).__name__, e)
else:
    print("f'{1:x}{1.5:d}'", '-> ok')
try:
    _r = format(1, 'q')
except Exception as e:
    print("format(1, 'q')", '->', type(e).__name__, e)
else:
    print("format(1, 'q')", '-> ok')
try:
    _r = '{:d}'.format('a')
except Exception as e:
    print("'{:d}'.format('a')", '->', type(e).__name__, e)
else:
    print("'{:d}'.format('a')", '-> ok')
try:
    _r = list(range(3))[5]
except Exception as e:
    print('list(range(3))[5]', '->', type(e).__name__, e)
else:
    print('list(range(3))[5]', '-> ok')
try:
    _r = {'a': 1}['b']
except Exception as e:
    print("{'a': 1}['b']", '->', type(e).__name__, e)
else:
    print("{'a': 1}['b']", '-> ok')
try:
    _r = bytearray(b'a')[5]
except Exception as e:
    print("bytearray(b'a')[5]", '->', type(e).__name__, e)
else:
    print("bytearray(b'a')[5]", '-> ok')
try:
    _r = b'a' + 'b'
except Exception as e:
    print("b'a' + 'b'", '->', type(e).__name__, e)
else:
    print("b'a' + 'b'", '-> ok')
try:
    _r = 'a' < 1
except Exception as e:
    print("'a' < 1", '->', type(e).__name__, e)
else:
    print("'a' < 1", '-> ok')
try:
    _r = [].sort(key=1)
except Exception as e:
    print('[].sort(key=1)', '->', type(e).__name__, e)
else:
    print('[].sort(key=1)', '-> ok')
try:
    _r = [3, 1].sort(key=lambda x: x.y)
except Exception as e:
    print('[3, 1].sort(key=lambda x: x.y)', '->', type(e).__name__, e)
else:
    print('[3, 1].sort(key=lambda x: x.y)', '-> ok')
#---
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
try:
    print(f())
except TypeError as e:
    print(e)
try:
    print(f(1))
except TypeError as e:
    print(e)
try:
    print(f(1, 2, c=3, a=1))
except TypeError as e:
    print(e)
try:
    print(f(1, c=3, zz=1) and 0)
except TypeError as e:
    print(e)
def g(x, y):
    pass
try:
    g()
except TypeError as e:
    print(e)
try:
    g(1)
except TypeError as e:
    print(e)
try:
    g(1, 2, 3)
except TypeError as e:
    print(e)
try:
    g(1, y=2, z=3)
except TypeError as e:
    print(e)
try:
    g(1, x=1)
except TypeError as e:
    print(e)
class K:
    def m(self, a):
        return a
try:
    K().m()
except TypeError as e:
    print(e)
try:
    K().m(1, 2)
except TypeError as e:
    print(e)
try:
    K(1)
except TypeError as e:
    print(e)
#---
print(10**20, -10**20, 2**64 - 1, 7 / 2, 7.0 // 2, -7.5 % 2, 2 ** 0.5, 1e300 * 1e10, int(3.99), int(-3.99), round(-2.5), round(0.125, 2))
print(1e22, 1e21, 123456789012345678.0, 0.000123, 1.0e-5, 3.0, -1.5e-10, float('nan'), 5e-324, 1.7976931348623157e308)
print(True + True, True * 3, 1 == 1.0, 1 is 1, hash(1) == hash(1.0), {1: 'a', 1.0: 'b', True: 'c'})
print(bin(10), oct(8), hex(-255), int('0x1f', 16), int('ff', 16), int(' 42 '), float(' 1e3 '), int('1_000'))
print(3 & 5, 3 | 5, 3 ^ 5, ~3, 1 << 70, -17 >> 2, abs(-2.5), divmod(-7, 2), divmod(7.5, 2), pow(3, 4, 5), pow(2, -1))
print(complex(1, 2), 1j * 1j, (1+2j).real, abs(3+4j), (1+2j) * (3-1j), 2j ** 2)
print(max(3, 1, 2), max([1, 5, 3], key=lambda x: -x), min('abc'), max([], default=9), sum([0.1] * 10), sum(range(101)))
#---
s = 'Hello, World'
print(s.lower(), s.swapcase(), s.count('l'), s.rfind('o'), s[::-1], s[2:5], s[-3:], s.partition(', '), s.rsplit(' ', 1))
print(s.ljust(15, '.'), s.rjust(15), s.zfill(15), 'a\tb'.expandtabs(4), 'x'.isupper(), ' '.isspace(), 'ab cd'.title(), 'ab'.capitalize())
print(s.encode(), 'é'.encode('utf-8'), b'caf\xc3\xa9'.decode(), repr('it\'s'), repr("q\"q"), repr('\x00\t\u1234\U0001f600'))
print('%r %s %5s %-5s| %05d %+d %.3e %g %G %%' % ('a', 'b', 'c', 'd', 42, 5, 12345.678, 0.00001, 1e20))
print('{:>10.3f}|{:^10}|{:<+5d}|{:x}|{:#o}|{:b}|{:,}|{:_}|{:e}|{:%}'.format(3.14159, 'mid', 7, 255, 8, 5, 10**6, 10**6, 1234.5, 0.25))
print(f'{"abc"!r:>8}', f'{3+4}', f'{[1,2]}', f"{'x'*3}", f'{12:>{5}}', f'{1.0}', f'{1e100}', f'{0.1+0.2:.20f}')
print(str(1.0), str(1e16), str(-0.0), repr(1.1), 1.1 * 3, str(2.5e-5), 100000000000000000.0, 1e15+0.3)
#---
import sys
x = [1, 2, 3]
x.append(x)
print(x)
d = {}
d['self'] = d
print(d)
print(type(x), type(1), type(None), type(type), type(print), type(len).__name__)
print(isinstance(True, int), issubclass(bool, int), type(3) is int, callable(len), callable(3))
print(sys.version_info[:2] >= (3, 6), sys.maxsize, type(sys.version), sys.version_info.major)
#---
l = [5, 3, 8, 1]
l.sort()
l.insert(0, 9)
l.insert(100, 7)
l.insert(-1, 6)
print(l, l.index(8), l.count(1))
l.reverse()
print(l)
l *= 2
print(l, len(l))
del l[::2]
print(l)
l[::2] = [0] * len(l[::2])
print(l)
l += (1, 2)
print(l, l[-2:], l[:-2][1:3])
print([1, 2] * 2, 2 * [3], [] * 5, [[1, 2], [3]] + [[4]])
#---
a = [3, 1, 2]
b = sorted(a)
print(a, b, sorted('bca'), sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted({3: 1, 1: 2}), sorted([3, 1, 2], reverse=True))
words = ['banana', 'Apple', 'cherry']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), list(reversed(words)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), dict(zip('ab', [1, 2])), list(map(lambda x, y: x + y, [1, 2], [3, 4])))
print([x for x in range(3) for y in range(2)], [[y for y in range(x)] for x in range(3)], {x % 3 for x in range(10)})
print(list(enumerate('ab', 1)), next(iter('xy')), next(iter([]), 'default'), list(iter([1, 2])))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
g = (x * x for x in range(4))
print(next(g), list(g), sum(x for x in range(10)), any(x > 5 for x in range(10)), all(x < 5 for x in range(3)))
#---
x = 1
if x > 0 and x < 2 or False:
    print('range ok')
print(1 < 2 < 3, 1 < 3 < 2, 2 == 2.0 != 3, not 0, not [], 0 or 'dflt', 1 and 2, None or 0)
print('yes' if [] else 'no', [] == [], [] is [], (1, 2) == (1, 2), 'ab' < 'b', [1, 2] < [1, 3], (1,) < (1, 0))
y = (z := 5) + 1
print(y, z)
