// Sizes of the runtime objects the layout models in objects/ do not cover: iterators of the builtin
// containers, enumerate/zip/map/filter, dict views, builtin functions and bound methods. Each is a fixed
// C struct (PyObject_HEAD plus pointer-sized fields) and a GC type except the range iterators; field
// counts are taken from the CPython structs named below and were checked on 3.6.15 … 3.13.0.

import { gcHeaderPart, makeExplanation, repeated, type SizeExplanation, type SizePart } from "../memory/explain";
import { rt } from "./state";

interface StructInfo {
  /** pointer-sized fields after PyObject_HEAD */
  fields: (minor: number) => number;
  gc: boolean;
  cpython: string;
}

const ITER2: StructInfo = { fields: () => 2, gc: true, cpython: "seqiterobject-style {it_index, it_seq}" };

/** @cpython the iterator / view / function structs, fields after PyObject_HEAD (16 bytes) */
const STRUCTS: Record<string, StructInfo> = {
  list_iterator: { ...ITER2, cpython: "_PyListIterObject {it_index, it_seq}" },
  list_reverseiterator: { ...ITER2, cpython: "listreviterobject {it_index, it_seq}" },
  tuple_iterator: { ...ITER2, cpython: "_PyTupleIterObject {it_index, it_seq}" },
  str_iterator: { ...ITER2, cpython: "unicodeiterobject {it_index, it_seq}" },
  str_ascii_iterator: { ...ITER2, cpython: "unicodeiterobject {it_index, it_seq}" },
  bytes_iterator: { ...ITER2, cpython: "striterobject {it_index, it_seq}" },
  bytearray_iterator: { ...ITER2, cpython: "bytesiterobject {it_index, it_seq}" },
  reversed: { fields: () => 2, gc: true, cpython: "reversedobject {index, seq}" },
  callable_iterator: { fields: () => 2, gc: true, cpython: "calliterobject {it_callable, it_sentinel}" },
  // @cpython Objects/rangeobject.c rangeiterobject: {index, start, step, len}; 3.12 dropped index
  range_iterator: { fields: (m) => (m >= 12 ? 3 : 4), gc: false, cpython: "_PyRangeIterObject {start, step, len} (3.12+; index before)" },
  longrange_iterator: { fields: (m) => (m >= 12 ? 3 : 4), gc: false, cpython: "longrangeiterobject {start, step, len} (3.12+; index before)" },
  dict_keyiterator: { fields: () => 5, gc: true, cpython: "dictiterobject {di_dict, di_used, di_pos, di_result, len}" },
  dict_valueiterator: { fields: () => 5, gc: true, cpython: "dictiterobject {di_dict, di_used, di_pos, di_result, len}" },
  dict_itemiterator: { fields: () => 5, gc: true, cpython: "dictiterobject {di_dict, di_used, di_pos, di_result, len}" },
  // @cpython Objects/dictobject.c dictreviter_new (3.8+): the same dictiterobject, walking backwards
  dict_reversekeyiterator: { fields: () => 5, gc: true, cpython: "dictiterobject {di_dict, di_used, di_pos, di_result, len}" },
  dict_reversevalueiterator: { fields: () => 5, gc: true, cpython: "dictiterobject {di_dict, di_used, di_pos, di_result, len}" },
  dict_reverseitemiterator: { fields: () => 5, gc: true, cpython: "dictiterobject {di_dict, di_used, di_pos, di_result, len}" },
  set_iterator: { fields: () => 4, gc: true, cpython: "setiterobject {si_set, si_used, si_pos, len}" },
  // @cpython Objects/enumobject.c enumobject: {en_index, en_sit, en_result, en_longindex}; 3.11 added `one`
  enumerate: { fields: (m) => (m >= 11 ? 5 : 4), gc: true, cpython: "enumobject {en_index, en_sit, en_result, en_longindex[, one]}" },
  // @cpython Python/bltinmodule.c zipobject: {tuplesize, ittuple, result}; 3.10 added `strict`
  zip: { fields: (m) => (m >= 10 ? 4 : 3), gc: true, cpython: "zipobject {tuplesize, ittuple, result[, strict]}" },
  map: { fields: () => 2, gc: true, cpython: "mapobject {iters, func}" },
  filter: { fields: () => 2, gc: true, cpython: "filterobject {func, it}" },
  dict_keys: { fields: () => 1, gc: true, cpython: "_PyDictViewObject {dv_dict}" },
  dict_values: { fields: () => 1, gc: true, cpython: "_PyDictViewObject {dv_dict}" },
  dict_items: { fields: () => 1, gc: true, cpython: "_PyDictViewObject {dv_dict}" },
  // @cpython Include/cpython/methodobject.h PyCFunctionObject: {m_ml, m_self, m_module, m_weakreflist[, vectorcall 3.8+]}
  builtin_function_or_method: { fields: (m) => (m >= 8 ? 5 : 4), gc: true, cpython: "PyCFunctionObject {m_ml, m_self, m_module, m_weakreflist[, vectorcall]}" },
  // @cpython Objects/descrobject.c wrapperobject: {descr, self} (a slot wrapper bound to an object)
  "method-wrapper": { fields: () => 2, gc: true, cpython: "wrapperobject {descr, self}" },
  // @cpython Include/cpython/classobject.h PyMethodObject: {im_func, im_self, im_weakreflist[, vectorcall 3.8+]}
  method: { fields: (m) => (m >= 8 ? 4 : 3), gc: true, cpython: "PyMethodObject {im_func, im_self, im_weakreflist[, vectorcall]}" },
};

/** The explanation for one of the structs above, or undefined when `typeName` is not one of them. */
export function explainStruct(typeName: string): SizeExplanation | undefined {
  const s = STRUCTS[typeName];
  if (!s) return undefined;
  const p = rt.profile;
  const n = s.fields(p.minor);
  const parts: SizePart[] = [
    { label: "object header", bytes: 16, cpython: "PyObject_HEAD (ob_refcnt, ob_type)" },
    repeated("fields", n, 8, s.cpython),
  ];
  if (s.gc) parts.push(gcHeaderPart(p.gcHeaderSize));
  return makeExplanation(typeName, parts, { gc: s.gc });
}

/**
 * Dunder names that CPython exposes as slot wrappers (Objects/typeobject.c slotdefs): bound to an
 * object they are `method-wrapper` objects, not `builtin_function_or_method`. Checked with
 * `type(getattr(o, name)).__name__` on 3.6.15 … 3.13.0 for instances of object, int, float, complex,
 * str, bytes, bytearray, list, tuple, dict, set and frozenset.
 */
const SLOT_WRAPPERS = new Set(
  (
    "__getattribute__ __setattr__ __delattr__ __repr__ __str__ __hash__ __call__ __init__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ " +
    "__iter__ __next__ __get__ __set__ __delete__ __len__ __getitem__ __setitem__ __delitem__ __contains__ __bool__ __index__ " +
    "__int__ __float__ __abs__ __neg__ __pos__ __invert__ __buffer__ __release_buffer__ __await__ __aiter__ __anext__ " +
    ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow", "lshift", "rshift", "and", "or", "xor"]
      .flatMap((n) => [`__${n}__`, `__r${n}__`, n === "divmod" ? "" : `__i${n}__`])
      .join(" ")
  )
    .split(" ")
    .filter(Boolean),
);

/**
 * Whether `obj.name` of a built-in method is a method-wrapper. @cpython METH_COEXIST methods win over
 * the slot wrapper: list.__getitem__, dict.__getitem__ / __contains__, set/frozenset.__contains__.
 */
export function isMethodWrapper(name: string, owner: string | null): boolean {
  if (!SLOT_WRAPPERS.has(name)) return false;
  if (name === "__getitem__" && (owner === "list" || owner === "dict")) return false;
  if (name === "__contains__" && (owner === "dict" || owner === "set" || owner === "frozenset")) return false;
  return true;
}
