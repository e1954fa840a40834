// repr(), str(), format() and %-formatting of every runtime value, in CPython's exact text. Scalars use
// pylib (shortest float repr, str escapes); containers guard against recursion with `[...]` / `{...}`
// like Py_ReprEnter. Addresses of plain objects are not reproducible; we print a fixed-format fake.

import * as P from "../pylib";
import { pyErr, typeError } from "./exceptions";
import { callSpecial, objectId, special, setOrder } from "./ops";
import { getItem } from "./items";
import { rt } from "./state";
import { Ellipsis, None, NotImplemented, True } from "./types";
import {
  PyBool,
  PyBoundMethod,
  PyBuiltinFunction,
  PyByteArray,
  PyBytes,
  PyComplex,
  PyDict,
  PyDictView,
  PyException,
  PyFloat,
  PyFunction,
  PyInt,
  PyIterator,
  PyList,
  PyModule,
  PyObject,
  PyProperty,
  PyRange,
  PySet,
  PySlice,
  PyStr,
  PySuper,
  PyTuple,
  PyType,
} from "./values";

const reprActive = new Set<PyObject>();

function minor(): P.PyMinor {
  return rt.minor as P.PyMinor;
}

function fakeAddress(o: object): string {
  return "0x7f" + (0x1000000 + objectId(o) * 0x40).toString(16).padStart(10, "0");
}

export function reprOf(o: PyObject): string {
  if (!o.cls.builtin && !(o instanceof PyType)) {
    const m = special(o, "__repr__");
    if (m !== undefined) return strResult(callSpecial(m, o, []), "__repr__");
  }
  return reprBuiltin(o);
}

/** The builtin types' own __repr__ (also reached through `super().__repr__()`). */
export function reprBuiltin(o: PyObject): string {
  if (o instanceof PyStr) return P.reprStr(o.v, minor());
  if (o instanceof PyBool) return o === True ? "True" : "False";
  if (o instanceof PyInt) return P.intToStr(o.v, minor());
  if (o instanceof PyFloat) return P.floatRepr(o.v);
  if (o === None) return "None";
  if (o instanceof PyList) {
    if (o.items.length === 0) return "[]";
    if (reprActive.has(o)) return "[...]";
    reprActive.add(o);
    try {
      return "[" + o.items.map(reprOf).join(", ") + "]";
    } finally {
      reprActive.delete(o);
    }
  }
  if (o instanceof PyTuple) {
    if (o.items.length === 0) return "()";
    if (reprActive.has(o)) return "(...)";
    reprActive.add(o);
    try {
      if (o.items.length === 1) return "(" + reprOf(o.items[0]) + ",)";
      return "(" + o.items.map(reprOf).join(", ") + ")";
    } finally {
      reprActive.delete(o);
    }
  }
  if (o instanceof PyDict) {
    if (o.map.size === 0) return "{}";
    if (reprActive.has(o)) return "{...}";
    reprActive.add(o);
    try {
      const parts: string[] = [];
      for (const e of o.entries) if (e.key !== null) parts.push(reprOf(e.key) + ": " + reprOf(e.value));
      return "{" + parts.join(", ") + "}";
    } finally {
      reprActive.delete(o);
    }
  }
  if (o instanceof PySet) {
    const name = o.cls.name;
    if (o.map.size === 0) return name + "()";
    if (reprActive.has(o)) return name + "(...)";
    reprActive.add(o);
    try {
      const inner = "{" + setOrder(o).map(reprOf).join(", ") + "}";
      return o.frozen || !o.cls.builtin ? `${name}(${inner})` : inner;
    } finally {
      reprActive.delete(o);
    }
  }
  if (o instanceof PyComplex) return P.complexRepr(o.re, o.im);
  if (o instanceof PyBytes) return P.reprBytes(o.v);
  if (o instanceof PyByteArray) return P.reprBytes(o.v, "bytearray");
  if (o instanceof PyRange) {
    return o.step === 1n ? `range(${o.start}, ${o.stop})` : `range(${o.start}, ${o.stop}, ${o.step})`;
  }
  if (o instanceof PySlice) return `slice(${reprOf(o.start)}, ${reprOf(o.stop)}, ${reprOf(o.step)})`;
  if (o === Ellipsis) return "Ellipsis";
  if (o === NotImplemented) return "NotImplemented";
  if (o instanceof PyType) {
    if (o.builtin) return `<class '${o.name}'>`;
    return `<class '${o.module}.${o.qualname}'>`;
  }
  if (o instanceof PyException) return exceptionRepr(o);
  if (o instanceof PyFunction) return `<function ${o.qualname} at ${fakeAddress(o)}>`;
  if (o instanceof PyBuiltinFunction) {
    if (o.isMethod && o.owner) return `<${o.cls.name === "wrapper_descriptor" ? "slot wrapper" : "method"} '${o.name}' of '${o.owner}' objects>`;
    return `<built-in function ${o.name}>`;
  }
  if (o instanceof PyBoundMethod) {
    if (o.func instanceof PyBuiltinFunction && o.cls.name === "method-wrapper")
      return `<method-wrapper '${o.func.name}' of ${o.self.cls.name} object at ${fakeAddress(o.self)}>`;
    if (o.func instanceof PyBuiltinFunction)
      return `<built-in method ${o.func.name} of ${o.self.cls.name} object at ${fakeAddress(o.self)}>`;
    const qn = o.func instanceof PyFunction ? o.func.qualname : "?";
    return `<bound method ${qn} of ${reprOf(o.self)}>`;
  }
  if (o instanceof PyModule) return `<module '${o.name}' (built-in)>`;
  if (o instanceof PyDictView) {
    const parts: string[] = [];
    for (const e of o.dict.entries) {
      if (e.key === null) continue;
      parts.push(o.kind === "keys" ? reprOf(e.key) : o.kind === "values" ? reprOf(e.value) : `(${reprOf(e.key)}, ${reprOf(e.value)})`);
    }
    return `dict_${o.kind}([${parts.join(", ")}])`;
  }
  if (o instanceof PyIterator) {
    const name = (o as PyIterator & { isGenerator?: boolean }).isGenerator ? "generator object <genexpr>" : "iterator object";
    return `<${name} at ${fakeAddress(o)}>`;
  }
  if (o instanceof PySuper) return `<super: <class '${o.thisType.name}'>, <${o.obj.cls.name} object>>`;
  if (o instanceof PyProperty) return `<property object at ${fakeAddress(o)}>`;
  const c = o.cls;
  if (!c.builtin && c.layout !== c) {
    // Subclass of a builtin without its own __repr__: the builtin's repr.
    return builtinLayoutRepr(o);
  }
  return `<${c.module === "builtins" ? "" : c.module + "."}${c.qualname} object at ${fakeAddress(o)}>`;
}

function builtinLayoutRepr(o: PyObject): string {
  if (o instanceof PySet) return reprOf(o);
  const saved = o.cls;
  return `<${saved.module}.${saved.qualname} object at ${fakeAddress(o)}>`;
}

function strResult(r: PyObject, what: string): string {
  if (!(r instanceof PyStr)) throw typeError(`${what} returned non-string (type ${r.cls.name})`);
  return r.v;
}

export function exceptionRepr(e: PyException): string {
  const name = e.cls.name;
  if (e.args.length === 1 && rt.minor >= 7) return `${name}(${reprOf(e.args[0])})`;
  if (e.args.length === 1) return `${name}(${reprOf(e.args[0])},)`;
  return `${name}(${e.args.map(reprOf).join(", ")})`;
}

export function exceptionStr(e: PyException): string {
  if (!e.cls.builtin) {
    const m = special(e, "__str__");
    if (m !== undefined) return strResult(callSpecial(m, e, []), "__str__");
  }
  const keyErr = e.cls.mro.some((t) => t.builtin && t.name === "KeyError");
  if (e.args.length === 0) return "";
  if (e.args.length === 1) return keyErr ? reprOf(e.args[0]) : strOf(e.args[0]);
  return reprOf(new PyTuple(e.args));
}

export function strOf(o: PyObject): string {
  if (o instanceof PyStr && o.cls.builtin) return o.v;
  if (!o.cls.builtin && !(o instanceof PyType)) {
    const m = special(o, "__str__");
    if (m !== undefined) return strResult(callSpecial(m, o, []), "__str__");
    if (o instanceof PyException) return exceptionStr(o);
    if (o instanceof PyStr) return o.v;
    if (o instanceof PyInt) {
      const r = special(o, "__repr__");
      if (r !== undefined) return reprOf(o);
      return P.intToStr(o.v, minor());
    }
    if (o instanceof PyFloat) return special(o, "__repr__") !== undefined ? reprOf(o) : P.floatRepr(o.v);
  }
  if (o instanceof PyException) return exceptionStr(o);
  return reprOf(o);
}

/** `format(v, spec)` / f-string fields (object.__format__ and the builtin types' __format__). */
export function formatValue(v: PyObject, spec: string): string {
  if (!v.cls.builtin) {
    const m = special(v, "__format__");
    if (m !== undefined) return strResult(callSpecial(m, v, [new PyStr(spec)]), "__format__");
  }
  if (v instanceof PyBool) return P.formatBool(v === True, spec, minor());
  if (v instanceof PyInt) {
    if (spec === "" && !v.cls.builtin) return strOf(v);
    return P.formatInt(v.v, spec, minor());
  }
  if (v instanceof PyFloat) {
    if (spec === "" && !v.cls.builtin) return strOf(v);
    return P.formatFloat(v.v, spec, minor());
  }
  if (v instanceof PyStr) return P.formatStr(v.v, spec, minor());
  if (v instanceof PyComplex && spec === "") return reprOf(v);
  if (spec === "") return strOf(v);
  throw typeError(`unsupported format string passed to ${v.cls.name}.__format__`);
}

// ## %-formatting

function classify(v: PyObject): P.PyScalar {
  if (v instanceof PyInt) return { kind: "int", value: v.v, typeName: v.cls.name };
  if (v instanceof PyFloat) return { kind: "float", value: v.v, typeName: v.cls.name };
  if (v instanceof PyStr) return { kind: "str", value: v.v, typeName: v.cls.name };
  if (v instanceof PyBytes || v instanceof PyByteArray) return { kind: "bytes", value: v.v, typeName: v.cls.name };
  if (!v.cls.builtin) {
    const idx = special(v, "__index__");
    if (idx !== undefined) {
      const r = callSpecial(idx, v, []);
      if (r instanceof PyInt) return { kind: "int", value: r.v, typeName: v.cls.name };
    }
    const fl = special(v, "__float__");
    if (fl !== undefined) {
      const r = callSpecial(fl, v, []);
      if (r instanceof PyFloat) return { kind: "float", value: r.v, typeName: v.cls.name };
    }
  }
  return { kind: "other", typeName: v.cls.name };
}

const hooks: P.PercentHooks<PyObject> = {
  classify,
  str: strOf,
  repr: reprOf,
  bytes: (v) => (v instanceof PyBytes || v instanceof PyByteArray ? v.v : undefined),
  getItem: (m, key) => getItem(m, typeof key === "string" ? new PyStr(key) : new PyBytes(key)),
};

function percentArgs(args: PyObject): P.PercentArgs<PyObject> {
  if (args instanceof PyTuple) return { kind: "tuple", items: args.items };
  const isMapping =
    !(args instanceof PyStr) &&
    (args instanceof PyDict || args instanceof PyList || args instanceof PyBytes || args instanceof PyByteArray ||
      args instanceof PyRange || (!args.cls.builtin && special(args, "__getitem__") !== undefined));
  return { kind: "single", value: args, isMapping };
}

export function percentFormatStr(fmt: string, args: PyObject): string {
  return P.percentFormat(fmt, percentArgs(args), hooks, minor());
}

export function percentFormatBytesObj(fmt: Uint8Array, args: PyObject): Uint8Array {
  return P.percentFormatBytes(fmt, percentArgs(args), hooks, minor());
}

void pyErr;
