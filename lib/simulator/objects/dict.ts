/*
 * The layout model of `dict` (compact dicts, 3.6 – 3.13): keys-table kind and size, usable/nentries/used
 * counters, every construction path, resize on insert, no shrink on delete, and instance-dict key sharing.
 * Mirrors Objects/dictobject.c (insertdict, insert_to_emptydict, insertion_resize, dictresize,
 * dict_merge, PyDict_Copy, _PyDict_FromKeys, _PyDict_NewPresized, _PyDict_SizeOf) and
 * Include/internal/pycore_dict.h.
 *
 * PyDictObject (64-bit)                 PyDictKeysObject (separate block)
 *   +----------------+ off size           +--------------------+
 *   | ob_refcnt      |   0   8            | header             |  40 (3.6–3.10) / 32 (3.11+)
 *   | ob_type        |   8   8            |   dk_refcnt, dk_size or dk_log2_size, [dk_lookup],
 *   | ma_used        |  16   8 len(d)     |   dk_usable, dk_nentries, [kind, version] …
 *   | ma_version_tag |  24   8            +--------------------+
 *   | ma_keys        |  32   8 ----->     | dk_indices[S]      |  w(S) bytes each: 1 (S ≤ 128),
 *   | ma_values      |  40   8 split only |                    |  2 (≤ 2**15), 4 (≤ 2**31), 8
 *   +----------------+  48 = size("nQ2P") +--------------------+
 *                                         | dk_entries[U(S)]   |  24 B PyDictKeyEntry (hash,key,value)
 *                                         +--------------------+  16 B PyDictUnicodeEntry (3.11+, str keys)
 *
 * S = 2**dk_log2_size (min 8); U(S) = USABLE_FRACTION(S) = 2S/3.
 * Kinds: empty (the shared Py_EMPTY_KEYS: never counted), general, unicode (3.11+: all keys exact str),
 * split (instance dicts: keys owned by the class, the dict owns only a values array).
 *
 * __sizeof__ = 48 + keys bytes (if the dict owns its keys: dk_refcnt == 1)
 *                 + values array (split only: 8·U(S) in 3.6–3.10, 8·(nentries + usable) of the class keys
 *                   in 3.11+, read at call time)
 * getsizeof  = __sizeof__ + GC header.
 *
 * Insert a new key: empty → allocate 8 slots (3.11+: unicode iff the key is an exact str);
 * 3.11+ unicode table + non-str key → insertion_resize to a general table (even with room left);
 * dk_usable == 0 → insertion_resize(GROWTH_RATE); then usable−−, nentries++, used++.
 * Delete: used−− only (the entry stays consumed until the next resize; a dict never shrinks on delete).
 * GROWTH_RATE: used*2 + S/2 (3.6), used*3 (3.7+). Resize sizes: pow2ge (≤3.9, 3.13.4+) or the
 * calculate_log2_keysize quirk (3.10 – 3.13.3: 1…7 → 16 slots, powers of two ≥ 16 doubled, gh-133703).
 *
 * Check: {'a': 1} = 16 + 48 + 32 + 8×1 + 5×16 = 184 (3.12); {1: 'a'} = 224; {} = 64 (3.8+), 248 (3.6/3.7).
 */

import type { Profile } from "../versions";
import { repeated, type SizePart } from "../memory/explain";
import { size, POINTER_SIZE } from "../memory/struct";
import { Layout, chargeGrowth, type KeyInfo } from "./common";

// ## Helper functions (rule book §6.3)

/** @cpython PyDict_MINSIZE */
export const DICT_MINSIZE = 8;
/** @cpython PyDict_LOG_MINSIZE */
export const DICT_LOG_MINSIZE = 3;

/** @cpython USABLE_FRACTION(n) = (n << 1) / 3 */
export function usableFraction(n: number): number {
  return Math.floor((n * 2) / 3);
}

/** @cpython ESTIMATE_SIZE(n) = ((n * 3) + 1) >> 1 */
export function estimateSize(n: number): number {
  return (n * 3 + 1) >> 1;
}

function bitLength(x: number): number {
  return x <= 0 ? 0 : Math.floor(Math.log2(x)) + 1;
}

/** log2 of the smallest power of two ≥ max(x, 8). */
function log2Pow2ge(x: number): number {
  let log2 = DICT_LOG_MINSIZE;
  while (2 ** log2 < x) log2++;
  return log2;
}

/**
 * log2 of the table size chosen for a minimum of `x` slots.
 * @cpython dictresize size loop (≤3.9), calculate_keysize (3.10), calculate_log2_keysize (3.11+)
 */
export function sizeForLog2(profile: Profile, x: number): number {
  if (profile.dictSizeFor === "pow2ge") return log2Pow2ge(x);
  // return (uint8_t)(_Py_bit_length(minsize | (PyDict_MINSIZE-1)) ... in effect 2 ** bit_length(((x | 8) - 1) | 7)
  return Math.max(DICT_LOG_MINSIZE, bitLength(((x | DICT_MINSIZE) - 1) | (DICT_MINSIZE - 1)));
}

/** Bytes per index for a table of S slots. @cpython DK_IXSIZE / dk_log2_index_bytes */
export function indexWidth(S: number): number {
  return S <= 0xff ? 1 : S <= 0xffff ? 2 : S <= 0xffffffff ? 4 : 8;
}

/** Bytes of a keys object with S slots. @cpython _PyDict_KeysSize / new_keys_object */
export function keysBytes(profile: Profile, S: number, unicodeEntries: boolean): number {
  const entry = unicodeEntries && profile.dictUnicodeEntries ? 16 : 24;
  return profile.dictKeysHeader + indexWidth(S) * S + entry * usableFraction(S);
}

/** The dict object struct. @cpython PyDictObject = size("nQ2P") */
export const DICT_OBJECT_SIZE = size("nQ2P");

export type DictKind = "empty" | "general" | "unicode" | "split";

// ## Live-entry bookkeeping

/**
 * Entries of a combined table in dk_entries order: whether each is live and which key it holds (exact str
 * keys by value, other keys by the runtime's KeyInfo.id). Only popitem() needs this (it releases the dead
 * entries that trail the last live one); inserts and deletes by key are O(1), compaction on resize O(n).
 */
class Entries {
  private flags = new Uint8Array(16);
  /** exact-str key of each entry (undefined for other keys) */
  private strs: (string | undefined)[] = [];
  /** KeyInfo.id of each non-str entry (undefined when unknown) */
  private ids: unknown[] = [];
  private strIndex = new Map<string, number>();
  private idIndex = new Map<unknown, number>();
  private firstLive = 0;
  private dead = 0;
  length = 0;

  /** Keeps the live entries (in order) and forgets the dead ones: a resize. */
  compact(liveCount: number, fallbackStrNames?: readonly string[]): void {
    if (this.length === 0 && fallbackStrNames) {
      this.reset();
      for (const n of fallbackStrNames) this.pushRaw(n, undefined);
    } else if (this.dead > 0 || this.length !== liveCount) {
      const strs: (string | undefined)[] = [];
      const ids: unknown[] = [];
      for (let i = 0; i < this.length; i++) {
        if (this.flags[i]) {
          strs.push(this.strs[i]);
          ids.push(this.ids[i]);
        }
      }
      this.reset();
      for (let i = 0; i < strs.length && i < liveCount; i++) this.pushRaw(strs[i], ids[i]);
    }
    while (this.length < liveCount) this.pushRaw(undefined, undefined);
  }

  reset(): void {
    this.flags = new Uint8Array(16);
    this.strs = [];
    this.ids = [];
    this.strIndex = new Map();
    this.idIndex = new Map();
    this.firstLive = 0;
    this.dead = 0;
    this.length = 0;
  }

  copyFrom(o: Entries): void {
    this.flags = o.flags.slice();
    this.strs = o.strs.slice();
    this.ids = o.ids.slice();
    this.strIndex = new Map(o.strIndex);
    this.idIndex = new Map(o.idIndex);
    this.firstLive = o.firstLive;
    this.dead = o.dead;
    this.length = o.length;
  }

  push(key: KeyInfo): void {
    this.pushRaw(key.str, key.str === undefined ? key.id : undefined);
  }

  private pushRaw(str: string | undefined, id: unknown): void {
    const i = this.length++;
    if (i >= this.flags.length) {
      const f = new Uint8Array(this.flags.length * 2);
      f.set(this.flags);
      this.flags = f;
    }
    this.flags[i] = 1;
    this.strs[i] = str;
    this.ids[i] = id;
    if (str !== undefined) this.strIndex.set(str, i);
    else if (id !== undefined) this.idIndex.set(id, i);
  }

  /** Marks the entry of `key` dead (else the entry at `position` among the live ones, else the first live one). */
  kill(key: KeyInfo | undefined, position: number | undefined): void {
    let i: number | undefined;
    if (key?.str !== undefined) i = this.strIndex.get(key.str);
    else if (key?.id !== undefined) i = this.idIndex.get(key.id);
    if (i === undefined && position !== undefined) {
      let rank = position;
      for (let j = 0; j < this.length; j++) {
        if (this.flags[j] && rank-- === 0) {
          i = j;
          break;
        }
      }
    }
    if (i === undefined) {
      while (this.firstLive < this.length && !this.flags[this.firstLive]) this.firstLive++;
      i = this.firstLive < this.length ? this.firstLive : undefined;
    }
    if (i === undefined || !this.flags[i]) return;
    this.flags[i] = 0;
    this.dead++;
    this.forget(i);
  }

  private forget(i: number): void {
    const str = this.strs[i];
    if (str !== undefined) {
      if (this.strIndex.get(str) === i) this.strIndex.delete(str);
    } else if (this.ids[i] !== undefined && this.idIndex.get(this.ids[i]) === i) {
      this.idIndex.delete(this.ids[i]);
    }
  }

  /** popitem(): removes the last live entry and every dead one after it; returns the new length. */
  popLast(): number {
    let i = this.length - 1;
    while (i >= 0 && !this.flags[i]) {
      i--;
      this.dead--;
    }
    if (i < 0) i = 0;
    else this.forget(i);
    this.length = i;
    this.strs.length = i;
    this.ids.length = i;
    if (this.firstLive > i) this.firstLive = i;
    return i;
  }
}

// ## Instance-dict key sharing (rule book §8.3)

/**
 * 3.6 – 3.10: a shared (split) keys object, `ht_cached_keys` of a class while it is cached. `refcnt`
 * counts the class's reference (while cached) plus every split dict using it; when it drops to 1 the
 * one remaining holder's __sizeof__ counts the keys (dk_refcnt == 1).
 */
export class SplitKeys {
  /** attribute names in entry order */
  readonly names: string[] = [];
  constructor(
    public log2: number,
    public usable: number,
    public refcnt: number,
  ) {}
  get nentries(): number {
    return this.names.length;
  }
}

/** 3.11+: the class's shared keys (64 slots, usable starts at SHARED_KEYS_MAX_SIZE = 30). */
export class ClassKeys {
  readonly names: string[] = [];
  usable: number;
  constructor(
    readonly log2: number,
    maxSize: number,
  ) {
    this.usable = maxSize;
  }
  get nentries(): number {
    return this.names.length;
  }
}

/**
 * Per-class key-sharing state, owned by ClassLayout (one per class whose instances have a __dict__).
 * @cpython PyHeapTypeObject.ht_cached_keys, _PyObjectDict_SetItem, make_keys_shared (3.6–3.10);
 * _PyDict_NewKeysForClass, init_inline_values / _PyObject_InitInlineValues (3.11+)
 */
export class KeySharing {
  /** 3.6 – 3.10: the cached split keys, or null once sharing was switched off. */
  cached: SplitKeys | null = null;
  /** 3.11+: the class keys. */
  readonly classKeys: ClassKeys | null = null;

  constructor(readonly profile: Profile) {
    if (profile.sharedKeys === "splitTable") {
      this.cached = new SplitKeys(DICT_LOG_MINSIZE, usableFraction(DICT_MINSIZE), 1);
    } else {
      this.classKeys = new ClassKeys(profile.sharedKeysLog2Size, profile.sharedKeysMaxSize);
    }
  }

  /** 3.11+: an instance was created. @cpython init_inline_values: if (keys->dk_usable > 1) keys->dk_usable--; */
  onInstanceCreated(): void {
    if (this.classKeys && this.classKeys.usable > 1) this.classKeys.usable--;
  }
}

// ## Construction descriptors

/** A key of a dict display; `id`: equal keys (Python ==) have equal ids. `str` iff the key is an exact str. */
export interface DisplayKey {
  id: number | string;
  str?: string;
}

/** One element of a dict display `{k: v, **m}` in source order. */
export type DictDisplayElement =
  | { kind: "item"; key: DisplayKey }
  /** `**m`: `source` = m's layout if m is an exact dict (else null); `keys` = m's keys in iteration order */
  | { kind: "unpack"; source: DictLayout | null; keys: readonly DisplayKey[] };

/** What dict.fromkeys(it) sees. */
export type FromKeysSource =
  | { kind: "dict"; source: DictLayout }
  | { kind: "set" | "frozenset"; length: number }
  | { kind: "other" };

// ## The model

/** Keys-table state of one dict object. */
export class DictLayout extends Layout {
  typeName = "dict";
  kind: DictKind = "empty";
  private log2Size = 0;
  /**
   * log2 of S; 0 for the shared empty keys (S = 1, U = 0). A larger table is reported to the allocation
   * meter at 24 bytes per index slot (≈ 8-byte index + ⅔ of a 24-byte entry).
   */
  get dk_log2_size(): number {
    return this.log2Size;
  }
  set dk_log2_size(l: number) {
    const old = this.log2Size;
    this.log2Size = l;
    if (l > old) chargeGrowth((2 ** l - 2 ** old) * 24, (2 ** l - 1) * 24);
  }
  /** free entry slots left (combined tables) */
  dk_usable = 0;
  /** entry slots consumed incl. deleted ones (combined tables) */
  dk_nentries = 0;
  /** len(d) */
  ma_used = 0;
  /** 3.6 – 3.10 combined tables: a non-str key was ever inserted (dk_lookup == lookdict: cannot be re-shared) */
  private hasNonStrKey = false;
  /** split dicts: the shared keys (SplitKeys 3.6–3.10, ClassKeys 3.11+) */
  private shared: SplitKeys | ClassKeys | null = null;
  /** instance dicts: the class's sharing state and the names this dict holds (for re-sharing, 3.6–3.10) */
  private sharing: KeySharing | null = null;
  private names: string[] | null = null;
  /** combined tables: the dk_nentries entries, live or dead (for popitem's trailing scan) */
  private readonly entries = new Entries();
  /** 3.6–3.10: this dict's reference is counted in its SplitKeys.refcnt */
  private holdsSharedRef = false;
  /** 3.13+: an instance dict whose values live inside the instance (inline values) */
  embeddedValues = false;
  /** ≤3.10: cleared by clear() and not written since (ma_values == empty_values) */
  private clearedEmptyValues = false;

  private constructor(profile: Profile) {
    super(profile);
  }

  get S(): number {
    return this.kind === "split" ? 2 ** this.shared!.log2 : 2 ** this.dk_log2_size;
  }

  // ## Construction paths

  /** A dict sharing Py_EMPTY_KEYS (PyDict_New in 3.8+). */
  static emptyKeys(profile: Profile): DictLayout {
    return new DictLayout(profile);
  }

  /** A dict with a fresh 8-slot keys table (new_keys_object(PyDict_MINSIZE)), general kind. */
  private static minsize(profile: Profile): DictLayout {
    const d = new DictLayout(profile);
    d.setCombined(DICT_LOG_MINSIZE, "general");
    return d;
  }

  /** @cpython PyDict_New: 8 slots in 3.6/3.7, the empty keys from 3.8. */
  static pyDictNew(profile: Profile): DictLayout {
    return profile.dictNewAllocates ? DictLayout.minsize(profile) : DictLayout.emptyKeys(profile);
  }

  /** `{}` (BUILD_MAP 0): 8 slots in 3.6/3.7, empty keys in 3.8+. */
  static fromEmptyDisplay(profile: Profile): DictLayout {
    return DictLayout.presized(profile, 0, false);
  }

  /**
   * `dict()` with no arguments — also the start of `dict(iterable_of_pairs)` / `dict(zip(...))` (then
   * call setItem per pair) and of `D()` for dict subclasses. @cpython dict_new: 8 slots in 3.6–3.9.
   */
  static fromCall(profile: Profile): DictLayout {
    return profile.dictCallAllocates ? DictLayout.minsize(profile) : DictLayout.emptyKeys(profile);
  }

  /** Start of a dict comprehension (BUILD_MAP 0); then setItem per produced key. */
  static fromComprehension(profile: Profile): DictLayout {
    return DictLayout.fromEmptyDisplay(profile);
  }

  /**
   * A pre-sized dict for n items. @cpython _PyDict_NewPresized / dict_new_presized(n, unicode)
   * @param allStr 3.11+: all keys about to be inserted are exact str (unicode table).
   */
  static presized(profile: Profile, n: number, allStr: boolean): DictLayout {
    switch (profile.dictPresize) {
      case "always":
        if (n <= usableFraction(DICT_MINSIZE)) return DictLayout.minsize(profile);
        return DictLayout.withLog2(profile, Math.min(log2Pow2ge(estimateSize(n)), 17), allStr);
      case "min16": {
        if (n <= usableFraction(DICT_MINSIZE)) return DictLayout.emptyKeys(profile);
        let log2 = DICT_LOG_MINSIZE + 1;
        while (2 ** log2 < estimateSize(n) && log2 < 17) log2++;
        return DictLayout.withLog2(profile, log2, allStr);
      }
      case "sizeFor":
        if (n <= usableFraction(DICT_MINSIZE)) return DictLayout.emptyKeys(profile);
        return DictLayout.withLog2(profile, Math.min(sizeForLog2(profile, estimateSize(n)), 17), allStr);
    }
  }

  private static withLog2(profile: Profile, log2: number, allStr: boolean): DictLayout {
    const d = new DictLayout(profile);
    d.setCombined(log2, allStr && profile.dictUnicodeEntries ? "unicode" : "general");
    return d;
  }

  /**
   * A dict display `{k: v, …, **m}` evaluated left to right.
   * @cpython Python/compile.c compiler_dict / compiler_subdict: ≤3.9 one BUILD_MAP n (presize) per run of
   * literal items; 3.10+ runs are cut into chunks of 17 (a final chunk of 16 too) built as empty +
   * inserts, shorter chunks presized; later parts DICT_UPDATE (merge) into the first dict. 3.6–3.8 with
   * `**`: BUILD_MAP_UNPACK = PyDict_New() updated with every part.
   */
  static fromDisplay(profile: Profile, elements: readonly DictDisplayElement[]): DictLayout {
    type Part = { kind: "sub"; items: DisplayKey[]; big: boolean } | { kind: "empty" } | { kind: "unpack"; el: Extract<DictDisplayElement, { kind: "unpack" }> };
    const parts: Part[] = [];
    const hasUnpack = elements.some((e) => e.kind === "unpack");
    const limit = profile.dictDisplayChunking ? (profile.displayStackLimit ?? 30) : Infinity;
    let run: DisplayKey[] = [];
    const flush = (big: boolean) => {
      if (run.length) parts.push({ kind: "sub", items: run, big });
      run = [];
    };
    for (const e of elements) {
      if (e.kind === "unpack") {
        flush(false);
        if (parts.length === 0 && profile.starredDisplayViaExtend) parts.push({ kind: "empty" });
        parts.push({ kind: "unpack", el: e });
      } else if (run.length * 2 > limit) {
        run.push(e.key);
        flush(true);
      } else {
        run.push(e.key);
      }
    }
    flush(run.length * 2 > limit);
    if (parts.length === 0) return DictLayout.fromEmptyDisplay(profile);

    const buildSub = (p: Extract<Part, { kind: "sub" }>): { d: DictLayout; ids: Map<number | string, DisplayKey> } => {
      const d = p.big ? DictLayout.fromEmptyDisplay(profile) : DictLayout.presized(profile, p.items.length, p.items.every((k) => k.str !== undefined));
      const ids = new Map<number | string, DisplayKey>();
      for (const k of p.items) {
        d.setItem({ str: k.str, isNew: !ids.has(k.id) });
        if (!ids.has(k.id)) ids.set(k.id, k);
      }
      return { d, ids };
    };

    if (!hasUnpack && parts.length === 1) return buildSub(parts[0] as Extract<Part, { kind: "sub" }>).d;

    // Target dict and the ids it holds.
    let target: DictLayout;
    let targetIds: Map<number | string, DisplayKey>;
    let rest: Part[];
    if (profile.dictUnpackViaNewDict && hasUnpack) {
      target = DictLayout.pyDictNew(profile);
      targetIds = new Map();
      rest = parts;
    } else {
      const first = parts[0]!;
      if (first.kind === "empty") {
        target = DictLayout.fromEmptyDisplay(profile);
        targetIds = new Map();
      } else if (first.kind === "sub") {
        ({ d: target, ids: targetIds } = buildSub(first));
      } else {
        throw new Error("unreachable: display starting with ** has an empty first part");
      }
      rest = parts.slice(1);
    }
    for (const p of rest) {
      if (p.kind === "empty") continue;
      if (p.kind === "sub") {
        const { d, ids } = buildSub(p);
        const keys = [...ids.values()];
        target.update(d, keys.map((k) => ({ str: k.str, isNew: !targetIds.has(k.id) })));
        for (const k of keys) targetIds.set(k.id, k);
      } else {
        const keys = p.el.keys;
        const infos = keys.map((k) => ({ str: k.str, isNew: !targetIds.has(k.id) }));
        if (p.el.source) target.update(p.el.source, infos);
        else for (const k of infos) target.setItem(k);
        for (const k of keys) targetIds.set(k.id, k);
      }
    }
    return target;
  }

  /**
   * `dict(a=1, b=2)`: keyword names in call order (all exact str, distinct).
   * @cpython 3.6–3.8 dict_init merges the kwargs dict (presized) into dict(); 3.9+ inserts into dict().
   */
  static fromKwargs(profile: Profile, names: readonly string[]): DictLayout {
    const d = DictLayout.fromCall(profile);
    if (names.length === 0) return d;
    if (profile.dictKwargsCall === "mergeKwargsDict") {
      const kw = DictLayout.presized(profile, names.length, true);
      for (const n of names) kw.setItem({ str: n, isNew: true });
      d.update(kw, names.map((n) => ({ str: n, isNew: true })));
    } else {
      for (const n of names) d.setItem({ str: n, isNew: true });
    }
    return d;
  }

  /** The `**kwargs` dict a Python function receives: PyDict_New() + one insert per keyword. */
  static kwargsParameter(profile: Profile, names: readonly string[]): DictLayout {
    const d = DictLayout.pyDictNew(profile);
    for (const n of names) d.setItem({ str: n, isNew: true });
    return d;
  }

  /**
   * `dict(m)`, `dict(m, **kw)`: dict() then merge (exact dict `m`) — for other mappings/iterables use
   * fromCall + setItem. `keys`: m's keys in iteration order (isNew true for each).
   */
  static fromDict(profile: Profile, src: DictLayout, keys: readonly KeyInfo[]): DictLayout {
    const d = DictLayout.fromCall(profile);
    d.update(src, keys);
    return d;
  }

  /**
   * `dict.fromkeys(it, v)`. `keys`: the keys in iteration order with `isNew` relative to the dict being
   * built (duplicates in a list are not new).
   * @cpython _PyDict_FromKeys: exact dict/set sources pre-size to size_for(E(n)) (3.11+: unicode iff the
   * source dict's keys table is unicode or empty; always general for sets).
   */
  static fromKeys(profile: Profile, source: FromKeysSource, keys: readonly KeyInfo[]): DictLayout {
    const d = DictLayout.fromCall(profile);
    if (source.kind === "dict" || source.kind === "set" || source.kind === "frozenset") {
      const n = source.kind === "dict" ? source.source.ma_used : source.length;
      const uni = source.kind === "dict" && source.source.isUnicodeish();
      d.resizeTo(sizeForLog2(profile, estimateSize(n)), uni);
    }
    for (const k of keys) d.setItem(k);
    return d;
  }

  /** Internal: an instance's split dict sharing `keys` (holdsRef: counts in the 3.6–3.10 keys refcount). */
  static splitFor(profile: Profile, sharing: KeySharing, keys: SplitKeys | ClassKeys, names: string[], used: number, holdsRef = true): DictLayout {
    const d = new DictLayout(profile);
    d.kind = "split";
    d.shared = keys;
    d.holdsSharedRef = holdsRef && keys instanceof SplitKeys;
    if (d.holdsSharedRef) (keys as SplitKeys).refcnt++;
    d.sharing = sharing;
    d.names = names;
    d.ma_used = used;
    return d;
  }

  /** Internal: an instance dict that is not shared (PyDict_New), tracking names for the class. */
  static instancePlain(profile: Profile, sharing: KeySharing | null): DictLayout {
    const d = DictLayout.pyDictNew(profile);
    d.sharing = sharing;
    d.names = [];
    return d;
  }

  // ## Queries

  /** DK_IS_UNICODE: unicode, split or the empty keys (3.11+; false before). */
  isUnicodeish(): boolean {
    return this.profile.dictUnicodeEntries && this.kind !== "general";
  }

  /** The dict is an instance's split (key-sharing) dict. */
  get isSplit(): boolean {
    return this.kind === "split";
  }

  // ## Internal state changes

  private setCombined(log2: number, kind: "general" | "unicode"): void {
    this.clearedEmptyValues = false;
    const wasSplit = this.kind === "split";
    this.kind = kind;
    this.dk_log2_size = log2;
    this.dk_nentries = this.ma_used;
    // compact the entries: live keys keep their order (leaving a split table: the instance's names)
    this.entries.compact(this.ma_used, wasSplit ? (this.names ?? []) : undefined);
    this.dk_usable = usableFraction(2 ** log2) - this.ma_used;
  }

  /** Drops this dict's reference to shared keys (split → combined). */
  private leaveShared(): void {
    if (this.holdsSharedRef && this.shared instanceof SplitKeys) this.shared.refcnt--;
    this.holdsSharedRef = false;
    this.shared = null;
  }

  /** @cpython dictresize(mp, log2, unicode): compacts into a new combined table. */
  private resizeTo(log2: number, wantUnicode: boolean): void {
    const kind = this.profile.dictUnicodeEntries && wantUnicode && this.isUnicodeish() ? "unicode" : "general";
    this.leaveShared();
    this.setCombined(log2, kind);
  }

  /** @cpython GROWTH_RATE(d) */
  private growthRate(): number {
    return this.profile.dictGrowthRate === "3used" ? this.ma_used * 3 : this.ma_used * 2 + (this.S >> 1);
  }

  /** @cpython insertion_resize(mp[, unicode]) */
  private insertionResize(wantUnicode: boolean): void {
    this.resizeTo(sizeForLog2(this.profile, this.growthRate()), wantUnicode);
  }

  // ## Mutations

  /**
   * `d[k] = v`, `d.setdefault(k, v)`, each item of a comprehension / `dict(pairs)` / `update(pairs)`.
   * `key.isNew` = k not in d yet; `key.str` = k's value iff k is an exact str (else omit).
   * @cpython insertdict / insert_to_emptydict
   */
  setItem(key: KeyInfo): void {
    const p = this.profile;
    const isStr = key.str !== undefined;
    if (this.kind === "split") {
      this.splitSetItem(key);
      return;
    }
    if (this.kind === "empty") {
      if (!key.isNew) return;
      this.setCombined(DICT_LOG_MINSIZE, p.dictUnicodeEntries && isStr ? "unicode" : "general");
    } else if (this.kind === "unicode" && !isStr) {
      // if (DK_IS_UNICODE(mp->ma_keys) && !PyUnicode_CheckExact(key)) insertion_resize(mp, 0)
      this.insertionResize(false);
    }
    if (!key.isNew) return;
    if (this.dk_usable <= 0) this.insertionResize(true);
    this.addEntry(key);
  }

  private addEntry(key: KeyInfo): void {
    this.dk_usable--;
    this.dk_nentries++;
    this.entries.push(key);
    this.ma_used++;
    if (key.str === undefined) this.hasNonStrKey = true;
    else this.names?.push(key.str);
  }

  private splitSetItem(key: KeyInfo): void {
    const keys = this.shared!;
    const name = key.str;
    if (keys instanceof SplitKeys) {
      // 3.6 – 3.10 insertdict on a split table
      if (!key.isNew) return;
      const ix = name === undefined ? -2 : keys.names.indexOf(name);
      if (
        name === undefined ||
        (ix >= 0 && this.ma_used !== ix) ||
        (ix < 0 && this.ma_used !== keys.nentries) ||
        (ix < 0 && keys.usable <= 0)
      ) {
        this.insertionResize(true);
        this.setItem(key);
        return;
      }
      if (ix < 0) {
        keys.names.push(name);
        keys.usable--;
      }
      this.ma_used++;
      this.names?.push(name);
      return;
    }
    // 3.11+: split dicts accept any order; a non-str key converts to a general table first.
    if (name === undefined) {
      this.insertionResize(false);
      this.setItem(key);
      return;
    }
    if (!key.isNew) return;
    if (!keys.names.includes(name)) {
      if (keys.usable <= 0) {
        this.insertionResize(true);
        this.setItem(key);
        return;
      }
      keys.names.push(name);
      keys.usable--;
    }
    this.ma_used++;
    this.names?.push(name);
  }

  /**
   * `del d[k]`, `d.pop(k)` of an existing key (pass the key when it is a str: instance dicts need it).
   * Which entry dies matters only to a later popitem() (dead entries at the end are released with it,
   * which changes dk_nentries and so the copy/merge clone tests): exact str keys are found by value,
   * other keys by `key.id` (pass the same id as on insert); else `position` = index of k in iteration
   * order before the deletion (O(n)); else the first live entry is assumed.
   * @cpython delitem_common: used−−; the entry stays consumed (no shrink). 3.6–3.10 split tables are
   * first converted to combined ones of the same size.
   */
  delItem(key?: KeyInfo, position?: number): void {
    if (this.kind === "split" && this.shared instanceof SplitKeys) {
      this.resizeTo(this.shared.log2, true);
    }
    if (this.kind !== "split") this.entries.kill(key, position);
    this.ma_used--;
    if (key?.str !== undefined && this.names) {
      const i = this.names.indexOf(key.str);
      if (i >= 0) this.names.splice(i, 1);
    }
  }

  /**
   * `d.popitem()` on a non-empty dict. @cpython dict_popitem_impl: split tables are combined first;
   * the last live entry is removed and dk_nentries drops to its index (trailing dead entries are
   * released with it); usable is unchanged.
   */
  popitem(): void {
    if (this.kind === "split") this.resizeTo(this.shared!.log2, true);
    this.dk_nentries = this.entries.popLast();
    this.ma_used--;
    this.names?.pop();
  }

  /**
   * `d.clear()`: back to the shared empty keys. @cpython PyDict_Clear; 3.13+ an instance dict with
   * embedded values stays split (only the values are cleared).
   */
  clear(): void {
    if (this.kind === "split" && this.embeddedValues && this.profile.dictClearKeepsEmbeddedValues) {
      this.ma_used = 0;
      if (this.names) this.names = [];
      return;
    }
    this.leaveShared();
    this.kind = "empty";
    this.dk_log2_size = 0;
    this.dk_usable = 0;
    this.dk_nentries = 0;
    this.ma_used = 0;
    this.entries.reset();
    this.hasNonStrKey = false;
    this.clearedEmptyValues = this.profile.dictClearLeavesEmptyValues;
    if (this.names) this.names = [];
  }

  /**
   * `d.update(m)`, `d |= m`, `{**m}`-style merges where m is an EXACT dict (for other mappings and
   * iterables of pairs call setItem per key). `keys`: m's keys in iteration order, `isNew` relative to d.
   * @cpython dict_merge: 3.10+ clone fast path into an empty d; one resize to size_for(E(used + m))
   * when U(S) < len(m); then insertdict per key.
   */
  update(src: DictLayout, keys: readonly KeyInfo[]): void {
    const p = this.profile;
    const m = src.ma_used;
    if (src === this || m === 0) return;
    if (
      p.dictMergeClone &&
      this.ma_used === 0 &&
      (this.kind !== "split" || p.dictMergeCloneIntoSplit) &&
      (src.kind === "general" || src.kind === "unicode") &&
      src.ma_used === src.dk_nentries &&
      (src.dk_log2_size === DICT_LOG_MINSIZE || usableFraction(src.S / 2) < m)
    ) {
      this.cloneFrom(src);
      return;
    }
    const capacity = this.kind === "empty" ? 0 : this.kind === "split" ? usableFraction(this.S) : usableFraction(this.S);
    if (capacity < m) {
      this.resizeTo(sizeForLog2(p, estimateSize(this.ma_used + m)), src.isUnicodeish());
    }
    for (const k of keys) this.setItem(k);
  }

  /** `d.copy()`, `copy.copy(d)`, and the copy in `d1 | d2` (then update). @cpython PyDict_Copy */
  copy(keys: readonly KeyInfo[] = []): DictLayout {
    const p = this.profile;
    // 3.6 copies a cleared dict (empty keys + empty_values) through the split-table branch: stays empty.
    if (this.kind === "empty" && this.clearedEmptyValues && !p.dictCopyClone) {
      const c = DictLayout.emptyKeys(p);
      c.clearedEmptyValues = true; // the copy has a (zero-length) values array too
      return c;
    }
    if (this.kind === "split" && (!p.dictCopyClone || this.ma_used > 0)) {
      // A split copy shares the keys and holds a reference to them (3.6–3.10 refcount) until the runtime
      // calls release() on it: a live copy keeps a later attribute store from re-sharing the class keys.
      const c = DictLayout.splitFor(p, this.sharing!, this.shared!, [...(this.names ?? [])], this.ma_used);
      c.sharing = null; // copies are plain dicts for the class (no attribute stores)
      return c;
    }
    if (p.dictCopyClone) {
      if (this.ma_used === 0) return DictLayout.pyDictNew(p);
      if (this.kind !== "split" && this.ma_used >= Math.floor((this.dk_nentries * 2) / 3)) {
        const c = new DictLayout(p);
        c.cloneFrom(this);
        return c;
      }
    }
    const c = DictLayout.pyDictNew(p);
    c.update(this, keys.length ? keys : this.syntheticKeys());
    return c;
  }

  /** Keys to replay when the caller did not pass them (only the str-ness matters for sizes). */
  private syntheticKeys(): KeyInfo[] {
    const out: KeyInfo[] = [];
    const uni = this.kind === "unicode" || this.kind === "split";
    for (let i = 0; i < this.ma_used; i++) out.push(uni ? { str: this.names?.[i] ?? `\u0000k${i}`, isNew: true } : { isNew: true });
    return out;
  }

  private cloneFrom(src: DictLayout): void {
    this.leaveShared();
    this.kind = src.kind;
    this.dk_log2_size = src.dk_log2_size;
    this.dk_usable = src.dk_usable;
    this.dk_nentries = src.dk_nentries;
    this.ma_used = src.ma_used;
    this.entries.copyFrom(src.entries);
    this.hasNonStrKey = src.hasNonStrKey;
  }

  // ## Instance attribute stores (3.6 – 3.10 _PyObjectDict_SetItem upkeep)

  /** Internal (InstanceLayout): store attribute `name` through setattr. */
  storeAttr(name: string, isNew: boolean): void {
    const sharing = this.sharing;
    const wasShared = sharing !== null && sharing.cached !== null && this.shared === sharing.cached;
    this.setItem({ str: name, isNew });
    if (wasShared && sharing.cached && sharing.cached !== this.shared) this.reshare(sharing);
  }

  /** Internal (InstanceLayout): `del obj.name`. */
  deleteAttr(name: string): void {
    this.delItem({ str: name, isNew: false });
    const sharing = this.sharing;
    if (sharing?.cached) {
      sharing.cached.refcnt--;
      sharing.cached = null;
    }
  }

  /** @cpython _PyObjectDict_SetItem after a resize: re-share if the class was the only other holder. */
  private reshare(sharing: KeySharing): void {
    const old = sharing.cached!;
    if (old.refcnt === 1 && !this.hasNonStrKey && this.kind !== "empty") {
      // make_keys_shared: drop dummies, then this dict's keys become the class keys
      if (this.dk_nentries !== this.ma_used) this.resizeTo(this.dk_log2_size, true);
      const keys = new SplitKeys(this.dk_log2_size, this.dk_usable, 2);
      keys.names.push(...(this.names ?? []));
      this.kind = "split";
      this.shared = keys;
      this.holdsSharedRef = true;
      sharing.cached = keys;
    } else {
      sharing.cached = null;
    }
    old.refcnt--;
  }

  /**
   * True when this dict holds a counted reference to 3.6–3.10 shared keys (an instance __dict__ or a
   * split copy of one): only then does release() change anything.
   */
  get holdsSharedKeys(): boolean {
    return this.holdsSharedRef;
  }

  /**
   * The dict object died (its last reference went away). Optional, but it keeps the 3.6–3.10 shared-keys
   * reference counts exact: a dropped `o.__dict__.copy()` or a dead instance no longer prevents the class
   * from re-sharing its keys. Idempotent; the layout must not be used afterwards.
   */
  release(): void {
    this.leaveShared();
  }

  // ## Explanation

  sizeofParts(): SizePart[] {
    const p = this.profile;
    const parts: SizePart[] = [
      { label: "dict object header", bytes: DICT_OBJECT_SIZE, cpython: "PyDictObject (ob_refcnt, ob_type, ma_used, ma_version_tag, ma_keys, ma_values)" },
    ];
    if (this.kind === "split") {
      const keys = this.shared!;
      const count = keys instanceof SplitKeys ? usableFraction(2 ** keys.log2) : keys.nentries + keys.usable;
      parts.push(
        repeated(
          "values array",
          count,
          POINTER_SIZE,
          keys instanceof SplitKeys ? "ma_values[USABLE_FRACTION(dk_size)] (split table)" : "ma_values, shared_keys_usable_size = dk_nentries + dk_usable of the class keys",
        ),
      );
      // a non-holding copy still holds the keys while it is being measured
      if (keys instanceof SplitKeys && keys.refcnt + (this.holdsSharedRef ? 0 : 1) === 1) parts.push(...this.keysParts(2 ** keys.log2, false, "(last holder of the shared keys)"));
      return parts;
    }
    if (this.kind === "empty") return parts;
    parts.push(...this.keysParts(this.S, this.kind === "unicode" && p.dictUnicodeEntries, ""));
    return parts;
  }

  private keysParts(S: number, unicode: boolean, note: string): SizePart[] {
    const p = this.profile;
    const w = indexWidth(S);
    const U = usableFraction(S);
    return [
      { label: `keys-table header${note ? " " + note : ""}`, bytes: p.dictKeysHeader, cpython: "PyDictKeysObject header (dk_refcnt, dk_log2_size, dk_usable, dk_nentries, …)" },
      repeated(`indices (${w}-byte)`, S, w, "dk_indices[dk_size], DK_IXSIZE"),
      repeated(
        unicode ? "entries (unicode: key, value)" : "entries (hash, key, value)",
        U,
        unicode ? 16 : 24,
        unicode ? "PyDictUnicodeEntry[USABLE_FRACTION(dk_size)]" : "PyDictKeyEntry[USABLE_FRACTION(dk_size)]",
      ),
    ];
  }

  isGc(): boolean {
    return true;
  }

  state(): Record<string, number | string | boolean> {
    if (this.kind === "split") {
      const k = this.shared!;
      return {
        kind: "split",
        ma_used: this.ma_used,
        shared_dk_size: 2 ** k.log2,
        shared_dk_nentries: k.nentries,
        shared_dk_usable: k.usable,
      };
    }
    return {
      kind: this.kind,
      dk_size: this.kind === "empty" ? 0 : this.S,
      dk_usable: this.dk_usable,
      dk_nentries: this.dk_nentries,
      ma_used: this.ma_used,
      dummies: this.dk_nentries - this.ma_used,
    };
  }
}
