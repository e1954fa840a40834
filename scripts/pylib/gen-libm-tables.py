#!/usr/bin/env python3
"""Generates lib/simulator/pylib/libm-data.ts: the lookup tables of glibc's double pow
(sysdeps/ieee754/dbl-64/e_pow_log_data.c and e_exp_data.c, glibc 2.28 .. 2.36 and later;
the algorithm is Szabolcs Nagy's from ARM optimized-routines).

  python3 scripts/pylib/gen-libm-tables.py            -> writes libm-data.ts
  python3 scripts/pylib/gen-libm-tables.py --check    -> also checks the installed libm holds
                                                         the same tables, bit for bit

The tables are rebuilt from the construction the glibc data files document in their comments,
with Python's decimal module for log and exp (60 significant digits, far beyond what the
roundings below need). Stdlib only.

log table (N = 128, OFF = 0x3fe6955500000000): the i-th subinterval holds the z whose bit
pattern lies in [OFF + i*2^45, OFF + (i+1)*2^45); `center` is the midpoint of its end values and
  invc     = center < 1 ? round(N/center)/N : round(2N/center)/N/2
  logc     = round(2^43 * log(c)) / 2^43          with c = 1/invc
  logctail = (double)(log(c) - logc)
exp table (N = 128): 2^(k/N) ~= H[k]*(1 + T[k]) with H[k] = (double)2^(k/N),
  T[k] = (double)((2^(k/N) - H[k]) / H[k]).
"""
import os
import struct
import sys
from decimal import Decimal, getcontext
from fractions import Fraction

getcontext().prec = 60
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "lib", "simulator", "pylib", "libm-data.ts")
N = 128
OFF = 0x3FE6955500000000


def bits_to_float(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def float_to_bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def to_double(d):
    """Correctly rounded double of a Decimal (via an exact Fraction)."""
    f = Fraction(d)
    return float(f)  # Fraction -> float is correctly rounded (half-even)


def round_half_even(fr):
    """Nearest integer of a Fraction, ties to even (C's round() ties away, but no tie occurs here)."""
    n = fr.numerator // fr.denominator
    rem = fr - n
    if rem > Fraction(1, 2) or (rem == Fraction(1, 2) and n % 2 == 1):
        n += 1
    return n


def log_table():
    rows = []
    for i in range(N):
        lo = Fraction(bits_to_float(OFF + (i << 45)))
        hi = Fraction(bits_to_float(OFF + ((i + 1) << 45)))
        center = (lo + hi) / 2
        if center < 1:
            invc = Fraction(round_half_even(N / center), N)
        else:
            invc = Fraction(round_half_even(2 * N / center), 2 * N)
        assert float(invc) == invc
        logc_exact = -(Decimal(invc.numerator) / Decimal(invc.denominator)).ln()
        scaled = Fraction(logc_exact) * 2**43
        logc = Fraction(round_half_even(scaled), 2**43)
        assert float(logc) == logc
        tail = to_double(logc_exact - Decimal(logc.numerator) / Decimal(logc.denominator))
        rows.append((float(invc), float(logc), tail))
    return rows


def exp_table():
    """[tail bits, scale bits] pairs as stored by glibc: tab[2k] = asuint64(T[k]),
    tab[2k+1] = asuint64(H[k]) - (k << 52)/N."""
    tab = []
    two = Decimal(2)
    for k in range(N):
        v = two ** (Decimal(k) / Decimal(N))
        h = to_double(v)
        t = to_double((v - Decimal(h)) / Decimal(h))
        tab.append(float_to_bits(t))
        tab.append((float_to_bits(h) - ((k << 52) // N)) & 0xFFFFFFFFFFFFFFFF)
    return tab


# Constants, copied as hexadecimal floats from glibc 2.36 sysdeps/ieee754/dbl-64/e_pow_log_data.c
# (ln2hi, ln2lo and poly, "relative error: 0x1.11922ap-70", already scaled as glibc scales them) and
# e_exp_data.c (invln2N, negln2hiN, negln2loN, the order-5 exp poly "abs error: 1.555*2^-66", shift).
POW_LOG_CONSTS = [
    ("LN2HI", "0x1.62e42fefa3800p-1", 1),
    ("LN2LO", "0x1.ef35793c76730p-45", 1),
    ("A0", "-0x1p-1", 1),
    ("A1", "0x1.555555555556p-2", -2),
    ("A2", "-0x1.0000000000006p-2", -2),
    ("A3", "0x1.999999959554ep-3", 4),
    ("A4", "-0x1.555555529a47ap-3", 4),
    ("A5", "0x1.2495b9b4845e9p-3", -8),
    ("A6", "-0x1.0002b8b263fc3p-3", -8),
]
EXP_CONSTS = [
    ("INV_LN2_N", "0x1.71547652b82fep0", 128),
    ("NEG_LN2_HI_N", "-0x1.62e42fefa0000p-8", 1),
    ("NEG_LN2_LO_N", "-0x1.cf79abc9e3b3ap-47", 1),
    ("C2", "0x1.ffffffffffdbdp-2", 1),
    ("C3", "0x1.555555555543cp-3", 1),
    ("C4", "0x1.55555cf172b91p-5", 1),
    ("C5", "0x1.1111167a4d017p-7", 1),
    ("SHIFT", "0x1.8p52", 1),
]


def const_value(hexstr, scale):
    return float.fromhex(hexstr) * scale  # exact: the scales are powers of two


def check_against_libm(logtab, exptab):
    path = None
    for cand in ["/usr/lib/x86_64-linux-gnu/libm.so.6", "/lib/x86_64-linux-gnu/libm.so.6", "/usr/lib64/libm.so.6"]:
        if os.path.exists(cand):
            path = cand
            break
    if path is None:
        print("no libm.so.6 found; bit-for-bit check skipped")
        return True
    data = open(path, "rb").read()
    # __pow_log_data.tab: {invc, pad (0), logc, logctail} per entry.
    log_bytes = b"".join(struct.pack("<dddd", a, 0.0, b, c) for a, b, c in logtab)
    exp_bytes = b"".join(struct.pack("<Q", b) for b in exptab)
    # struct pow_log_data: ln2hi, ln2lo, poly[7], tab[]; struct exp_data: invln2N, negln2hiN,
    # negln2loN, poly[4], shift, exp2_shift, exp2_poly[5] (exp2 only, from the same file), tab[]
    # (glibc 2.36 math_config.h).
    log_bytes = b"".join(struct.pack("<d", const_value(h, m)) for _, h, m in POW_LOG_CONSTS) + log_bytes
    exp_head = b"".join(struct.pack("<d", const_value(h, m)) for _, h, m in EXP_CONSTS)
    exp_bytes = exp_head + struct.pack("<d", float.fromhex("0x1.8p52") / N) + b"".join(
        struct.pack("<d", float.fromhex(h))
        for h in ["0x1.62e42fefa39efp-1", "0x1.ebfbdff82c424p-3", "0x1.c6b08d70cf4b5p-5", "0x1.3b2abd24650ccp-7", "0x1.5d7e09b4e3a84p-10"]
    ) + exp_bytes
    ok = True
    for name, blob in [("pow log data (constants + table)", log_bytes), ("exp data (constants + table)", exp_bytes)]:
        at = data.find(blob)
        print("%s: %s in %s" % (name, ("found at file offset 0x%x" % at) if at >= 0 else "NOT FOUND", path))
        ok = ok and at >= 0
    return ok


def fmt(x):
    r = repr(x)
    assert float(r) == x
    return r


def main():
    logtab = log_table()
    exptab = exp_table()
    lines = [
        "// Generated by `python3 scripts/pylib/gen-libm-tables.py`. Do not edit.",
        "// glibc's pow tables, rebuilt from the construction documented in glibc",
        "// sysdeps/ieee754/dbl-64/e_pow_log_data.c and e_exp_data.c (identical in glibc 2.28 .. 2.36).",
        "// `--check` verifies they equal the installed libm's bit for bit.",
        "",
    ]
    for name, h, m in POW_LOG_CONSTS + EXP_CONSTS:
        scaled = "" if m == 1 else " * %d" % m
        lines.append("/** %s%s */" % (h, scaled))
        lines.append("export const %s = %s;" % (name, fmt(const_value(h, m))))
    lines += [
        "",
        "/** __pow_log_data.tab: invc, logc, logctail per subinterval (128 entries, flattened). */",
        "export const POW_LOG_TAB: readonly number[] = [",
    ]
    for a, b, c in logtab:
        lines.append("  %s, %s, %s," % (fmt(a), fmt(b), fmt(c)))
    lines.append("];")
    lines.append("")
    lines.append("/** __exp_data.tab as [T[k], H[k]] pairs: 2^(k/128) ~= H[k] * (1 + T[k]) (H without glibc's exponent bias trick). */")
    lines.append("export const EXP_TAB: readonly number[] = [")
    for k in range(N):
        t = bits_to_float(exptab[2 * k])
        h = bits_to_float((exptab[2 * k + 1] + ((k << 52) // N)) & 0xFFFFFFFFFFFFFFFF)
        lines.append("  %s, %s," % (fmt(t), fmt(h)))
    lines.append("];")
    open(OUT, "w").write("\n".join(lines) + "\n")
    print("wrote %s" % OUT)
    if "--check" in sys.argv and not check_against_libm(logtab, exptab):
        sys.exit(1)


if __name__ == "__main__":
    main()
