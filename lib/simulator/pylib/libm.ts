// glibc's double `pow` and `hypot`, bit for bit, as CPython calls them on x86-64 Linux (float `**`,
// complex `**`, abs(complex)).
//
// Algorithm: Szabolcs Nagy's (ARM optimized-routines), glibc ≥ 2.28 sysdeps/ieee754/dbl-64/e_pow.c:
// log(x) to ~68 bits with a 128-entry table and a degree-7 polynomial, then exp(y·log x) with a
// 2^(k/128) table and a degree-5 polynomial; worst error ~0.52 ulp, so NOT correctly rounded.
//
// Which operations are fused matters for the last bit. x86-64 glibc (2.36 here) picks `__pow_fma`
// (built with -mfma -mavx2, so `__FP_FAST_FMA` and GCC's default contraction apply) through an ifunc
// whenever the CPU has FMA and AVX2 (x86-64 CPUs since about 2013; on older ones glibc runs its generic
// build, whose last bits can differ from these). The order of
// operations below, and which multiply-adds are fused, follow that variant's machine code in Debian's
// glibc 2.36 libm (disassembled with objdump; see README.md). `fma` is emulated exactly.
// Tables and constants: libm-data.ts (generated, checked against the installed libm).

import * as D from "./libm-data";

// Local copies: a module namespace read can cost a getter call per access after transpilation.
const { A0, A1, A2, A3, A4, A5, A6, C2, C3, C4, C5, INV_LN2_N, LN2HI, LN2LO, NEG_LN2_HI_N, NEG_LN2_LO_N, SHIFT } = D;
const POW_LOG_TAB = Float64Array.from(D.POW_LOG_TAB);
const EXP_TAB = Float64Array.from(D.EXP_TAB);

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE ? 0 : 1;
const HI = LITTLE ? 1 : 0;

function highWord(x: number): number {
  F64[0] = x;
  return U32[HI]!;
}

function fromWords(hi: number, lo: number): number {
  U32[HI] = hi >>> 0;
  U32[LO] = lo >>> 0;
  return F64[0]!;
}

/** 2^e for an integer e in [-1022, 1023], exactly. */
function pow2(e: number): number {
  return fromWords((e + 1023) << 20, 0);
}

// ## Exact fused multiply-add

const SPLIT = 134217729; // 2^27 + 1 (Veltkamp splitting)
const BIG = 2 ** 960;
const TINY = 2 ** -900;

/**
 * fma(a, b, c) = a·b + c rounded once (to nearest, ties to even).
 * Fast path: Dekker's exact product, then Boldo & Melquiond's emulated FMA (TwoSum, a round-to-odd
 * addition, one final rounding; "Emulation of FMA and correctly rounded sums: proved algorithms
 * using rounding to odd", IEEE TC 2008), valid without overflow or underflow; BigInt otherwise.
 */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  const ap = Math.abs(p);
  if (p === 0) {
    if (a === 0 || b === 0) return p + c;
    return fmaExact(a, b, c);
  }
  if (!(ap < BIG && ap > TINY && Math.abs(c) < BIG)) return fmaExact(a, b, c);
  // p + e = a·b exactly
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const e = ah * bh - p + ah * bl + al * bh + al * bl;
  // s + u = p + c exactly (TwoSum)
  const s = p + c;
  const sb = s - p;
  const u = p - (s - sb) + (c - sb);
  // v = RO(u + e)
  let v = u + e;
  const vb = v - u;
  const w = u - (v - vb) + (e - vb);
  if (w !== 0) {
    F64[0] = v;
    let lo = U32[LO]!;
    if ((lo & 1) === 0) {
      // step one ulp towards the exact value: the neighbour there is odd
      let hi = U32[HI]!;
      if (v > 0 === w > 0) lo += 1;
      else if (lo === 0) {
        lo = 0xffffffff;
        hi -= 1;
      } else lo -= 1;
      v = fromWords(hi, lo);
    }
  }
  return s + v;
}

/**
 * a·b − p exactly, for p = RN(a·b) (Dekker): what fma(a, b, −p) returns. Needs |a|, |b| < 2^995 and
 * an error above the subnormal range, which holds at every call site in pow.
 */
function productError(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

function decompose(x: number): [bigint, number] {
  F64[0] = x;
  const hi = U32[HI]!;
  const lo = U32[LO]!;
  const ex = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (ex !== 0) m |= 1n << 52n;
  if (hi >>> 31) m = -m;
  return [m, (ex === 0 ? 1 : ex) - 1075];
}

/** fma through exact BigInt arithmetic (overflow, underflow, non-finite operands). */
export function fmaExact(a: number, b: number, c: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a * b + c;
  if (!Number.isFinite(c)) return c; // the exact product of finite a, b is finite
  const [ma, ea] = decompose(a);
  const [mb, eb] = decompose(b);
  const [mc, ec] = decompose(c);
  const ep = ea + eb;
  const e = Math.min(ep, ec);
  const sum = ((ma * mb) << BigInt(ep - e)) + (mc << BigInt(ec - e));
  if (sum === 0n) return a * b + c; // the sign of an exact zero follows IEEE addition
  const neg = sum < 0n;
  let m = neg ? -sum : sum;
  let ex = e;
  // keep 64 significant bits at most, the dropped ones folded into a sticky bit
  const bits = m.toString(2).length;
  if (bits > 64) {
    const drop = BigInt(bits - 64);
    const sticky = (m & ((1n << drop) - 1n)) !== 0n ? 1n : 0n;
    m = (m >> drop) | sticky;
    ex += bits - 64;
  }
  let r: number;
  const top = Math.min(bits, 64) - 1 + ex;
  if (top >= -1022) {
    r = Number(m); // rounds to 53 bits, half-even; m < 2^64 so the scaling below is exact
    if (top > 1023) r = Infinity;
    else {
      while (ex > 0) {
        const k = Math.min(ex, 1000);
        r *= 2 ** k;
        ex -= k;
      }
      while (ex < 0) {
        const k = Math.min(-ex, 1000);
        r *= 2 ** -k;
        ex += k;
      }
    }
  } else {
    // subnormal: round m·2^ex to a multiple of 2^-1074
    const sh = -1074 - ex;
    let q = m >> BigInt(sh);
    const rem = m - (q << BigInt(sh));
    const half = 1n << BigInt(sh - 1);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
    r = Number(q) * 2 ** -1074;
  }
  return neg ? -r : r;
}

// ## pow

/** 0: y not an integer, 1: odd integer, 2: even integer (y finite, non-zero). */
function checkint(y: number): number {
  if (!Number.isInteger(y)) return 0;
  if (Math.abs(y) >= 2 ** 53) return 2;
  return Math.abs(y % 2) === 1 ? 1 : 2;
}

const LOG_TAIL = new Float64Array(1); // second result of logInline (a typed array: no boxing)

/** log(x) = result + LOG_TAIL[0], x given by its high and low words (glibc's log_inline). */
function logInline(ixHi: number, ixLo: number): number {
  const tmpHi = (ixHi - 0x3fe69555) | 0; // ix - OFF, OFF = 0x3fe6955500000000
  const i = (tmpHi >>> 13) & 127;
  const k = tmpHi >> 20;
  const z = fromWords(ixHi - (tmpHi & 0xfff00000), ixLo);
  const kd = k;
  const invc = POW_LOG_TAB[3 * i]!;
  const logc = POW_LOG_TAB[3 * i + 1]!;
  const logctail = POW_LOG_TAB[3 * i + 2]!;

  const t1 = fma(kd, LN2HI, logc);
  const lo1 = fma(kd, LN2LO, logctail);
  // fma(z, invc, -1.0): exact, as glibc's table makes z/c - 1 representable; p - 1 is exact (Sterbenz)
  const zc = z * invc;
  const r = zc - 1.0 + productError(z, invc, zc);
  const ar = r * A0;
  const p1 = fma(r, A2, A1);
  const p3 = fma(r, A4, A3);
  const t2 = r + t1;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const lo3 = productError(ar, r, ar2); // fma(ar, r, -ar2)
  const lo2 = t1 - t2 + r;
  const p5 = fma(r, A6, A5);
  const hi = t2 + ar2;
  const lo4 = t2 - hi + ar2;
  const q = fma(ar2, fma(p5, ar2, p3), p1);
  const lo = fma(ar3, q, lo1 + lo2 + lo3 + lo4);
  const y = hi + lo;
  LOG_TAIL[0] = hi - y + lo;
  return y;
}

/** glibc's specialcase: scale·(1 + tmp) where 2^(k/128)'s exponent may leave the normal range. */
function expSpecial(tmp: number, k: number, h: number, sign: number): number {
  if (k >= 0) {
    const scale = sign * h * pow2((k >> 7) - 1009);
    return fma(tmp, scale, scale) * 2 ** 1009;
  }
  const scale = sign * h * pow2((k >> 7) + 1022);
  const sc = tmp * scale;
  let y = scale + sc;
  if (Math.abs(y) < 1.0) {
    // round to the final precision first, so that the scaling below rounds only once
    const one = y < 0 ? -1.0 : 1.0;
    let lo = scale - y + sc;
    const hi = y + one;
    lo = one - hi + y + lo;
    y = lo + hi - one;
    if (y === 0) y = sign < 0 ? -0 : 0;
  }
  return y * 2 ** -1022;
}

/** sign·exp(x + xtail) (glibc's exp_inline). */
function expInline(x: number, xtail: number, sign: number): number {
  let abstop = (highWord(x) >>> 20) & 0x7ff;
  if (abstop - 0x3c9 >= 0x3f || abstop < 0x3c9) {
    if (abstop < 0x3c9) return sign * (1.0 + x); // |x| < 2^-54
    if (abstop >= 0x409) return x < 0 ? sign * 0 : sign * Infinity; // |x| >= 1024
    abstop = 0; // 512 <= |x| < 1024: may overflow or underflow
  }
  const kds = fma(x, INV_LN2_N, SHIFT);
  const kd = kds - SHIFT;
  const k = kd; // an integer, |k| < 2^18
  let r = fma(kd, NEG_LN2_HI_N, x);
  r = fma(kd, NEG_LN2_LO_N, r);
  r = xtail + r;
  const idx = k & 127;
  const tail = EXP_TAB[2 * idx]!;
  const h = EXP_TAB[2 * idx + 1]!;
  const r2 = r * r;
  const tmp = fma(fma(C5, r, C4), r2 * r2, fma(fma(C3, r, C2), r2, r + tail));
  if (abstop === 0) return expSpecial(tmp, k, h, sign);
  const scale = sign * h * pow2(k >> 7);
  return fma(tmp, scale, scale);
}

/**
 * glibc's pow(x, y) for any doubles. Overflow gives ±Infinity and underflow ±0, as glibc returns
 * them (glibc also sets errno, which CPython's float_pow turns into OverflowError on infinity).
 */
export function glibcPow(x: number, y: number): number {
  F64[0] = x;
  let ixHi = U32[HI]!;
  const ixLo = U32[LO]!;
  let topx = ixHi >>> 20;
  const topy = highWord(y) >>> 20;
  let sign = 1;
  if (topx === 0 || topx - 1 >= 0x7fe || (topy & 0x7ff) - 0x3be >= 0x80 || (topy & 0x7ff) < 0x3be) {
    // x < 2^-1022, x inf or nan, x negative, or |y| < 2^-65, |y| >= 2^63, y inf or nan
    if (y === 0 || !Number.isFinite(y)) {
      if (y === 0) return 1.0;
      if (x === 1.0) return 1.0;
      if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
      const ax = Math.abs(x);
      if (ax === 1.0) return 1.0;
      if (ax < 1.0 === y > 0) return 0.0;
      return y * y;
    }
    if (x === 0 || !Number.isFinite(x)) {
      let x2 = x * x;
      const negX = x < 0 || Object.is(x, -0);
      if (negX && checkint(y) === 1) x2 = -x2;
      return y < 0 ? 1 / x2 : x2;
    }
    if (x < 0) {
      const yint = checkint(y);
      if (yint === 0) return NaN;
      if (yint === 1) sign = -1;
      ixHi &= 0x7fffffff;
      topx &= 0x7ff;
      x = -x;
    }
    const aty = topy & 0x7ff;
    if (aty - 0x3be >= 0x80 || aty < 0x3be) {
      if (x === 1.0) return 1.0;
      if (aty < 0x3be) return x > 1.0 ? 1.0 + y : 1.0 - y;
      return x > 1.0 === y > 0 ? Infinity : 0;
    }
    if (topx === 0) {
      // subnormal x: normalise, the exponent going negative through the sign bit
      F64[0] = x * 2 ** 52;
      ixHi = ((U32[HI]! & 0x7fffffff) - (52 << 20)) | 0;
      return powCore(ixHi, U32[LO]!, y, sign);
    }
  }
  return powCore(ixHi, ixLo, y, sign);
}

function powCore(ixHi: number, ixLo: number, y: number, sign: number): number {
  const hi = logInline(ixHi, ixLo);
  const lo = LOG_TAIL[0]!;
  const ehi = y * hi;
  const elo = fma(y, lo, productError(hi, y, ehi)); // fma(y, lo, fma(hi, y, -ehi))
  return expInline(ehi, elo, sign);
}

// ## hypot

/**
 * The kernel of glibc ≥ 2.35's hypot (sysdeps/ieee754/dbl-64/e_hypot.c): Borges' corrected
 * sqrt(ax² + ay²), "An Improved Algorithm for hypot(a,b)", arXiv:1904.09481. x86-64 glibc has no
 * FMA variant of hypot, so this is the plain-arithmetic branch (checked against Debian's libm 2.36
 * machine code). ax >= ay >= 0, scaled so that no square overflows or underflows.
 */
function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}

const HYPOT_SCALE = 2 ** -600;
const HYPOT_LARGE = 2 ** 511;
const HYPOT_TINY = 2 ** -459;
const HYPOT_EPS = 2 ** -54;

/** glibc's hypot(x, y), bit for bit (~0.8 ulp, not correctly rounded). */
export function glibcHypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
    return x + y;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x;
  const ay = x < y ? x : y;
  if (ax > HYPOT_LARGE) {
    if (ay <= ax * HYPOT_EPS) return ax + ay;
    return hypotKernel(ax * HYPOT_SCALE, ay * HYPOT_SCALE) / HYPOT_SCALE;
  }
  if (ay < HYPOT_TINY) {
    if (ax >= ay / HYPOT_EPS) return ax + ay;
    return hypotKernel(ax / HYPOT_SCALE, ay / HYPOT_SCALE) * HYPOT_SCALE;
  }
  if (ay <= ax * HYPOT_EPS) return ax + ay;
  return hypotKernel(ax, ay);
}
