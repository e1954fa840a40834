/*
 * Version profiles: every CPython-version-dependent constant and rule the simulator's layout models use,
 * in ONE table. Object code reads `profile.someRule`; it never compares version strings.
 *
 * Target: 64-bit Linux (x86-64), default GIL release builds, CPython 3.6 – 3.13.
 * Truth: /work/shared/docs/cpython-sizes.md ("the rule book"); section numbers (§) below refer to it.
 *
 * ## Version policy
 *
 * Accepted inputs: "3.X" and "3.X.Y" for X in 6 … 13 and any patch Y ≥ 0.
 * A bare minor version resolves to a default patch:
 *
 *   "3.6" → 3.6.15   "3.7" → 3.7.16   "3.8" → 3.8.18    "3.9" → 3.9.18
 *   "3.10" → 3.10.13 "3.11" → 3.11.7  "3.12" → 3.12.1   "3.13" → 3.13.4 (newest behaviour we model)
 *
 * 3.6 – 3.12 default to the patch level of the golden oracle (pyenv builds on this machine); the rule book
 * names no size change after those patches. "3.13" means the newest 3.13 behaviour (issue #5), i.e. the
 * dict sizing fix gh-133703 (3.13.4+). The oracle is 3.13.0, so golden/oracle comparisons must pass the
 * full patch "3.13.0" (see ORACLE_VERSIONS).
 *
 * Patch-level rules (§10): 3.11.0/3.11.1 size int 0 as 24 bytes (gh-100637 fixed it in 3.11.2);
 * 3.13.0 – 3.13.3 keep the `calculate_log2_keysize` quirk of 3.10 – 3.12 (gh-133703, fixed in 3.13.4).
 */

// ## Version strings

/** Minor versions the simulator models, oldest first. */
export const SUPPORTED_VERSIONS = ["3.6", "3.7", "3.8", "3.9", "3.10", "3.11", "3.12", "3.13"] as const;

/** A supported minor version, e.g. "3.12". */
export type MinorVersion = (typeof SUPPORTED_VERSIONS)[number];

/** "3.12" or a full patch version such as "3.13.0" / "3.11.1". */
export type PythonVersion = MinorVersion | `${MinorVersion}.${number}`;

/** The exact interpreters of the golden oracle (pyenv builds), one per minor version. */
export const ORACLE_VERSIONS = [
  "3.6.15",
  "3.7.16",
  "3.8.18",
  "3.9.18",
  "3.10.13",
  "3.11.7",
  "3.12.1",
  "3.13.0",
] as const;

/** Patch a bare "3.X" resolves to (see the version policy above). */
export const DEFAULT_PATCH: Readonly<Record<MinorVersion, number>> = {
  "3.6": 15,
  "3.7": 16,
  "3.8": 18,
  "3.9": 18,
  "3.10": 13,
  "3.11": 7,
  "3.12": 1,
  "3.13": 4,
};

// ## The profile

/** How `list_resize` over-allocates. */
export type ListGrowth =
  /** newsize + (newsize >> 3) + (newsize < 9 ? 3 : 6) */
  | "classic"
  /** (newsize + (newsize >> 3) + 6) & ~3, or (newsize + 3) & ~3 for a big jump */
  | "round4";

/** What `list(x)` does first when `x` has a `__len__` (list___init__). */
export type ListInitFromSized =
  /** no pre-allocation: straight to list_extend (≤3.7) */
  | "none"
  /** list_preallocate_exact(n): exactly n (3.8, 3.9) */
  | "exact"
  /** list_preallocate_exact(n): (n + 1) & ~1 (3.10+) */
  | "exactEven";

/** How `calculate_keysize` / `dictresize` pick a table size for a minimum `x`. */
export type DictSizeFor =
  /** smallest power of two ≥ max(x, 8) */
  | "pow2ge"
  /** 2 ** bit_length(((x | 8) - 1) | 7): 1…7 → 16, powers of two ≥ 16 doubled (gh-133703) */
  | "bitLengthQuirk";

/** `_PyDict_NewPresized(n)` flavour (dict displays, kwargs dicts). */
export type DictPresize =
  /** 3.6/3.7: S = pow2ge(E(n)), never the empty keys */
  | "always"
  /** 3.8/3.9: n ≤ 5 → empty keys, else smallest power of two ≥ E(n) starting at 16 */
  | "min16"
  /** 3.10+: n ≤ 5 → empty keys, else size_for(E(n)) */
  | "sizeFor";

/** How `dict(a=1, …)` is built (§6.5). */
export type DictKwargsCall =
  /** kwargs dict = presize(n) + inserts, merged into `dict()` (3.6 – 3.8) */
  | "mergeKwargsDict"
  /** `dict()` then one insert per keyword (3.9+) */
  | "inserts";

/** Instance `__dict__` key sharing (§8.3). */
export type SharedKeysModel =
  /** 3.6 – 3.10: ht_cached_keys split tables, re-shared by make_keys_shared, dropped on mismatch */
  | "splitTable"
  /** 3.11+: one 64-slot class keys object, usable 30, decremented per instance creation */
  | "classManaged";

/**
 * Every version-dependent constant and rule used by the layout models. Fields carry their CPython
 * citation and the versions they hold for; read them, never compare `version` strings.
 */
export interface Profile {
  /** Full version, e.g. "3.13.0". */
  readonly version: string;
  /** The minor version this profile belongs to, e.g. "3.13". */
  readonly minorVersion: MinorVersion;
  /** 3 */
  readonly major: 3;
  /** e.g. 13 */
  readonly minor: number;
  /** e.g. 0 */
  readonly micro: number;

  // ### Object header and GC

  /** @cpython Include/objimpl.h sizeof(PyGC_Head): 32 on 3.6–3.7 (long double alignment), 16 on 3.8+ (§1.2) */
  readonly gcHeaderSize: number;
  /** @cpython Objects/typeobject.c type_new: 3.6/3.7 heap types are GC only if the base is GC or they add storage; 3.8+ always (§1.4) */
  readonly heapTypesAlwaysGc: boolean;
  /** @cpython Py_TPFLAGS_MANAGED_DICT (3.11+): instance dict managed by the VM, counted as a 16-byte pre-header (§8.1) */
  readonly managedDict: boolean;
  /** @cpython Py_TPFLAGS_MANAGED_WEAKREF (3.12+): weakref list managed too, sharing the same pre-header (§8.1) */
  readonly managedWeakref: boolean;
  /** @cpython Objects/typeobject.c type_new_descriptors: 3.12+ also manage the dict of var-sized subclasses (int, tuple, bytes) (§8.4) */
  readonly managedDictForVarSized: boolean;
  /** @cpython _PyType_PreHeaderSize: bytes before the GC header when dict/weakref are managed (§1.1) */
  readonly preHeaderSize: number;

  // ### int, str

  /** @cpython Objects/longobject.c int___sizeof___impl: 3.11.2+ count at least one digit, so 0 is 28 (gh-100637, §2.1) */
  readonly intZeroHasDigit: boolean;
  /** @cpython Objects/longobject.c int___sizeof___impl: 3.12+ sizes int subclasses by tp_basicsize (§8.4) */
  readonly intSizeofUsesBasicsize: boolean;
  /** @cpython Include/cpython/unicodeobject.h sizeof(PyASCIIObject): 48 (3.6–3.11), 40 (3.12+, wstr removed) (§3.1) */
  readonly strAsciiHeader: number;
  /** @cpython sizeof(PyCompactUnicodeObject): 72 (3.6–3.11), 56 (3.12+, wstr_length removed) (§3.1) */
  readonly strCompactHeader: number;
  /**
   * @cpython Objects/unicodeobject.c split()/rsplit() (3.12+): without maxsplit, a str split pre-sizes its
   * result list from the string length (whitespace: (len - 1) / 2 + 1 splits; separator: len / len(sep) + 1)
   * instead of MAX_PREALLOC = 12. bytes.split is unchanged. (measured)
   */
  readonly strSplitPreallocByLength: boolean;
  /** @cpython Objects/unicodeobject.c LATIN1 singletons: 3.12+ carry a cached UTF-8 copy that unicode_sizeof counts (§3.2) */
  readonly strLatin1SingletonUtf8Cached: boolean;

  // ### Constants and identity (what `is` sees; no size depends on these)

  /**
   * @cpython Python/compile.c: which equal constants are one object. "codeObject" (3.6/3.7): compiler_add_o
   * merges co_consts of one code object by _PyCode_ConstantKey; "compilation" (3.8+): merge_consts_recursive
   * merges through c_const_cache, shared by every code object compiled from one source (measured).
   */
  readonly constMergeScope: "codeObject" | "compilation";
  /**
   * @cpython Python/peephole.c (3.6): folded tuples / unary / binary results are appended to co_consts
   * unmerged (one object per folding site); 3.7+ fold in Python/ast_opt.c before compiler_add_o (measured).
   */
  readonly constFoldedMerged: boolean;
  /**
   * @cpython items of a constant tuple: 3.6 builds it from the merged LOAD_CONST items (peephole.c
   * fold_tuple_on_constants), 3.8+ merge_consts_recursive merges them; 3.7 keeps the literal objects (measured).
   */
  readonly constTupleItemsMerged: boolean;
  /**
   * @cpython Python/compile.c compiler_subdict (3.6/3.7): a dict display of n > 1 constant keys loads them as one
   * keys tuple (BUILD_CONST_KEY_MAP) made of the literal objects, merged as a whole; 3.8+ merge its items (measured).
   */
  readonly constKeyMapKeysMerged: boolean;
  /**
   * @cpython Include/internal/pycore_global_strings.h (3.11/3.12): one-character str constants that intern to a
   * static _Py_ID string instead of the Latin-1 singleton (3.13 interns the singletons first). Measured with
   * `chr(c) is "<c>"` for every identifier character.
   */
  readonly strConstStaticOneCharIds: string;
  /** @cpython Objects/tupleobject.c tupleconcat: 3.7+ return the left tuple itself when the right one is empty (measured: 3.6 always builds a new tuple) */
  readonly tupleConcatEmptyReturnsSelf: boolean;

  // ### list

  /** @cpython Objects/listobject.c list_resize: "classic" 3.6–3.8, "round4" 3.9+ (§5.2) */
  readonly listGrowth: ListGrowth;
  /** @cpython Objects/listobject.c list___init___impl + list_preallocate_exact (§5.3) */
  readonly listInitFromSized: ListInitFromSized;
  /** @cpython Objects/listobject.c list_extend: 3.10+ list_preallocate_exact when ob_item == NULL (exact-even) (§5.3) */
  readonly listExtendPreallocatesWhenNull: boolean;
  /** @cpython Python/compile.c starunpack_helper: 3.9+ all-constant displays (n ≥ 3) become BUILD_LIST 0 + LIST_EXTEND const (§5.4) */
  readonly constantDisplayFolding: boolean;
  /** @cpython Python/compile.c STACK_USE_GUIDELINE = 30: 3.10+ displays over 30 items are built by appends (§5.4) */
  readonly displayStackLimit: number | null;
  /** @cpython Python/ceval.c BUILD_LIST_UNPACK (3.6–3.8) vs LIST_EXTEND (3.9+) for starred list displays (§5.3) */
  readonly starredDisplayViaExtend: boolean;
  /** @cpython Objects/listobject.c list_pop_impl: 3.12+ popping the last item clears the list (NULL array) (§5.5) */
  readonly listPopLastClears: boolean;
  /** @cpython Objects/listobject.c list_extend_set / list_extend_dict (3.13+): resize(len+n) for sets, dicts, dict views (§5.3) */
  readonly listExtendSetDictViaResize: boolean;
  /** @cpython Include/internal/pycore_list.h _PyList_AppendTakeRef (3.11+): append only resizes when ob_size == allocated */
  readonly listAppendFastPath: boolean;
  /** @cpython Objects/listobject.c list_ass_item_lock_held (3.13+): `del l[i]` shifts items and shrinks ob_size, never reallocates (measured) */
  readonly listDelItemKeepsCapacity: boolean;

  // ### dict

  /** @cpython Objects/dictobject.c sizeof(PyDictKeysObject) header: 40 (3.6–3.10), 32 (3.11+) (§6.1) */
  readonly dictKeysHeader: number;
  /** @cpython DICT_KEYS_UNICODE (3.11+): str-only tables use 16-byte PyDictUnicodeEntry (§6.1) */
  readonly dictUnicodeEntries: boolean;
  /** @cpython GROWTH_RATE: used*2 + size/2 (3.6), used*3 (3.7+) (§6.3) */
  readonly dictGrowthRate: "2used+half" | "3used";
  /** @cpython calculate_keysize / calculate_log2_keysize (§6.3) */
  readonly dictSizeFor: DictSizeFor;
  /** @cpython _PyDict_NewPresized (§6.3) */
  readonly dictPresize: DictPresize;
  /** @cpython dict_new/PyDict_New: `{}` (BUILD_MAP 0) allocates 8 slots in 3.6/3.7 (§6.5) */
  readonly dictEmptyDisplayAllocates: boolean;
  /** @cpython dict_new: `dict()` allocates 8 slots in 3.6–3.9, shares the empty keys in 3.10+ (§6.5) */
  readonly dictCallAllocates: boolean;
  /** @cpython PyDict_New in 3.6/3.7 allocates an 8-slot keys object (also used by copy/merge fallbacks, BUILD_MAP_UNPACK) */
  readonly dictNewAllocates: boolean;
  /** @cpython dict_vectorcall / dict_update_common (§6.5) */
  readonly dictKwargsCall: DictKwargsCall;
  /** @cpython Python/compile.c compiler_dict: 3.10+ chunks displays by STACK_USE_GUIDELINE (17 pairs) (§6.5) */
  readonly dictDisplayChunking: boolean;
  /** @cpython dict_merge: 3.10+ clones a clean combined source into an empty target (§6.4) */
  readonly dictMergeClone: boolean;
  /**
   * @cpython dict_merge: 3.10–3.12 also clone into an empty split target (an instance `__dict__`), dropping its
   * values; 3.13 requires `mp->ma_values == NULL` first, so the instance dict stays split (measured).
   */
  readonly dictMergeCloneIntoSplit: boolean;
  /** @cpython PyDict_Copy: 3.7+ clone_combined_dict when few deletions (§6.4) */
  readonly dictCopyClone: boolean;
  /** @cpython PyDict_Clear: ≤3.10 leaves ma_values = empty_values, so a cleared dict counts as "split" (3.6 copy() keeps it empty) */
  readonly dictClearLeavesEmptyValues: boolean;
  /** @cpython Python/ceval.c BUILD_MAP_UNPACK (3.6–3.8: PyDict_New + update each part) vs DICT_UPDATE (3.9+) */
  readonly dictUnpackViaNewDict: boolean;
  /** Instance dict key sharing model (§8.3). */
  readonly sharedKeys: SharedKeysModel;
  /**
   * Which instances of a managed-dict class get their values array at creation (and so decrement the
   * class keys' usable count, rule book §8.3), measured:
   * - "objectNewPlainDict" (3.11): only instances made by object_new (classes without a built-in base);
   *   others create their dict lazily (split on the first attribute store, PyDict_New on a bare `__dict__`).
   * - "objectNew" (3.12): the same instances; the others' dict is always split (also on a bare `__dict__`).
   * - "bareObject" (3.13+, Py_TPFLAGS_INLINE_VALUES): only when tp_basicsize == sizeof(PyObject)
   *   (no __slots__ in the chain, no built-in base); others share the class keys lazily.
   * - "none" (≤3.10): no managed dicts.
   * @cpython _PyObject_InitializeDict / init_inline_values (3.11), _PyObject_InitInlineValues (3.12+)
   */
  readonly instanceValuesAtCreation: "none" | "objectNewPlainDict" | "objectNew" | "bareObject";
  /** @cpython Objects/dictobject.c clear_lock_held (3.13+): clearing a dict whose values are embedded in the instance keeps it split */
  readonly dictClearKeepsEmbeddedValues: boolean;
  /** @cpython SHARED_KEYS_MAX_SIZE = 30 (3.11+) */
  readonly sharedKeysMaxSize: number;
  /** @cpython NEXT_LOG2_SHARED_KEYS_MAX_SIZE = 6 (3.11+): class keys have 64 slots */
  readonly sharedKeysLog2Size: number;

  // ### set

  /** @cpython Objects/setobject.c set_add_entry "full": fill*3 >= 2*mask (3.6) vs fill*5 >= 3*mask (3.7+) (§7.2) */
  readonly setLoad: "2/3" | "3/5";
  /**
   * @cpython Objects/setobject.c set_add_entry: which dummy slot on the probe path a new key reuses:
   * 3.6 the first, 3.7–3.8 and 3.10+ the last one seen, 3.9 none (always the unused slot, fill++).
   * Measured (order and sizes after removals, tests/unit/simulator/objects/measured/sets.json).
   */
  readonly setDummyReuse: "first" | "last" | "never";
  /**
   * @cpython Objects/setobject.c set_difference_update_internal: 3.6 returns at once when the set is
   * empty, so an emptied set keeps its dummies after `s -= t` (3.7+ run the dummy check anyway).
   * Measured: an emptied 32-slot set stays 744 bytes on 3.6.15 and shrinks to 232 on 3.7.16.
   */
  readonly setDifferenceUpdateSkipsEmpty: boolean;

  // ### bytearray

  /** @cpython Objects/bytearrayobject.c bytearray___init__: 3.11+ size list/tuple arguments exactly (§3.5) */
  readonly bytearrayExactFromListTuple: boolean;

  // ### Exceptions, misc (§8.4, §9: measured only)

  /** @cpython Include/cpython/pyerrors.h PyBaseExceptionObject: 64 (3.6–3.10), 72 (3.11+, __notes__) */
  readonly baseExceptionBasicsize: number;
  /** getsizeof (GC header included) of objects the simulator only knows by measurement. */
  readonly measured: Readonly<Record<MeasuredKind, number>>;
  /** @cpython sizeof(PyHeapTypeObject): __sizeof__ of a class object before its cached keys (measured) */
  readonly heapTypeSize: number;
  /**
   * @cpython Include/cpython/pyerrors.h: bytes some exception structs add to PyBaseExceptionObject
   * (StopIteration.value, SystemExit.code, NameError.name 3.10+, AttributeError.obj/name 3.10+,
   * ImportError.msg/name/path (+name_from 3.12+), OSError's 5 fields) — measured.
   */
  readonly exceptionExtraBytes: Readonly<Record<string, number>>;
  /** getsizeof of misc objects from the rule book §9 (measured only; kept for compatibility, see `measured`). */
  readonly misc: Readonly<{
    function: number;
    generator: number;
    listIterator: number;
    module: number;
    builtinType: number;
    property: number;
    staticmethod: number;
  }>;
}

// ## Measured-only sizes

/**
 * Objects whose size the simulator takes from measurements (rule book §9 plus
 * tests/unit/simulator/objects/measured/misc.json, written by scripts/measure-layouts.py): totals as
 * sys.getsizeof reports them, GC header included. Their internal layout is not modelled.
 */
export type MeasuredKind =
  | "builtin_function_or_method"
  | "method"
  | "function"
  | "list_iterator"
  | "tuple_iterator"
  | "str_iterator"
  | "range_iterator"
  | "dict_keyiterator"
  | "dict_valueiterator"
  | "dict_itemiterator"
  | "set_iterator"
  | "bytes_iterator"
  | "zip"
  | "map"
  | "filter"
  | "enumerate"
  | "list_reverseiterator"
  | "dict_keys"
  | "dict_values"
  | "dict_items"
  | "module"
  | "type"
  | "property"
  | "staticmethod"
  | "classmethod"
  | "memoryview";

// @cpython measured (scripts/measure-layouts.py misc category; replayed by measured.test.ts)
const MEASURED: Readonly<Record<MinorVersion, Readonly<Record<MeasuredKind, number>>>> = {
  "3.6": { builtin_function_or_method: 80, method: 72, function: 144, list_iterator: 64, tuple_iterator: 64, str_iterator: 64, range_iterator: 48, dict_keyiterator: 88, dict_valueiterator: 88, dict_itemiterator: 88, set_iterator: 80, bytes_iterator: 64, zip: 72, map: 64, filter: 64, enumerate: 80, list_reverseiterator: 64, dict_keys: 56, dict_values: 56, dict_items: 56, module: 88, type: 400, property: 88, staticmethod: 64, classmethod: 64, memoryview: 200 },
  "3.7": { builtin_function_or_method: 80, method: 72, function: 144, list_iterator: 64, tuple_iterator: 64, str_iterator: 64, range_iterator: 48, dict_keyiterator: 88, dict_valueiterator: 88, dict_itemiterator: 88, set_iterator: 80, bytes_iterator: 64, zip: 72, map: 64, filter: 64, enumerate: 80, list_reverseiterator: 64, dict_keys: 56, dict_values: 56, dict_items: 56, module: 88, type: 400, property: 88, staticmethod: 64, classmethod: 64, memoryview: 200 },
  "3.8": { builtin_function_or_method: 72, method: 64, function: 136, list_iterator: 48, tuple_iterator: 48, str_iterator: 48, range_iterator: 48, dict_keyiterator: 72, dict_valueiterator: 72, dict_itemiterator: 72, set_iterator: 64, bytes_iterator: 48, zip: 56, map: 48, filter: 48, enumerate: 64, list_reverseiterator: 48, dict_keys: 40, dict_values: 40, dict_items: 40, module: 72, type: 416, property: 72, staticmethod: 48, classmethod: 48, memoryview: 184 },
  "3.9": { builtin_function_or_method: 72, method: 64, function: 136, list_iterator: 48, tuple_iterator: 48, str_iterator: 48, range_iterator: 48, dict_keyiterator: 72, dict_valueiterator: 72, dict_itemiterator: 72, set_iterator: 64, bytes_iterator: 48, zip: 56, map: 48, filter: 48, enumerate: 64, list_reverseiterator: 48, dict_keys: 40, dict_values: 40, dict_items: 40, module: 72, type: 408, property: 72, staticmethod: 48, classmethod: 48, memoryview: 184 },
  "3.10": { builtin_function_or_method: 72, method: 64, function: 144, list_iterator: 48, tuple_iterator: 48, str_iterator: 48, range_iterator: 48, dict_keyiterator: 72, dict_valueiterator: 72, dict_itemiterator: 72, set_iterator: 64, bytes_iterator: 48, zip: 64, map: 48, filter: 48, enumerate: 64, list_reverseiterator: 48, dict_keys: 40, dict_values: 40, dict_items: 40, module: 72, type: 408, property: 80, staticmethod: 48, classmethod: 48, memoryview: 184 },
  "3.11": { builtin_function_or_method: 72, method: 64, function: 152, list_iterator: 48, tuple_iterator: 48, str_iterator: 48, range_iterator: 48, dict_keyiterator: 72, dict_valueiterator: 72, dict_itemiterator: 72, set_iterator: 64, bytes_iterator: 48, zip: 64, map: 48, filter: 48, enumerate: 72, list_reverseiterator: 48, dict_keys: 40, dict_values: 40, dict_items: 40, module: 72, type: 424, property: 80, staticmethod: 48, classmethod: 48, memoryview: 184 },
  "3.12": { builtin_function_or_method: 72, method: 64, function: 160, list_iterator: 48, tuple_iterator: 48, str_iterator: 48, range_iterator: 40, dict_keyiterator: 72, dict_valueiterator: 72, dict_itemiterator: 72, set_iterator: 64, bytes_iterator: 48, zip: 64, map: 48, filter: 48, enumerate: 72, list_reverseiterator: 48, dict_keys: 40, dict_values: 40, dict_items: 40, module: 72, type: 432, property: 80, staticmethod: 48, classmethod: 48, memoryview: 184 },
  "3.13": { builtin_function_or_method: 72, method: 64, function: 160, list_iterator: 48, tuple_iterator: 48, str_iterator: 48, range_iterator: 40, dict_keyiterator: 72, dict_valueiterator: 72, dict_itemiterator: 72, set_iterator: 64, bytes_iterator: 48, zip: 64, map: 48, filter: 48, enumerate: 72, list_reverseiterator: 48, dict_keys: 40, dict_values: 40, dict_items: 40, module: 72, type: 416, property: 80, staticmethod: 48, classmethod: 48, memoryview: 184 },
};

/** @cpython sizeof(PyHeapTypeObject) (type___sizeof___impl for heap types, before the cached keys), measured */
const HEAP_TYPE_SIZE: Readonly<Record<MinorVersion, number>> = {
  "3.6": 864, "3.7": 864, "3.8": 880, "3.9": 880, "3.10": 888, "3.11": 904, "3.12": 920, "3.13": 928,
};

// ## Table

interface MinorRow {
  minor: number;
  gc: number;
  misc: Profile["misc"];
}

const MINOR_ROWS: Readonly<Record<MinorVersion, MinorRow>> = {
  // @cpython measured §9 (function, generator, list_iterator, module, type(int), property, staticmethod)
  "3.6": { minor: 6, gc: 32, misc: { function: 144, generator: 96, listIterator: 64, module: 88, builtinType: 400, property: 88, staticmethod: 64 } },
  "3.7": { minor: 7, gc: 32, misc: { function: 144, generator: 128, listIterator: 64, module: 88, builtinType: 400, property: 88, staticmethod: 64 } },
  "3.8": { minor: 8, gc: 16, misc: { function: 136, generator: 112, listIterator: 48, module: 72, builtinType: 416, property: 72, staticmethod: 48 } },
  "3.9": { minor: 9, gc: 16, misc: { function: 136, generator: 112, listIterator: 48, module: 72, builtinType: 408, property: 72, staticmethod: 48 } },
  "3.10": { minor: 10, gc: 16, misc: { function: 144, generator: 104, listIterator: 48, module: 72, builtinType: 408, property: 80, staticmethod: 48 } },
  "3.11": { minor: 11, gc: 16, misc: { function: 152, generator: 200, listIterator: 48, module: 72, builtinType: 424, property: 80, staticmethod: 48 } },
  "3.12": { minor: 12, gc: 16, misc: { function: 160, generator: 192, listIterator: 48, module: 72, builtinType: 432, property: 80, staticmethod: 48 } },
  "3.13": { minor: 13, gc: 16, misc: { function: 160, generator: 192, listIterator: 48, module: 72, builtinType: 416, property: 80, staticmethod: 48 } },
};

function buildProfile(minorVersion: MinorVersion, micro: number): Profile {
  const row = MINOR_ROWS[minorVersion];
  const m = row.minor;
  return Object.freeze({
    version: `${minorVersion}.${micro}`,
    minorVersion,
    major: 3 as const,
    minor: m,
    micro,

    gcHeaderSize: row.gc,
    heapTypesAlwaysGc: m >= 8,
    managedDict: m >= 11,
    managedWeakref: m >= 12,
    managedDictForVarSized: m >= 12,
    preHeaderSize: 16,

    intZeroHasDigit: m > 11 || (m === 11 && micro >= 2),
    intSizeofUsesBasicsize: m >= 12,
    strAsciiHeader: m >= 12 ? 40 : 48,
    strCompactHeader: m >= 12 ? 56 : 72,
    strLatin1SingletonUtf8Cached: m >= 12,
    strSplitPreallocByLength: m >= 12,
    constMergeScope: m >= 8 ? "compilation" : "codeObject",
    constFoldedMerged: m >= 7,
    constTupleItemsMerged: m !== 7,
    constKeyMapKeysMerged: m >= 8,
    strConstStaticOneCharIds: m === 11 ? "abcdefhijklmnopqrstvwxyBCLST_" : m === 12 ? "abcdenprsx_" : "",
    tupleConcatEmptyReturnsSelf: m >= 7,

    listGrowth: m >= 9 ? "round4" : "classic",
    listInitFromSized: m >= 10 ? "exactEven" : m >= 8 ? "exact" : "none",
    listExtendPreallocatesWhenNull: m >= 10,
    constantDisplayFolding: m >= 9,
    displayStackLimit: m >= 10 ? 30 : null,
    starredDisplayViaExtend: m >= 9,
    listPopLastClears: m >= 12,
    listExtendSetDictViaResize: m >= 13,
    listDelItemKeepsCapacity: m >= 13,
    listAppendFastPath: m >= 11,

    dictKeysHeader: m >= 11 ? 32 : 40,
    dictUnicodeEntries: m >= 11,
    dictGrowthRate: m >= 7 ? "3used" : "2used+half",
    dictSizeFor: m >= 10 && !(m === 13 && micro >= 4) ? "bitLengthQuirk" : "pow2ge",
    dictPresize: m >= 10 ? "sizeFor" : m >= 8 ? "min16" : "always",
    dictEmptyDisplayAllocates: m <= 7,
    dictCallAllocates: m <= 9,
    dictNewAllocates: m <= 7,
    dictKwargsCall: m >= 9 ? "inserts" : "mergeKwargsDict",
    dictDisplayChunking: m >= 10,
    dictMergeClone: m >= 10,
    dictMergeCloneIntoSplit: m >= 10 && m <= 12,
    dictCopyClone: m >= 7,
    dictUnpackViaNewDict: m <= 8,
    dictClearLeavesEmptyValues: m <= 10,
    sharedKeys: m >= 11 ? "classManaged" : "splitTable",
    instanceValuesAtCreation: m >= 13 ? "bareObject" : m === 12 ? "objectNew" : m === 11 ? "objectNewPlainDict" : "none",
    dictClearKeepsEmbeddedValues: m >= 13,
    sharedKeysMaxSize: 30,
    sharedKeysLog2Size: 6,

    setLoad: m >= 7 ? "3/5" : "2/3",
    setDummyReuse: m === 6 ? "first" : m === 9 ? "never" : "last",
    setDifferenceUpdateSkipsEmpty: m === 6,

    bytearrayExactFromListTuple: m >= 11,

    baseExceptionBasicsize: m >= 11 ? 72 : 64,
    measured: MEASURED[minorVersion],
    heapTypeSize: HEAP_TYPE_SIZE[minorVersion],
    exceptionExtraBytes: {
      StopIteration: 8,
      SystemExit: 8,
      NameError: m >= 10 ? 8 : 0,
      AttributeError: m >= 10 ? 16 : 0,
      ImportError: m >= 12 ? 32 : 24,
      ModuleNotFoundError: m >= 12 ? 32 : 24,
      OSError: 40,
    },
    misc: row.misc,
  } satisfies Profile);
}

const cache = new Map<string, Profile>();

/**
 * Resolves "3.12" / "3.13.0" (optionally prefixed "python"/"v") to its Profile.
 * @throws Error naming the supported versions when the string is not one of them.
 */
export function resolveVersion(s: string): Profile {
  const hit = cache.get(s);
  if (hit) return hit;
  const m = /^(?:python|py|v)?\s*(3\.\d+)(?:\.(\d+))?$/i.exec(String(s).trim());
  const minor = m?.[1] as MinorVersion | undefined;
  if (!m || !minor || !(SUPPORTED_VERSIONS as readonly string[]).includes(minor)) {
    throw new Error(
      `Unsupported Python version ${JSON.stringify(s)}: expected one of ${SUPPORTED_VERSIONS.join(", ")} ` +
        `or a full patch version such as 3.13.0`,
    );
  }
  const micro = m[2] === undefined ? DEFAULT_PATCH[minor] : Number(m[2]);
  const profile = buildProfile(minor, micro);
  cache.set(s, profile);
  return profile;
}

/** True when `s` names a version resolveVersion accepts. */
export function isSupportedVersion(s: string): s is PythonVersion {
  try {
    resolveVersion(s);
    return true;
  } catch {
    return false;
  }
}
