// Python values of the simulator: one `Py*` class per CPython object kind, plus `PyType` (builtin and
// user classes with their MRO). Containers carry their size model from `objects/` (field `m`), which
// the runtime drives with the construction path and mutation CPython takes, so `sys.getsizeof` can ask
// the model instead of guessing from the visible value.

import type * as AST from "../source/ast";
import type { DictLayout, ListLayout, SetLayout } from "../objects";

// ## Base object and types

export abstract class PyObject {
  /** The object's Python class (`type(obj)`); builtin kinds get it from their prototype (see types.ts). */
  declare cls: PyType;
  /** Instance attributes of user-class instances (and of subclasses of builtins); null otherwise. */
  declare attrs: PyDict | null;
}
// Defaults live on the prototype: no per-object field initialisation for millions of short-lived ints.
(PyObject.prototype as { attrs: PyDict | null }).attrs = null;

/** A Python class: builtin (`int`, `list`, …) or created by a `class` statement. */
export class PyType extends PyObject {
  name: string;
  qualname: string;
  module = "builtins";
  bases: PyType[];
  mro: PyType[] = [];
  /** Class namespace in definition order (methods, class attributes, builtin method descriptors). */
  ns = new Map<string, PyObject>();
  builtin: boolean;
  /** Closest builtin base that decides the instance layout (`object`, `list`, `int`, …). */
  layout!: PyType;
  /** `__slots__` names declared by this class (null = no `__slots__`). */
  slots: string[] | null = null;
  /** Instances get a `__dict__` (no `__slots__` anywhere without `'__dict__'`). */
  hasDict = false;
  hasWeakref = false;
  /** All slot names of the class and its bases (for attribute storage). */
  allSlots: string[] = [];
  /** Size-model state of the class (shared keys, basicsize); set by the runtime for user classes. */
  sizeState: unknown = null;
  /** Marks namedtuple / NamedTuple classes (field names). */
  tupleFields: string[] | null = null;
  /** Dataclass field metadata when decorated with @dataclass. */
  dataclassFields: DataclassField[] | null = null;
  /** Number of instances ever created (3.11+ shared keys counter is driven by the model). */
  constructor(name: string, bases: PyType[], builtin: boolean) {
    super();
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    this.builtin = builtin;
  }
  lookup(name: string): PyObject | undefined {
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i].ns.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  isSubtypeOf(t: PyType): boolean {
    if (this === t) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === t) return true;
    return false;
  }
}

export interface DataclassField {
  name: string;
  default: PyObject | null;
  defaultFactory: PyObject | null;
  init: boolean;
  repr: boolean;
  compare: boolean;
}

// ## Scalars

export class PyNoneType extends PyObject {}
export class PyEllipsisType extends PyObject {}
export class PyNotImplementedType extends PyObject {}

export class PyInt extends PyObject {
  constructor(public v: bigint) {
    super();
  }
}
export class PyBool extends PyInt {}

export class PyFloat extends PyObject {
  constructor(public v: number) {
    super();
  }
}

export class PyComplex extends PyObject {
  constructor(
    public re: number,
    public im: number,
  ) {
    super();
  }
}

export class PyStr extends PyObject {
  /**
   * Built as a new object by CPython even when it is one Latin-1 character (case conversions, replace,
   * multi-part join), i.e. not the 3.12+ singleton with a cached UTF-8 copy.
   */
  declare fresh: boolean;
  /** Number of code points; -1 until computed. */
  declare private cpl: number;
  /** True when `v` holds surrogate pairs (astral characters). */
  declare private astral: boolean;
  constructor(public v: string) {
    super();
  }
  get length(): number {
    if (this.cpl < 0) this.scan();
    return this.cpl;
  }
  get hasAstral(): boolean {
    if (this.cpl < 0) this.scan();
    return this.astral;
  }
  private scan(): void {
    const s = this.v;
    let n = 0;
    let astral = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          i++;
          astral = true;
        }
      }
      n++;
    }
    this.cpl = n;
    this.astral = astral;
  }
  /** Code points as an array of one-character JS strings (for astral-safe indexing). */
  chars(): string[] {
    return Array.from(this.v);
  }
}

{
  const proto = PyStr.prototype as unknown as { fresh: boolean; cpl: number; astral: boolean };
  proto.fresh = false;
  proto.cpl = -1;
  proto.astral = false;
}

export class PyBytes extends PyObject {
  constructor(public v: Uint8Array) {
    super();
  }
}

export class PyByteArray extends PyObject {
  /** Live bytes are v[0..len). */
  m: unknown = null;
  constructor(public v: Uint8Array) {
    super();
  }
}

// ## Containers

export class PyTuple extends PyObject {
  constructor(public items: PyObject[]) {
    super();
  }
}

export class PyList extends PyObject {
  /** Size model (`objects/` list layout state), set by the construction path. */
  m: ListLayout | null = null;
  constructor(public items: PyObject[]) {
    super();
  }
}

/** A dict entry in insertion order; a deleted entry has `key === null`. */
export interface DictEntry {
  key: PyObject | null;
  value: PyObject;
  hk: unknown;
}

/**
 * Python dict semantics over a JS Map: `hk` is the hash key (see hashKey in ops.ts) so that
 * `1`, `1.0` and `True` are the same key; entries keep insertion order with tombstones.
 */
export class PyDict extends PyObject {
  m: DictLayout | null = null;
  map = new Map<unknown, DictEntry>();
  entries: DictEntry[] = [];
  /** Live entries. */
  get size(): number {
    return this.map.size;
  }
  compact(): void {
    if (this.entries.length > 8 && this.entries.length > this.map.size * 2) {
      this.entries = this.entries.filter((e) => e.key !== null);
    }
  }
}

export class PySet extends PyObject {
  m: SetLayout<PyObject> | null = null;
  map = new Map<unknown, PyObject>();
  /** CPython iteration order (table order) is computed by the model when it can; else insertion order. */
  frozen = false;
}

export class PyRange extends PyObject {
  constructor(
    public start: bigint,
    public stop: bigint,
    public step: bigint,
  ) {
    super();
  }
  get len(): bigint {
    const { start, stop, step } = this;
    if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
    return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
  }
}

export class PySlice extends PyObject {
  constructor(
    public start: PyObject,
    public stop: PyObject,
    public step: PyObject,
  ) {
    super();
  }
}

// ## Iterators

/** A Python iterator backed by a JS `next()`; `undefined` means exhausted. */
export class PyIterator extends PyObject {
  /** Length hint for list construction paths (-1 = none). */
  hint: () => number;
  constructor(
    public next: () => PyObject | undefined,
    hint?: () => number,
  ) {
    super();
    this.hint = hint ?? (() => -1);
  }
}

// ## Callables

export type NativeFn = (args: PyObject[], kwargs: Map<string, PyObject> | null, call: CallSite) => PyObject;

/** Where a builtin was called from (for observations and error lines). */
export interface CallSite {
  node: AST.Call | null;
}

export class PyBuiltinFunction extends PyObject {
  /** First CPython minor version that has this method (older versions raise AttributeError). */
  since = 0;
  /** For builtin methods: bind the receiver as the first argument. */
  constructor(
    public name: string,
    public fn: NativeFn,
    public isMethod = false,
    public owner: string | null = null,
  ) {
    super();
  }
}

export class PyBoundMethod extends PyObject {
  constructor(
    public self: PyObject,
    public func: PyObject,
  ) {
    super();
  }
}

export class PyStaticMethod extends PyObject {
  constructor(public func: PyObject) {
    super();
  }
}
export class PyClassMethod extends PyObject {
  constructor(public func: PyObject) {
    super();
  }
}
export class PyProperty extends PyObject {
  constructor(
    public fget: PyObject | null,
    public fset: PyObject | null,
    public fdel: PyObject | null,
  ) {
    super();
  }
}

/** A cell of a closure variable (nonlocal / free variables). */
export class Cell {
  constructor(public v: PyObject | undefined) {}
}

export interface FunctionCode {
  name: string;
  args: AST.Arguments;
  body: AST.Stmt[] | null;
  /** For lambdas: the expression body. */
  expr: AST.Expr | null;
  /** Names local to the function (assigned, not global/nonlocal). */
  locals: Set<string>;
  /** Local names captured by inner functions (stored in cells). */
  cellvars: Set<string>;
  globals: Set<string>;
  nonlocals: Set<string>;
  node: AST.FunctionDef | AST.Lambda;
}

export class PyFunction extends PyObject {
  qualname: string;
  constructor(
    public code: FunctionCode,
    public defaults: PyObject[],
    public kwdefaults: Map<string, PyObject>,
    public closure: Map<string, Cell> | null,
    public globals: Map<string, PyObject>,
    /** For methods: the class being defined (for zero-argument super()). */
    public classCell: { cls: PyType | null } | null,
  ) {
    super();
    this.qualname = code.name;
  }
}

export class PyModule extends PyObject {
  ns = new Map<string, PyObject>();
  constructor(public name: string) {
    super();
  }
}

/** Instance of a user class (whose layout base is `object` or an exception type). */
export class PyInstance extends PyObject {
  /** `__slots__` values by name. */
  slotValues: Map<string, PyObject> | null = null;
}

/** Exception instances (BaseException and subclasses, including user exception classes). */
export class PyException extends PyObject {
  args: PyObject[];
  cause: PyObject | null = null;
  context: PyObject | null = null;
  suppressContext = false;
  /** Line where it was raised (for RunResult.errorLine). */
  line = 0;
  slotValues: Map<string, PyObject> | null = null;
  constructor(cls: PyType, args: PyObject[]) {
    super();
    this.cls = cls;
    this.args = args;
  }
}

/** A `super()` proxy. */
export class PySuper extends PyObject {
  constructor(
    public thisType: PyType,
    public obj: PyObject,
  ) {
    super();
  }
}

/** `dict.keys()/values()/items()` views. */
export class PyDictView extends PyObject {
  constructor(
    public dict: PyDict,
    public kind: "keys" | "values" | "items",
  ) {
    super();
  }
}
