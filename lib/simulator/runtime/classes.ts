// Classes and instances: the `class` statement (MRO, `__slots__`, implicit `__hash__ = None`), instance
// creation for user classes and builtin types (CPython's type_call: `__new__` then `__init__`), builtin
// constructors (`int(x)`, `list(x)`, `dict(...)`, …, each with the construction path CPython takes),
// instance attribute storage (slots, or the instance dict driven through the class's shared-keys state),
// and the special attributes (`__class__`, `__dict__`, `__name__`, …).

import type * as AST from "../source/ast";
import * as P from "../pylib";
import { pyErr, typeError, valueError } from "./exceptions";
import { msg } from "./messages";
import {
  call,
  callSpecial,
  getIter,
  indexValue,
  setAttrHooks,
  userLookup,
  setConstruct,
  setSpecialAttr,
  special,
  toArray,
  truthy,
  type Kwargs,
} from "./ops";
import { computeMro, baseExceptionType, pyStr, pyInt, pyIntN, None, True, False, pyBool } from "./types";
import * as T from "./types";
import { rt } from "./state";
import * as S from "./sizes";
import { dictClear, dictItems, dictSet, dictSetStr, setAdd, setMergeFrom } from "./containers";
import { dictUpdateFrom, listExtend } from "./interpreter";
import { reprOf, strOf } from "./repr";
import { checkAlloc } from "./arith";
import { arity } from "./builtins";
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
  PyException,
  PyFloat,
  PyFunction,
  PyInstance,
  PyInt,
  PyIterator,
  PyList,
  PyModule,
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

// ## The class statement

/** Hooks for classes whose creation is special (typing.NamedTuple bases). Set by modules.ts. */
export const classHooks = {
  namedTupleBase: null as PyObject | null,
  makeNamedTupleFromClass: null as null | ((name: string, ns: Map<string, PyObject>) => PyType),
};

const MUTABLE_LAYOUTS = new Set(["list", "dict", "set", "bytearray"]);

/** The docstring of a class or function body (@cpython Python/compile.c compiler_body: a leading str constant). */
function docstring(body: readonly AST.Stmt[] | null | undefined): string | null {
  const st = body?.[0];
  if (st && st.kind === "Expr" && st.value.kind === "Constant" && st.value.value.type === "str") return st.value.value.value;
  return null;
}
/** Docstrings of classes defined by the program (`__doc__`; kept out of the class namespace). */
const classDocs = new WeakMap<PyType, string>();

export function buildClass(name: string, basesIn: PyObject[], ns: Map<string, PyObject>, kw: Map<string, PyObject>, node: AST.ClassDef | null): PyType {
  const t = buildClassInner(name, basesIn, ns, kw, node);
  const doc = docstring(node?.body);
  if (doc !== null) classDocs.set(t, doc);
  return t;
}

function buildClassInner(name: string, basesIn: PyObject[], ns: Map<string, PyObject>, kw: Map<string, PyObject>, _node: AST.ClassDef | null): PyType {
  if (classHooks.namedTupleBase !== null && basesIn.length === 1 && basesIn[0] === classHooks.namedTupleBase)
    return classHooks.makeNamedTupleFromClass!(name, ns);
  for (const b of basesIn) if (!(b instanceof PyType)) throw typeError(rt.minor >= 7 ? `bases must be types` : "bases must be types");
  const bases = (basesIn.length ? basesIn : [T.objectType]) as PyType[];
  for (const b of bases) {
    if (b === T.boolType || b === T.rangeType || b === T.sliceType || b === T.functionType)
      throw typeError(`type '${b.name}' is not an acceptable base type`);
  }
  if (kw.size > 0) {
    const k = [...kw.keys()][0];
    if (k !== "metaclass") throw typeError(`${name}.__init_subclass__() takes no keyword arguments`);
  }
  const t = new PyType(name, bases, false);
  t.module = "__main__";
  const qn = ns.get("__qualname__");
  t.qualname = qn instanceof PyStr ? qn.v : name;
  ns.delete("__qualname__");
  try {
    t.mro = computeMro(t);
  } catch {
    throw typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${bases.map((b) => b.name).join(", ")}`);
  }
  // Layout: the most derived builtin layout among the bases.
  let layout = T.objectType;
  for (const b of bases) {
    const l = b.layout;
    if (l === T.objectType) continue;
    if (layout === T.objectType || l.isSubtypeOf(layout)) layout = l;
    else if (!layout.isSubtypeOf(l)) throw typeError("multiple bases have instance lay-out conflict");
  }
  t.layout = layout;
  for (const [k, v] of ns) {
    if (k === "__new__" && v instanceof PyFunction) t.ns.set(k, new PyStaticMethod(v));
    else if ((k === "__init_subclass__" || k === "__class_getitem__") && v instanceof PyFunction) t.ns.set(k, new PyClassMethod(v));
    else t.ns.set(k, v);
  }
  // A class that defines __eq__ but not __hash__ is unhashable (type_new sets __hash__ = None).
  if (t.ns.has("__eq__") && !t.ns.has("__hash__")) t.ns.set("__hash__", None);
  // __slots__
  const slotsO = t.ns.get("__slots__");
  const baseHasDict = bases.some((b) => b.hasDict);
  const baseHasWeakref = bases.some((b) => b.hasWeakref);
  const inherited: string[] = [];
  for (const b of [...t.mro].reverse()) if (b !== t) for (const s of b.slots ?? []) if (!inherited.includes(s)) inherited.push(s);
  if (slotsO !== undefined) {
    const names = slotsO instanceof PyStr ? [slotsO.v] : toArray(slotsO).map((x) => {
      if (!(x instanceof PyStr)) throw typeError(`__slots__ items must be strings, not '${x.cls.name}'`);
      return x.v;
    });
    const own: string[] = [];
    let wantDict = false;
    let wantWeak = false;
    for (const n of names) {
      if (n === "__dict__") {
        if (wantDict || baseHasDict) throw typeError("__dict__ slot disallowed: we already got one");
        wantDict = true;
      } else if (n === "__weakref__") {
        if (wantWeak || baseHasWeakref) throw typeError("__weakref__ slot disallowed: either we already got one, or the base type has none");
        wantWeak = true;
      } else {
        if (own.includes(n)) throw typeError(`duplicate slot name`);
        if (t.ns.has(n)) throw valueError(`'${n}' in __slots__ conflicts with class variable`);
        own.push(n);
      }
    }
    if (own.length > 0 && layout !== T.objectType && layout !== baseExceptionType && !layout.isSubtypeOf(baseExceptionType)) {
      if (["int", "tuple", "bytes"].includes(layout.name))
        throw typeError(`nonempty __slots__ not supported for subtype of '${layout.name}'`);
    }
    t.slots = own;
    t.hasDict = baseHasDict || wantDict;
    t.hasWeakref = baseHasWeakref || wantWeak;
    t.allSlots = [...inherited, ...own.filter((s) => !inherited.includes(s))];
    (t as PyType & { slotFlags?: { dict: boolean; weakref: boolean } }).slotFlags = { dict: wantDict, weakref: wantWeak };
  } else {
    t.slots = null;
    t.hasDict = true;
    t.hasWeakref = true;
    t.allSlots = inherited;
  }
  S.classCreated(t);
  return t;
}

// ## Instance creation (type_call)

function takesNoArgs(t: PyType, args: PyObject[], kwargs: Kwargs): void {
  if (args.length > 0 || (kwargs !== null && kwargs.size > 0)) throw typeError(msg.objectTakesNoArgs(t.name));
}

export function construct(t: PyType, args: PyObject[], kwargs: Kwargs): PyObject {
  if (t === T.typeType) {
    if (args.length === 1 && (kwargs === null || kwargs.size === 0)) return args[0].cls;
    if (args.length === 3) {
      const [n, b, d] = args;
      if (!(n instanceof PyStr) || !(b instanceof PyTuple) || !(d instanceof PyDict))
        throw typeError("type.__new__() argument 1 must be str, not " + n.cls.name);
      const ns = new Map<string, PyObject>();
      ns.set("__module__", pyStr("__main__"));
      for (const e of dictItems(d)) if (e.key instanceof PyStr) ns.set(e.key.v, e.value);
      return buildClass(n.v, b.items, ns, new Map(), null);
    }
    throw typeError("type() takes 1 or 3 arguments");
  }
  if (t.builtin) {
    if (t.isSubtypeOf(baseExceptionType)) {
      if (kwargs !== null && kwargs.size > 0) throw typeError(`${t.name}() takes no keyword arguments`);
      return new PyException(t, args.slice());
    }
    const ctor = BUILTIN_NEW.get(t);
    if (ctor === undefined) throw typeError(`cannot create '${t.name}' instances`);
    return ctor(t, args, kwargs);
  }
  // User class.
  const newFn = userLookup(t, "__new__");
  const initFn = userLookup(t, "__init__");
  const userNew = newFn !== undefined && !(newFn instanceof PyBuiltinFunction);
  const userInit = initFn !== undefined;
  let obj: PyObject;
  if (userNew) {
    const f = newFn instanceof PyStaticMethod ? newFn.func : newFn!;
    obj = call(f, [t, ...args], kwargs);
    if (!obj.cls.isSubtypeOf(t)) return obj;
  } else if (newFn instanceof PyBuiltinFunction && newFn.name === "__new__" && (newFn as PyBuiltinFunction & { ntNew?: boolean }).ntNew) {
    obj = newFn.fn([t, ...args], kwargs, { node: null });
  } else {
    obj = allocate(t, args, kwargs, userInit);
  }
  if (userInit && obj.cls.isSubtypeOf(t)) {
    const r = call(initFn!, [obj, ...args], kwargs);
    if (r !== None) throw typeError(`__init__() should return None, not '${r.cls.name}'`);
  }
  return obj;
}

/** object.__new__ / the builtin base's tp_new for a user class. */
function allocate(t: PyType, args: PyObject[], kwargs: Kwargs, userInit: boolean): PyObject {
  const layout = t.layout;
  let obj: PyObject;
  if (layout === T.objectType) {
    if (!userInit) takesNoArgs(t, args, kwargs);
    obj = new PyInstance();
    obj.cls = t;
  } else if (layout.isSubtypeOf(baseExceptionType)) {
    obj = new PyException(t, args.slice());
  } else if (MUTABLE_LAYOUTS.has(layout.name)) {
    obj = BUILTIN_NEW.get(layout)!(layout, [], null);
    obj.cls = t;
    if (!userInit) BUILTIN_INIT.get(layout)!(obj, args, kwargs);
  } else {
    const ctor = BUILTIN_NEW.get(layout)!;
    obj = ctor(layout, args, userInit ? null : kwargs);
    // The builtin constructor may return a shared object (a small int, the argument itself): copy it.
    if (obj.cls.builtin) obj = cloneScalar(obj);
    obj.cls = t;
  }
  if (t.hasDict && !(obj instanceof PyType)) {
    const d = new PyDict();
    obj.attrs = d;
    S.instanceDictCreated(obj, d);
  }
  if (t.allSlots.length > 0) (obj as PyInstance).slotValues = new Map();
  S.instanceCreated(t, obj);
  return obj;
}

function cloneScalar(o: PyObject): PyObject {
  if (o instanceof PyBool) return new PyInt(o.v);
  if (o instanceof PyInt) return new PyInt(o.v);
  if (o instanceof PyStr) return new PyStr(o.v);
  if (o instanceof PyTuple) return new PyTuple(o.items.slice());
  if (o instanceof PyFloat) return new PyFloat(o.v);
  if (o instanceof PyComplex) return new PyComplex(o.re, o.im);
  if (o instanceof PyBytes) return new PyBytes(o.v);
  if (o instanceof PySet) {
    const s = new PySet();
    s.frozen = o.frozen;
    for (const [k, v] of o.map) s.map.set(k, v);
    s.m = o.m;
    return s;
  }
  return o;
}

// ## Instance attributes

/**
 * Attribute names are interned: every instance dict holds the same key object for the same name, so a
 * teacher's `deep_getsizeof` with an `id()`-based seen-set counts each attribute-name key once.
 * @cpython Objects/object.c PyObject_SetAttr: `Py_INCREF(name); PyUnicode_InternInPlace(&name);`
 * The table lives for one run (keyed by the run's output buffer, which run.ts creates per run).
 */
let internedRun: string[] | null = null;
let internedNames = new Map<string, PyStr>();
function internedName(name: string): PyStr {
  if (internedRun !== rt.out) {
    internedRun = rt.out;
    internedNames = new Map();
  }
  let k = internedNames.get(name);
  if (k === undefined) {
    k = pyStr(name);
    internedNames.set(name, k);
  }
  return k;
}

function storeAttr(o: PyObject, name: string, v: PyObject): void {
  const cls = o.cls;
  if (cls.allSlots.length > 0 && cls.allSlots.includes(name)) {
    let sv = (o as PyInstance).slotValues;
    if (!sv) sv = (o as PyInstance).slotValues = new Map();
    sv.set(name, v);
    return;
  }
  if (o.attrs !== null) {
    S.instanceAttrStore(o, name);
    S.rawSet(o.attrs, internedName(name), v, name);
    return;
  }
  if (o instanceof PyException && cls.builtin) {
    const d = new PyDict();
    o.attrs = d;
    dictSetStr(d, name, () => pyStr(name), v);
    return;
  }
  if (cls.lookup(name) !== undefined)
    throw pyErr("AttributeError", `'${cls.name}' object attribute '${name}' is read-only`);
  throw pyErr("AttributeError", msg.noAttrSet(cls.name, name));
}

function deleteAttr(o: PyObject, name: string): boolean {
  const cls = o.cls;
  if (cls.allSlots.includes(name)) {
    const sv = (o as PyInstance).slotValues;
    if (sv && sv.delete(name)) return true;
    // @cpython Objects/descrobject.c member_set (delete of an unset slot): the bare name, measured on 3.6.15 … 3.13.0
    throw pyErr("AttributeError", name);
  }
  if (o.attrs !== null) {
    // @cpython Objects/object.c _PyObject_GenericSetAttrWithDict: the bare name until 3.10, measured; 3.11+ the full message
    if (!o.attrs.map.has(name)) throw pyErr("AttributeError", rt.minor >= 11 ? `'${cls.name}' object has no attribute '${name}'` : name);
    S.instanceAttrDelete(o, name);
    const e = o.attrs.map.get(name)!;
    o.attrs.map.delete(name);
    e.key = null;
    o.attrs.compact();
    return true;
  }
  return false;
}

// ## Special attributes

function typeSpecial(t: PyType, name: string): PyObject | undefined {
  switch (name) {
    case "__name__":
      return pyStr(t.name);
    case "__qualname__":
      return pyStr(t.qualname);
    case "__module__":
      return pyStr(t.module);
    case "__bases__":
      return new PyTuple(t.bases.length ? t.bases : []);
    case "__base__":
      return t.bases[0] ?? None;
    case "__mro__":
      return new PyTuple(t.mro);
    case "__dict__": {
      const d = new PyDict();
      S.dictNewEmpty(d, "literal-empty");
      for (const [k, v] of t.ns) dictSet(d, pyStr(k), v);
      return d;
    }
    case "__doc__": {
      const doc = classDocs.get(t);
      return doc === undefined ? None : pyStr(doc);
    }
    case "__class__":
      return T.typeType;
    case "__slots__":
      return undefined;
    case "__basicsize__":
      return pyIntN(S.basicSize(t));
    default:
      return undefined;
  }
}

function specialAttr(o: PyObject, name: string): PyObject | undefined {
  if (o instanceof PyType) return typeSpecial(o, name);
  if (name === "__class__") return o.cls;
  if (name === "__dict__") {
    if (o.attrs !== null) {
      S.instanceDictAccess(o);
      return o.attrs;
    }
    if (o instanceof PyFunction) {
      const d = new PyDict();
      o.attrs = d;
      return d;
    }
    if (o instanceof PyModule) {
      const d = new PyDict();
      for (const [k, v] of o.ns) dictSet(d, pyStr(k), v);
      return d;
    }
    if (o instanceof PyException) {
      const d = new PyDict();
      o.attrs = d;
      return d;
    }
    return undefined;
  }
  if (name === "__doc__" && !(o instanceof PyStr)) {
    if (o instanceof PyFunction && o.code.body !== null) {
      const doc = docstring(o.code.body);
      if (doc !== null) return pyStr(doc);
    }
    const doc = o.cls.builtin ? undefined : classDocs.get(o.cls);
    return doc === undefined ? None : pyStr(doc);
  }
  if (o instanceof PyFunction) {
    if (name === "__name__") return pyStr(o.code.name);
    if (name === "__qualname__") return pyStr(o.qualname);
    if (name === "__module__") return pyStr("__main__");
    if (name === "__defaults__") return o.defaults.length ? new PyTuple(o.defaults) : None;
    return undefined;
  }
  if (o instanceof PyBuiltinFunction) {
    if (name === "__name__") return pyStr(o.name);
    if (name === "__qualname__") return pyStr(o.owner ? o.owner + "." + o.name : o.name);
    return undefined;
  }
  if (o instanceof PyBoundMethod) {
    if (name === "__self__") return o.self;
    if (name === "__func__") return o.func;
    if (name === "__name__") return specialAttr(o.func, "__name__");
    return undefined;
  }
  if (o instanceof PyException) {
    if (name === "args") return new PyTuple(o.args);
    if (name === "__cause__") return o.cause ?? None;
    if (name === "__context__") return o.context ?? None;
    if (name === "__suppress_context__") return pyBool(o.suppressContext);
    if (name === "__traceback__") return None;
    if (o.cls.isSubtypeOf(T.excType("StopIteration")) && name === "value") return o.args[0] ?? None;
    if (o.cls.isSubtypeOf(T.excType("KeyError")) || true) return undefined;
  }
  if (o instanceof PyInt) {
    if (name === "real" || name === "numerator") return o.cls.builtin && !(o instanceof PyBool) ? o : pyInt(o.v);
    if (name === "imag") return pyIntN(0);
    if (name === "denominator") return pyIntN(1);
    return undefined;
  }
  if (o instanceof PyFloat) {
    if (name === "real") return o;
    if (name === "imag") return new PyFloat(0);
    return undefined;
  }
  if (o instanceof PyComplex) {
    if (name === "real") return new PyFloat(o.re);
    if (name === "imag") return new PyFloat(o.im);
    return undefined;
  }
  if (o instanceof PyRange) {
    if (name === "start") return pyInt(o.start);
    if (name === "stop") return pyInt(o.stop);
    if (name === "step") return pyInt(o.step);
    return undefined;
  }
  if (o instanceof PySlice) {
    if (name === "start") return o.start;
    if (name === "stop") return o.stop;
    if (name === "step") return o.step;
    return undefined;
  }
  if (o instanceof PyProperty) {
    if (name === "fget") return o.fget ?? None;
    if (name === "fset") return o.fset ?? None;
    return undefined;
  }
  if (o instanceof PyStaticMethod || o instanceof PyClassMethod) {
    if (name === "__func__") return o.func;
  }
  if (o instanceof PyModule) {
    if (name === "__name__") return pyStr(o.name);
  }
  return undefined;
}

// ## Builtin constructors

type Ctor = (t: PyType, args: PyObject[], kwargs: Kwargs) => PyObject;
const BUILTIN_NEW = new Map<PyType, Ctor>();
const BUILTIN_INIT = new Map<PyType, (o: PyObject, args: PyObject[], kwargs: Kwargs) => void>();

function noKw(name: string, kwargs: Kwargs): void {
  if (kwargs !== null && kwargs.size > 0) throw typeError(`${name}() takes no keyword arguments`);
}

BUILTIN_NEW.set(T.objectType, (t, args, kw) => {
  takesNoArgs(t, args, kw);
  const o = new PyInstance();
  o.cls = T.objectType;
  return o;
});

BUILTIN_NEW.set(T.intType, (_t, args, kw) => {
  const x = args[0];
  let base: PyObject | undefined = args[1];
  if (kw) {
    if (kw.has("base")) base = kw.get("base")!;
    for (const k of kw.keys()) if (k !== "base") throw typeError(`'${k}' is an invalid keyword argument for int()`);
  }
  if (args.length > 2) throw typeError(`int() takes at most 2 arguments (${args.length} given)`);
  if (x === undefined) {
    if (base !== undefined) throw typeError("int() missing string argument");
    return pyIntN(0);
  }
  if (base !== undefined) {
    const b = indexValue(base);
    if (x instanceof PyStr) return pyInt(P.parseIntLiteral(x.v, b, rt.minor as P.PyMinor));
    if (x instanceof PyBytes || x instanceof PyByteArray) return pyInt(P.parseIntLiteral(P.bytesToLatin1(x.v), b, rt.minor as P.PyMinor));
    throw typeError("int() can't convert non-string with explicit base");
  }
  return toInt(x);
});

export function toInt(x: PyObject): PyInt {
  if (x instanceof PyBool) return pyInt(x.v);
  if (x instanceof PyInt) return x.cls.builtin ? x : pyInt(x.v);
  if (x instanceof PyFloat) {
    if (Number.isNaN(x.v)) throw valueError("cannot convert float NaN to integer");
    if (!Number.isFinite(x.v)) throw pyErr("OverflowError", "cannot convert float infinity to integer");
    return pyInt(P.floatToInt(x.v));
  }
  if (x instanceof PyStr) return pyInt(P.parseIntLiteral(x.v, 10, rt.minor as P.PyMinor));
  if (x instanceof PyBytes || x instanceof PyByteArray) return pyInt(P.parseIntLiteral(P.bytesToLatin1(x.v), 10, rt.minor as P.PyMinor));
  if (!x.cls.builtin) {
    for (const m of ["__int__", "__index__", "__trunc__"]) {
      const f = special(x, m);
      if (f !== undefined) {
        const r = callSpecial(f, x, []);
        if (!(r instanceof PyInt)) throw typeError(`__int__ returned non-int (type ${r.cls.name})`);
        return r;
      }
    }
  }
  throw typeError(`int() argument must be a string, a bytes-like object or a ${rt.minor >= 10 ? "real number" : "number"}, not '${x.cls.name}'`);
}

BUILTIN_NEW.set(T.boolType, (_t, args, kw) => {
  noKw("bool", kw);
  if (args.length > 1) throw typeError(msg.expected("bool", "at most ", 1, args.length));
  return pyBool(args.length ? truthy(args[0]) : false);
});

BUILTIN_NEW.set(T.floatType, (_t, args, kw) => {
  noKw("float", kw);
  if (args.length > 1) throw typeError(msg.expected("float", "at most ", 1, args.length));
  const x = args[0];
  if (x === undefined) return new PyFloat(0);
  return toFloatObj(x);
});

export function toFloatObj(x: PyObject): PyFloat {
  if (x instanceof PyFloat) return x.cls.builtin ? x : new PyFloat(x.v);
  if (x instanceof PyInt) return new PyFloat(P.intToFloat(x.v));
  if (x instanceof PyStr) return new PyFloat(P.parseFloatLiteral(x.v, rt.minor as P.PyMinor));
  if (x instanceof PyBytes || x instanceof PyByteArray) return new PyFloat(P.parseFloatLiteral(P.bytesToLatin1(x.v), rt.minor as P.PyMinor));
  if (!x.cls.builtin) {
    const f = special(x, "__float__");
    if (f !== undefined) {
      const r = callSpecial(f, x, []);
      if (!(r instanceof PyFloat)) throw typeError(`${x.cls.name}.__float__ returned non-float (type ${r.cls.name})`);
      return r;
    }
    const i = special(x, "__index__");
    if (i !== undefined) {
      const r = callSpecial(i, x, []);
      if (r instanceof PyInt) return new PyFloat(P.intToFloat(r.v));
    }
  }
  throw typeError(`float() argument must be a string or a ${rt.minor >= 10 ? "real number" : "number"}, not '${x.cls.name}'`);
}

BUILTIN_NEW.set(T.complexType, (_t, args, kw) => {
  const re = args[0] ?? kw?.get("real");
  const im = args[1] ?? kw?.get("imag");
  if (re === undefined) return new PyComplex(0, 0);
  if (re instanceof PyStr) {
    const s = re.v.trim().replace(/^\((.*)\)$/, "$1");
    const m = /^([+-]?[\d.]+(?:e[+-]?\d+)?)?(?:([+-]?[\d.]*(?:e[+-]?\d+)?)j)?$/i.exec(s);
    if (!m || (!m[1] && m[2] === undefined)) throw valueError("complex() arg is a malformed string");
    const r = m[1] ? Number(m[1]) : 0;
    const i = m[2] !== undefined ? (m[2] === "" || m[2] === "+" ? 1 : m[2] === "-" ? -1 : Number(m[2])) : 0;
    return new PyComplex(r, i);
  }
  const parts = (o: PyObject): [number, number] => {
    if (o instanceof PyComplex) return [o.re, o.im];
    return [toFloatObj(o).v, 0];
  };
  const [a, b] = parts(re);
  const [c, d] = im === undefined ? [0, 0] : parts(im);
  return new PyComplex(a - d, b + c);
});

BUILTIN_NEW.set(T.strType, (_t, args, kw) => {
  const obj = args[0] ?? kw?.get("object");
  const enc = args[1] ?? kw?.get("encoding");
  if (obj === undefined) return pyStr("");
  if (enc !== undefined || args.length > 2 || kw?.has("errors")) {
    if (!(obj instanceof PyBytes || obj instanceof PyByteArray))
      throw typeError(`decoding to str: need a bytes-like object, ${obj.cls.name} found`);
    const e = enc instanceof PyStr ? enc.v : "utf-8";
    const errors = args[2] ?? kw?.get("errors");
    return pyStr(P.bytesDecode(obj.v, e, errors instanceof PyStr ? errors.v : "strict"));
  }
  return pyStr(strOf(obj));
});

BUILTIN_NEW.set(T.bytesType, (_t, args, kw) => {
  const x = args[0] ?? kw?.get("source");
  const enc = args[1] ?? kw?.get("encoding");
  if (x === undefined) return new PyBytes(new Uint8Array(0));
  if (x instanceof PyStr) {
    if (enc === undefined) throw typeError("string argument without an encoding");
    const errors = args[2] ?? kw?.get("errors");
    return new PyBytes(P.strEncode(x.v, (enc as PyStr).v, errors instanceof PyStr ? errors.v : "strict"));
  }
  if (enc !== undefined) throw typeError("encoding without a string argument");
  return new PyBytes(bytesFrom(x, "bytes"));
});

export function bytesFrom(x: PyObject, what: "bytes" | "bytearray"): Uint8Array {
  if (x instanceof PyBytes || x instanceof PyByteArray) return x.v.slice();
  if (x instanceof PyInt) {
    if (x.v < 0n) throw valueError("negative count");
    checkAlloc(Number(x.v), 1);
    return new Uint8Array(Number(x.v));
  }
  if (!x.cls.builtin) {
    const b = special(x, "__bytes__");
    if (b !== undefined) {
      const r = callSpecial(b, x, []);
      if (r instanceof PyBytes) return r.v;
    }
  }
  let items: PyObject[];
  try {
    items = toArray(x);
  } catch (e) {
    if (e instanceof PyException && e.cls.name === "TypeError") throw typeError(`cannot convert '${x.cls.name}' object to ${what}`);
    throw e;
  }
  const out = new Uint8Array(items.length);
  items.forEach((it, i) => {
    if (!(it instanceof PyInt)) throw typeError(`'${it.cls.name}' object cannot be interpreted as an integer`);
    if (it.v < 0n || it.v > 255n) throw valueError("bytes must be in range(0, 256)");
    out[i] = Number(it.v);
  });
  return out;
}

BUILTIN_NEW.set(T.bytearrayType, (_t, args, kw) => {
  const b = new PyByteArray(new Uint8Array(0));
  S.bytearrayNew(b, "empty");
  BUILTIN_INIT.get(T.bytearrayType)!(b, args, kw);
  return b;
});
BUILTIN_INIT.set(T.bytearrayType, (o, args, kw) => {
  const b = o as PyByteArray;
  const x = args[0] ?? kw?.get("source");
  if (x === undefined) return;
  if (x instanceof PyStr) {
    const enc = args[1] ?? kw?.get("encoding");
    if (enc === undefined) throw typeError("string argument without an encoding");
    b.v = P.strEncode(x.v, (enc as PyStr).v, "strict");
    S.bytearrayNew(b, "exact");
    return;
  }
  if (x instanceof PyInt || x instanceof PyBytes || x instanceof PyByteArray) {
    b.v = bytesFrom(x, "bytearray");
    S.bytearrayNew(b, "exact");
    return;
  }
  const source = S.iterSource(x);
  b.v = bytesFrom(x, "bytearray");
  S.bytearrayFromIterable(b, S.withLength(source, b.v.length));
});

BUILTIN_NEW.set(T.tupleType, (_t, args, kw) => {
  noKw("tuple", kw);
  if (args.length > 1) throw typeError(msg.expected("tuple", "at most ", 1, args.length));
  if (args.length === 0) return new PyTuple([]);
  const x = args[0];
  if (x instanceof PyTuple && x.cls.builtin) return x;
  return new PyTuple(toArray(x));
});

BUILTIN_NEW.set(T.listType, (_t, args, kw) => {
  const l = new PyList([]);
  S.listNewEmpty(l);
  BUILTIN_INIT.get(T.listType)!(l, args, kw);
  return l;
});
BUILTIN_INIT.set(T.listType, (o, args, kw) => {
  noKw("list", kw);
  if (args.length > 1) throw typeError(rt.minor >= 7 ? msg.expected("list", "at most ", 1, args.length) : `list() takes at most 1 argument (${args.length} given)`);
  const l = o as PyList;
  if (args.length === 0) return;
  const x = args[0];
  const source = S.iterSource(x);
  const items = x === l ? l.items.slice() : toArray(x);
  l.items = items;
  S.listFromIterable(l, S.withLength(source, items.length));
});

BUILTIN_NEW.set(T.dictType, (_t, args, kw) => {
  const d = new PyDict();
  S.dictNewEmpty(d, "dict-call");
  BUILTIN_INIT.get(T.dictType)!(d, args, kw);
  return d;
});
BUILTIN_INIT.set(T.dictType, (o, args, kw) => {
  const d = o as PyDict;
  if (args.length > 1) throw typeError(msg.expected("dict", "at most ", 1, args.length));
  if (args.length === 1) dictUpdateFrom(d, args[0]);
  if (kw !== null && kw.size > 0) S.dictKwargsInto(d, kw, (k, v) => dictSet(d, pyStr(k), v), args.length === 0 && d.map.size === 0);
});

BUILTIN_NEW.set(T.setType, (_t, args, kw) => {
  const s = new PySet();
  S.setNew(s);
  BUILTIN_INIT.get(T.setType)!(s, args, kw);
  return s;
});
BUILTIN_INIT.set(T.setType, (o, args, kw) => {
  noKw("set", kw);
  if (args.length > 1) throw typeError(msg.expected("set", "at most ", 1, args.length));
  if (args.length === 0) return;
  fillSet(o as PySet, args[0]);
});

function fillSet(s: PySet, x: PyObject): void {
  if ((x instanceof PySet || x instanceof PyDict) && x.cls.builtin) {
    setMergeFrom(s, x);
    return;
  }
  const it = getIter(x);
  for (let v = it.next(); v !== undefined; v = it.next()) setAdd(s, v);
}

BUILTIN_NEW.set(T.frozensetType, (t, args, kw) => {
  noKw("frozenset", kw);
  if (args.length > 1) throw typeError(msg.expected("frozenset", "at most ", 1, args.length));
  if (args.length === 1 && args[0] instanceof PySet && args[0].frozen && args[0].cls.builtin && t.builtin) return args[0];
  const s = new PySet();
  s.frozen = true;
  S.setNew(s);
  if (args.length === 1) fillSet(s, args[0]);
  return s;
});

BUILTIN_NEW.set(T.rangeType, (_t, args, kw) => {
  noKw("range", kw);
  if (args.length === 0) throw typeError(msg.expected("range", rt.minor >= 9 ? "at least " : "", 1, 0));
  if (args.length > 3) throw typeError(msg.expected("range", "at most ", 3, args.length));
  const v = args.map((a) => indexValue(a));
  if (v.length === 1) return new PyRange(0n, v[0], 1n);
  const step = v.length === 3 ? v[2] : 1n;
  if (step === 0n) throw valueError("range() arg 3 must not be zero");
  return new PyRange(v[0], v[1], step);
});

BUILTIN_NEW.set(T.sliceType, (_t, args) => {
  if (args.length === 1) return new PySlice(None, args[0], None);
  if (args.length === 2) return new PySlice(args[0], args[1], None);
  if (args.length === 3) return new PySlice(args[0], args[1], args[2]);
  throw typeError(`slice expected at least 1 argument, got 0`);
});

BUILTIN_NEW.set(T.propertyType, (_t, args, kw) => {
  const g = args[0] ?? kw?.get("fget") ?? None;
  const s = args[1] ?? kw?.get("fset") ?? None;
  const d = args[2] ?? kw?.get("fdel") ?? None;
  return new PyProperty(g === None ? null : g, s === None ? null : s, d === None ? null : d);
});
BUILTIN_NEW.set(T.staticmethodType, (_t, args) => {
  arity("staticmethod", args, 1, 1);
  return new PyStaticMethod(args[0]);
});
BUILTIN_NEW.set(T.classmethodType, (_t, args) => {
  arity("classmethod", args, 1, 1);
  return new PyClassMethod(args[0]);
});
BUILTIN_NEW.set(T.superType, (_t, args) => {
  if (args.length !== 2) throw pyErr("RuntimeError", "super(): no arguments");
  const [t, o] = args;
  if (!(t instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${t.cls.name}`);
  if (!(o instanceof PyType && o.isSubtypeOf(t)) && !o.cls.isSubtypeOf(t))
    throw typeError("super(type, obj): obj must be an instance or subtype of type");
  return new PySuper(t, o);
});

// property.setter / getter / deleter
function propMethod(name: "setter" | "getter" | "deleter"): PyBuiltinFunction {
  return new PyBuiltinFunction(
    name,
    (args) => {
      const p = args[0] as PyProperty;
      const f = args[1];
      if (name === "setter") return new PyProperty(p.fget, f, p.fdel);
      if (name === "getter") return new PyProperty(f, p.fset, p.fdel);
      return new PyProperty(p.fget, p.fset, f);
    },
    true,
    "property",
  );
}
for (const n of ["setter", "getter", "deleter"] as const) T.propertyType.ns.set(n, propMethod(n));

// object-level dunders reachable via super() and explicit calls (object.__init__, object.__setattr__, …)
T.objectType.ns.set("__init__", new PyBuiltinFunction("__init__", () => None, true, "object"));
T.objectType.ns.set(
  "__setattr__",
  new PyBuiltinFunction("__setattr__", (args) => {
    storeAttr(args[0], (args[1] as PyStr).v, args[2]);
    return None;
  }, true, "object"),
);
T.objectType.ns.set(
  "__repr__",
  new PyBuiltinFunction("__repr__", (args) => {
    const o = args[0];
    return pyStr(`<${o.cls.module === "builtins" ? "" : o.cls.module + "."}${o.cls.qualname} object at 0x7f0000000000>`);
  }, true, "object"),
);
T.objectType.ns.set("__str__", new PyBuiltinFunction("__str__", (args) => pyStr(reprOf(args[0])), true, "object"));
T.objectType.ns.set("__eq__", new PyBuiltinFunction("__eq__", (args) => (args[0] === args[1] ? True : T.NotImplemented), true, "object"));
T.objectType.ns.set("__ne__", new PyBuiltinFunction("__ne__", (args) => (args[0] === args[1] ? False : T.NotImplemented), true, "object"));
T.objectType.ns.set("__hash__", new PyBuiltinFunction("__hash__", (args) => pyInt(BigInt(S.identityHash(args[0]))), true, "object"));
T.objectType.ns.set(
  "__new__",
  new PyBuiltinFunction("__new__", (args) => {
    const t = args[0];
    if (!(t instanceof PyType)) throw typeError("object.__new__(X): X is not a type object");
    return allocate(t, [], null, true);
  }, false, "object"),
);
T.objectType.ns.set(
  "__sizeof__",
  new PyBuiltinFunction("__sizeof__", (args, _kw, site) => S.sizeofMethod(args[0], site), true, "object"),
);
T.baseExceptionType.ns.set(
  "__init__",
  new PyBuiltinFunction("__init__", (args) => {
    (args[0] as PyException).args = args.slice(1);
    return None;
  }, true, "BaseException"),
);
T.baseExceptionType.ns.set("__str__", new PyBuiltinFunction("__str__", (args) => {
  const e = args[0] as PyException;
  if (e.args.length === 0) return pyStr("");
  if (e.args.length === 1) return pyStr(strOf(e.args[0]));
  return pyStr(reprOf(new PyTuple(e.args)));
}, true, "BaseException"));
T.baseExceptionType.ns.set("with_traceback", new PyBuiltinFunction("with_traceback", (args) => args[0], true, "BaseException"));

// `T.__new__(cls, *args)` of the builtin types, reached through `super().__new__(cls, …)` in subclasses.
for (const [t, ctor] of BUILTIN_NEW) {
  if (t === T.objectType) continue;
  t.ns.set(
    "__new__",
    new PyBuiltinFunction("__new__", (args, kw) => {
      const cls = args[0];
      if (!(cls instanceof PyType)) throw typeError(`${t.name}.__new__(X): X is not a type object (${cls.cls.name})`);
      if (!cls.isSubtypeOf(t)) throw typeError(`${t.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${t.name}`);
      if (cls === t || cls.builtin) return ctor(t, args.slice(1), kw);
      return allocateWith(cls, ctor(cls.layout, args.slice(1), kw));
    }, false, t.name),
  );
}

/** Turns a freshly built builtin value into an instance of user class `cls` (type_call's tp_alloc part). */
function allocateWith(cls: PyType, value: PyObject): PyObject {
  let obj = value;
  if (obj.cls.builtin) obj = cloneScalar(obj);
  obj.cls = cls;
  if (cls.hasDict) obj.attrs = new PyDict();
  if (cls.allSlots.length > 0) (obj as PyInstance).slotValues = new Map();
  S.instanceCreated(cls, obj);
  return obj;
}

setConstruct(construct);
setSpecialAttr(specialAttr);
setAttrHooks(storeAttr, deleteAttr);

export { BUILTIN_INIT, BUILTIN_NEW, listExtend, dictClear, PyDictView, PyIterator };
