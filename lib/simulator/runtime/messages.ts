// Exception messages whose text changed between CPython versions. Each entry says which versions use
// which text; all were checked against the real 3.6.15 … 3.13.0 binaries (str(exc) of the exception,
// i.e. the text after "ClassName: " on the last traceback line).

import { rt } from "./state";

export const msg = {
  /**
   * @cpython Python/getargs.c _PyArg_CheckPositional / PyArg_UnpackTuple: "%s expected %s%zd argument%s,
   * got %zd" (3.8+ singular for 1; 3.6/3.7 always "arguments").
   */
  expected(name: string, prefix: "" | "at least " | "at most ", n: number, got: number): string {
    const plural = rt.minor >= 8 ? (n === 1 ? "" : "s") : "s";
    return `${name} expected ${prefix}${n} argument${plural}, got ${got}`;
  },
  /** @cpython Objects/descrobject.c method_vectorcall: 3.9+ "unbound method T.m() needs an argument" */
  descriptorNeedsArg(t: string, name: string): string {
    return rt.minor >= 9 ? `unbound method ${t}.${name}() needs an argument` : `descriptor '${name}' of '${t}' object needs an argument`;
  },
  /** @cpython Objects/unicodeobject.c PyUnicode_Concat (3.7+: bpo-30254 "can only concatenate str") */
  strConcat(other: string): string {
    return rt.minor >= 7 ? `can only concatenate str (not "${other}") to str` : `must be str, not ${other}`;
  },
  /**
   * Assigning (del: deleting) a read-only attribute. A namedtuple field is a `_tuplegetter` (3.8+;
   * before, property(itemgetter)): @cpython Objects/descrobject.c-free generic path, always "can't set
   * attribute". A property without fset: @cpython Objects/descrobject.c property_descr_set: 3.6-3.9
   * "can't set attribute", 3.10 "can't set attribute 'f'", 3.11+ "property 'f' of 'T' object has no setter".
   */
  readOnlyAttr(op: "set" | "delete", name: string, cls: string, tupleField: boolean): string {
    if (tupleField || rt.minor < 10) return `can't ${op} attribute`;
    if (rt.minor === 10) return `can't ${op} attribute '${name}'`;
    return `property '${name}' of '${cls}' object has no ${op === "set" ? "setter" : "deleter"}`;
  },
  /** @cpython Objects/longobject.c l_mod (3.11+: "integer modulo by zero") */
  intModZero(): string {
    return rt.minor >= 11 ? "integer modulo by zero" : "integer division or modulo by zero";
  },
  /** @cpython Python/bltinmodule.c min_max (3.12+: "iterable argument is empty") */
  minMaxEmpty(name: string): string {
    return rt.minor >= 12 ? `${name}() iterable argument is empty` : `${name}() arg is an empty sequence`;
  },
  /** @cpython Objects/typeobject.c object_new (3.7+ names the class: "C() takes no arguments") */
  objectTakesNoArgs(cls: string): string {
    return rt.minor >= 7 ? `${cls}() takes no arguments` : "object() takes no parameters";
  },
  /** @cpython Python/ceval.c format_missing / too_many_positional (3.10+ use __qualname__) */
  funcName(name: string, qualname: string): string {
    return rt.minor >= 10 ? `${qualname}()` : `${name}()`;
  },
  /** @cpython Python/ceval.c UNBOUNDLOCAL_ERROR_MSG (3.11+ wording) */
  unboundLocal(name: string): string {
    return rt.minor >= 11
      ? `cannot access local variable '${name}' where it is not associated with a value`
      : `local variable '${name}' referenced before assignment`;
  },
  /** @cpython Objects/abstract.c object_isinstance (3.10+ mentions unions) */
  isinstanceArg2(fn: "isinstance" | "issubclass"): string {
    return rt.minor >= 10
      ? `${fn}() arg 2 must be a type, a tuple of types, or a union`
      : `${fn}() arg 2 must be a type or tuple of types`;
  },
  /** @cpython Objects/object.c _PyObject_GenericSetAttrWithDict (3.13 adds the __dict__ clause) */
  noAttrSet(cls: string, name: string): string {
    return rt.minor >= 13
      ? `'${cls}' object has no attribute '${name}' and no __dict__ for setting new attributes`
      : `'${cls}' object has no attribute '${name}'`;
  },
  /** @cpython Python/ceval.c free-variable error (3.11+ wording) */
  freeVar(name: string): string {
    return rt.minor >= 11
      ? `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`
      : `free variable '${name}' referenced before assignment in enclosing scope`;
  },
};
