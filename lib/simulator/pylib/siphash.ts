/**
 * CPython's str and bytes hash with PYTHONHASHSEED=0: SipHash-2-4 (3.6 – 3.10) or SipHash-1-3 (3.11+,
 * `sys.hash_info.algorithm`), keyed with k0 = k1 = 0, over the object's raw data.
 *
 * @cpython Python/pyhash.c `_Py_HashBytes`: length 0 hashes to 0; Py_HASH_CUTOFF is 0 in every build,
 *   so there is no small-string DJBX33A path; a result of -1 becomes -2. `siphash24` / `siphash13` are
 *   the reference SipHash with the final `v0 ^ v1 ^ v2 ^ v3`.
 * @cpython Python/bootstrap_hash.c `_Py_HashRandomization_Init`: PYTHONHASHSEED=0 zeroes the secret.
 * @cpython Objects/unicodeobject.c `unicode_hash`: `_Py_HashBytes(PyUnicode_DATA(self),
 *   PyUnicode_GET_LENGTH(self) * PyUnicode_KIND(self))` — the PEP 393 buffer, 1, 2 or 4 bytes per code
 *   point (little-endian on x86-64), kind chosen by the largest code point.
 *
 * 64-bit lanes are kept as two uint32 halves so the hot path never allocates BigInts; only the result
 * is converted. Checked against the eight real interpreters (tests/unit/simulator/siphash.test.ts and
 * scripts/golden/measure-hashes.py).
 */

const out = new DataView(new ArrayBuffer(8));

/** SipHash-c-d of `data[0 .. len)` with key (0, 0), as CPython's signed Py_hash_t (-1 → -2, empty → 0). */
export function sipHashBytes(data: Uint8Array, len: number, minor: number): bigint {
  if (len === 0) return 0n;
  const c = minor >= 11 ? 1 : 2;
  const d = minor >= 11 ? 3 : 4;
  // 64-bit lanes as (hi, lo) uint32 locals. k0 = k1 = 0: v0..v3 = "somepseu" "dorandom" "lygenera" "tedbytes"
  let v0h = 0x736f6d65, v0l = 0x70736575;
  let v1h = 0x646f7261, v1l = 0x6e646f6d;
  let v2h = 0x6c796765, v2l = 0x6e657261;
  let v3h = 0x74656462, v3l = 0x79746573;
  const whole = len >>> 3; // full 8-byte blocks; one more block carries the tail and (len & 0xff) << 56
  let block = 0;
  let round = 0;
  let mh = 0, ml = 0;
  for (;;) {
    if (round === 0) {
      if (block < whole) {
        const i = block << 3;
        ml = (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24)) >>> 0;
        mh = (data[i + 4] | (data[i + 5] << 8) | (data[i + 6] << 16) | (data[i + 7] << 24)) >>> 0;
      } else if (block === whole) {
        ml = 0;
        mh = ((len & 0xff) << 24) >>> 0;
        const base = whole << 3;
        for (let j = 0; j < len - base; j++) {
          if (j < 4) ml = (ml | (data[base + j] << (8 * j))) >>> 0;
          else mh = (mh | (data[base + j] << (8 * (j - 4)))) >>> 0;
        }
      }
      if (block <= whole) {
        v3l = (v3l ^ ml) >>> 0;
        v3h = (v3h ^ mh) >>> 0;
      } else v2l = (v2l ^ 0xff) >>> 0; // finalization
    }
    // SipRound
    let lo = (v0l + v1l) >>> 0;
    v0h = (v0h + v1h + (lo < v0l ? 1 : 0)) >>> 0;
    v0l = lo;
    let t = ((v1h << 13) | (v1l >>> 19)) >>> 0;
    v1l = (((v1l << 13) | (v1h >>> 19)) ^ v0l) >>> 0;
    v1h = (t ^ v0h) >>> 0;
    t = v0h;
    v0h = v0l;
    v0l = t;
    lo = (v2l + v3l) >>> 0;
    v2h = (v2h + v3h + (lo < v2l ? 1 : 0)) >>> 0;
    v2l = lo;
    t = ((v3h << 16) | (v3l >>> 16)) >>> 0;
    v3l = (((v3l << 16) | (v3h >>> 16)) ^ v2l) >>> 0;
    v3h = (t ^ v2h) >>> 0;
    lo = (v0l + v3l) >>> 0;
    v0h = (v0h + v3h + (lo < v0l ? 1 : 0)) >>> 0;
    v0l = lo;
    t = ((v3h << 21) | (v3l >>> 11)) >>> 0;
    v3l = (((v3l << 21) | (v3h >>> 11)) ^ v0l) >>> 0;
    v3h = (t ^ v0h) >>> 0;
    lo = (v2l + v1l) >>> 0;
    v2h = (v2h + v1h + (lo < v2l ? 1 : 0)) >>> 0;
    v2l = lo;
    t = ((v1h << 17) | (v1l >>> 15)) >>> 0;
    v1l = (((v1l << 17) | (v1h >>> 15)) ^ v2l) >>> 0;
    v1h = (t ^ v2h) >>> 0;
    t = v2h;
    v2h = v2l;
    v2l = t;
    round++;
    if (block <= whole) {
      if (round === c) {
        v0l = (v0l ^ ml) >>> 0;
        v0h = (v0h ^ mh) >>> 0;
        round = 0;
        block++;
      }
    } else if (round === d) break;
  }
  const hi = (v0h ^ v1h ^ v2h ^ v3h) >>> 0;
  const lo = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
  if (hi === 0xffffffff && lo === 0xffffffff) return -2n;
  out.setUint32(0, lo, true);
  out.setUint32(4, hi, true);
  return out.getBigInt64(0, true);
}

let scratch = new Uint8Array(256);

/** A buffer of at least n bytes: the shared scratch up to 64 KiB, a one-off buffer beyond (not retained). */
function ensure(n: number): Uint8Array {
  if (n > 65536) return new Uint8Array(n);
  if (scratch.length < n) scratch = new Uint8Array(Math.max(n, scratch.length * 2));
  return scratch;
}

/** The PEP 393 kind (1, 2 or 4 bytes per code point) of a JS string holding a Python str. */
export function pep393Kind(s: string): 1 | 2 | 4 {
  let kind: 1 | 2 | 4 = 1;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u < 0x100) continue;
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < s.length) {
      const w = s.charCodeAt(i + 1);
      if (w >= 0xdc00 && w <= 0xdfff) return 4;
    }
    kind = 2;
  }
  return kind;
}

const cache = new Map<string, bigint>();
const cacheMinor = { v: -1 };
const CACHE_MAX = 4096;
const CACHE_MAX_LENGTH = 256;

/**
 * hash(str) under PYTHONHASHSEED=0. A JS string holds a Python str as UTF-16; a well-formed surrogate
 * pair is one astral code point, a lone surrogate is a code point of its own (kind 2), as in str.ts.
 */
export function hashStr(s: string, minor: number): bigint {
  if (s.length === 0) return 0n;
  if (cacheMinor.v !== minor) {
    cache.clear();
    cacheMinor.v = minor;
  }
  const cacheable = s.length <= CACHE_MAX_LENGTH; // long strings are not kept alive by the cache
  const hit = cacheable ? cache.get(s) : undefined;
  if (hit !== undefined) return hit;
  const kind = pep393Kind(s);
  let n = 0;
  let buf: Uint8Array;
  if (kind === 1) {
    buf = ensure(s.length);
    for (let i = 0; i < s.length; i++) buf[i] = s.charCodeAt(i);
    n = s.length;
  } else if (kind === 2) {
    buf = ensure(2 * s.length);
    for (let i = 0; i < s.length; i++) {
      const u = s.charCodeAt(i);
      buf[n++] = u & 0xff;
      buf[n++] = u >>> 8;
    }
  } else {
    buf = ensure(4 * s.length);
    for (let i = 0; i < s.length; i++) {
      let cp = s.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
        const w = s.charCodeAt(i + 1);
        if (w >= 0xdc00 && w <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (w - 0xdc00);
          i++;
        }
      }
      buf[n++] = cp & 0xff;
      buf[n++] = (cp >>> 8) & 0xff;
      buf[n++] = cp >>> 16;
      buf[n++] = 0;
    }
  }
  const h = sipHashBytes(buf, n, minor);
  if (cacheable) {
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(s, h);
  }
  return h;
}

/** hash(bytes) under PYTHONHASHSEED=0 (Objects/bytesobject.c bytes_hash → _Py_HashBytes). */
export function hashBytes(b: Uint8Array, minor: number): bigint {
  return sipHashBytes(b, b.length, minor);
}
