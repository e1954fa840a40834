/*
 * The layout models of user-defined classes and their instances: plain classes, `__slots__`,
 * dataclasses (incl. slots=True), namedtuple / typing.NamedTuple (tuple subclasses with
 * `__slots__ = ()`), subclasses of built-in types, and the per-class key-sharing state behind
 * `obj.__dict__`. Mirrors Objects/typeobject.c (type_new, type_new_descriptors, subtype_dealloc
 * flags), Objects/object.c object___sizeof__, Objects/dictobject.c _PyObjectDict_SetItem /
 * _PyObject_StoreInstanceAttribute, CPython 3.6 – 3.13.
 *
 * Instance of a plain class (64-bit)        3.6–3.10   3.11        3.12+
 *   [ pre-header: managed dict/weakref ]       -        16 (dict)   16 (dict and/or weakref)
 *   [ PyGC_Head                        ]     32/16      16          16
 *   | ob_refcnt, ob_type               |      16        16          16
 *   | __slots__ members (8 each)       |      8·k       8·k         8·k
 *   | __dict__ pointer                 |       8         - managed   - managed
 *   | __weakref__ pointer              |       8         8           - managed
 *   +----------------------------------+ tp_basicsize (what __sizeof__ reports)
 *
 * getsizeof(obj) = __sizeof__ (tp_basicsize, or the built-in base's own __sizeof__) + GC header
 * (3.6/3.7: only if the base is GC or the class adds storage; 3.8+: always) + pre-header (3.11+).
 * The instance __dict__ is a separate object (DictLayout, kind "split" while it shares the class keys).
 *
 * Key sharing (rule book §8.3):
 *   3.6–3.10: the class caches a split keys object (8 slots); instance dicts store values only
 *             (8·U(S)). Inserting out of order / deleting converts a dict to combined and may switch
 *             sharing off for the class; growing the first instance re-shares the bigger keys.
 *   3.11+:    one class keys object (64 slots, usable 30); every new instance decrements usable
 *             (while > 1); getsizeof(obj.__dict__) = 64 + 8·(nentries + usable) read at call time.
 * Check: plain instance 48 (3.8–3.10), 56 (3.11), 48 (3.12+); first __dict__ 104 (3.8), 296 (3.11+).
 */

import type { Profile } from "../versions";
import { gcHeaderPart, makeExplanation, preHeaderPart, sizeofFromExplanation, type SizeExplanation, type SizeModel, type SizePart } from "../memory/explain";
import { POINTER_SIZE, size } from "../memory/struct";
import { LayoutError, type Layout } from "./common";
import { DictLayout, KeySharing, keysBytes } from "./dict";
import { IntLayout } from "./int";

// ## Built-in bases

/** Built-in types a class may derive from. */
export type BuiltinBaseName =
  | "object"
  | "int"
  | "float"
  | "complex"
  | "str"
  | "bytes"
  | "bytearray"
  | "tuple"
  | "list"
  | "dict"
  | "set"
  | "frozenset"
  | "BaseException"
  | "Exception";

interface BuiltinBaseInfo {
  basicsize: (p: Profile) => number;
  itemsize: number;
  gc: boolean;
  hasDict: boolean;
  /** tp_weaklistoffset != 0 already (set, frozenset) */
  hasWeakref?: boolean;
  /**
   * How the base's __sizeof__ treats the subclass's extra storage: "basicsize" = it reports
   * tp_basicsize of the actual type (+ its variable part), so dict/weakref/slot pointers added by the
   * subclass are counted; "fixed" = it reports a fixed struct size and ignores them (str, bytes, int ≤3.11).
   */
  sizeof: (p: Profile) => "basicsize" | "fixed";
}

const BUILTIN_BASES: Readonly<Record<BuiltinBaseName, BuiltinBaseInfo>> = {
  object: { basicsize: () => size(""), itemsize: 0, gc: false, hasDict: false, sizeof: () => "basicsize" },
  // @cpython int___sizeof___impl: offsetof(PyLongObject, ob_digit) until 3.11, tp_basicsize from 3.12
  int: { basicsize: () => 24, itemsize: 4, gc: false, hasDict: false, sizeof: (p) => (p.intSizeofUsesBasicsize ? "basicsize" : "fixed") },
  float: { basicsize: () => size("d"), itemsize: 0, gc: false, hasDict: false, sizeof: () => "basicsize" },
  complex: { basicsize: () => size("2d"), itemsize: 0, gc: false, hasDict: false, sizeof: () => "basicsize" },
  // @cpython unicode_sizeof_impl ignores tp_basicsize (sizeof(PyUnicodeObject) for non-compact strings)
  str: { basicsize: (p) => p.strCompactHeader + 8, itemsize: 0, gc: false, hasDict: false, sizeof: () => "fixed" },
  // @cpython bytes___sizeof___impl: tp_basicsize + len * tp_itemsize (PyBytesObject_SIZE = 33 for exact bytes)
  bytes: { basicsize: () => 33, itemsize: 1, gc: false, hasDict: false, sizeof: () => "basicsize" },
  bytearray: { basicsize: () => 56, itemsize: 0, gc: false, hasDict: false, sizeof: () => "basicsize" },
  tuple: { basicsize: () => 24, itemsize: 8, gc: true, hasDict: false, sizeof: () => "basicsize" },
  list: { basicsize: () => 40, itemsize: 0, gc: true, hasDict: false, sizeof: () => "basicsize" },
  dict: { basicsize: () => 48, itemsize: 0, gc: true, hasDict: false, sizeof: () => "basicsize" },
  set: { basicsize: () => 200, itemsize: 0, gc: true, hasDict: false, hasWeakref: true, sizeof: () => "basicsize" },
  frozenset: { basicsize: () => 200, itemsize: 0, gc: true, hasDict: false, hasWeakref: true, sizeof: () => "basicsize" },
  BaseException: { basicsize: (p) => p.baseExceptionBasicsize, itemsize: 0, gc: true, hasDict: true, sizeof: () => "basicsize" },
  Exception: { basicsize: (p) => p.baseExceptionBasicsize, itemsize: 0, gc: true, hasDict: true, sizeof: () => "basicsize" },
};

export type SlotKind = "none" | "inline" | "managed";

/** What the runtime knows about a class statement. */
export interface ClassSpec {
  /** Class name (type(obj).__name__). */
  name: string;
  /** The base: another ClassLayout, or a built-in name. Default "object". (Single inheritance.) */
  base?: ClassLayout | BuiltinBaseName;
  /**
   * The `__slots__` names declared in this class body (may include "__dict__" / "__weakref__"), or
   * null/undefined when the class has no `__slots__`. namedtuple/NamedTuple: []; @dataclass(slots=True):
   * the field names (+ "__weakref__" with weakref_slot=True).
   */
  slots?: readonly string[] | null;
}

/** Layout of one class: basicsize, GC flag, where dict/weakref live, and its key-sharing state. */
export class ClassLayout {
  readonly name: string;
  readonly builtinBase: BuiltinBaseName;
  readonly basicsize: number;
  readonly itemsize: number;
  readonly isGc: boolean;
  readonly dictKind: SlotKind;
  readonly weakrefKind: SlotKind;
  /** named slots declared along the class chain (excluding __dict__/__weakref__) */
  readonly namedSlots: number;
  /** bytes the class chain added to the built-in base's basicsize */
  readonly addedBytes: number;
  /** Key-sharing state for instance dicts (null when instances have no __dict__). */
  readonly sharing: KeySharing | null;
  /** Instances created so far. */
  instances = 0;
  /** 3.11+: creating an instance pre-allocates its values and decrements the class keys' usable. */
  readonly valuesAtCreation: boolean;

  private constructor(
    readonly profile: Profile,
    spec: ClassSpec,
  ) {
    const p = profile;
    this.name = spec.name;
    const base = spec.base ?? "object";
    const baseInfo = typeof base === "string" ? BUILTIN_BASES[base] : null;
    this.builtinBase = typeof base === "string" ? base : base.builtinBase;
    const root = BUILTIN_BASES[this.builtinBase];
    const baseBasicsize = typeof base === "string" ? baseInfo!.basicsize(p) : base.basicsize;
    const baseGc = typeof base === "string" ? baseInfo!.gc : base.isGc;
    const baseDict: SlotKind = typeof base === "string" ? (baseInfo!.hasDict ? "inline" : "none") : base.dictKind;
    const baseWeak: SlotKind = typeof base === "string" ? (baseInfo!.hasWeakref ? "inline" : "none") : base.weakrefKind;
    const itemsize = root.itemsize;
    const baseName = typeof base === "string" ? base : base.name;

    let basicsize = baseBasicsize;
    let dictKind = baseDict;
    let weakrefKind = baseWeak;
    let named = typeof base === "string" ? 0 : base.namedSlots;
    let addDict: boolean;
    let addWeak: boolean;
    if (spec.slots == null) {
      addDict = baseDict === "none";
      addWeak = baseWeak === "none" && itemsize === 0;
    } else {
      const own = spec.slots.filter((s) => s !== "__dict__" && s !== "__weakref__");
      if (own.length > 0 && itemsize !== 0) {
        throw new LayoutError("TypeError", `nonempty __slots__ not supported for subtype of '${baseName}'`);
      }
      addDict = spec.slots.includes("__dict__");
      addWeak = spec.slots.includes("__weakref__");
      const dictCount = spec.slots.filter((s) => s === "__dict__").length;
      const weakCount = spec.slots.filter((s) => s === "__weakref__").length;
      if (dictCount > 1) throw new LayoutError("TypeError", "__dict__ slot disallowed: we already got one");
      if (weakCount > 1) throw new LayoutError("TypeError", "__weakref__ slot disallowed: we already got one");
      if (addDict && baseDict !== "none") throw new LayoutError("TypeError", "__dict__ slot disallowed: we already got one");
      if (addWeak && (baseWeak !== "none" || itemsize !== 0)) {
        throw new LayoutError("TypeError", "__weakref__ slot disallowed: we already got one");
      }
      basicsize += POINTER_SIZE * own.length;
      named += own.length;
    }
    if (addDict) {
      // @cpython type_new_descriptors: Py_TPFLAGS_MANAGED_DICT (3.11+; 3.11 only for itemsize == 0)
      if (p.managedDict && (itemsize === 0 || p.managedDictForVarSized)) {
        dictKind = "managed";
      } else {
        dictKind = "inline";
        basicsize += POINTER_SIZE;
      }
    }
    if (addWeak) {
      // @cpython Py_TPFLAGS_MANAGED_WEAKREF (3.12+)
      if (p.managedWeakref) {
        weakrefKind = "managed";
      } else {
        weakrefKind = "inline";
        basicsize += POINTER_SIZE;
      }
    }
    this.basicsize = basicsize;
    this.itemsize = itemsize;
    this.dictKind = dictKind;
    this.weakrefKind = weakrefKind;
    this.namedSlots = named;
    this.addedBytes = basicsize - root.basicsize(p);
    // @cpython type_new: 3.6/3.7 GC iff base GC or basicsize grew; 3.8+ heap types always GC
    this.isGc = p.heapTypesAlwaysGc || baseGc || basicsize > baseBasicsize;
    // Each class with an instance dict gets its own cached keys (ht_cached_keys).
    this.sharing = dictKind !== "none" && (p.sharedKeys === "splitTable" || dictKind === "managed") ? new KeySharing(p) : null;
    const rule = p.instanceValuesAtCreation;
    this.valuesAtCreation =
      this.sharing !== null &&
      dictKind === "managed" &&
      this.builtinBase === "object" &&
      (rule === "objectNew" || rule === "objectNewPlainDict" || (rule === "bareObject" && basicsize === size("")));
  }

  /** Creates the layout of a `class` statement. @throws LayoutError (TypeError) for invalid __slots__. */
  static create(profile: Profile, spec: ClassSpec): ClassLayout {
    return new ClassLayout(profile, spec);
  }

  /** Bytes added before the GC header by sys.getsizeof (3.11+ managed dict / 3.12+ managed weakref). */
  get preHeader(): number {
    const managed = this.dictKind === "managed" || (this.profile.managedWeakref && this.weakrefKind === "managed");
    return managed ? this.profile.preHeaderSize : 0;
  }

  /** Instances have a `__dict__`. */
  get hasDict(): boolean {
    return this.dictKind !== "none";
  }

  /**
   * `sys.getsizeof(Cls)`: the class object itself. @cpython type___sizeof___impl: sizeof(PyHeapTypeObject)
   * + the cached shared keys (3.6–3.10: while the class still caches them, at their current size;
   * 3.11+: the 64-slot class keys) + GC header.
   */
  typeObject(): SizeModel {
    const p = this.profile;
    const explain = (): SizeExplanation => {
      const parts: SizePart[] = [{ label: "heap type object", bytes: p.heapTypeSize, cpython: "sizeof(PyHeapTypeObject)" }];
      const sharing = this.sharing;
      if (sharing?.cached) {
        parts.push({ label: "cached shared keys", bytes: keysBytes(p, 2 ** sharing.cached.log2, false), cpython: "ht_cached_keys (_PyDict_KeysSize)" });
      } else if (sharing?.classKeys) {
        parts.push({ label: "cached shared keys", bytes: keysBytes(p, 2 ** sharing.classKeys.log2, true), cpython: "ht_cached_keys (_PyDict_KeysSize)" });
      }
      parts.push(gcHeaderPart(p.gcHeaderSize));
      return makeExplanation("type", parts, { name: this.name, shared_keys: !!(sharing?.cached || sharing?.classKeys) });
    };
    return {
      typeName: "type",
      explain,
      getsizeof: () => explain().total,
      sizeof: () => sizeofFromExplanation(explain()),
    };
  }

  /**
   * Call once per instance creation (every `Cls(...)`, also dataclass/namedtuple construction).
   * For subclasses of built-in types pass the value's own layout (ListLayout, DictLayout, TupleLayout,
   * IntLayout, StrLayout.forSubclass(...), …); keep mutating that layout as the value changes.
   */
  newInstance(value?: Layout): InstanceLayout {
    this.instances++;
    if (this.valuesAtCreation) this.sharing?.onInstanceCreated();
    return new InstanceLayout(this, value ?? null);
  }
}

/** One instance: getsizeof(obj) and its `__dict__`. */
export class InstanceLayout implements SizeModel {
  private dictLayout: DictLayout | null = null;

  constructor(
    readonly cls: ClassLayout,
    /** the built-in value part for subclasses of built-ins (null for object subclasses) */
    readonly value: Layout | null,
  ) {}

  get typeName(): string {
    return this.cls.name;
  }

  // ## Attribute storage

  /**
   * `obj.name = v` stored in the instance __dict__ (not for __slots__ members, properties, or
   * class attributes). `isNew` = name not yet in obj.__dict__.
   * @cpython _PyObjectDict_SetItem (3.6–3.10) / _PyObject_StoreInstanceAttribute (3.11+)
   */
  setAttr(name: string, isNew: boolean): void {
    const d = this.ensureDict(true);
    d.storeAttr(name, isNew);
  }

  /** `del obj.name` of an existing instance attribute. */
  delAttr(name: string): void {
    const d = this.ensureDict(true);
    d.deleteAttr(name);
  }

  /**
   * `obj.__dict__` / `vars(obj)`: the dict layout backing the attributes (created on first access;
   * the same object afterwards — mutate it with DictLayout.setItem/delItem for `obj.__dict__[k] = v`).
   * @throws LayoutError (AttributeError) when instances have no __dict__.
   */
  dict(): DictLayout {
    if (!this.cls.hasDict) {
      throw new LayoutError("AttributeError", `'${this.cls.name}' object has no attribute '__dict__'`);
    }
    return this.ensureDict(false);
  }

  private ensureDict(forStore: boolean): DictLayout {
    if (this.dictLayout) return this.dictLayout;
    const cls = this.cls;
    const p = cls.profile;
    const sharing = cls.sharing;
    let d: DictLayout;
    if (sharing?.classKeys && !cls.valuesAtCreation && !forStore && p.instanceValuesAtCreation === "objectNewPlainDict") {
      // 3.11 PyObject_GenericGetDict: no values and no dict yet → PyDict_New()
      d = DictLayout.instancePlain(p, sharing);
    } else if (sharing?.classKeys) {
      d = DictLayout.splitFor(p, sharing, sharing.classKeys, [], 0);
      if (cls.valuesAtCreation && p.instanceValuesAtCreation === "bareObject") d.embeddedValues = true;
    } else if (sharing?.cached) {
      d = DictLayout.splitFor(p, sharing, sharing.cached, [], 0);
    } else {
      d = DictLayout.instancePlain(p, sharing);
    }
    this.dictLayout = d;
    return d;
  }

  /** The instance died (optional: keeps 3.6–3.10 shared-keys reference counts exact). */
  release(): void {
    this.dictLayout?.release();
  }

  // ## Size

  explain(_profile?: unknown): SizeExplanation {
    const cls = this.cls;
    const p = cls.profile;
    const parts: SizePart[] = [];
    const sizeofMode = BUILTIN_BASES[cls.builtinBase].sizeof(p);
    if (this.value) {
      parts.push(...this.value.sizeofParts());
    } else if (cls.builtinBase === "object") {
      parts.push({ label: "object header", bytes: size(""), cpython: "PyObject_HEAD (ob_refcnt, ob_type)" });
    } else {
      parts.push({ label: `${cls.builtinBase} base struct`, bytes: BUILTIN_BASES[cls.builtinBase].basicsize(p), cpython: `tp_basicsize of ${cls.builtinBase}` });
    }
    if (sizeofMode === "basicsize") {
      if (cls.namedSlots > 0) parts.push({ label: "__slots__ members", bytes: cls.namedSlots * POINTER_SIZE, count: cls.namedSlots, each: POINTER_SIZE, cpython: "PyMemberDef slots (tp_basicsize)" });
      if (cls.dictKind === "inline" && !BUILTIN_BASES[cls.builtinBase].hasDict) parts.push({ label: "__dict__ pointer", bytes: POINTER_SIZE, cpython: "tp_dictoffset slot" });
      if (cls.weakrefKind === "inline" && !BUILTIN_BASES[cls.builtinBase].hasWeakref) parts.push({ label: "__weakref__ pointer", bytes: POINTER_SIZE, cpython: "tp_weaklistoffset slot" });
    }
    if (cls.preHeader) parts.push(preHeaderPart(cls.preHeader));
    if (cls.isGc) parts.push(gcHeaderPart(p.gcHeaderSize));
    const state: Record<string, number | string | boolean> = {
      tp_basicsize: cls.basicsize,
      gc: cls.isGc,
      dict: cls.dictKind,
      weakref: cls.weakrefKind,
      instances_created: cls.instances,
    };
    return makeExplanation(cls.name, parts, state);
  }

  getsizeof(): number {
    return this.explain().total;
  }

  sizeof(): number {
    return sizeofFromExplanation(this.explain());
  }
}

/** `int.__sizeof__` of an int-subclass value: helper so the runtime can build the value part. */
export function intValueLayout(profile: Profile, value: bigint): IntLayout {
  return IntLayout.of(profile, value);
}
