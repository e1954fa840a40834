/*
 * Replays the data-described cases of scripts/measure-layouts.py through the layout models, the way the
 * runtime would call them (each Python operation → the model method named after it). Used by
 * measured.test.ts to compare with the sizes real CPython reported.
 */

import type { Profile } from "@/lib/simulator/versions";
import {
  ByteArrayLayout,
  BytesLayout,
  ClassLayout,
  ComplexLayout,
  DictLayout,
  FixedLayout,
  FloatLayout,
  InstanceLayout,
  IntLayout,
  ListLayout,
  SetLayout,
  StrLayout,
  TupleLayout,
  type DictDisplayElement,
  type DisplayElement,
  type IterSource,
  type KeyInfo,
  type Layout,
  type SetEntry,
} from "@/lib/simulator/objects";

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

// ## Lists

export function iterSource(kind: string, n: number): IterSource {
  switch (kind) {
    case "list":
    case "tuple":
    case "set":
    case "frozenset":
    case "dict":
    case "dict_keys":
    case "dict_values":
    case "dict_items":
      return { kind, length: n } as IterSource;
    case "range":
    case "str":
    case "bytes":
      return { kind: "sized", length: n };
    case "iter_list":
    case "reversed":
      return { kind: "hinted", lengthHint: n, length: n };
    case "gen":
    case "map":
      return { kind: "unsized", length: n };
  }
  throw new Error(`unknown source ${kind}`);
}

function buildList(p: Profile, b: Json[]): ListLayout {
  switch (b[0]) {
    case "empty":
      return ListLayout.empty(p);
    case "display":
      return ListLayout.fromDisplay(p, b[1], { allConstant: b[2] === "const" });
    case "from":
      return ListLayout.fromIterable(p, iterSource(b[1], b[2]));
    case "sorted":
      return ListLayout.fromSorted(p, iterSource(b[1], b[2]));
    case "comp": {
      const l = ListLayout.empty(p);
      for (let i = 0; i < b[1]; i++) l.append();
      return l;
    }
    case "repeat":
      return ListLayout.fromRepeat(p, b[1]);
    case "concat":
      return ListLayout.fromConcat(p, b[1] + b[2]);
    case "slice":
      return ListLayout.fromSlice(p, b[1]);
    case "split": {
      const [, kind, text, sep, maxsplit, n] = b as [string, string, string, string | null, number, number];
      const bytes = kind === "bytes";
      const inputLength = bytes ? new TextEncoder().encode(text).length : [...text].length;
      const sepLength = sep === null ? null : bytes ? new TextEncoder().encode(sep).length : [...sep].length;
      return ListLayout.fromSplit(p, { resultLength: n, inputLength, sepLength, maxsplit: maxsplit >= 0 ? maxsplit : null, bytes });
    }
    case "splitlines":
      return ListLayout.fromSplitlines(p, b[1]);
    case "starred": {
      const els: DisplayElement[] = (b[1] as Json[]).map((e) =>
        e[0] === "x" ? { kind: "item" as const } : { kind: "star" as const, source: iterSource(e[1], e[2]) },
      );
      return ListLayout.fromStarredDisplay(p, els);
    }
  }
  throw new Error(`unknown list build ${b[0]}`);
}

function sliceLen(len: number, a: number, b: number): number {
  const lo = Math.min(a, len);
  const hi = Math.min(b, len);
  return Math.max(0, hi - lo);
}

export function replayList(p: Profile, c: Json): (number | null)[] {
  const l = buildList(p, c.build);
  const out: (number | null)[] = [l.getsizeof()];
  for (const op of c.ops as Json[]) {
    const len = l.ob_size;
    switch (op[0]) {
      case "append":
        l.append();
        break;
      case "insert":
        l.insert();
        break;
      case "extend":
        l.extend(iterSource(op[1], op[2]));
        break;
      case "iadd":
        l.iadd(iterSource(op[1], op[2]));
        break;
      case "pop":
      case "pop0":
        if (len === 0) {
          out.push(null);
          continue;
        }
        l.pop();
        break;
      case "remove":
        if (len === 0) {
          out.push(null);
          continue;
        }
        l.remove();
        break;
      case "del0":
        if (len === 0) {
          out.push(null);
          continue;
        }
        l.delItem();
        break;
      case "delslice":
        l.delSlice(sliceLen(len, op[1], op[2]));
        break;
      case "delext":
        l.delSlice(Math.ceil(len / op[1]), { extended: true });
        break;
      case "setslice":
        l.setSlice(sliceLen(len, op[1], op[2]), op[3]);
        break;
      case "clear":
        l.clear();
        break;
      case "imul":
        l.imul(op[1]);
        break;
      case "sort":
        l.sort();
        break;
      default:
        throw new Error(`unknown list op ${op[0]}`);
    }
    out.push(l.getsizeof());
  }
  return out;
}

// ## Dicts

const enc = (k: string | number) => (typeof k === "string" ? `s:${k}` : `i:${k}`);
const keyInfo = (k: string | number, isNew: boolean): KeyInfo => (typeof k === "string" ? { str: k, isNew } : { isNew, id: k });

interface DictReplay {
  d: DictLayout;
  keys: Map<string, string | number>;
}

interface DictCtx {
  p: Profile;
  orders: Json[][];
  popped: Json[];
}

function setKey(r: DictReplay, k: string | number): void {
  const isNew = !r.keys.has(enc(k));
  r.d.setItem(keyInfo(k, isNew));
  if (isNew) r.keys.set(enc(k), k);
}

function keyList(r: DictReplay, target?: DictReplay): KeyInfo[] {
  return [...r.keys.values()].map((k) => keyInfo(k, target ? !target.keys.has(enc(k)) : true));
}

function buildDict(ctx: DictCtx, c: Json): DictReplay {
  const p = ctx.p;
  const b = c.build as Json[];
  let r: DictReplay;
  const fresh = (d: DictLayout): DictReplay => ({ d, keys: new Map() });
  switch (b[0]) {
    case "empty_display":
      r = fresh(DictLayout.fromEmptyDisplay(p));
      break;
    case "call":
      r = fresh(DictLayout.fromCall(p));
      break;
    case "display": {
      const keys = b[1] as (string | number)[];
      r = fresh(DictLayout.fromDisplay(p, keys.map((k) => ({ kind: "item", key: { id: enc(k), str: typeof k === "string" ? k : undefined } }))));
      for (const k of keys) r.keys.set(enc(k), k);
      break;
    }
    case "comp":
      r = fresh(DictLayout.fromComprehension(p));
      for (const k of b[1]) setKey(r, k);
      break;
    case "pairs":
      r = fresh(DictLayout.fromCall(p));
      for (const k of b[1]) setKey(r, k);
      break;
    case "fromkeys": {
      const keys = b[2] as (string | number)[];
      if (b[1] === "list") {
        const seen = new Set<string>();
        const infos = keys.map((k) => {
          const isNew = !seen.has(enc(k));
          seen.add(enc(k));
          return keyInfo(k, isNew);
        });
        r = fresh(DictLayout.fromKeys(p, { kind: "other" }, infos));
        for (const k of keys) r.keys.set(enc(k), k);
      } else if (b[1] === "set") {
        const order = ctx.orders.shift() as (string | number)[];
        r = fresh(DictLayout.fromKeys(p, { kind: "set", length: order.length }, order.map((k) => keyInfo(k, true))));
        for (const k of order) r.keys.set(enc(k), k);
      } else {
        const src = fresh(DictLayout.fromComprehension(p));
        for (const k of keys) setKey(src, k);
        r = fresh(DictLayout.fromKeys(p, { kind: "dict", source: src.d }, keyList(src)));
        for (const [e, k] of src.keys) r.keys.set(e, k);
      }
      break;
    }
    case "kwargs":
      r = fresh(DictLayout.fromKwargs(p, b[1]));
      for (const k of b[1]) r.keys.set(enc(k), k);
      break;
    case "dict_of": {
      const src = buildDict(ctx, b[1]);
      r = fresh(DictLayout.fromDict(p, src.d, keyList(src)));
      for (const [e, k] of src.keys) r.keys.set(e, k);
      break;
    }
    case "unpack": {
      const src = buildDict(ctx, b[1]);
      r = fresh(DictLayout.fromDisplay(p, [{ kind: "unpack", source: src.d, keys: [...src.keys.entries()].map(([e, k]) => ({ id: e, str: typeof k === "string" ? k : undefined })) }]));
      for (const [e, k] of src.keys) r.keys.set(e, k);
      break;
    }
    case "copy_of": {
      const src = buildDict(ctx, b[1]);
      r = fresh(src.d.copy(keyList(src)));
      for (const [e, k] of src.keys) r.keys.set(e, k);
      break;
    }
    case "update_empty": {
      const src = buildDict(ctx, b[1]);
      r = fresh(DictLayout.fromEmptyDisplay(p));
      r.d.update(src.d, keyList(src, r));
      for (const [e, k] of src.keys) r.keys.set(e, k);
      break;
    }
    case "display_mixed": {
      const els: DictDisplayElement[] = [];
      const keysInOrder: [string, string | number][] = [];
      for (const e of b[1] as Json[]) {
        if (e[0] === "**") {
          const src = buildDict(ctx, e[1]);
          els.push({ kind: "unpack", source: src.d, keys: [...src.keys.entries()].map(([id, k]) => ({ id, str: typeof k === "string" ? k : undefined })) });
          keysInOrder.push(...src.keys.entries());
        } else {
          const k = e[1] as string | number;
          els.push({ kind: "item", key: { id: enc(k), str: typeof k === "string" ? k : undefined } });
          keysInOrder.push([enc(k), k]);
        }
      }
      r = fresh(DictLayout.fromDisplay(p, els));
      for (const [e, k] of keysInOrder) r.keys.set(e, k);
      break;
    }
    default:
      throw new Error(`unknown dict build ${b[0]}`);
  }
  for (const op of c.ops as Json[]) applyDictOp(ctx, r, op);
  return r;
}

function applyDictOp(ctx: DictCtx, r: DictReplay, op: Json[]): void {
  switch (op[0]) {
    case "set":
    case "setdefault":
      setKey(r, op[1]);
      break;
    case "del":
    case "pop":
      if (r.keys.has(enc(op[1]))) {
        // key ids identify the freed entry (positions are the alternative: delItem(key, position))
        r.d.delItem(keyInfo(op[1], false));
        r.keys.delete(enc(op[1]));
      }
      break;
    case "popitem":
      if (r.keys.size > 0) {
        const k = ctx.popped.shift();
        r.d.popitem();
        r.keys.delete(enc(k));
      }
      break;
    case "clear":
      r.d.clear();
      r.keys.clear();
      break;
    case "update": {
      const src = buildDict(ctx, op[1]);
      r.d.update(src.d, keyList(src, r));
      for (const [e, k] of src.keys) if (!r.keys.has(e)) r.keys.set(e, k);
      break;
    }
    case "copy":
      r.d = r.d.copy(keyList(r));
      break;
    default:
      throw new Error(`unknown dict op ${op[0]}`);
  }
}

export function replayDict(p: Profile, c: Json, result: Json): number[] {
  const ctx: DictCtx = { p, orders: [...result.orders], popped: [...result.popped] };
  const r = buildDict(ctx, { build: c.build, ops: [] });
  const out = [r.d.getsizeof()];
  for (const op of c.ops as Json[]) {
    applyDictOp(ctx, r, op);
    out.push(r.d.getsizeof());
  }
  return out;
}

// ## Sets (int members: Python hash(i) == i, except hash(-1) == -2)

const intHash = (k: number): bigint => BigInt(k === -1 ? -2 : k);
const entry = (k: number): SetEntry<number> => ({ key: k, hash: intHash(k) });
const eq = (a: number, b: number) => a === b;

function uniq(items: number[]): number[] {
  return [...new Set(items)];
}

function buildSet(p: Profile, c: Json): SetLayout<number> {
  const b = c.build as Json[];
  let s: SetLayout<number>;
  switch (b[0]) {
    case "empty":
      s = SetLayout.empty(p, eq);
      break;
    case "display":
      s = SetLayout.fromDisplay(p, eq, (b[1] as number[]).map(entry), { allConstant: b[2] });
      break;
    case "from_list":
    case "comp":
      s = SetLayout.empty(p, eq);
      for (const k of b[1]) s.add(k, intHash(k));
      break;
    case "frozen_from_list":
      s = SetLayout.empty(p, eq, true);
      for (const k of b[1]) s.add(k, intHash(k));
      break;
    case "from_dict":
      s = SetLayout.fromDict(p, eq, uniq(b[1]).map(entry));
      break;
    case "from_set":
      s = SetLayout.fromSet(p, buildSet(p, b[1]));
      break;
    case "starred":
      s = SetLayout.fromStarredDisplay(
        p,
        eq,
        (b[1] as Json[]).map((e) => {
          if (e[0] === "x") return { kind: "item" as const, entry: entry(e[1]) };
          if (e[0] === "*list") return { kind: "iterable" as const, entries: (e[1] as number[]).map(entry) };
          if (e[0] === "*dict") return { kind: "dict" as const, entries: uniq(e[1]).map(entry) };
          const t = SetLayout.empty(p, eq);
          for (const k of e[1]) t.add(k, intHash(k));
          return { kind: "set" as const, set: t };
        }),
      );
      break;
    case "strs":
      s = SetLayout.empty(p, eq);
      // distinct members without removals: the size depends only on the count
      for (let i = 0; i < b[1]; i++) s.add(i, BigInt(i) * 0x9e3779b97f4a7c1n);
      break;
    default:
      throw new Error(`unknown set build ${b[0]}`);
  }
  for (const op of c.ops as Json[]) s = applySetOp(p, s, op);
  return s;
}

function applySetOp(p: Profile, s: SetLayout<number>, op: Json[]): SetLayout<number> {
  switch (op[0]) {
    case "add":
      s.add(op[1], intHash(op[1]));
      return s;
    case "discard":
      s.discard(op[1], intHash(op[1]));
      return s;
    case "pop":
      s.pop();
      return s;
    case "clear":
      s.clear();
      return s;
    case "update_list":
      s.updateFromIterable((op[1] as number[]).map(entry));
      return s;
    case "copy":
      return s.typeName === "frozenset" ? s : s.copy();
    case "union_list":
      return s.unionWithIterable((op[1] as number[]).map(entry));
    case "inter_list":
      return s.intersectionWithIterable((op[1] as number[]).map(entry));
    case "diff_list":
      return s.differenceWithIterable((op[1] as number[]).map(entry));
    case "symdiff_list":
      return s.symmetricDifferenceWithIterable((op[1] as number[]).map(entry));
    case "iand_list":
      s.intersectionUpdateWithIterable((op[1] as number[]).map(entry));
      return s;
    case "ixor_list":
      s.symmetricDifferenceUpdateWithIterable((op[1] as number[]).map(entry));
      return s;
    case "isub_list":
      s.differenceUpdateFromIterable((op[1] as number[]).map(entry));
      return s;
  }
  const t = buildSet(p, op[1]);
  switch (op[0]) {
    case "update_set":
    case "ior":
      s.mergeSet(t);
      return s;
    case "isub":
      s.differenceUpdate(t);
      return s;
    case "iand":
      s.intersectionUpdate(t);
      return s;
    case "ixor":
      s.symmetricDifferenceUpdate(t);
      return s;
    case "or":
      return s.union(t);
    case "and":
      return s.intersection(t);
    case "sub":
      return s.difference(t);
    case "xor":
      return s.symmetricDifference(t);
  }
  throw new Error(`unknown set op ${op[0]}`);
}

export function replaySet(p: Profile, c: Json): { sizes: number[]; order: number[] | null } {
  let s = buildSet(p, { build: c.build, ops: [] });
  const sizes = [s.getsizeof()];
  for (const op of c.ops as Json[]) {
    s = applySetOp(p, s, op);
    sizes.push(s.getsizeof());
  }
  return { sizes, order: c.build[0] === "strs" ? null : [...s.keys()] };
}

// ## Scalars

const FRESH_STR_OPS = new Set(["upper", "lower", "swapcase", "replace", "join2", "fstring2", "rev", "step2"]);

export function replayStr(p: Profile, c: Json, want?: Json): unknown {
  if (c.op) {
    // the measurement reports the result's length and first code point (semantics) and its size
    const [len, cp] = want as [number, number, number];
    const text = String.fromCodePoint(cp).repeat(len);
    return [len, cp, StrLayout.fromString(p, text, { fresh: FRESH_STR_OPS.has(c.op) }).getsizeof()];
  }
  if (c.subclass) return ClassLayout.create(p, { name: "StrSub", base: "str" }).newInstance(StrLayout.forSubclass(p, c.s)).getsizeof();
  return StrLayout.fromString(p, c.s).getsizeof();
}

export function replayInt(p: Profile, c: Json): number {
  if ("v" in c) return IntLayout.of(p, BigInt(c.v)).getsizeof();
  if ("bool" in c) return IntLayout.ofBool(p, c.bool).getsizeof();
  if ("float" in c) return FloatLayout.of(p).getsizeof();
  if ("complex" in c) return ComplexLayout.of(p).getsizeof();
  if ("none" in c) return FixedLayout.of(p, "NoneType").getsizeof();
  if ("range" in c) return FixedLayout.of(p, "range").getsizeof();
  throw new Error("unknown scalar case");
}

export function replayBytes(p: Profile, c: Json): (number | null)[] {
  if ("bytes" in c) return [BytesLayout.of(p, c.bytes).getsizeof()];
  const [k, n] = c.build as [string, number];
  let b: ByteArrayLayout;
  switch (k) {
    case "empty":
      b = ByteArrayLayout.empty(p);
      break;
    case "from_bytes":
    case "from_int":
      b = ByteArrayLayout.exact(p, n);
      break;
    case "from_list":
      b = ByteArrayLayout.fromIterable(p, { kind: "list", length: n });
      break;
    case "from_tuple":
      b = ByteArrayLayout.fromIterable(p, { kind: "tuple", length: n });
      break;
    case "from_range":
      b = ByteArrayLayout.fromIterable(p, { kind: "sized", length: n });
      break;
    case "from_gen":
      b = ByteArrayLayout.fromIterable(p, { kind: "unsized", length: n });
      break;
    default:
      throw new Error(`unknown bytearray build ${k}`);
  }
  const out: (number | null)[] = [b.getsizeof()];
  for (const op of c.ops as Json[]) {
    const len = b.ob_size;
    switch (op[0]) {
      case "append":
        b.append();
        break;
      case "extend":
      case "iadd":
        b.extend(op[1]);
        break;
      case "pop":
        if (len === 0) {
          out.push(null);
          continue;
        }
        b.pop();
        break;
      case "del0":
        if (len === 0) {
          out.push(null);
          continue;
        }
        b.delSlice(0, 1);
        break;
      case "delslice":
        b.delSlice(Math.min(op[1], len), sliceLen(len, op[1], op[2]));
        break;
      case "clear":
        b.clear();
        break;
      case "imul":
        b.imul(op[1]);
        break;
      case "setslice": {
        const lo = Math.min(op[1], len);
        b.setSlice(lo, sliceLen(len, op[1], op[2]), op[3]);
        break;
      }
    }
    out.push(b.getsizeof());
  }
  return out;
}

// ## Instances

function valueLayout(p: Profile, base: string, init: number | null): Layout | undefined {
  const n = init ?? 0;
  switch (base) {
    case "int":
      return IntLayout.of(p, BigInt(n));
    case "float":
      return FloatLayout.of(p);
    case "str":
      return StrLayout.forSubclass(p, "a".repeat(n));
    case "bytes":
      return BytesLayout.of(p, n);
    case "tuple":
      return TupleLayout.of(p, n);
    case "list":
      return ListLayout.fromIterable(p, { kind: "sized", length: n });
    case "dict":
      return DictLayout.fromCall(p);
    case "set": {
      const s = SetLayout.empty(p, eq);
      for (let i = 0; i < n; i++) s.add(i, BigInt(i));
      return s;
    }
    default:
      return undefined;
  }
}

export function replayInstances(p: Profile, c: Json): number[] | { error: string } {
  const classes = new Map<string, { cls: ClassLayout; spec: Json }>();
  try {
    for (const spec of c.classes as Json[]) {
      let cls: ClassLayout;
      if (spec.namedtuple) cls = ClassLayout.create(p, { name: spec.name, base: "tuple", slots: [] });
      else if (spec.dataclass) {
        const slots = spec.dc_slots ? [...spec.dataclass, ...(spec.dc_weakref ? ["__weakref__"] : [])] : null;
        cls = ClassLayout.create(p, { name: spec.name, slots });
      }
      else {
        const base = classes.get(spec.base)?.cls ?? spec.base;
        cls = ClassLayout.create(p, { name: spec.name, base, slots: spec.slots });
      }
      classes.set(spec.name, { cls, spec });
    }
  } catch (e) {
    return { error: (e as { pyType?: string }).pyType ?? String(e) };
  }
  const objs = new Map<string, { inst: InstanceLayout; attrs: Map<string, string | number> }>();
  const out: number[] = [];
  for (const op of c.ops as Json[]) {
    switch (op[0]) {
      case "new": {
        const { cls, spec } = classes.get(op[1])!;
        const init = op.length > 3 ? op[3] : null;
        let inst: InstanceLayout;
        if (spec.namedtuple) inst = cls.newInstance(TupleLayout.of(p, spec.namedtuple.length));
        else inst = cls.newInstance(valueLayout(p, cls.builtinBase, init));
        const attrs = new Map<string, string | number>();
        objs.set(op[2], { inst, attrs });
        if (spec.dataclass && !spec.dc_slots) {
          for (const f of spec.dataclass) {
            inst.setAttr(f, !attrs.has(enc(f)));
            attrs.set(enc(f), f);
          }
        }
        break;
      }
      case "set": {
        const o = objs.get(op[1])!;
        o.inst.setAttr(op[2], !o.attrs.has(enc(op[2])));
        o.attrs.set(enc(op[2]), op[2]);
        break;
      }
      case "del": {
        const o = objs.get(op[1])!;
        o.inst.dict();
        if (o.attrs.has(enc(op[2]))) {
          o.inst.delAttr(op[2]);
          o.attrs.delete(enc(op[2]));
        }
        break;
      }
      case "dictset": {
        const o = objs.get(op[1])!;
        const k = op[2] as string | number;
        o.inst.dict().setItem(keyInfo(k, !o.attrs.has(enc(k))));
        o.attrs.set(enc(k), k);
        break;
      }
      case "size":
        out.push(objs.get(op[1])!.inst.getsizeof());
        break;
      case "dictsize":
        out.push(objs.get(op[1])!.inst.dict().getsizeof());
        break;
      case "dictcopy": {
        const o = objs.get(op[1])!;
        const copy = o.inst.dict().copy([...o.attrs.values()].map((k) => keyInfo(k, true)));
        out.push(copy.getsizeof());
        copy.release();
        break;
      }
      case "dictop": {
        const o = objs.get(op[1])!;
        const d = o.inst.dict();
        if (op[2] === "clear") {
          d.clear();
          o.attrs.clear();
        } else if (op[2] === "popitem") {
          d.popitem();
          o.attrs.delete([...o.attrs.keys()].pop()!);
        } else if (op[2] === "copy") {
          const copy = d.copy([...o.attrs.values()].map((k) => keyInfo(k, true)));
          out.push(copy.getsizeof());
          copy.release();
        } else if (op[2] === "update") {
          const src = DictLayout.fromEmptyDisplay(p);
          for (const k of ["u1", "u2", "x"]) src.setItem({ str: k, isNew: true });
          d.update(src, ["u1", "u2", "x"].map((k) => ({ str: k, isNew: !o.attrs.has(enc(k)) })));
          for (const k of ["u1", "u2", "x"]) o.attrs.set(enc(k), k);
        }
        break;
      }
      case "dictcall": {
        const o = objs.get(op[1])!;
        out.push(DictLayout.fromDict(p, o.inst.dict(), [...o.attrs.values()].map((k) => keyInfo(k, true))).getsizeof());
        break;
      }
    }
  }
  return out;
}

// ## Misc (measured-only objects, exceptions, class objects)

export function replayMisc(p: Profile, c: Json): number {
  const kind = c.kind as string;
  if (kind.startsWith("exception:")) return FixedLayout.of(p, "BaseException", kind.slice("exception:".length)).getsizeof();
  if (kind === "class:plain") return ClassLayout.create(p, { name: "C" }).typeObject().getsizeof();
  if (kind === "class:slots") return ClassLayout.create(p, { name: "S", slots: ["a"] }).typeObject().getsizeof();
  if (kind === "class:plain_grown") {
    const cls = ClassLayout.create(p, { name: "G" });
    const g = cls.newInstance();
    for (let i = 0; i < 7; i++) g.setAttr(`a${i}`, true);
    return cls.typeObject().getsizeof();
  }
  return FixedLayout.of(p, kind as Parameters<typeof FixedLayout.of>[1]).getsizeof();
}
