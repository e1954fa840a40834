// hash() of runtime values: CPython's numeric hashes (pylib) for int/float/complex and tuples of them,
// user `__hash__`, identity hashes otherwise. Sets store these hashes in their model's table, which is
// what makes set iteration order match CPython for numbers and tuples. (str hashes are randomized per
// process in CPython, so any deterministic value is as faithful as another.)

import * as P from "../pylib";
import { hashKey, objectId, UserKey } from "./ops";
import { rt } from "./state";
import { PyBytes, PyComplex, PyFloat, PyInt, PyObject, PySet, PyStr, PyTuple } from "./values";

export function hashOf(o: PyObject): bigint {
  const minor = rt.minor as P.PyMinor;
  if (o instanceof PyInt && o.cls.builtin) return P.hashInt(o.v);
  if (o instanceof PyStr && o.cls.builtin) return strHash(o.v);
  if (!o.cls.builtin) {
    const k = hashKey(o);
    if (k instanceof UserKey) return k.h === -1n ? -2n : k.h;
  }
  if (o instanceof PyInt) return P.hashInt(o.v);
  if (o instanceof PyFloat) return P.hashFloat(o.v, minor) ?? BigInt(objectId(o)) * 16n;
  if (o instanceof PyComplex) return P.hashComplex(o.re, o.im, minor) ?? BigInt(objectId(o)) * 16n;
  if (o instanceof PyTuple) return P.hashTuple(o.items.map(hashOf), minor);
  hashKey(o); // raises TypeError for unhashable types
  if (o instanceof PyStr) return strHash(o.v);
  if (o instanceof PyBytes) {
    let s = "";
    for (const b of o.v) s += String.fromCharCode(b);
    return strHash(s);
  }
  if (o instanceof PySet) {
    let h = 0n;
    for (const v of o.map.values()) h ^= hashOf(v);
    return h === -1n ? -2n : h;
  }
  return BigInt(objectId(o)) * 16n;
}

const MASK = (1n << 64n) - 1n;
/** A fixed 64-bit FNV-1a hash of the UTF-16 units, as a signed value (never -1). */
function strHash(s: string): bigint {
  if (s.length === 0) return 0n;
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i));
    h = (h * 0x100000001b3n) & MASK;
  }
  const signed = BigInt.asIntN(64, h);
  return signed === -1n ? -2n : signed;
}
