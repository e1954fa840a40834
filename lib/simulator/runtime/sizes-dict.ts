// Size-model adapter for dicts, sets, class instances and the fixed-size objects (split from sizes.ts).
// Dicts get a DictLayout driven with KeyInfo (exact-str or not, new or not); sets own a SetLayout that
// is a real CPython hash table fed CPython's hashes (str/bytes as with PYTHONHASHSEED=0), so iteration
// order matches CPython; each class gets a ClassLayout and each instance an InstanceLayout whose
// key-sharing state follows the class.

import { LayoutError, type IterSource, type KeyInfo } from "../objects/common";
import { DictLayout, type DictDisplayElement, type DisplayKey, type FromKeysSource } from "../objects/dict";
import { SetLayout, type SetEntry, type StarredSetElement } from "../objects/set";
import { ClassLayout, InstanceLayout, type BuiltinBaseName } from "../objects/instance";
import { ListLayout } from "../objects/list";
import { TupleLayout } from "../objects/tuple";
import { IntLayout } from "../objects/int";
import { StrLayout } from "../objects/str";
import { FloatLayout, ComplexLayout } from "../objects/float";
import { BytesLayout, ByteArrayLayout } from "../objects/bytes";
import { FixedLayout } from "../objects/misc";
import { gcHeaderPart, makeExplanation, repeated, type SizeExplanation } from "../memory/explain";
import { POINTER_SIZE } from "../memory/struct";
import type * as AST from "../source/ast";
import { pyErr } from "./exceptions";
import { eq, hashKey, mapKey, UserKey, objectId } from "./ops";
import { rt } from "./state";
import * as T from "./types";
import {
  PyBool,
  PyBoundMethod,
  PyBuiltinFunction,
  PyByteArray,
  PyBytes,
  PyClassMethod,
  PyComplex,
  PyDict,
  PyEllipsisType,
  PyException,
  PyFloat,
  PyFunction,
  PyInstance,
  PyInt,
  PyIterator,
  PyList,
  PyModule,
  PyNoneType,
  PyNotImplementedType,
  PyObject,
  PyProperty,
  PyRange,
  PySet,
  PySlice,
  PyStaticMethod,
  PyStr,
  PyTuple,
  PyType,
  type DictEntry,
} from "./values";
import { hashOf } from "./hash";
import { explainStruct, isMethodWrapper } from "./sizes-misc";

type DictHow = "display" | "literal-empty" | "dict-call" | "comprehension" | "kwargs" | "fromkeys";

// ## dict

/** KeyInfo of a Python key as CPython's dict code sees it. */
export function keyInfo(key: PyObject, isNew: boolean): KeyInfo {
  return key instanceof PyStr && key.cls === T.strType ? { str: key.v, isNew } : { isNew };
}

type InstDict = PyDict & { inst?: InstanceLayout };

/** The dict's model (instance dicts materialize the instance's dict layout on first use). */
function dm(d: PyDict): DictLayout {
  if (d.m === null) {
    const inst = (d as InstDict).inst;
    d.m = inst ? inst.dict() : DictLayout.pyDictNew(rt.profile);
  }
  return d.m as DictLayout;
}

export function dictNewEmpty(d: PyDict, how: DictHow): void {
  const p = rt.profile;
  switch (how) {
    case "display":
    case "literal-empty":
      d.m = DictLayout.fromEmptyDisplay(p);
      return;
    case "comprehension":
      d.m = DictLayout.fromComprehension(p);
      return;
    case "dict-call":
    case "fromkeys":
      d.m = DictLayout.fromCall(p);
      return;
    case "kwargs":
      d.m = DictLayout.pyDictNew(p);
      return;
  }
}

/**
 * The keyword dict a METH_VARARGS|METH_KEYWORDS builtin (`d.update(a=1)`) receives.
 * @cpython Objects/call.c _PyStack_AsDict: `_PyDict_NewPresized(nkwargs)` then one PyDict_SetItem per keyword.
 */
export function dictNewCCallKwargs(d: PyDict, n: number): void {
  d.m = DictLayout.presized(rt.profile, n, true);
}

/** A new key was inserted (the runtime calls this only for keys not yet present). */
export function dictInsert(d: PyDict, key: PyObject): void {
  dm(d).setItem(keyInfo(key, true));
}
export function dictDelete(d: PyDict, key?: PyObject): void {
  dm(d).delItem(key ? keyInfo(key, false) : undefined);
}
export function dictPopitem(d: PyDict): void {
  dm(d).popitem();
}
export function dictClear(d: PyDict): void {
  dm(d).clear();
}
/** `d.update(src)` / `{**src}` / `dict(src)` with an exact dict source: called before inserting. */
export function dictMerge(d: PyDict, src: PyDict): void {
  const keys: KeyInfo[] = [];
  for (const e of src.entries) if (e.key !== null) keys.push(keyInfo(e.key, !d.map.has(e.hk)));
  if (!src.cls.builtin) {
    for (const k of keys) dm(d).setItem(k);
    return;
  }
  dm(d).update(dm(src), keys);
}
export function dictMergeDone(_d: PyDict): void {}
/** `d.copy()`: PyDict_Copy decides between a clone and a merge. */
export function dictCopy(d: PyDict, src: PyDict): void {
  const keys: KeyInfo[] = [];
  for (const e of src.entries) if (e.key !== null) keys.push(keyInfo(e.key, true));
  d.m = dm(src).copy(keys);
  if ((d.m as DictLayout).isSplit) liveSplitCopies.n++;
}

/**
 * Copies of instance dicts share the class's keys (3.6–3.10 reference-count them: a second holder stops
 * the keys from being re-shared on growth). Without a reference-counting heap we release a copy when the
 * variable holding it is rebound or deleted, the common way such a copy dies in short programs.
 */
export const liveSplitCopies = { n: 0 };
export function releaseIfSplitCopy(o: PyObject | undefined): void {
  if (o instanceof PyDict && !(o as InstDict).inst && o.m !== null && (o.m as DictLayout).isSplit) {
    (o.m as DictLayout).release();
    liveSplitCopies.n--;
  }
}

const idOf = new Map<unknown, number>();
function displayKey(k: PyObject, hk: unknown): DisplayKey {
  let id = idOf.get(hk);
  if (id === undefined) {
    id = idOf.size + 1;
    idOf.set(hk, id);
  }
  return k instanceof PyStr && k.cls === T.strType ? { id, str: k.v } : { id };
}

/** Inserts an entry into the JS storage without touching the model. */
export function rawSet(d: PyDict, key: PyObject, value: PyObject, hk: unknown): void {
  const e = d.map.get(hk);
  if (e !== undefined) {
    e.value = value;
    return;
  }
  const ne: DictEntry = { key, value, hk };
  d.map.set(hk, ne);
  d.entries.push(ne);
}

/** One part of a dict display, evaluated: a literal item or a `**mapping`. */
export type DictDisplayPart =
  | { kind: "item"; key: PyObject; value: PyObject }
  | { kind: "unpack"; src: PyObject; pairs: [PyObject, PyObject][] };

/** `{k: v, **m, …}`: contents in order, and the model built the way the compiler builds it. */
export function dictFromDisplay(d: PyDict, parts: DictDisplayPart[]): void {
  idOf.clear();
  const elements: DictDisplayElement[] = [];
  for (const part of parts) {
    if (part.kind === "item") {
      const hk = mapKey(d.map, part.key);
      elements.push({ kind: "item", key: displayKey(part.key, hk) });
      rawSet(d, part.key, part.value, hk);
    } else {
      const keys: DisplayKey[] = [];
      for (const [k, v] of part.pairs) {
        const hk = mapKey(d.map, k);
        keys.push(displayKey(k, hk));
        rawSet(d, k, v, hk);
      }
      const src = part.src instanceof PyDict && part.src.cls.builtin ? dm(part.src) : null;
      elements.push({ kind: "unpack", source: src, keys });
    }
  }
  d.m = DictLayout.fromDisplay(rt.profile, elements);
}

/** `dict(a=1, …)` on a dict just made by `dict()`: the keywords path (§6.5). */
export function dictKwargsInto(d: PyDict, kw: Map<string, PyObject>, insert: (k: string, v: PyObject) => void, fresh = false): void {
  if (fresh && d.cls.builtin) {
    d.m = DictLayout.fromKwargs(rt.profile, [...kw.keys()]);
    for (const [k, v] of kw) rawSet(d, T.pyStr(k), v, k);
    return;
  }
  for (const [k, v] of kw) insert(k, v);
}

/** `dict.fromkeys(src, v)`: the model pre-sizes for exact dict/set sources (§6.4); contents raw. */
export function dictFromKeys(d: PyDict, src: PyObject, keys: PyObject[], value: PyObject): void {
  let source: FromKeysSource = { kind: "other" };
  if (src.cls.builtin) {
    if (src instanceof PyDict) source = { kind: "dict", source: dm(src) };
    else if (src instanceof PySet) source = { kind: src.frozen ? "frozenset" : "set", length: src.map.size };
  }
  const infos: KeyInfo[] = [];
  for (const k of keys) {
    const hk = mapKey(d.map, k);
    infos.push(keyInfo(k, !d.map.has(hk)));
    rawSet(d, k, value, hk);
  }
  d.m = DictLayout.fromKeys(rt.profile, source, infos);
}

// ## set

function setEq(a: PyObject, b: PyObject): boolean {
  return eq(a, b);
}

function sm(s: PySet): SetLayout<PyObject> {
  if (s.m === null) {
    const m = SetLayout.empty<PyObject>(rt.profile, setEq, s.frozen);
    for (const v of s.map.values()) m.add(v, hashOf(v));
    s.m = m;
  }
  return s.m as SetLayout<PyObject>;
}

export function setNew(s: PySet): void {
  s.m = SetLayout.empty<PyObject>(rt.profile, setEq, s.frozen);
}
export function setAdd(s: PySet, x: PyObject, _k: unknown): void {
  sm(s).add(x, hashOf(x));
}
export function setDiscard(s: PySet, x: PyObject, _k: unknown): void {
  sm(s).discard(x, hashOf(x));
}
export function setClear(s: PySet): void {
  sm(s).clear();
}
/** set_merge / the dict branch of set_update_internal; members are then added to the map by the caller. */
export function setMerge(s: PySet, src: PySet | PyDict): void {
  if (src instanceof PySet) sm(s).mergeSet(sm(src));
  else {
    const entries: SetEntry<PyObject>[] = [];
    for (const e of src.entries) if (e.key !== null) entries.push({ key: e.key, hash: hashOf(e.key) });
    sm(s).updateFromDict(entries);
  }
}
export function setMergeAdd(_s: PySet, _x: PyObject, _k: unknown): void {}

/** A set display without starred items: members in source order, the compiler's path (§7.3). */
export function setFromDisplay(s: PySet, items: PyObject[], allConstant: boolean): void {
  const entries = items.map((x) => ({ key: x, hash: hashOf(x) }));
  s.m = SetLayout.fromDisplay<PyObject>(rt.profile, setEq, entries, { allConstant });
  for (const x of items) {
    const k = mapKey(s.map, x);
    if (!s.map.has(k)) s.map.set(k, x);
  }
}

/** One part of a set display with `*x`: a plain item, or a starred source (items null for set/dict sources). */
export type SetDisplayPart = { kind: "item"; value: PyObject } | { kind: "star"; src: PyObject; items: PyObject[] | null };

export function setFromStarredDisplay(s: PySet, parts: SetDisplayPart[]): void {
  const elements: StarredSetElement<PyObject>[] = [];
  const add = (x: PyObject) => {
    const k = mapKey(s.map, x);
    if (!s.map.has(k)) s.map.set(k, x);
  };
  for (const p of parts) {
    if (p.kind === "item") {
      elements.push({ kind: "item", entry: { key: p.value, hash: hashOf(p.value) } });
      add(p.value);
    } else if (p.items === null && p.src instanceof PySet) {
      elements.push({ kind: "set", set: sm(p.src) });
      for (const v of p.src.map.values()) add(v);
    } else if (p.items === null && p.src instanceof PyDict) {
      const entries: SetEntry<PyObject>[] = [];
      for (const e of p.src.entries) if (e.key !== null) entries.push({ key: e.key, hash: hashOf(e.key) });
      elements.push({ kind: "dict", entries });
      for (const e of entries) add(e.key);
    } else {
      const items = p.items ?? [];
      elements.push({ kind: "iterable", entries: items.map((x) => ({ key: x, hash: hashOf(x) })) });
      for (const x of items) add(x);
    }
  }
  s.m = SetLayout.fromStarredDisplay<PyObject>(rt.profile, setEq, elements);
}

/** Members in CPython's table order. */
export function setOrderOf(s: PySet): PyObject[] {
  return [...sm(s).keys()];
}

/** Rebuilds the JS lookup map from the model's table (after model-level set algebra). */
function syncFromModel(s: PySet): void {
  s.map.clear();
  for (const x of sm(s).keys()) s.map.set(mapKey(s.map, x), x);
}

/** Set algebra through the model (so the result's table follows CPython's construction). */
export function setAlgebra(op: "union" | "intersection" | "difference" | "symmetric_difference", a: PySet, b: PySet, frozen: boolean): PySet {
  const r = new PySet();
  r.frozen = frozen;
  const ma = sm(a);
  const mb = sm(b);
  let m: SetLayout<PyObject>;
  switch (op) {
    case "union":
      m = ma.union(mb);
      break;
    case "intersection":
      m = ma.intersection(mb);
      break;
    case "difference":
      m = ma.difference(mb);
      break;
    default:
      m = ma.symmetricDifference(mb);
  }
  (m as unknown as { typeName: string }).typeName = frozen ? "frozenset" : "set";
  r.m = m;
  syncFromModel(r);
  return r;
}

export function setInplace(op: "intersection" | "difference" | "symmetric_difference", a: PySet, b: PySet): void {
  const ma = sm(a);
  const mb = sm(b);
  if (op === "intersection") ma.intersectionUpdate(mb);
  else if (op === "difference") ma.differenceUpdate(mb);
  else ma.symmetricDifferenceUpdate(mb);
  syncFromModel(a);
}

/**
 * The set methods with an argument that is not a set: CPython iterates the argument, so the result's
 * table follows its iteration order. @cpython Objects/setobject.c set_intersection (non-set branch: add
 * each element found in so), set_copy_and_difference (copy, then discard each element).
 */
export function setAlgebraIterable(op: "intersection" | "difference", a: PySet, items: PyObject[], frozen: boolean): PySet {
  const entries = items.map((x) => ({ key: x, hash: hashOf(x) }));
  const m = op === "intersection" ? sm(a).intersectionWithIterable(entries) : sm(a).differenceWithIterable(entries);
  m.asFrozen(frozen);
  const r = new PySet();
  r.frozen = frozen;
  r.m = m;
  syncFromModel(r);
  return r;
}

/**
 * `s.intersection_update(it)` (a new table in `it`'s order swapped in), `s.difference_update(it)`
 * (discards, then the dummy check) and `s.symmetric_difference_update(d)` for an exact dict `d` (discard
 * or add each key in dict order, no temporary set). @cpython Objects/setobject.c
 * set_intersection_update, set_difference_update_internal, set_symmetric_difference_update
 */
export function setInplaceIterable(op: "intersection" | "difference" | "symmetric_difference_dict", a: PySet, items: PyObject[]): void {
  const entries = items.map((x) => ({ key: x, hash: hashOf(x) }));
  const m = sm(a);
  if (op === "intersection") m.intersectionUpdateWithIterable(entries);
  else if (op === "difference") m.differenceUpdateFromIterable(entries);
  else for (const e of entries) if (!m.discard(e.key, e.hash)) m.add(e.key, e.hash);
  syncFromModel(a);
}

export function setConstFolded(_n: number): boolean {
  return false;
}
export function setFrozenConstant(_s: PySet, _n: number): void {}

/** `set.pop()`: CPython's finger scan picks the member; it is removed from the model here. */
export function setPopCandidate(s: PySet): PyObject | undefined {
  const e = sm(s).pop();
  if (!e) return undefined;
  s.map.delete(mapKey(s.map, e.key));
  return e.key;
}

// ## Classes and instances

type WithLayout = PyType & { sizeState: ClassLayout | null };
type WithInst = PyObject & { im?: InstanceLayout };

function builtinBaseName(t: PyType): BuiltinBaseName {
  const l = t.layout;
  if (l.isSubtypeOf(T.baseExceptionType)) return l === T.baseExceptionType ? "BaseException" : "Exception";
  switch (l.name) {
    case "int":
    case "float":
    case "complex":
    case "str":
    case "bytes":
    case "bytearray":
    case "tuple":
    case "list":
    case "dict":
    case "set":
    case "frozenset":
      return l.name;
    default:
      return "object";
  }
}

export function classCreated(t: PyType): void {
  const userBase = t.bases.find((b) => !b.builtin && (b as WithLayout).sizeState);
  const flags = (t as PyType & { slotFlags?: { dict: boolean; weakref: boolean } }).slotFlags;
  let slots: string[] | null = null;
  if (t.slots !== null) {
    slots = [...t.slots];
    if (flags?.dict) slots.push("__dict__");
    if (flags?.weakref) slots.push("__weakref__");
  }
  try {
    t.sizeState = ClassLayout.create(rt.profile, {
      name: t.name,
      base: userBase ? ((userBase as WithLayout).sizeState as ClassLayout) : builtinBaseName(t),
      slots,
    });
  } catch (e) {
    if (e instanceof LayoutError) throw pyErr(e.pyType, e.message);
    throw e;
  }
}

function valueLayoutOf(o: PyObject): import("../objects/common").Layout | undefined {
  const p = rt.profile;
  if (o instanceof PyList) return (o.m ??= ListLayout.exact(p, o.items.length)) as ListLayout;
  if (o instanceof PyDict) return dm(o);
  if (o instanceof PySet) return sm(o);
  if (o instanceof PyTuple) return TupleLayout.of(p, o.items.length);
  if (o instanceof PyInt) return IntLayout.of(p, o.v);
  if (o instanceof PyStr) return StrLayout.forSubclass(p, o.v);
  if (o instanceof PyFloat) return FloatLayout.of(p);
  if (o instanceof PyComplex) return ComplexLayout.of(p);
  if (o instanceof PyBytes) return BytesLayout.of(p, o.v.length);
  if (o instanceof PyByteArray) return (o.m ??= ByteArrayLayout.exact(p, o.v.length)) as ByteArrayLayout;
  return undefined;
}

export function instanceCreated(t: PyType, o: PyObject): void {
  const cl = (t as WithLayout).sizeState;
  if (!cl) return;
  const im = cl.newInstance(valueLayoutOf(o));
  (o as WithInst).im = im;
  if (o.attrs !== null) (o.attrs as InstDict).inst = im;
}
export function instanceDictCreated(_o: PyObject, _d: PyDict): void {}
/** `obj.name = v` stored in the instance dict (called before the store; `isNew` from the current dict). */
export function instanceAttrStore(o: PyObject, name: string): void {
  const im = (o as WithInst).im;
  if (!im) return;
  const isNew = !o.attrs!.map.has(name);
  if (o.attrs!.m !== null && o.attrs!.m !== im.dict()) {
    (o.attrs!.m as DictLayout).setItem({ str: name, isNew });
    return;
  }
  im.setAttr(name, isNew);
}
export function instanceAttrDelete(o: PyObject, name: string): void {
  const im = (o as WithInst).im;
  if (im) im.delAttr(name);
}
/** `obj.__dict__`: bind the attrs dict to the instance's dict layout. */
export function instanceDictAccess(o: PyObject): void {
  const im = (o as WithInst).im;
  if (im && o.attrs && o.attrs.m === null) o.attrs.m = im.dict();
}
export function basicSize(t: PyType): number {
  const cl = (t as WithLayout).sizeState;
  return cl ? cl.basicsize : 16;
}

/** object.__hash__: the same identity hash as hash() (runtime/hash.ts), numbered per run. */
export function identityHash(o: PyObject): number {
  return objectId(o) * 16;
}

// ## getsizeof of instances and fixed-size objects

export function explainInstance(o: PyObject): SizeExplanation {
  const p = rt.profile;
  const im = (o as WithInst).im;
  if (im) return im.explain();
  if (o instanceof PyDict && o.cls.name === "OrderedDict" && o.cls.module === "collections") return explainOrderedDict(o);
  if (o instanceof PyTuple && o.cls.tupleFields) return TupleLayout.named(p, o.items.length, o.cls.name).explain();
  if (o instanceof PyException) return FixedLayout.of(p, "BaseException", o.cls.name).explain();
  if (o instanceof PyType) return FixedLayout.of(p, "type", "type").explain();
  throw pyErr("NotImplementedError", `sys.getsizeof of '${o.cls.name}' objects is not modelled by the simulator`);
}

/**
 * `sys.getsizeof(cls)`: a class of the program is a heap type, sized by its ClassLayout (PyHeapTypeObject
 * + the cached shared keys, @cpython Objects/typeobject.c type___sizeof___impl); built-in types are the
 * static PyTypeObject (measured, rule book §9).
 */
function explainTypeObject(t: PyType): SizeExplanation {
  if (t.builtin) return FixedLayout.of(rt.profile, "type").explain();
  const cl = (t as WithLayout).sizeState;
  if (cl) return cl.typeObject().explain();
  throw pyErr("NotImplementedError", `sys.getsizeof of the class object '${t.name}' is not modelled by the simulator`);
}

/**
 * A generator object from a generator expression. 3.6 – 3.10: a fixed struct (measured, §9). 3.11+ the
 * object embeds its frame: @cpython Objects/genobject.c gen_sizeof = offsetof(PyGenObject, gi_iframe) +
 * offsetof(_PyInterpreterFrame, localsplus) + (co_nlocalsplus + co_stacksize) pointers, and the stack
 * depth is only known to CPython's compiler. The measured value holds for `(x for x in it)` where the
 * element is a name, a constant or `name.attr` (scripts/golden/measure-objects.py); other shapes are
 * reported as not modelled rather than given a wrong size.
 */
function explainGenerator(o: PyIterator): SizeExplanation {
  const p = rt.profile;
  const e = (o as PyIterator & { genexpr?: AST.GeneratorExp }).genexpr;
  if (p.minor >= 11 && e) {
    const g = e.generators;
    const elt = e.elt;
    const simpleElt = elt.kind === "Name" || elt.kind === "Constant" || (elt.kind === "Attribute" && elt.value.kind === "Name");
    if (g.length !== 1 || g[0].ifs.length > 0 || g[0].target.kind !== "Name" || !simpleElt) {
      throw pyErr(
        "NotImplementedError",
        "sys.getsizeof of this generator object is not modelled by the simulator: on Python 3.11+ it includes the frame of the generator expression, whose stack depth only CPython's compiler knows (supported: (x for x in iterable) with a name, constant or name.attr as the element)",
      );
    }
  }
  return FixedLayout.of(p, "generator").explain();
}

/**
 * `collections.OrderedDict` (what namedtuple `_asdict()` returns on 3.6/3.7): the dict part, the eight
 * extra pointer fields of PyODictObject, the fast-nodes table mirroring the keys table, one node per item.
 * @cpython Objects/odictobject.c struct _odictobject (od_first, od_last, od_fast_nodes,
 * od_fast_nodes_size, od_resize_sentinel, od_state, od_inst_dict, od_weakreflist) and odict_sizeof:
 * `_PyDict_SizeOf(od) + sizeof(_ODictNode *) * od_fast_nodes_size + sizeof(_ODictNode) * PyODict_SIZE(od)`
 * (_ODictNode = key, hash, next, prev). od_fast_nodes_size follows dk_size at every insert
 * (_odict_get_index → _odict_resize) and drops to 0 on clear (_odict_clear_nodes): it is the keys size
 * while the table holds entries (dk_nentries > 0, deleted ones included).
 */
function explainOrderedDict(o: PyDict): SizeExplanation {
  const d = dm(o);
  const parts = d.sizeofParts();
  parts.push({ label: "OrderedDict fields", bytes: 8 * POINTER_SIZE, cpython: "PyODictObject: od_first … od_weakreflist (8 pointers)" });
  const fast = d.kind !== "split" && d.dk_nentries > 0 ? d.S : 0;
  if (fast > 0) parts.push(repeated("fast nodes", fast, POINTER_SIZE, "od_fast_nodes[od_fast_nodes_size] (= dk_size)"));
  if (d.ma_used > 0) parts.push(repeated("linked-list nodes", d.ma_used, 4 * POINTER_SIZE, "_ODictNode (key, hash, next, prev) per item"));
  parts.push(gcHeaderPart(rt.profile.gcHeaderSize));
  return makeExplanation("OrderedDict", parts, d.state());
}

/** A built-in function or method object: a slot wrapper bound to an object is a method-wrapper. */
function builtinMethodKind(o: PyBoundMethod | PyBuiltinFunction): string {
  const f = o instanceof PyBoundMethod ? o.func : o;
  const bound = o instanceof PyBoundMethod || (f instanceof PyBuiltinFunction && f.isMethod);
  return bound && f instanceof PyBuiltinFunction && isMethodWrapper(f.name, f.owner) ? "method-wrapper" : "builtin_function_or_method";
}

export function explainOther(o: PyObject): SizeExplanation {
  const p = rt.profile;
  if (o instanceof PyDict) return dm(o).explain();
  if (o instanceof PySet) return sm(o).explain();
  if (o instanceof PyNoneType) return FixedLayout.of(p, "NoneType").explain();
  if (o instanceof PyEllipsisType) return FixedLayout.of(p, "ellipsis").explain();
  if (o instanceof PyNotImplementedType) return FixedLayout.of(p, "NotImplementedType").explain();
  if (o instanceof PyRange) return FixedLayout.of(p, "range").explain();
  if (o instanceof PySlice) return FixedLayout.of(p, "slice").explain();
  if (o instanceof PyFunction) return FixedLayout.of(p, "function").explain();
  if (o instanceof PyModule) return FixedLayout.of(p, "module").explain();
  if (o instanceof PyType) return explainTypeObject(o);
  if (o instanceof PyProperty) return FixedLayout.of(p, "property").explain();
  if (o instanceof PyStaticMethod || o instanceof PyClassMethod) return FixedLayout.of(p, "staticmethod", o.cls.name).explain();
  if (o instanceof PyException) return FixedLayout.of(p, "BaseException", o.cls.name).explain();
  if (o instanceof PyIterator && (o as PyIterator & { isGenerator?: boolean }).isGenerator) return explainGenerator(o);
  const st = explainStruct(o instanceof PyBoundMethod && !(o.func instanceof PyBuiltinFunction) ? "method" : o instanceof PyBoundMethod || o instanceof PyBuiltinFunction ? builtinMethodKind(o) : o.cls.name);
  if (st) return st;
  if (o instanceof PyInstance && o.cls === T.objectType) return FixedLayout.of(p, "object").explain();
  throw pyErr("NotImplementedError", `sys.getsizeof of '${o.cls.name}' objects is not modelled by the simulator`);
}

void hashKey;
void UserKey;
void objectId;
void PyBool;
void PyBoundMethod;
void PyBuiltinFunction;
export type { IterSource };
