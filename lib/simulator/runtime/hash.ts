// hash() of runtime values: CPython's numeric hashes (pylib) for int/float/complex, str and bytes as
// CPython hashes them with PYTHONHASHSEED=0 (SipHash with a zero key, pylib/siphash.ts), tuples and
// frozensets of those, None's constant hash on 3.12+, user `__hash__`, identity hashes otherwise. Sets
// store these hashes in their model's table, which is what makes set iteration order match CPython run
// with PYTHONHASHSEED=0 (the only deterministic setting; a randomized CPython differs per process).

import * as P from "../pylib";
import { hashKey, objectId, UserKey } from "./ops";
import { rt } from "./state";
import { PyBytes, PyComplex, PyFloat, PyInt, PyNoneType, PyObject, PySet, PyStr, PyTuple } from "./values";

export function hashOf(o: PyObject): bigint {
  const minor = rt.minor as P.PyMinor;
  if (o instanceof PyInt && o.cls.builtin) return P.hashInt(o.v);
  if (o instanceof PyStr && o.cls.builtin) return P.hashStr(o.v, minor);
  if (!o.cls.builtin) {
    const k = hashKey(o);
    if (k instanceof UserKey) return k.h === -1n ? -2n : k.h;
  }
  if (o instanceof PyInt) return P.hashInt(o.v);
  if (o instanceof PyFloat) return P.hashFloat(o.v, minor) ?? BigInt(objectId(o)) * 16n;
  if (o instanceof PyComplex) return P.hashComplex(o.re, o.im, minor) ?? BigInt(objectId(o)) * 16n;
  if (o instanceof PyTuple) return P.hashTuple(o.items.map(hashOf), minor);
  hashKey(o); // raises TypeError for unhashable types
  if (o instanceof PyStr) return P.hashStr(o.v, minor);
  if (o instanceof PyBytes) return P.hashBytes(o.v, minor);
  if (o instanceof PySet) return frozensetHash([...o.map.values()].map(hashOf));
  // @cpython Objects/object.c none_hash (3.12+, gh-99540): a constant; before, the address-based default
  if (o instanceof PyNoneType && minor >= 12) return 0xfca86420n;
  return BigInt(objectId(o)) * 16n;
}

const U64 = (1n << 64n) - 1n;

/** @cpython Objects/setobject.c _shuffle_bits (3.6 – 3.13) */
function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & U64;
}

/**
 * @cpython Objects/setobject.c frozenset_hash (unchanged 3.6 – 3.13): the xor of the shuffled hashes of
 * the active entries (null and dummy slots cancel out), the size, then a final dispersion; computed in
 * Py_uhash_t (unsigned 64-bit) and returned as Py_hash_t.
 */
export function frozensetHash(memberHashes: bigint[]): bigint {
  let h = 0n;
  for (const m of memberHashes) h ^= shuffleBits(m & U64);
  h ^= ((BigInt(memberHashes.length) + 1n) * 1927868237n) & U64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & U64;
  if (h === U64) h = 590923713n;
  return BigInt.asIntN(64, h);
}
