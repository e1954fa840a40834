// Size-model adapter for dicts, sets, class instances and the remaining fixed-size objects.
// (Split from sizes.ts; filled in against objects/dict.ts, set.ts and instance.ts.)

import { pyErr } from "./exceptions";
import type { SizeExplanation } from "../memory/explain";
import type { PyDict, PyObject, PySet } from "./values";

type DictHow = "display" | "literal-empty" | "dict-call" | "comprehension" | "kwargs" | "fromkeys";

export function dictNewEmpty(_d: PyDict, _how: DictHow): void {}
export function dictInsert(_d: PyDict, _key: PyObject): void {}
export function dictDelete(_d: PyDict): void {}
export function dictPopitem(_d: PyDict): void {}
export function dictClear(_d: PyDict): void {}
export function dictMerge(_d: PyDict, _src: PyDict): void {}
export function dictMergeDone(_d: PyDict): void {}
export function dictCopy(_d: PyDict, _src: PyDict): void {}
export function dictDisplay(
  d: PyDict,
  keys: PyObject[],
  vals: PyObject[],
  insert: (d: PyDict, k: PyObject, v: PyObject) => void,
): void {
  for (let i = 0; i < keys.length; i++) insert(d, keys[i], vals[i]);
}
export function dictUnpackStart(_d: PyDict, _startsWithUnpack: boolean): void {}
export function dictUnpackFirstChunkIsDisplay(): boolean {
  return true;
}

export function setNew(_s: PySet): void {}
export function setAdd(_s: PySet, _x: PyObject, _k: unknown): void {}
export function setDiscard(_s: PySet, _x: PyObject, _k: unknown): void {}
export function setClear(_s: PySet): void {}
export function setMerge(_s: PySet, _src: PySet | PyDict): void {}
export function setMergeAdd(_s: PySet, _x: PyObject, _k: unknown): void {}
export function setConstFolded(_n: number): boolean {
  return false;
}
export function setFrozenConstant(_s: PySet, _n: number): void {}

export function explainInstance(o: PyObject): SizeExplanation {
  throw pyErr("NotImplementedError", `sys.getsizeof of '${o.cls.name}' instances is not modelled yet`);
}
export function explainOther(o: PyObject): SizeExplanation {
  throw pyErr("NotImplementedError", `sys.getsizeof of '${o.cls.name}' objects is not modelled yet`);
}

// ## Classes and instances

import type { PyType } from "./values";
export function classCreated(_t: PyType): void {}
export function instanceCreated(_t: PyType, _o: PyObject): void {}
export function instanceDictCreated(_o: PyObject, _d: PyDict): void {}
export function instanceAttrStore(_o: PyObject, _name: string): void {}
export function instanceAttrDelete(_o: PyObject, _name: string): void {}
export function basicSize(_t: PyType): number {
  return 16;
}
/** `dict(a=1, …)`: the keywords' path (3.6–3.8 merge of a presized kwargs dict, 3.9+ inserts). */
export function dictKwargsInto(_d: PyDict, kw: Map<string, PyObject>, insert: (k: string, v: PyObject) => void): void {
  for (const [k, v] of kw) insert(k, v);
}
let idCounter = 0;
const ids = new WeakMap<object, number>();
export function identityHash(o: PyObject): number {
  let v = ids.get(o);
  if (v === undefined) {
    v = ++idCounter * 16;
    ids.set(o, v);
  }
  return v;
}
/** `set.pop()`: the member CPython's finger scan returns first (undefined = first in iteration order). */
export function setPopCandidate(_s: PySet): PyObject | undefined {
  return undefined;
}
/** `dict.fromkeys(it)`: pre-sizing for exact dict / set sources (§6.4). */
export function dictFromkeysPrepare(_d: PyDict, _source: unknown, _keys: PyObject[]): void {}
