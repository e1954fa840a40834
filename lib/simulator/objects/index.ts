/*
 * The simulator's layout models: the public surface the runtime codes against.
 *
 * Every model is a small state machine holding exactly the state CPython's object carries for its size
 * (list capacity, dict keys-table counters, a real set hash table, …). The runtime's Python value
 * objects (PyList, PyDict, …) each own one model, create it through the constructor named after the
 * Python construction path, and call the mutation method named after each Python operation. Sizes:
 *
 *   model.getsizeof()  → sys.getsizeof(obj)
 *   model.sizeof()     → obj.__sizeof__()
 *   model.explain()    → { typeName, total, parts (sum exactly to total), state }
 *
 * Models are created with a Profile (resolveVersion("3.12")) and never compare version strings.
 * No model imports runtime/; models reference each other only where CPython does (dict ↔ instance).
 *
 * Quick map (Python → model call):
 *   []  list()                       ListLayout.empty(p)
 *   [a, b, c]                        ListLayout.fromDisplay(p, 3, { allConstant })
 *   [*a, b]                          ListLayout.fromStarredDisplay(p, elements)
 *   list(x) / sorted(x)              ListLayout.fromIterable(p, src) / ListLayout.fromSorted(p, src)
 *   [x]*k, l[a:b], l.copy(), l1+l2   ListLayout.fromRepeat / fromSlice / fromCopy / fromConcat (p, resultLen)
 *   [f(x) for x in y]                ListLayout.empty(p) then .append() per item
 *   l.append/insert/extend/pop/remove/clear, del l[i], del l[a:b], l[a:b] = x, l *= k, l += x
 *   ()  (a, b)  tuple(x)  nt(...)    TupleLayout.of(p, n)
 *   {}  dict()  {k: v…}              DictLayout.fromEmptyDisplay / fromCall / fromDisplay(p, elements)
 *   dict(a=1), dict(d), fromkeys     DictLayout.fromKwargs / fromDict / fromKeys
 *   {k: v for …}                     DictLayout.fromComprehension(p) then setItem per item
 *   d[k] = v, del d[k], popitem, clear, update(d2), copy()
 *   set() {a, b} set(x) s.copy()     SetLayout.empty / fromDisplay / fromSet / fromDict (+ add per item)
 *   'abc'                            StrLayout.fromString(p, s)
 *   b'..', bytearray(...)            BytesLayout.of(p, n), ByteArrayLayout.empty/exact/fromIterable
 *   1, True, 1.5, 1j                 IntLayout.of / ofBool, FloatLayout.of, ComplexLayout.of
 *   None, range(..), slice, …        FixedLayout.of(p, kind)   (iterators, functions, views, modules: measured)
 *   ValueError('x'), StopIteration() FixedLayout.of(p, "BaseException", className)
 *   sys.getsizeof(Cls)               ClassLayout.typeObject()
 *   class C: …; C()                  ClassLayout.create(p, spec).newInstance(valueLayout?)
 *   obj.x = v / del obj.x / obj.__dict__   InstanceLayout.setAttr / delAttr / dict()
 */

export type { SizePart, SizeExplanation, SizeModel } from "../memory/explain";
export { formatExplanation, sizeofFromExplanation, GC_HEADER_LABEL, PRE_HEADER_LABEL } from "../memory/explain";
export { calcsize, size, vsize, POINTER_SIZE } from "../memory/struct";

export { Layout, LayoutError, lengthHint, otherKey, sourceHasLen, strKey } from "./common";
export type { IterSource, KeyInfo } from "./common";

export { ListLayout, listOverallocate } from "./list";
export type { DisplayElement, ListDisplayOptions, SplitOptions } from "./list";

export { TupleLayout } from "./tuple";

export {
  ClassKeys,
  DICT_LOG_MINSIZE,
  DICT_MINSIZE,
  DICT_OBJECT_SIZE,
  DictLayout,
  KeySharing,
  SplitKeys,
  estimateSize,
  indexWidth,
  keysBytes,
  sizeForLog2,
  usableFraction,
} from "./dict";
export type { DictDisplayElement, DictKind, DisplayKey, FromKeysSource } from "./dict";

export { LINEAR_PROBES, SET_MINSIZE, SetLayout } from "./set";
export type { KeyEq, SetEntry, StarredSetElement } from "./set";

export { StrLayout, strShape } from "./str";
export type { StrShape } from "./str";

export { ByteArrayLayout, BytesLayout } from "./bytes";

export { DIGIT_SIZE, IntLayout, PYLONG_SHIFT, intDigits } from "./int";

export { ComplexLayout, FloatLayout } from "./float";

export { ClassLayout, InstanceLayout } from "./instance";
export type { BuiltinBaseName, ClassSpec, SlotKind } from "./instance";

export { FixedLayout } from "./misc";
export type { FixedKind } from "./misc";
