/*
 * The layout model of `set` and `frozenset`: a REAL open-addressing hash table (keys, hashes, dummies),
 * because the size after removals and the iteration order both depend on the probe sequence.
 * Mirrors Include/setobject.h and Objects/setobject.c (set_add_entry, set_lookkey, set_insert_clean,
 * set_table_resize, set_merge, set_update_internal, set_pop, set_difference_update_internal),
 * CPython 3.6 – 3.13.
 *
 * PySetObject (64-bit)
 *   +------------------+ off size
 *   | ob_refcnt        |   0   8
 *   | ob_type          |   8   8
 *   | fill             |  16   8   active + dummy slots
 *   | used             |  24   8   len(set)
 *   | mask             |  32   8   S - 1
 *   | table            |  40   8   -> smalltable or a separate block of S entries
 *   | hash             |  48   8   (frozenset hash cache)
 *   | finger           |  56   8   set.pop() search start
 *   | smalltable[8]    |  64 128   embedded 8-entry table (16 bytes per setentry: key, hash)
 *   | weakreflist      | 192   8
 *   +------------------+ 200 = tp_basicsize
 *
 * Slot states: unused (key NULL, hash 0) → active → dummy (hash -1) after a removal; dummies are only
 * dropped by a resize.
 * __sizeof__ = 200 + (16·S if S > 8 else 0); getsizeof adds the GC header → 216 (3.8+) for S = 8.
 *
 * add: probe (i = hash & mask, then LINEAR_PROBES = 9 neighbours when they fit, then
 * i = (i*5 + 1 + perturb) & mask with perturb >>= 5); a new key reuses a dummy met on the way (no resize
 * check) or takes the unused slot: fill++, and when "full" resize(used > 50000 ? 2·used : 4·used).
 * "full": 3.6 fill*3 >= 2*mask; 3.7+ fill*5 >= 3*mask.  resize(m): S = smallest power of two > m (min 8).
 * merge (set(s), s.copy(), s | t, |=, update with a set): if (fill + len(t))·5 >= 3·mask (3.6: ·3, 2·)
 * resize(2·(used + len(t))) first, then copy / insert_clean / add.  Sets never shrink on removal.
 * Check: set(range(5)) = 16 + 200 + 32×16 = 728 (3.8+).
 */

import type { Profile } from "../versions";
import { repeated, type SizePart } from "../memory/explain";
import { Layout, chargeGrowth } from "./common";

/** @cpython PySet_MINSIZE */
export const SET_MINSIZE = 8;
/** @cpython LINEAR_PROBES */
export const LINEAR_PROBES = 9;
/** @cpython PERTURB_SHIFT */
export const PERTURB_SHIFT = 5n;

const UNUSED = 0;
const ACTIVE = 1;
const DUMMY = 2;



/** Python-level equality of two keys with equal hashes (the runtime's __eq__). */
export type KeyEq<K> = (a: K, b: K) => boolean;

/** One member: the key and its Python hash (signed 64-bit, never -1). */
export interface SetEntry<K> {
  key: K;
  hash: bigint;
}

/** One element of a starred set display: a plain item, or `*x` (an exact set/frozenset, an exact dict, or any other iterable). */
export type StarredSetElement<K> =
  | { kind: "item"; entry: SetEntry<K> }
  | { kind: "set"; set: SetLayout<K> }
  | { kind: "dict"; entries: readonly SetEntry<K>[] }
  | { kind: "iterable"; entries: readonly SetEntry<K>[] };

/** Hash table state of one set or frozenset; also the storage the runtime iterates (table order). */
export class SetLayout<K = unknown> extends Layout {
  typeName: "set" | "frozenset";
  fill = 0;
  used = 0;
  private maskValue = SET_MINSIZE - 1;
  /** table size − 1 (growth is reported to the allocation meter: 16-byte setentry per slot) */
  get mask(): number {
    return this.maskValue;
  }
  set mask(m: number) {
    const old = this.maskValue;
    this.maskValue = m;
    if (m > old) chargeGrowth((m - old) * 16, (m - SET_MINSIZE + 1) * 16);
  }
  finger = 0;
  private states: Uint8Array = new Uint8Array(SET_MINSIZE);
  private keysArr: (K | undefined)[] = new Array(SET_MINSIZE);
  private hashes: bigint[] = new Array<bigint>(SET_MINSIZE).fill(0n);

  private constructor(
    profile: Profile,
    readonly eq: KeyEq<K>,
    frozen: boolean,
  ) {
    super(profile);
    this.typeName = frozen ? "frozenset" : "set";
  }

  // ## Construction paths

  /**
   * `set()`, `frozenset()`, and the start of: set comprehensions, non-constant displays (BUILD_SET),
   * `set(list/range/str/generator…)` (then call add per element, in iteration order).
   */
  static empty<K>(profile: Profile, eq: KeyEq<K>, frozen = false): SetLayout<K> {
    return new SetLayout(profile, eq, frozen);
  }

  /** `set(a_set)`, `frozenset(a_set)`, `a_set.copy()`: a new set merged from `src`. @cpython make_new_set → set_merge */
  static fromSet<K>(profile: Profile, src: SetLayout<K>, frozen = false): SetLayout<K> {
    const s = new SetLayout(profile, src.eq, frozen);
    s.mergeSet(src);
    return s;
  }

  /** `set(a_dict)`: entries = the dict's keys and hashes in dict order. @cpython set_update_internal (dict branch) */
  static fromDict<K>(profile: Profile, eq: KeyEq<K>, entries: readonly SetEntry<K>[], frozen = false): SetLayout<K> {
    const s = new SetLayout(profile, eq, frozen);
    s.updateFromDict(entries);
    return s;
  }

  /**
   * A set display `{a, b, c}` (no starred items) with its members in source order.
   * @cpython 3.9+ compiler: n ≥ 3 all-constant → BUILD_SET 0 + SET_UPDATE frozenset constant (a merge);
   * otherwise BUILD_SET = one add per item.
   */
  static fromDisplay<K>(profile: Profile, eq: KeyEq<K>, items: readonly SetEntry<K>[], opts: { allConstant: boolean }): SetLayout<K> {
    const s = new SetLayout(profile, eq, false);
    if (profile.constantDisplayFolding && opts.allConstant && items.length > 2) {
      // The folded frozenset constant is built from the items, then rebuilt from its own iteration order
      // when the compiler merges constants (merge_consts_recursive re-creates frozensets).
      const folded = new SetLayout(profile, eq, true);
      for (const it of items) folded.add(it.key, it.hash);
      const constant = new SetLayout(profile, eq, true);
      for (const e of folded.entries()) constant.add(e.key, e.hash);
      s.mergeSet(constant);
      return s;
    }
    for (const it of items) s.add(it.key, it.hash);
    return s;
  }

  /**
   * A set display with starred items, `{*a, b, *c}`, in source order.
   * @cpython 3.9+ BUILD_SET of the leading items, then SET_UPDATE / SET_ADD; 3.6–3.8 BUILD_SET_UNPACK:
   * a new set updated with each part, runs of plain items first collected into a set of their own
   * (BUILD_SET) and then merged. Updating with a set merges (set_merge), with an exact dict uses the
   * dict branch, with anything else adds element by element.
   */
  static fromStarredDisplay<K>(profile: Profile, eq: KeyEq<K>, elements: readonly StarredSetElement<K>[]): SetLayout<K> {
    const s = new SetLayout(profile, eq, false);
    const update = (e: Exclude<StarredSetElement<K>, { kind: "item" }>) => {
      if (e.kind === "set") s.mergeSet(e.set);
      else if (e.kind === "dict") s.updateFromDict(e.entries);
      else s.updateFromIterable(e.entries);
    };
    if (profile.starredDisplayViaExtend) {
      for (const e of elements) {
        if (e.kind === "item") s.add(e.entry.key, e.entry.hash);
        else update(e);
      }
      return s;
    }
    let run: SetLayout<K> | null = null;
    for (const e of elements) {
      if (e.kind === "item") {
        run ??= new SetLayout(profile, eq, false);
        run.add(e.entry.key, e.entry.hash);
        continue;
      }
      if (run) s.mergeSet(run);
      run = null;
      update(e);
    }
    if (run) s.mergeSet(run);
    return s;
  }

  // ## Probing

  /** The index of the first probe slot, and the perturbed sequence after it (generator of "blocks"). */
  private findActive(key: K, hash: bigint): number {
    const mask = this.mask;
    let perturb = BigInt.asUintN(64, hash);
    let i = Number(perturb & BigInt(mask));
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let idx = i;
      for (let j = 0; j <= probes; j++, idx++) {
        const st = this.states[idx]!;
        if (st === UNUSED) return -1;
        if (st === ACTIVE && this.hashes[idx] === hash) {
          const k = this.keysArr[idx] as K;
          if (k === key || this.eq(k, key)) return idx;
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i * 5 + 1) + perturb) & BigInt(mask));
    }
  }

  /** `x in s`. @cpython set_contains_entry */
  has(key: K, hash: bigint): boolean {
    return this.findActive(key, hash) >= 0;
  }

  /** @cpython set_insert_clean: place a key known to be absent into a table without dummies. */
  private insertClean(key: K, hash: bigint): void {
    const mask = this.mask;
    let perturb = BigInt.asUintN(64, hash);
    let i = Number(perturb & BigInt(mask));
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let idx = i;
      for (let j = 0; j <= probes; j++, idx++) {
        if (this.states[idx] === UNUSED) {
          this.states[idx] = ACTIVE;
          this.keysArr[idx] = key;
          this.hashes[idx] = hash;
          return;
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i * 5 + 1) + perturb) & BigInt(mask));
    }
  }

  /**
   * `s.add(x)` and every element-wise insertion. Returns true when x was not a member.
   * @cpython set_add_entry
   */
  add(key: K, hash: bigint): boolean {
    const mask = this.mask;
    let perturb = BigInt.asUintN(64, hash);
    let i = Number(perturb & BigInt(mask));
    let freeslot = -1;
    // 3.6 remembers the FIRST dummy on the probe path, 3.7/3.8 and 3.10+ the last one seen, 3.9 none.
    const reuse = this.profile.setDummyReuse;
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let idx = i;
      for (let j = 0; j <= probes; j++, idx++) {
        const st = this.states[idx]!;
        if (st === UNUSED) {
          if (freeslot >= 0) {
            this.states[freeslot] = ACTIVE;
            this.keysArr[freeslot] = key;
            this.hashes[freeslot] = hash;
            this.used++;
            return true;
          }
          this.states[idx] = ACTIVE;
          this.keysArr[idx] = key;
          this.hashes[idx] = hash;
          this.fill++;
          this.used++;
          if (!this.isFull()) return true;
          this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return true;
        }
        if (st === ACTIVE) {
          if (this.hashes[idx] === hash) {
            const k = this.keysArr[idx] as K;
            if (k === key || this.eq(k, key)) return false;
          }
        } else if (reuse === "last" || (reuse === "first" && freeslot < 0)) {
          freeslot = idx;
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i * 5 + 1) + perturb) & BigInt(mask));
    }
  }

  /** @cpython set_add_entry "full" test: 3.6 fill*3 >= mask*2; 3.7+ fill*5 >= mask*3 */
  private isFull(): boolean {
    return this.profile.setLoad === "3/5" ? this.fill * 5 >= this.mask * 3 : this.fill * 3 >= this.mask * 2;
  }

  /** @cpython set_table_resize(so, minused): smallest power of two > minused, dummies dropped, table order kept. */
  resize(minused: number): void {
    let newsize = SET_MINSIZE;
    while (newsize <= minused) newsize *= 2;
    if (newsize === SET_MINSIZE && this.mask === SET_MINSIZE - 1 && this.fill === this.used) return;
    const oldStates = this.states;
    const oldKeys = this.keysArr;
    const oldHashes = this.hashes;
    this.states = new Uint8Array(newsize);
    this.keysArr = new Array(newsize);
    this.hashes = new Array<bigint>(newsize).fill(0n);
    this.mask = newsize - 1;
    this.fill = this.used;
    for (let idx = 0; idx < oldStates.length; idx++) {
      if (oldStates[idx] === ACTIVE) this.insertClean(oldKeys[idx] as K, oldHashes[idx]!);
    }
  }

  /**
   * `s.discard(x)`, `s.remove(x)` (the runtime raises KeyError when this returns false).
   * @cpython set_discard_entry: the slot becomes a dummy; used−−; never shrinks.
   */
  discard(key: K, hash: bigint): boolean {
    const idx = this.findActive(key, hash);
    if (idx < 0) return false;
    this.states[idx] = DUMMY;
    this.keysArr[idx] = undefined;
    this.hashes[idx] = -1n;
    this.used--;
    return true;
  }

  /** `s.pop()`: the entry removed (undefined when empty: the runtime raises KeyError). @cpython set_pop (finger) */
  pop(): SetEntry<K> | undefined {
    if (this.used === 0) return undefined;
    let idx = this.finger & this.mask;
    while (this.states[idx] !== ACTIVE) {
      idx++;
      if (idx > this.mask) idx = 0;
    }
    const entry = { key: this.keysArr[idx] as K, hash: this.hashes[idx]! };
    this.states[idx] = DUMMY;
    this.keysArr[idx] = undefined;
    this.hashes[idx] = -1n;
    this.used--;
    this.finger = idx + 1;
    return entry;
  }

  /** `s.clear()`: back to the embedded 8-slot table. @cpython set_clear_internal */
  clear(): void {
    this.states = new Uint8Array(SET_MINSIZE);
    this.keysArr = new Array(SET_MINSIZE);
    this.hashes = new Array<bigint>(SET_MINSIZE).fill(0n);
    this.mask = SET_MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
  }

  // ## Bulk operations

  /**
   * `s.update(t)`, `s |= t`, and the merge inside set(t)/copy/`s | t`, for an exact set/frozenset `t`.
   * @cpython set_merge
   */
  mergeSet(other: SetLayout<K>): void {
    if (other === this || other.used === 0) return;
    const full = this.profile.setLoad === "3/5" ? (this.fill + other.used) * 5 >= this.mask * 3 : (this.fill + other.used) * 3 >= this.mask * 2;
    if (full) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      for (let idx = 0; idx <= other.mask; idx++) {
        if (other.states[idx] === ACTIVE) {
          this.states[idx] = ACTIVE;
          this.keysArr[idx] = other.keysArr[idx];
          this.hashes[idx] = other.hashes[idx]!;
        }
      }
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      this.fill = other.used;
      this.used = other.used;
      for (let idx = 0; idx <= other.mask; idx++) {
        if (other.states[idx] === ACTIVE) this.insertClean(other.keysArr[idx] as K, other.hashes[idx]!);
      }
      return;
    }
    for (const e of other.entries()) this.add(e.key, e.hash);
  }

  /**
   * `s.update(d)` / `set(d)` for an exact dict `d`: entries = d's keys with hashes, in dict order.
   * @cpython set_update_internal (dict branch): one up-front resize, then adds.
   */
  updateFromDict(entries: readonly SetEntry<K>[]): void {
    const n = entries.length;
    const full = this.profile.setLoad === "3/5" ? (this.fill + n) * 5 >= this.mask * 3 : (this.fill + n) * 3 >= this.mask * 2;
    if (full) this.resize((this.used + n) * 2);
    for (const e of entries) this.add(e.key, e.hash);
  }

  /** `s.update(iterable)` for anything that is not a set or dict: one add per element. */
  updateFromIterable(entries: Iterable<SetEntry<K>>): void {
    for (const e of entries) this.add(e.key, e.hash);
  }

  /** `s.copy()` / `frozenset(s)` / `set(s)`: a new merged set. */
  copy(frozen = this.typeName === "frozenset"): SetLayout<K> {
    return SetLayout.fromSet(this.profile, this, frozen);
  }

  /**
   * `s | t` for sets: copy of s, then merge t; `s | s` is just the copy.
   * @cpython set_or: `result = set_copy(so); if ((PyObject *)so == other) return result;`
   */
  union(other: SetLayout<K>): SetLayout<K> {
    const r = this.copy(this.typeName === "frozenset");
    if (other === this) return r;
    r.mergeSet(other);
    return r;
  }

  /**
   * `s & t` for sets: iterate the smaller set, add members found in the larger. @cpython set_intersection
   */
  intersection(other: SetLayout<K>): SetLayout<K> {
    if (other === this) return this.copy();
    const r = new SetLayout(this.profile, this.eq, this.typeName === "frozenset");
    const [small, big]: SetLayout<K>[] = other.used > this.used ? [this, other] : [other, this];
    for (const e of small.entries()) if (big.has(e.key, e.hash)) r.add(e.key, e.hash);
    return r;
  }

  /** `s &= t` / `s.intersection_update(t)` for a set t: the table is replaced by the intersection. */
  intersectionUpdate(other: SetLayout<K>): void {
    const r = this.intersection(other);
    this.swapBodies(r);
  }

  /**
   * `s - t` for sets: copy-and-discard when len(s)/4 > len(t), else a new set of s's members not in t.
   * @cpython set_difference / set_copy_and_difference
   */
  difference(other: SetLayout<K>): SetLayout<K> {
    if (this.used >> 2 > other.used) {
      const r = this.copy();
      r.differenceUpdate(other);
      return r;
    }
    const r = new SetLayout(this.profile, this.eq, this.typeName === "frozenset");
    for (const e of this.entries()) if (!other.has(e.key, e.hash)) r.add(e.key, e.hash);
    return r;
  }

  /**
   * `s -= t` / `s.difference_update(t)` for a set t: discard each member of t, then rebuild when more
   * than a quarter of the slots are dummies. @cpython set_difference_update_internal
   */
  differenceUpdate(other: SetLayout<K>): void {
    if (this.skipsEmptyDifferenceUpdate()) return;
    if (other === this) {
      this.clear();
      return;
    }
    const src = other.used >> 3 > this.used ? this.intersection(other) : other;
    for (const e of [...src.entries()]) this.discard(e.key, e.hash);
    this.afterDifferenceUpdate();
  }

  /** `s.difference_update(iterable)` for a non-set iterable: discard each element, then the dummy check. */
  differenceUpdateFromIterable(entries: Iterable<SetEntry<K>>): void {
    if (this.skipsEmptyDifferenceUpdate()) return;
    for (const e of entries) this.discard(e.key, e.hash);
    this.afterDifferenceUpdate();
  }

  /** The profile's setDifferenceUpdateSkipsEmpty (3.6): an empty set keeps its dummies. */
  private skipsEmptyDifferenceUpdate(): boolean {
    return this.profile.setDifferenceUpdateSkipsEmpty && this.used === 0;
  }

  private afterDifferenceUpdate(): void {
    // if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4) return 0;
    if (this.fill - this.used <= Math.floor(this.mask / 4)) return;
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** `s ^= t` for a set t: discard members of t found in s, add the others. @cpython set_symmetric_difference_update */
  symmetricDifferenceUpdate(other: SetLayout<K>): void {
    if (other === this) {
      this.clear();
      return;
    }
    for (const e of [...other.entries()]) {
      if (!this.discard(e.key, e.hash)) this.add(e.key, e.hash);
    }
  }

  /** `s ^ t` for sets: a copy of t updated with s. @cpython set_symmetric_difference */
  symmetricDifference(other: SetLayout<K>): SetLayout<K> {
    const r = SetLayout.fromSet(this.profile, other, this.typeName === "frozenset");
    r.symmetricDifferenceUpdate(this);
    return r;
  }

  // ## The same operations with a non-set argument (set methods accept any iterable)

  /** `s.union(iterable)` / `s | …` with a non-set: copy of s, then one add per element. @cpython set_union */
  unionWithIterable(entries: Iterable<SetEntry<K>>): SetLayout<K> {
    const r = this.copy(this.typeName === "frozenset");
    r.updateFromIterable(entries);
    return r;
  }

  /** `s.intersection(iterable)`: elements of the iterable that are in s, added in iteration order. @cpython set_intersection */
  intersectionWithIterable(entries: Iterable<SetEntry<K>>): SetLayout<K> {
    const r = new SetLayout(this.profile, this.eq, this.typeName === "frozenset");
    for (const e of entries) if (this.has(e.key, e.hash)) r.add(e.key, e.hash);
    return r;
  }

  /** `s.intersection_update(iterable)`: the table is replaced by intersectionWithIterable. */
  intersectionUpdateWithIterable(entries: Iterable<SetEntry<K>>): void {
    this.swapBodies(this.intersectionWithIterable(entries));
  }

  /** `s.difference(iterable)` with a non-set, non-dict argument. @cpython set_copy_and_difference */
  differenceWithIterable(entries: Iterable<SetEntry<K>>): SetLayout<K> {
    const r = this.copy(this.typeName === "frozenset");
    r.differenceUpdateFromIterable(entries);
    return r;
  }

  /** `s.symmetric_difference(iterable)`: a new set built from the iterable, updated with s. */
  symmetricDifferenceWithIterable(entries: Iterable<SetEntry<K>>): SetLayout<K> {
    const r = new SetLayout(this.profile, this.eq, this.typeName === "frozenset");
    r.updateFromIterable(entries);
    r.symmetricDifferenceUpdate(this);
    return r;
  }

  /** `s.symmetric_difference_update(iterable)`: builds a temporary set from the iterable first. */
  symmetricDifferenceUpdateWithIterable(entries: Iterable<SetEntry<K>>): void {
    const other = new SetLayout(this.profile, this.eq, false);
    other.updateFromIterable(entries);
    this.symmetricDifferenceUpdate(other);
  }

  private swapBodies(r: SetLayout<K>): void {
    this.states = r.states;
    this.keysArr = r.keysArr;
    this.hashes = r.hashes;
    this.mask = r.mask;
    this.fill = r.fill;
    this.used = r.used;
  }

  /** Marks the result of an operation as a frozenset (e.g. `fs | s` returns a frozenset); same layout. */
  asFrozen(frozen = true): this {
    this.typeName = frozen ? "frozenset" : "set";
    return this;
  }

  // ## Iteration

  /** Members in table order (CPython's iteration / repr order). */
  *entries(): IterableIterator<SetEntry<K>> {
    for (let idx = 0; idx <= this.mask; idx++) {
      if (this.states[idx] === ACTIVE) yield { key: this.keysArr[idx] as K, hash: this.hashes[idx]! };
    }
  }

  /** Keys in table order. */
  *keys(): IterableIterator<K> {
    for (const e of this.entries()) yield e.key;
  }

  get size(): number {
    return this.used;
  }

  // ## Explanation

  sizeofParts(): SizePart[] {
    const S = this.mask + 1;
    const parts: SizePart[] = [
      { label: "set object with embedded 8-slot table", bytes: 200, cpython: "PySetObject (fill, used, mask, table, hash, finger, smalltable[8], weakreflist)" },
    ];
    if (S > SET_MINSIZE) parts.push(repeated("hash table entries (key, hash)", S, 16, "setentry[mask + 1], set_table_resize"));
    return parts;
  }

  isGc(): boolean {
    return true;
  }

  state(): Record<string, number | string | boolean> {
    return { slots: this.mask + 1, fill: this.fill, used: this.used, dummies: this.fill - this.used };
  }
}


