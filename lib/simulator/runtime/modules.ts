// The importable modules of the subset: `sys` (getsizeof with observations, version, version_info,
// maxsize), `collections` (namedtuple), `typing` (NamedTuple, and inert aliases for annotations) and
// `dataclasses` (dataclass, field, fields, asdict, astuple). Generated methods (namedtuple `__new__`,
// dataclass `__init__`/`__repr__`/`__eq__`) are native functions that behave like CPython's generated
// Python code, including the argument-error texts.

import { pyErr, typeError, valueError } from "./exceptions";
import { msg } from "./messages";
import { call, callSpecial, eq, getAttr, lessThan, setAttr, special, toArray, truthy, type Kwargs } from "./ops";
import { reprOf } from "./repr";
import { rt } from "./state";
import * as S from "./sizes";
import * as T from "./types";
import { None, True, False, pyBool, pyInt, pyIntN, pyStr } from "./types";
import { dictSet } from "./containers";
import { buildClass, classHooks, construct } from "./classes";
import { stderrStream, stdoutStream } from "./builtins";
import { hashOf } from "./hash";
import {
  PyBuiltinFunction,
  PyClassMethod,
  PyDict,
  PyException,
  PyFunction,
  PyInstance,
  PyList,
  PyModule,
  PyObject,
  PyProperty,
  PyStaticMethod,
  PyStr,
  PyTuple,
  PyType,
  type CallSite,
  type DataclassField,
} from "./values";

const modules = new Map<string, () => PyModule>();
const loaded = new Map<string, PyModule>();

/** `import name`: the module object, or ModuleNotFoundError like CPython. */
export function importModule(name: string): PyModule {
  const m = loaded.get(name);
  if (m) return m;
  const f = modules.get(name);
  if (!f || (name === "dataclasses" && rt.minor < 7)) throw pyErr("ModuleNotFoundError", `No module named '${name}'`);
  const mod = f();
  loaded.set(name, mod);
  return mod;
}

/** Forget loaded modules (sys.version etc. depend on the run's version). */
export function resetModules(): void {
  loaded.clear();
}

function native(name: string, f: (args: PyObject[], kw: Kwargs, site: CallSite) => PyObject, isMethod = false, owner: string | null = null): PyBuiltinFunction {
  return new PyBuiltinFunction(name, f, isMethod, owner);
}

// ## Native argument binding (for generated methods)

interface Param {
  name: string;
  default?: PyObject;
}

/** Binds args like a Python `def f(p1, p2=d, …)` and raises CPython's TypeErrors naming `fname`. */
export function bindParams(fname: string, params: Param[], args: PyObject[], kw: Kwargs): PyObject[] {
  const n = params.length;
  const out: (PyObject | undefined)[] = new Array(n);
  if (args.length > n) {
    const nd = params.filter((p) => p.default !== undefined).length;
    const np = n + 1; // CPython counts self/cls
    const takes = nd > 0 ? `from ${np - nd} to ${np} positional arguments` : `${np} positional argument${np === 1 ? "" : "s"}`;
    throw typeError(`${fname} takes ${takes} but ${args.length + 1} were given`);
  }
  for (let i = 0; i < args.length; i++) out[i] = args[i];
  if (kw) {
    for (const [k, v] of kw) {
      const i = params.findIndex((p) => p.name === k);
      if (i < 0) throw typeError(`${fname} got an unexpected keyword argument '${k}'`);
      if (out[i] !== undefined) throw typeError(`${fname} got multiple values for argument '${k}'`);
      out[i] = v;
    }
  }
  const missing: string[] = [];
  for (let i = 0; i < n; i++) {
    if (out[i] === undefined) {
      if (params[i].default !== undefined) out[i] = params[i].default;
      else missing.push(params[i].name);
    }
  }
  if (missing.length) {
    const q = missing.map((m) => `'${m}'`);
    const list = q.length === 1 ? q[0] : q.length === 2 ? `${q[0]} and ${q[1]}` : q.slice(0, -1).join(", ") + ", and " + q[q.length - 1];
    throw typeError(`${fname} missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${list}`);
  }
  return out as PyObject[];
}

// ## sys

const versionInfoCache = new Map<string, PyObject>();
function versionInfo(): PyObject {
  const p = rt.profile;
  const cached = versionInfoCache.get(p.version);
  if (cached) return cached;
  const v = buildVersionInfo();
  versionInfoCache.set(p.version, v);
  return v;
}
function buildVersionInfo(): PyObject {
  const p = rt.profile;
  const t = makeNamedTuple("version_info", ["major", "minor", "micro", "releaselevel", "serial"], [], false);
  t.qualname = "version_info";
  t.module = "sys";
  t.ns.set("__repr__", native("__repr__", (args) => {
    const o = args[0] as PyTuple;
    return pyStr("sys.version_info(" + ["major", "minor", "micro", "releaselevel", "serial"].map((f, i) => `${f}=${reprOf(o.items[i])}`).join(", ") + ")");
  }, true));
  const v = new PyTuple([pyIntN(3), pyIntN(p.minor), pyIntN(p.micro), pyStr("final"), pyIntN(0)]);
  v.cls = t;
  return v;
}

/** Build stamps of the pyenv binaries the golden corpus was measured with (`sys.version` of each). */
const BUILD_TIMES: Record<string, string> = {
  "3.6.15": "07:30:54",
  "3.7.16": "07:31:42",
  "3.8.18": "07:33:04",
  "3.9.18": "07:33:49",
  "3.10.13": "07:34:36",
  "3.11.7": "07:35:25",
  "3.12.1": "07:36:11",
  "3.13.0": "07:36:57",
};

/** `sys.version` exactly as the modelled build prints it (3.6–3.8 tag "default" and a newline before the compiler). */
function versionString(): string {
  const p = rt.profile;
  const tag = p.minor >= 9 ? "main" : "default";
  const sep = p.minor >= 10 ? " " : " \n";
  return `${p.version} (${tag}, May  9 2026, ${BUILD_TIMES[p.version] ?? "07:37:00"})${sep}[GCC 12.2.0]`;
}

modules.set("sys", () => {
  const m = new PyModule("sys");
  m.ns.set("getsizeof", native("getsizeof", (args, kw, site) => S.getsizeof(args, kw, site)));
  m.ns.set("version", pyStr(versionString()));
  m.ns.set("version_info", versionInfo());
  m.ns.set("maxsize", pyInt(9223372036854775807n));
  m.ns.set("byteorder", pyStr("little"));
  m.ns.set("platform", pyStr("linux"));
  m.ns.set("hexversion", pyIntN(0x030000f0 + rt.profile.minor * 0x10000 + rt.profile.micro * 0x100));
  m.ns.set("getrecursionlimit", native("getrecursionlimit", () => pyIntN(1000)));
  m.ns.set("intern", native("intern", (args) => args[0]));
  m.ns.set("maxunicode", pyIntN(0x10ffff));
  m.ns.set("stdout", stdoutStream);
  m.ns.set("stderr", stderrStream);
  return m;
});

// ## collections.namedtuple

const KEYWORDS = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(" "),
);

function isIdentifier(s: string): boolean {
  return /^[A-Za-z_\u00c0-\uffff][A-Za-z0-9_\u00c0-\uffff]*$/.test(s);
}

/**
 * Creates a namedtuple class (tuple layout, `__slots__ = ()`): field properties, `__new__`, `__repr__`,
 * `_make`, `_replace`, `_asdict`, `_fields`, `_field_defaults`.
 */
export function makeNamedTuple(typename: string, fields: string[], defaults: PyObject[], fromTyping: boolean): PyType {
  const t = new PyType(typename, [T.tupleType], false);
  t.module = "__main__";
  t.mro = [t, T.tupleType, T.objectType];
  t.layout = T.tupleType;
  t.slots = [];
  t.hasDict = false;
  t.hasWeakref = false;
  t.tupleFields = fields;
  const nd = defaults.length;
  const params: Param[] = fields.map((f, i) => (i >= fields.length - nd ? { name: f, default: defaults[i - (fields.length - nd)] } : { name: f }));
  const newName = () => (rt.minor >= 10 ? `${t.qualname}.__new__()` : rt.minor === 9 && !fromTyping ? "<lambda>()" : "__new__()");
  const newFn = native("__new__", (args, kw) => {
    const cls = args[0] as PyType;
    const vals = bindParams(newName(), params, args.slice(1), kw);
    const o = new PyTuple(vals);
    o.cls = cls;
    if (cls !== t && cls.hasDict) o.attrs = new PyDict();
    return o;
  });
  (newFn as PyBuiltinFunction & { ntNew?: boolean }).ntNew = true;
  t.ns.set("__new__", newFn);
  t.ns.set("__repr__", native("__repr__", (args) => {
    const o = args[0] as PyTuple;
    return pyStr(`${o.cls.name}(` + fields.map((f, i) => `${f}=${reprOf(o.items[i])}`).join(", ") + ")");
  }, true));
  fields.forEach((f, i) => {
    const getter = native(f, (args) => (args[0] as PyTuple).items[i]);
    (getter as PyBuiltinFunction & { ntField?: boolean }).ntField = true;
    t.ns.set(f, new PyProperty(getter, null, null));
  });
  t.ns.set("_fields", new PyTuple(fields.map(pyStr)));
  if (rt.minor >= 7 || fromTyping) {
    const fd = new PyDict();
    S.dictNewEmpty(fd, "comprehension");
    params.forEach((p) => {
      if (p.default !== undefined) dictSet(fd, pyStr(p.name), p.default);
    });
    t.ns.set("_field_defaults", fd);
  }
  t.ns.set("_make", new PyClassMethod(native("_make", (args) => {
    const cls = args[0] as PyType;
    const items = toArray(args[1]);
    if (items.length !== fields.length) throw typeError(`Expected ${fields.length} arguments, got ${items.length}`);
    const o = new PyTuple(items);
    o.cls = cls;
    return o;
  })));
  t.ns.set("_replace", native("_replace", (args, kw) => {
    const o = args[0] as PyTuple;
    const items = o.items.slice();
    const bad: string[] = [];
    if (kw) for (const [k, v] of kw) {
      const i = fields.indexOf(k);
      if (i < 0) bad.push(k);
      else items[i] = v;
    }
    if (bad.length) {
      const text = `Got unexpected field names: [${bad.map((b) => reprOf(pyStr(b))).join(", ")}]`;
      throw rt.minor >= 13 ? typeError(text) : valueError(text);
    }
    const r = new PyTuple(items);
    r.cls = o.cls;
    return r;
  }, true));
  t.ns.set("_asdict", native("_asdict", (args) => {
    const o = args[0] as PyTuple;
    const d = new PyDict();
    // 3.8+: dict(zip(self._fields, self)); 3.6/3.7 returned an OrderedDict.
    S.dictNewEmpty(d, "dict-call");
    fields.forEach((f, i) => dictSet(d, pyStr(f), o.items[i]));
    if (rt.minor < 8) d.cls = orderedDictType();
    return d;
  }, true));
  t.ns.set("__getnewargs__", native("__getnewargs__", (args) => new PyTuple((args[0] as PyTuple).items), true));
  t.ns.set("__module__", pyStr("__main__"));
  S.classCreated(t);
  return t;
}

let odType: PyType | null = null;
function orderedDictType(): PyType {
  if (odType) return odType;
  const t = new PyType("OrderedDict", [T.dictType], false);
  t.module = "collections";
  t.mro = [t, T.dictType, T.objectType];
  t.layout = T.dictType;
  t.ns.set("__repr__", native("__repr__", (args) => {
    const d = args[0] as PyDict;
    const items = d.entries.filter((e) => e.key !== null).map((e) => `(${reprOf(e.key!)}, ${reprOf(e.value)})`);
    return pyStr(items.length ? `OrderedDict([${items.join(", ")}])` : "OrderedDict()");
  }, true));
  odType = t;
  return t;
}

function parseFieldNames(x: PyObject): string[] {
  if (x instanceof PyStr) return x.v.replace(/,/g, " ").split(/\s+/).filter((s) => s.length > 0);
  return toArray(x).map((f) => {
    if (!(f instanceof PyStr)) throw typeError("Type names and field names must be strings");
    return f.v;
  });
}

modules.set("collections", () => {
  const m = new PyModule("collections");
  m.ns.set("namedtuple", native("namedtuple", (args, kw) => {
    const typenameO = args[0] ?? kw?.get("typename");
    const fieldsO = args[1] ?? kw?.get("field_names");
    if (typenameO === undefined || fieldsO === undefined)
      throw typeError(`namedtuple() missing 1 required positional argument: '${typenameO === undefined ? "typename" : "field_names"}'`);
    if (args.length > 2) throw typeError(`namedtuple() takes 2 positional arguments but ${args.length} were given`);
    const rename = kw?.has("rename") ? truthy(kw.get("rename")!) : false;
    const defaultsO = kw?.get("defaults") ?? None;
    if (kw) for (const k of kw.keys()) if (!["typename", "field_names", "rename", "defaults", "module"].includes(k))
      throw typeError(`namedtuple() got an unexpected keyword argument '${k}'`);
    if (kw?.has("defaults") && rt.minor < 7) throw typeError("namedtuple() got an unexpected keyword argument 'defaults'");
    const typename = (typenameO as PyStr).v;
    let fields = parseFieldNames(fieldsO);
    if (rename) {
      const seen = new Set<string>();
      fields = fields.map((f, i) => {
        const bad = !isIdentifier(f) || KEYWORDS.has(f) || f.startsWith("_") || seen.has(f);
        seen.add(f);
        return bad ? `_${i}` : f;
      });
    }
    for (const name of [typename, ...fields]) {
      if (!isIdentifier(name)) throw valueError(`Type names and field names must be valid identifiers: ${reprOf(pyStr(name))}`);
      if (KEYWORDS.has(name)) throw valueError(`Type names and field names cannot be a keyword: ${reprOf(pyStr(name))}`);
    }
    const seen = new Set<string>();
    for (const f of fields) {
      if (f.startsWith("_") && !rename) throw valueError(`Field names cannot start with an underscore: ${reprOf(pyStr(f))}`);
      if (seen.has(f)) throw valueError(`Encountered duplicate field name: ${reprOf(pyStr(f))}`);
      seen.add(f);
    }
    const defaults = defaultsO === None ? [] : toArray(defaultsO);
    if (defaults.length > fields.length) throw typeError("Got more default values than field names");
    return makeNamedTuple(typename, fields, defaults, false);
  }));
  m.ns.set("OrderedDict", orderedDictType());
  return m;
});

// ## typing

const namedTupleMarker = native("NamedTuple", (args, kw) => {
  // Functional form: NamedTuple('P', [('x', int), ('y', int)])
  const name = args[0] as PyStr;
  const fieldsO = args[1];
  const fields: string[] = [];
  if (fieldsO !== undefined) for (const f of toArray(fieldsO)) fields.push((toArray(f)[0] as PyStr).v);
  if (kw) for (const k of kw.keys()) fields.push(k);
  return makeNamedTuple(name.v, fields, [], true);
});
classHooks.namedTupleBase = namedTupleMarker;
classHooks.makeNamedTupleFromClass = (name, ns) => {
  const ann = ns.get("__annotations__");
  const fields: string[] = [];
  const defaults: PyObject[] = [];
  if (ann instanceof PyDict) {
    for (const e of ann.entries) {
      if (e.key === null) continue;
      const f = (e.key as PyStr).v;
      fields.push(f);
      const d = ns.get(f);
      if (d !== undefined) defaults.push(d);
      else if (defaults.length > 0)
        throw typeError(`Non-default namedtuple field ${f} cannot follow default field${defaults.length > 1 ? "s" : ""} ${fields.slice(fields.length - 1 - defaults.length, -1).join(", ")}`);
    }
  }
  const t = makeNamedTuple(name, fields, defaults, true);
  const qn = ns.get("__qualname__");
  if (qn instanceof PyStr) t.qualname = qn.v;
  for (const [k, v] of ns) {
    if (k === "__annotations__" || k === "__qualname__" || fields.includes(k)) continue;
    if (k === "__module__") continue;
    t.ns.set(k, v);
  }
  return t;
};

modules.set("typing", () => {
  const m = new PyModule("typing");
  m.ns.set("NamedTuple", namedTupleMarker);
  for (const alias of ["List", "Dict", "Tuple", "Set", "FrozenSet", "Optional", "Union", "Any", "Iterable", "Iterator", "Sequence", "Mapping", "Callable", "Type", "ClassVar"])
    m.ns.set(alias, T.objectType);
  return m;
});

// ## dataclasses

let frozenErr: PyType | null = null;
function frozenInstanceError(): PyType {
  if (frozenErr) return frozenErr;
  const t = new PyType("FrozenInstanceError", [T.excType("AttributeError")], false);
  t.module = "dataclasses";
  t.mro = computeMroSafe(t);
  t.layout = T.baseExceptionType;
  t.hasDict = true;
  frozenErr = t;
  return t;
}
import { computeMro } from "./types";
function computeMroSafe(t: PyType): PyType[] {
  return computeMro(t);
}

const MISSING = new PyInstance();
MISSING.cls = T.objectType;

class FieldSpec extends PyInstance {
  constructor(
    public dflt: PyObject,
    public factory: PyObject,
    public init: boolean,
    public repr: boolean,
    public compare: boolean,
  ) {
    super();
  }
}
let fieldType: PyType | null = null;
function getFieldType(): PyType {
  if (!fieldType) {
    fieldType = new PyType("Field", [T.objectType], true);
    fieldType.mro = [fieldType, T.objectType];
    fieldType.layout = fieldType;
  }
  return fieldType;
}

function dataclassOf(cls: PyType, opts: Map<string, PyObject>): PyType {
  const flag = (k: string, d: boolean) => (opts.has(k) ? truthy(opts.get(k)!) : d);
  const init = flag("init", true);
  const repr = flag("repr", true);
  const eqF = flag("eq", true);
  const order = flag("order", false);
  const frozen = flag("frozen", false);
  const unsafeHash = flag("unsafe_hash", false);
  const slots = flag("slots", false);
  if (order && !eqF) throw valueError("eq must be true if order is true");
  // Fields: bases' dataclass fields first, then this class's annotations in order.
  const fields: DataclassField[] = [];
  for (const b of [...cls.mro].reverse()) {
    if (b === cls || !b.dataclassFields) continue;
    for (const f of b.dataclassFields) {
      const i = fields.findIndex((x) => x.name === f.name);
      if (i >= 0) fields[i] = f;
      else fields.push(f);
    }
  }
  const ann = cls.ns.get("__annotations__");
  if (ann instanceof PyDict) {
    for (const e of ann.entries) {
      if (e.key === null) continue;
      const name = (e.key as PyStr).v;
      let dflt: PyObject | null = cls.ns.get(name) ?? null;
      let factory: PyObject | null = null;
      let fInit = true;
      let fRepr = true;
      let fCompare = true;
      if (dflt instanceof FieldSpec) {
        const fs = dflt;
        dflt = fs.dflt === MISSING ? null : fs.dflt;
        factory = fs.factory === MISSING ? null : fs.factory;
        fInit = fs.init;
        fRepr = fs.repr;
        fCompare = fs.compare;
        if (dflt !== null) cls.ns.set(name, dflt);
        else cls.ns.delete(name);
      }
      if (dflt instanceof PyList || dflt instanceof PyDict || (dflt !== null && dflt.cls === T.setType))
        throw valueError(`mutable default ${reprOf(dflt.cls)} for field ${name} is not allowed: use default_factory`);
      const f: DataclassField = { name, default: dflt, defaultFactory: factory, init: fInit, repr: fRepr, compare: fCompare };
      const i = fields.findIndex((x) => x.name === name);
      if (i >= 0) fields[i] = f;
      else fields.push(f);
    }
  }
  let seenDefault: string | null = null;
  for (const f of fields) {
    if (!f.init) continue;
    if (f.default !== null || f.defaultFactory !== null) seenDefault = f.name;
    else if (seenDefault !== null)
      throw typeError(rt.minor >= 13 ? `non-default argument '${f.name}' follows default argument '${seenDefault}'` : `non-default argument '${f.name}' follows default argument`);
  }
  let target = cls;
  if (slots) {
    const ns = new Map(cls.ns);
    ns.set("__slots__", new PyTuple(fields.map((f) => pyStr(f.name))));
    for (const f of fields) ns.delete(f.name);
    ns.set("__qualname__", pyStr(cls.qualname));
    target = buildClass(cls.name, cls.bases, ns, new Map(), null);
  }
  target.dataclassFields = fields;
  const t = target;
  const qual = () => t.qualname;
  if (init && !t.ns.has("__init__")) {
    const params = fields.filter((f) => f.init).map((f) => ({ name: f.name, default: f.default ?? (f.defaultFactory ? MISSING : undefined) }));
    t.ns.set("__init__", native("__init__", (args, kw) => {
      const self = args[0];
      const vals = bindParams(msg.funcName("__init__", qual() + ".__init__"), params as Param[], args.slice(1), kw);
      let k = 0;
      for (const f of fields) {
        let v: PyObject;
        if (f.init) {
          v = vals[k++];
          if (v === MISSING) v = call(f.defaultFactory!, []);
        } else if (f.defaultFactory) v = call(f.defaultFactory, []);
        else if (f.default !== null) v = f.default;
        else continue;
        if (frozen) objectSetattr(self, f.name, v);
        else setAttr(self, f.name, v);
      }
      const post = t.lookup("__post_init__");
      if (post !== undefined) call(post, [self]);
      return None;
    }, true));
  }
  if (repr && !t.ns.has("__repr__")) {
    t.ns.set("__repr__", native("__repr__", (args) => {
      const self = args[0];
      return pyStr(`${self.cls.qualname}(` + fields.filter((f) => f.repr).map((f) => `${f.name}=${reprOf(getAttr(self, f.name))}`).join(", ") + ")");
    }, true));
  }
  const cmpTuple = (o: PyObject) => new PyTuple(fields.filter((f) => f.compare).map((f) => getAttr(o, f.name)));
  if (eqF && !t.ns.has("__eq__")) {
    t.ns.set("__eq__", native("__eq__", (args) => {
      const [a, b] = args;
      if (a.cls !== b.cls) return T.NotImplemented;
      return pyBool(eq(cmpTuple(a), cmpTuple(b)));
    }, true));
  }
  if (order) {
    for (const [name, fnc] of [
      ["__lt__", (x: PyObject, y: PyObject) => lessThan(x, y)],
      ["__le__", (x: PyObject, y: PyObject) => !lessThan(y, x)],
      ["__gt__", (x: PyObject, y: PyObject) => lessThan(y, x)],
      ["__ge__", (x: PyObject, y: PyObject) => !lessThan(x, y)],
    ] as const) {
      t.ns.set(name, native(name, (args) => {
        const [a, b] = args;
        if (a.cls !== b.cls) return T.NotImplemented;
        return pyBool(fnc(cmpTuple(a), cmpTuple(b)));
      }, true));
    }
  }
  // __hash__ rules (dataclasses._hash_action table).
  const hasExplicitHash = cls.ns.has("__hash__") && cls.ns.get("__hash__") !== None;
  if (unsafeHash || (eqF && frozen)) {
    if (!hasExplicitHash || unsafeHash)
      t.ns.set("__hash__", native("__hash__", (args) => pyInt(hashOf(cmpTuple(args[0]))), true));
  } else if (eqF && !frozen && !hasExplicitHash) t.ns.set("__hash__", None);
  if (frozen) {
    t.ns.set("__setattr__", native("__setattr__", (args) => {
      const name = (args[1] as PyStr).v;
      throw new PyException(frozenInstanceError(), [pyStr(`cannot assign to field '${name}'`)]);
    }, true));
    t.ns.set("__delattr__", native("__delattr__", (args) => {
      const name = (args[1] as PyStr).v;
      throw new PyException(frozenInstanceError(), [pyStr(`cannot delete field '${name}'`)]);
    }, true));
  }
  if (rt.minor >= 10) t.ns.set("__match_args__", new PyTuple(fields.filter((f) => f.init).map((f) => pyStr(f.name))));
  return t;
}

function objectSetattr(o: PyObject, name: string, v: PyObject): void {
  const f = T.objectType.ns.get("__setattr__") as PyBuiltinFunction;
  f.fn([o, pyStr(name), v], null, { node: null });
}

const DATACLASS_KW_BY_MINOR: Record<string, number> = {
  init: 7,
  repr: 7,
  eq: 7,
  order: 7,
  unsafe_hash: 7,
  frozen: 7,
  match_args: 10,
  kw_only: 10,
  slots: 10,
  weakref_slot: 11,
};

modules.set("dataclasses", () => {
  const m = new PyModule("dataclasses");
  const dataclass = native("dataclass", (args, kw) => {
    const opts = new Map<string, PyObject>();
    if (kw) for (const [k, v] of kw) {
      const since = DATACLASS_KW_BY_MINOR[k];
      if (since === undefined || rt.minor < since) throw typeError(`dataclass() got an unexpected keyword argument '${k}'`);
      opts.set(k, v);
    }
    if (args.length === 0) return native("wrap", (a) => dataclassOf(a[0] as PyType, opts));
    const c = args[0];
    if (!(c instanceof PyType)) throw typeError("dataclass() should be called on a class");
    return dataclassOf(c, opts);
  });
  m.ns.set("dataclass", dataclass);
  m.ns.set("field", native("field", (args, kw) => {
    if (args.length) throw typeError(`field() takes 0 positional arguments but ${args.length} were given`);
    const get = (k: string, d: PyObject) => kw?.get(k) ?? d;
    const dflt = get("default", MISSING);
    const factory = get("default_factory", MISSING);
    if (dflt !== MISSING && factory !== MISSING) throw valueError("cannot specify both default and default_factory");
    const f = new FieldSpec(dflt, factory, truthy(get("init", True)), truthy(get("repr", True)), truthy(get("compare", True)));
    f.cls = getFieldType();
    return f;
  }));
  m.ns.set("fields", native("fields", (args) => {
    const o = args[0];
    const t = o instanceof PyType ? o : o.cls;
    if (!t.dataclassFields) throw typeError("must be called with a dataclass type or instance");
    return new PyTuple(t.dataclassFields.map((f) => pyStr(f.name)));
  }));
  const conv = (o: PyObject, asTuple: boolean): PyObject => {
    if (!(o instanceof PyType) && o.cls.dataclassFields) {
      const fs = o.cls.dataclassFields;
      if (asTuple) return new PyTuple(fs.map((f) => conv(getAttr(o, f.name), true)));
      const d = new PyDict();
      S.dictNewEmpty(d, "literal-empty");
      for (const f of fs) dictSet(d, pyStr(f.name), conv(getAttr(o, f.name), false));
      return d;
    }
    if (o instanceof PyList) {
      const l = new PyList(o.items.map((x) => conv(x, asTuple)));
      S.listNewEmpty(l);
      for (let i = 0; i < l.items.length; i++) S.listAppend(l);
      return l;
    }
    if (o instanceof PyTuple && o.cls.builtin) return new PyTuple(o.items.map((x) => conv(x, asTuple)));
    if (o instanceof PyDict && o.cls.builtin) {
      const d = new PyDict();
      S.dictNewEmpty(d, "dict-call");
      for (const e of o.entries) if (e.key !== null) dictSet(d, conv(e.key, asTuple), conv(e.value, asTuple));
      return d;
    }
    return o;
  };
  m.ns.set("asdict", native("asdict", (args) => {
    if (!args[0].cls.dataclassFields) throw typeError("asdict() should be called on dataclass instances");
    return conv(args[0], false);
  }));
  m.ns.set("astuple", native("astuple", (args) => {
    if (!args[0].cls.dataclassFields) throw typeError("astuple() should be called on dataclass instances");
    return conv(args[0], true);
  }));
  m.ns.set("FrozenInstanceError", frozenInstanceError());
  m.ns.set("MISSING", MISSING);
  return m;
});

modules.set("math", () => {
  const m = new PyModule("math");
  m.ns.set("pi", new (T.floatType === T.floatType ? PyFloatCtor() : PyFloatCtor())(Math.PI));
  m.ns.set("inf", new (PyFloatCtor())(Infinity));
  return m;
});
import { PyFloat } from "./values";
function PyFloatCtor(): typeof PyFloat {
  return PyFloat;
}

void construct;
void callSpecial;
void special;
void PyFunction;
void PyStaticMethod;
void False;
