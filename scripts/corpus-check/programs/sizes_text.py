#### str_ascii
import sys
s = 'hello'
print(len(s), sys.getsizeof(s))
print(sys.getsizeof(s + s), sys.getsizeof(s * 10), sys.getsizeof(s[:1]), sys.getsizeof(s[1:]))
print(sys.getsizeof(s + 'a'), sys.getsizeof('a' + s), sys.getsizeof(s.upper()))
print(sys.getsizeof('-'.join([s, s, s])), sys.getsizeof(''.join([s])))
b = s.encode('utf-8')
print(len(b), sys.getsizeof(b))
print(sys.getsizeof(s.encode('utf-16')), sys.getsizeof(bytearray(b)))
print(sys.getsizeof(f'{s}!'), sys.getsizeof('%s?' % s), sys.getsizeof(str(s)))
#### str_latin1
import sys
s = 'caf\xe9'
print(len(s), sys.getsizeof(s))
print(sys.getsizeof(s + s), sys.getsizeof(s * 10), sys.getsizeof(s[:1]), sys.getsizeof(s[1:]))
print(sys.getsizeof(s + 'a'), sys.getsizeof('a' + s), sys.getsizeof(s.upper()))
print(sys.getsizeof('-'.join([s, s, s])), sys.getsizeof(''.join([s])))
b = s.encode('utf-8')
print(len(b), sys.getsizeof(b))
print(sys.getsizeof(s.encode('utf-16')), sys.getsizeof(bytearray(b)))
print(sys.getsizeof(f'{s}!'), sys.getsizeof('%s?' % s), sys.getsizeof(str(s)))
#### str_bmp
import sys
s = '\u4e2d\u6587'
print(len(s), sys.getsizeof(s))
print(sys.getsizeof(s + s), sys.getsizeof(s * 10), sys.getsizeof(s[:1]), sys.getsizeof(s[1:]))
print(sys.getsizeof(s + 'a'), sys.getsizeof('a' + s), sys.getsizeof(s.upper()))
print(sys.getsizeof('-'.join([s, s, s])), sys.getsizeof(''.join([s])))
b = s.encode('utf-8')
print(len(b), sys.getsizeof(b))
print(sys.getsizeof(s.encode('utf-16')), sys.getsizeof(bytearray(b)))
print(sys.getsizeof(f'{s}!'), sys.getsizeof('%s?' % s), sys.getsizeof(str(s)))
#### str_astral
import sys
s = '\U0001f600'
print(len(s), sys.getsizeof(s))
print(sys.getsizeof(s + s), sys.getsizeof(s * 10), sys.getsizeof(s[:1]), sys.getsizeof(s[1:]))
print(sys.getsizeof(s + 'a'), sys.getsizeof('a' + s), sys.getsizeof(s.upper()))
print(sys.getsizeof('-'.join([s, s, s])), sys.getsizeof(''.join([s])))
b = s.encode('utf-8')
print(len(b), sys.getsizeof(b))
print(sys.getsizeof(s.encode('utf-16')), sys.getsizeof(bytearray(b)))
print(sys.getsizeof(f'{s}!'), sys.getsizeof('%s?' % s), sys.getsizeof(str(s)))
#### str_empty
import sys
s = ''
print(len(s), sys.getsizeof(s))
print(sys.getsizeof(s + s), sys.getsizeof(s * 10), sys.getsizeof(s[:1]), sys.getsizeof(s[1:]))
print(sys.getsizeof(s + 'a'), sys.getsizeof('a' + s), sys.getsizeof(s.upper()))
print(sys.getsizeof('-'.join([s, s, s])), sys.getsizeof(''.join([s])))
b = s.encode('utf-8')
print(len(b), sys.getsizeof(b))
print(sys.getsizeof(s.encode('utf-16')), sys.getsizeof(bytearray(b)))
print(sys.getsizeof(f'{s}!'), sys.getsizeof('%s?' % s), sys.getsizeof(str(s)))
#### str_mixed_latin
import sys
s = 'na\xefve caf\xe9'
print(len(s), sys.getsizeof(s))
print(sys.getsizeof(s + s), sys.getsizeof(s * 10), sys.getsizeof(s[:1]), sys.getsizeof(s[1:]))
print(sys.getsizeof(s + 'a'), sys.getsizeof('a' + s), sys.getsizeof(s.upper()))
print(sys.getsizeof('-'.join([s, s, s])), sys.getsizeof(''.join([s])))
b = s.encode('utf-8')
print(len(b), sys.getsizeof(b))
print(sys.getsizeof(s.encode('utf-16')), sys.getsizeof(bytearray(b)))
print(sys.getsizeof(f'{s}!'), sys.getsizeof('%s?' % s), sys.getsizeof(str(s)))
#### str_euro
import sys
s = '\u20ac'
print(len(s), sys.getsizeof(s))
print(sys.getsizeof(s + s), sys.getsizeof(s * 10), sys.getsizeof(s[:1]), sys.getsizeof(s[1:]))
print(sys.getsizeof(s + 'a'), sys.getsizeof('a' + s), sys.getsizeof(s.upper()))
print(sys.getsizeof('-'.join([s, s, s])), sys.getsizeof(''.join([s])))
b = s.encode('utf-8')
print(len(b), sys.getsizeof(b))
print(sys.getsizeof(s.encode('utf-16')), sys.getsizeof(bytearray(b)))
print(sys.getsizeof(f'{s}!'), sys.getsizeof('%s?' % s), sys.getsizeof(str(s)))
#### str_emoji_text
import sys
s = 'hi \U0001f44b there'
print(len(s), sys.getsizeof(s))
print(sys.getsizeof(s + s), sys.getsizeof(s * 10), sys.getsizeof(s[:1]), sys.getsizeof(s[1:]))
print(sys.getsizeof(s + 'a'), sys.getsizeof('a' + s), sys.getsizeof(s.upper()))
print(sys.getsizeof('-'.join([s, s, s])), sys.getsizeof(''.join([s])))
b = s.encode('utf-8')
print(len(b), sys.getsizeof(b))
print(sys.getsizeof(s.encode('utf-16')), sys.getsizeof(bytearray(b)))
print(sys.getsizeof(f'{s}!'), sys.getsizeof('%s?' % s), sys.getsizeof(str(s)))
#### str_growth_loop
import sys
s = ''
for i in range(12):
    s += 'x'
    print(len(s), sys.getsizeof(s))
t = '\xe9'
for i in range(5):
    t += 'y'
    print(len(t), sys.getsizeof(t))
#### str_kinds_table
import sys
for ch in ['a', '\xff', '\u0100', '\uffff', '\U00010000']:
    for n in [1, 2, 10]:
        print(repr(ch), n, sys.getsizeof(ch * n))
#### str_of_numbers
import sys
for x in [0, 7, 42, 12345, -1, 2**64, 3.14, 1e100, 1/3, True, None]:
    s = str(x)
    print(s, len(s), sys.getsizeof(s))
print(sys.getsizeof(f'{3.14159:.2f}'), sys.getsizeof(f'{42:08d}'), sys.getsizeof(repr('a')))
#### str_methods_sizes
import sys
s = 'The Quick Brown Fox'
for r in [s.lower(), s.upper(), s.title(), s.strip(), s.replace(' ', ''), s.split(), s[::-1], s.center(30)]:
    print(repr(r), sys.getsizeof(r))
#### str_interning_sizes
import sys
words = ['apple', 'banana', 'cherry']
print([sys.getsizeof(w) for w in words])
print(sys.getsizeof(words), sum(sys.getsizeof(w) for w in words))
sentence = ' '.join(words)
print(sentence, sys.getsizeof(sentence))
chars = list(sentence)
print(sys.getsizeof(chars), sys.getsizeof(chars[0]))
#### encode_sizes
import sys
for s in ['abc', 'caf\xe9', '\u4e2d\u6587', '\U0001f600']:
    u8 = s.encode()
    print(repr(s), sys.getsizeof(s), len(u8), sys.getsizeof(u8), sys.getsizeof(u8.decode()))
#### str_latin_after_utf8
import sys
s = 'caf\xe9'
print(sys.getsizeof(s))
e = s.encode('utf-8')
print(sys.getsizeof(s))
t = 'h\u00e9llo w\u00f6rld'
print(sys.getsizeof(t), len(t))
#### bytes_basics
import sys
for b in [b'', b'a', b'hello', bytes(10), bytes(range(5)), b'x' * 100]:
    print(len(b), sys.getsizeof(b))
print(sys.getsizeof(b'abc' + b'def'), sys.getsizeof(b'abcdef'[1:3]))
#### bytearray_growth
import sys
ba = bytearray()
print(sys.getsizeof(ba))
for i in range(40):
    ba.append(i)
    print(len(ba), sys.getsizeof(ba))
#### bytearray_ops
import sys
ba = bytearray(b'hello')
print(sys.getsizeof(ba))
ba.extend(b' world')
print(sys.getsizeof(ba))
ba += b'!!!'
print(sys.getsizeof(ba))
del ba[0:5]
print(sys.getsizeof(ba), ba)
ba[:] = b''
print(sys.getsizeof(ba))
b2 = ba + b'xyz'
print(sys.getsizeof(b2))
print(sys.getsizeof(bytearray(10)), sys.getsizeof(bytearray(range(3))), sys.getsizeof(bytearray(b'ab') * 5))
print(sys.getsizeof(bytearray('caf\xe9', 'utf-8')))
#### bytearray_extend_loop
import sys
ba = bytearray()
last = -1
for i in range(200):
    ba.extend(b'ab')
    s = sys.getsizeof(ba)
    if s != last:
        print(len(ba), s)
        last = s
#### bytearray_slices
import sys
ba = bytearray(b'0123456789')
print(sys.getsizeof(ba), sys.getsizeof(ba[2:5]), sys.getsizeof(ba[:]))
ba[2:5] = b'abcdefgh'
print(ba, sys.getsizeof(ba))
ba.pop()
ba.remove(ord('a'))
print(ba, sys.getsizeof(ba))
ba.insert(0, 65)
print(ba, sys.getsizeof(ba))
