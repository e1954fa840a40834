// The builtin classes (`object`, `int`, `list`, the exception hierarchy, …) as PyType objects, and
// the prototype wiring that gives every builtin value its `cls` without a per-object store.
// Method tables are filled by methods-*.ts; this file only creates the types and their MRO.

import {
  PyBool,
  PyBoundMethod,
  PyBuiltinFunction,
  PyByteArray,
  PyBytes,
  PyClassMethod,
  PyComplex,
  PyDict,
  PyDictView,
  PyEllipsisType,
  PyFloat,
  PyFunction,
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
  PySuper,
  PyTuple,
  PyType,
} from "./values";

/** C3 linearization (CPython's mro_internal); throws a string on an inconsistent hierarchy. */
export function computeMro(t: PyType): PyType[] {
  const seqs: PyType[][] = t.bases.map((b) => b.mro.slice());
  seqs.push(t.bases.slice());
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((o) => o.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === null) throw "mro";
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

function mk(name: string, bases: PyType[]): PyType {
  const t = new PyType(name, bases, true);
  t.mro = bases.length === 0 ? [t] : computeMro(t);
  t.layout = t;
  return t;
}

export const objectType = mk("object", []);
export const typeType = mk("type", [objectType]);
export const intType = mk("int", [objectType]);
export const boolType = mk("bool", [intType]);
export const floatType = mk("float", [objectType]);
export const complexType = mk("complex", [objectType]);
export const strType = mk("str", [objectType]);
export const bytesType = mk("bytes", [objectType]);
export const bytearrayType = mk("bytearray", [objectType]);
export const noneType = mk("NoneType", [objectType]);
export const ellipsisType = mk("ellipsis", [objectType]);
export const notImplementedType = mk("NotImplementedType", [objectType]);
export const tupleType = mk("tuple", [objectType]);
export const listType = mk("list", [objectType]);
export const dictType = mk("dict", [objectType]);
export const setType = mk("set", [objectType]);
export const frozensetType = mk("frozenset", [objectType]);
export const rangeType = mk("range", [objectType]);
export const sliceType = mk("slice", [objectType]);
export const functionType = mk("function", [objectType]);
export const builtinFunctionType = mk("builtin_function_or_method", [objectType]);
export const methodType = mk("method", [objectType]);
export const moduleType = mk("module", [objectType]);
export const propertyType = mk("property", [objectType]);
export const staticmethodType = mk("staticmethod", [objectType]);
export const classmethodType = mk("classmethod", [objectType]);
export const superType = mk("super", [objectType]);
export const dictKeysType = mk("dict_keys", [objectType]);
export const dictValuesType = mk("dict_values", [objectType]);
export const dictItemsType = mk("dict_items", [objectType]);
export const iteratorType = mk("iterator", [objectType]);
export const generatorType = mk("generator", [objectType]);
export const instanceBaseMarker = objectType;

const namedTypes = new Map<string, PyType>();
/** A builtin helper type known only by name (list_iterator, enumerate, zip, …). */
export function namedBuiltinType(name: string): PyType {
  let t = namedTypes.get(name);
  if (!t) {
    t = mk(name, [objectType]);
    namedTypes.set(name, t);
  }
  return t;
}

for (const t of [typeType, intType, floatType, complexType, strType, bytesType, bytearrayType, tupleType, listType, dictType, setType, frozensetType])
  void t;

// ## Exceptions

export const baseExceptionType = mk("BaseException", [objectType]);
const excTypes = new Map<string, PyType>([["BaseException", baseExceptionType]]);
function exc(name: string, base: string): PyType {
  const t = mk(name, [excTypes.get(base)!]);
  t.layout = baseExceptionType;
  excTypes.set(name, t);
  return t;
}
baseExceptionType.layout = baseExceptionType;
exc("SystemExit", "BaseException");
exc("KeyboardInterrupt", "BaseException");
exc("GeneratorExit", "BaseException");
exc("Exception", "BaseException");
exc("StopIteration", "Exception");
exc("ArithmeticError", "Exception");
exc("FloatingPointError", "ArithmeticError");
exc("OverflowError", "ArithmeticError");
exc("ZeroDivisionError", "ArithmeticError");
exc("AssertionError", "Exception");
exc("AttributeError", "Exception");
exc("BufferError", "Exception");
exc("EOFError", "Exception");
exc("ImportError", "Exception");
exc("ModuleNotFoundError", "ImportError");
exc("LookupError", "Exception");
exc("IndexError", "LookupError");
exc("KeyError", "LookupError");
exc("MemoryError", "Exception");
exc("NameError", "Exception");
exc("UnboundLocalError", "NameError");
exc("OSError", "Exception");
exc("TimeoutError", "OSError");
exc("FileNotFoundError", "OSError");
exc("ReferenceError", "Exception");
exc("RuntimeError", "Exception");
exc("NotImplementedError", "RuntimeError");
exc("RecursionError", "RuntimeError");
exc("SyntaxError", "Exception");
exc("IndentationError", "SyntaxError");
exc("TabError", "IndentationError");
exc("SystemError", "Exception");
exc("TypeError", "Exception");
exc("ValueError", "Exception");
exc("UnicodeError", "ValueError");
exc("UnicodeDecodeError", "UnicodeError");
exc("UnicodeEncodeError", "UnicodeError");
exc("Warning", "Exception");
exc("UserWarning", "Warning");
exc("DeprecationWarning", "Warning");
exc("RuntimeWarning", "Warning");

/** Builtin exception class by name (all of CPython's names used by the subset). */
export function excType(name: string): PyType {
  const t = excTypes.get(name);
  if (!t) throw new Error("unknown exception type " + name);
  return t;
}
export const exceptionTypes: ReadonlyMap<string, PyType> = excTypes;

// ## Prototype wiring: builtin values find their class on the prototype

function wire(ctor: { prototype: PyObject }, t: PyType): void {
  Object.defineProperty(ctor.prototype, "cls", { value: t, writable: true, configurable: true, enumerable: false });
}
wire(PyObject as unknown as { prototype: PyObject }, objectType);
wire(PyInt, intType);
wire(PyBool, boolType);
wire(PyFloat, floatType);
wire(PyComplex, complexType);
wire(PyStr, strType);
wire(PyBytes, bytesType);
wire(PyByteArray, bytearrayType);
wire(PyNoneType, noneType);
wire(PyEllipsisType, ellipsisType);
wire(PyNotImplementedType, notImplementedType);
wire(PyTuple, tupleType);
wire(PyList, listType);
wire(PyDict, dictType);
wire(PyRange, rangeType);
wire(PySlice, sliceType);
wire(PyFunction, functionType);
wire(PyBuiltinFunction, builtinFunctionType);
wire(PyBoundMethod, methodType);
wire(PyModule, moduleType);
wire(PyProperty, propertyType);
wire(PyStaticMethod, staticmethodType);
wire(PyClassMethod, classmethodType);
wire(PySuper, superType);
wire(PyIterator, iteratorType);
wire(PyType, typeType);
Object.defineProperty(PySet.prototype, "cls", {
  get(this: PySet) {
    return this.frozen ? frozensetType : setType;
  },
  set(this: PySet, v: PyType) {
    Object.defineProperty(this, "cls", { value: v, writable: true });
  },
  configurable: true,
});
Object.defineProperty(PyDictView.prototype, "cls", {
  get(this: PyDictView) {
    return this.kind === "keys" ? dictKeysType : this.kind === "values" ? dictValuesType : dictItemsType;
  },
  set(this: PyDictView, v: PyType) {
    Object.defineProperty(this, "cls", { value: v, writable: true });
  },
  configurable: true,
});

// ## Singletons

export const None = new PyNoneType();
export const Ellipsis = new PyEllipsisType();
export const NotImplemented = new PyNotImplementedType();
export const True = new PyBool(1n);
export const False = new PyBool(0n);

export function pyBool(b: boolean): PyBool {
  return b ? True : False;
}

const SMALL_INTS: PyInt[] = [];
for (let i = -5; i <= 256; i++) SMALL_INTS.push(new PyInt(BigInt(i)));

/** int object for a bigint (small ints shared like CPython's cache, which is unobservable except via `is`). */
export function pyInt(v: bigint): PyInt {
  if (v >= -5n && v <= 256n) return SMALL_INTS[Number(v) + 5];
  return new PyInt(v);
}
export function pyIntN(n: number): PyInt {
  if (n >= -5 && n <= 256) return SMALL_INTS[n + 5];
  return new PyInt(BigInt(n));
}

const STR_CACHE = new Map<string, PyStr>();
/** str object; one-character strings are shared (CPython's latin-1 singletons). */
export function pyStr(s: string): PyStr {
  if (s.length <= 1) {
    let o = STR_CACHE.get(s);
    if (!o) {
      o = new PyStr(s);
      STR_CACHE.set(s, o);
    }
    return o;
  }
  return new PyStr(s);
}

/** Python-visible type name of a value (`type(x).__name__`). */
export function typeName(o: PyObject): string {
  return o.cls.name;
}
