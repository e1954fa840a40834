// The AST-walking evaluator: statements and expressions of the supported subset, one method per node
// kind, dispatched from `exec` and `eval` by exhaustive switches.
//
// ## Technique
//
// The parser hands us CPython-shaped AST nodes; we evaluate them directly, without compiling to
// bytecode, because programs are tiny and run once: a tree walk has no compile cost and V8 inlines the
// switch dispatch well. Three choices keep it both correct and fast:
//
// 1. **Completion codes instead of JS exceptions for control flow.** `exec` returns NORMAL, BREAK,
//    CONTINUE or RETURN (the value waits in `this.retval`), so loops and returns cost a compare, not an
//    unwind. Python exceptions *are* JS throws (`PyException` objects), because they are rare and must
//    cross any number of frames; budget overruns throw `BudgetExceeded`, which `try/except` ignores.
//
// 2. **Scopes resolved statically, stored dynamically.** Before a function first runs, `analyze`
//    walks its body once and records which names are local (assigned and not declared global/nonlocal),
//    exactly like CPython's symtable. At run time a name is then looked up in the frame's Map, the
//    enclosing function frames (closures keep a pointer to the defining frame: Python closures capture
//    variables, not values), the module globals and the builtins, in that order, with CPython's
//    NameError / UnboundLocalError texts.
//
// 3. **Construction paths are decided here.** CPython's compiler chooses how a display is built
//    (`[1, 2, 3]` is LIST_EXTEND of a constant tuple from 3.9 on; `[a, b]` is BUILD_LIST), and those
//    choices change `sys.getsizeof`. The evaluator mirrors the compiler's decision for each node and tells
//    the size model (sizes.ts) which path ran; the rest of the runtime reports mutations the same way.

import type * as AST from "../source/ast";
import { PyLibError } from "../pylib";
import { call, callSpecial, contains, getAttr, getIter, is, richCompare, setAttr, toArray, truthy, delAttr } from "./ops";
import { binaryOp, inplaceOp, unaryOp } from "./arith";
import { BudgetExceeded, pyErr, typeError } from "./exceptions";
import { msg } from "./messages";
import { rt } from "./state";
import * as S from "./sizes";
import { dictMergeFrom, dictSet, setAdd } from "./containers";
import { delItem, getItem, setItem } from "./items";
import { formatValue, reprOf, strOf } from "./repr";
import { builtins } from "./builtins";
import { buildClass } from "./classes";
import { constValue, isConstExpr, mergeConstants } from "./constants";
import {
  None,
  True,
  False,
  excType,
  pyBool,
  pyStr,
  baseExceptionType,
  superType,
} from "./types";
import {
  Cell,
  PyBoundMethod,
  PyBuiltinFunction,
  PyDict,
  PyException,
  PyFunction,
  PyIterator,
  PyList,
  PyObject,
  PySet,
  PySlice,
  PyStr,
  PySuper,
  PyTuple,
  PyType,
  type FunctionCode,
} from "./values";
import { importModule } from "./modules";
import { liveRoots } from "./live";
import type { DisplayElement } from "../objects/list";

void Cell;

const NORMAL = 0;
const BREAK = 1;
const CONTINUE = 2;
const RETURN = 3;
type Completion = 0 | 1 | 2 | 3;

/** A running frame's variables. Module and class scopes have `code === null`. */
export interface Scope {
  vars: Map<string, PyObject>;
  code: FunctionCode | null;
  parent: Scope | null;
  isClass: boolean;
  globals: Map<string, PyObject>;
  /** The function being run (for zero-argument super()). */
  fn: PyFunction | null;
}

// ## Scope analysis (CPython's symtable, reduced to what the subset needs)

const codeCache = new WeakMap<AST.FunctionDef | AST.Lambda, FunctionCode>();

function collectTargets(t: AST.Expr, out: Set<string>): void {
  switch (t.kind) {
    case "Name":
      out.add(t.id);
      break;
    case "Tuple":
    case "List":
      for (const e of t.elts) collectTargets(e, out);
      break;
    case "Starred":
      collectTargets(t.value, out);
      break;
    default:
      break;
  }
}

function collectBody(body: AST.Stmt[], out: Set<string>, globals: Set<string>, nonlocals: Set<string>): void {
  for (const s of body) {
    switch (s.kind) {
      case "Assign":
        for (const t of s.targets) collectTargets(t, out);
        collectExprWalrus(s.value, out);
        break;
      case "AugAssign":
      case "AnnAssign":
        if (s.kind === "AnnAssign" && s.value === null && s.target.kind === "Name") {
          out.add(s.target.id);
          break;
        }
        collectTargets(s.target, out);
        break;
      case "For":
        collectTargets(s.target, out);
        collectBody(s.body, out, globals, nonlocals);
        collectBody(s.orelse, out, globals, nonlocals);
        break;
      case "While":
        collectExprWalrus(s.test, out);
        collectBody(s.body, out, globals, nonlocals);
        collectBody(s.orelse, out, globals, nonlocals);
        break;
      case "If":
        collectExprWalrus(s.test, out);
        collectBody(s.body, out, globals, nonlocals);
        collectBody(s.orelse, out, globals, nonlocals);
        break;
      case "Try":
        collectBody(s.body, out, globals, nonlocals);
        for (const h of s.handlers) {
          if (h.name) out.add(h.name);
          collectBody(h.body, out, globals, nonlocals);
        }
        collectBody(s.orelse, out, globals, nonlocals);
        collectBody(s.finalbody, out, globals, nonlocals);
        break;
      case "FunctionDef":
      case "ClassDef":
        out.add(s.name);
        break;
      case "Import":
      case "ImportFrom":
        for (const a of s.names) out.add(a.asname ?? a.name.split(".")[0]);
        break;
      case "Delete":
        for (const t of s.targets) collectTargets(t, out);
        break;
      case "Global":
        for (const n of s.names) globals.add(n);
        break;
      case "Nonlocal":
        for (const n of s.names) nonlocals.add(n);
        break;
      case "Expr":
        collectExprWalrus(s.value, out);
        break;
      case "Return":
        if (s.value) collectExprWalrus(s.value, out);
        break;
      default:
        break;
    }
  }
}

/** Walrus targets bind in the enclosing function scope (also from inside comprehensions). */
function collectExprWalrus(e: AST.Expr, out: Set<string>): void {
  // Cheap check: only walk when a NamedExpr could be present.
  const stack: unknown[] = [e];
  while (stack.length) {
    const n = stack.pop() as Record<string, unknown> | null;
    if (!n || typeof n !== "object") continue;
    if (Array.isArray(n)) {
      for (const x of n) stack.push(x);
      continue;
    }
    const k = n.kind;
    if (k === "NamedExpr") out.add(((n as unknown as AST.NamedExpr).target as AST.Name).id);
    if (k === "Lambda" || k === "Constant") continue;
    for (const key in n) {
      if (key === "kind" || key === "lineno" || key === "col_offset" || key === "end_lineno" || key === "end_col_offset") continue;
      const v = n[key];
      if (v && typeof v === "object") stack.push(v);
    }
  }
}

export function codeOf(node: AST.FunctionDef | AST.Lambda): FunctionCode {
  let c = codeCache.get(node);
  if (c) return c;
  const locals = new Set<string>();
  const globals = new Set<string>();
  const nonlocals = new Set<string>();
  const a = node.args;
  for (const x of a.args) locals.add(x.arg);
  if (a.vararg) locals.add(a.vararg.arg);
  for (const x of a.kwonlyargs) locals.add(x.arg);
  if (a.kwarg) locals.add(a.kwarg.arg);
  if (node.kind === "FunctionDef") collectBody(node.body, locals, globals, nonlocals);
  else collectExprWalrus(node.body, locals);
  for (const g of globals) locals.delete(g);
  for (const n of nonlocals) locals.delete(n);
  c = {
    name: node.kind === "FunctionDef" ? node.name : "<lambda>",
    args: node.args,
    body: node.kind === "FunctionDef" ? node.body : null,
    expr: node.kind === "Lambda" ? node.body : null,
    locals,
    cellvars: new Set(),
    globals,
    nonlocals,
    node,
  };
  codeCache.set(node, c);
  return c;
}

const compCodeCache = new WeakMap<object, FunctionCode>();
function comprehensionCode(node: AST.ListComp | AST.SetComp | AST.DictComp | AST.GeneratorExp): FunctionCode {
  let c = compCodeCache.get(node);
  if (c) return c;
  const locals = new Set<string>();
  for (const g of node.generators) collectTargets(g.target, locals);
  c = {
    name: "<" + node.kind.toLowerCase() + ">",
    args: { kind: "arguments", args: [], defaults: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null },
    body: null,
    expr: null,
    locals,
    cellvars: new Set(),
    globals: new Set(),
    nonlocals: new Set(),
    node: node as unknown as AST.Lambda,
  };
  compCodeCache.set(node, c);
  return c;
}

// ## The interpreter

export class Interpreter {
  retval: PyObject = None;
  depth = 0;
  /** Exceptions being handled (innermost last), for bare `raise` and `__context__`. */
  handling: PyException[] = [];
  globals: Map<string, PyObject>;
  source: string;
  recursionLimit = 1000;

  constructor(source: string) {
    this.source = source;
    this.globals = new Map();
    this.globals.set("__name__", pyStr("__main__"));
  }

  // ## Budgets

  step(): void {
    if (++rt.steps > rt.maxSteps) throw new BudgetExceeded("TimeoutError", `program exceeded the simulator's step budget (${rt.maxSteps} steps)`);
  }

  // ## Statements

  runModule(mod: AST.Module): void {
    const scope: Scope = { vars: this.globals, code: null, parent: null, isClass: false, globals: this.globals, fn: null };
    liveRoots.scopes.push(scope);
    mergeConstants(mod, rt.profile);
    this.execBlock(mod.body, scope);
  }

  execBlock(body: AST.Stmt[], scope: Scope): Completion {
    for (let i = 0; i < body.length; i++) {
      const r = this.exec(body[i], scope);
      if (r !== NORMAL) return r;
    }
    return NORMAL;
  }

  exec(s: AST.Stmt, scope: Scope): Completion {
    if (++rt.steps > rt.maxSteps) this.step();
    rt.line = s.lineno;
    switch (s.kind) {
      case "Expr":
        return this.execExpr(s, scope);
      case "Assign":
        return this.execAssign(s, scope);
      case "AugAssign":
        return this.execAugAssign(s, scope);
      case "AnnAssign":
        return this.execAnnAssign(s, scope);
      case "If":
        return this.execIf(s, scope);
      case "For":
        return this.execFor(s, scope);
      case "While":
        return this.execWhile(s, scope);
      case "Return":
        return this.execReturn(s, scope);
      case "Pass":
        return NORMAL;
      case "Break":
        return BREAK;
      case "Continue":
        return CONTINUE;
      case "FunctionDef":
        return this.execFunctionDef(s, scope);
      case "ClassDef":
        return this.execClassDef(s, scope);
      case "Try":
        // One JS frame less per Python frame for try/except without finally (recursion depth on default stacks).
        return s.finalbody.length === 0 ? this.execTryExcept(s, scope) : this.execTry(s, scope);
      case "Raise":
        return this.execRaise(s, scope);
      case "Assert":
        return this.execAssert(s, scope);
      case "Delete":
        return this.execDelete(s, scope);
      case "Import":
        return this.execImport(s, scope);
      case "ImportFrom":
        return this.execImportFrom(s, scope);
      case "Global":
      case "Nonlocal":
        return NORMAL;
      default: {
        const never: never = s;
        throw new Error("unknown statement " + (never as AST.Stmt).kind);
      }
    }
  }

  execExpr(s: AST.ExprStmt, scope: Scope): Completion {
    this.eval(s.value, scope);
    return NORMAL;
  }

  execIf(s: AST.If, scope: Scope): Completion {
    // The block loop is inlined (no execBlock frame): fewer JS frames per Python frame in recursive code.
    const body = truthy(this.eval(s.test, scope)) ? s.body : s.orelse;
    for (let i = 0; i < body.length; i++) {
      const r = this.exec(body[i], scope);
      if (r !== NORMAL) return r;
    }
    return NORMAL;
  }

  execReturn(s: AST.Return, scope: Scope): Completion {
    this.retval = s.value ? this.eval(s.value, scope) : None;
    return RETURN;
  }

  execAssign(s: AST.Assign, scope: Scope): Completion {
    const v = this.eval(s.value, scope);
    const ts = s.targets;
    for (let i = 0; i < ts.length; i++) this.assign(ts[i], v, scope);
    return NORMAL;
  }

  execAnnAssign(s: AST.AnnAssign, scope: Scope): Completion {
    // Annotations are evaluated at module and class level (stored in __annotations__), never in functions.
    if (scope.code === null && !scope.isClass && s.target.kind === "Name") this.eval(s.annotation, scope);
    if (scope.isClass && s.target.kind === "Name") {
      // Class-body annotations feed dataclasses and NamedTuple (kept in order in __annotations__).
      let ann = scope.vars.get("__annotations__");
      if (!(ann instanceof PyDict)) {
        ann = new PyDict();
        S.dictNewEmpty(ann as PyDict, "display");
        scope.vars.set("__annotations__", ann);
      }
      dictSet(ann as PyDict, pyStr(s.target.id), this.evalAnnotation(s.annotation, scope));
    }
    if (s.value !== null) this.assign(s.target, this.eval(s.value, scope), scope);
    return NORMAL;
  }

  private evalAnnotation(a: AST.Expr, scope: Scope): PyObject {
    return this.eval(a, scope);
  }

  execAugAssign(s: AST.AugAssign, scope: Scope): Completion {
    const t = s.target;
    if (t.kind === "Name") {
      const cur = this.loadName(t.id, scope);
      const v = inplaceOp(s.op, cur, this.eval(s.value, scope));
      this.storeName(t.id, v, scope);
    } else if (t.kind === "Attribute") {
      const obj = this.eval(t.value, scope);
      const cur = getAttr(obj, t.attr);
      const v = inplaceOp(s.op, cur, this.eval(s.value, scope));
      setAttr(obj, t.attr, v);
    } else if (t.kind === "Subscript") {
      const obj = this.eval(t.value, scope);
      const key = this.evalSlice(t.slice, scope);
      const cur = getItem(obj, key);
      const v = inplaceOp(s.op, cur, this.eval(s.value, scope));
      setItem(obj, key, v);
    } else throw pyErr("SyntaxError", "illegal expression for augmented assignment");
    return NORMAL;
  }

  execFor(s: AST.For, scope: Scope): Completion {
    const iterable = this.eval(s.iter, scope);
    const target = s.target;
    const body = s.body;
    // Fast path: plain name target over a list/range iterator.
    const it = getIter(iterable);
    for (;;) {
      const v = it.next();
      if (v === undefined) break;
      if (++rt.steps > rt.maxSteps) this.step();
      if (target.kind === "Name") this.storeName(target.id, v, scope);
      else this.assign(target, v, scope);
      const r = this.execBlock(body, scope);
      if (r === BREAK) return NORMAL;
      if (r === RETURN) return RETURN;
    }
    return this.execBlock(s.orelse, scope);
  }

  execWhile(s: AST.While, scope: Scope): Completion {
    while (truthy(this.eval(s.test, scope))) {
      if (++rt.steps > rt.maxSteps) this.step();
      const r = this.execBlock(s.body, scope);
      if (r === BREAK) return NORMAL;
      if (r === RETURN) return RETURN;
    }
    return this.execBlock(s.orelse, scope);
  }

  execFunctionDef(s: AST.FunctionDef, scope: Scope): Completion {
    const f = this.makeFunction(s, scope);
    let v: PyObject = f;
    for (let i = s.decorator_list.length - 1; i >= 0; i--) {
      const dec = this.eval(s.decorator_list[i], scope);
      v = call(dec, [v]);
    }
    this.storeName(s.name, v, scope);
    return NORMAL;
  }

  makeFunction(node: AST.FunctionDef | AST.Lambda, scope: Scope): PyFunction {
    const code = codeOf(node);
    const defaults = node.args.defaults.map((d) => this.eval(d, scope));
    if (node.kind === "FunctionDef") {
      // Parameter and return annotations are evaluated when the def runs (no PEP 563 by default).
      const a = node.args;
      for (const x of [...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])])
        if (x.annotation) this.eval(x.annotation, scope);
      if (node.returns) this.eval(node.returns, scope);
    }
    const kwdefaults = new Map<string, PyObject>();
    node.args.kwonlyargs.forEach((a, i) => {
      const d = node.args.kw_defaults[i];
      if (d) kwdefaults.set(a.arg, this.eval(d, scope));
    });
    const closure = scope.code !== null || scope.isClass ? scope : null;
    const f = new PyFunction(code, defaults, kwdefaults, null, scope.globals, null);
    (f as PyFunction & { scope: Scope | null }).scope = closure;
    if (scope.isClass) {
      f.classCell = (scope as Scope & { classCell?: { cls: PyType | null } }).classCell ?? null;
      const qn = scope.vars.get("__qualname__");
      f.qualname = (qn instanceof PyStr ? qn.v : "") + "." + code.name;
    } else if (scope.code !== null && scope.fn) {
      f.qualname = scope.fn.qualname + ".<locals>." + code.name;
      f.classCell = scope.fn.classCell;
    }
    return f;
  }

  execClassDef(s: AST.ClassDef, scope: Scope): Completion {
    const bases = s.bases.map((b) => this.eval(b, scope));
    const kw = new Map<string, PyObject>();
    for (const k of s.keywords) if (k.arg !== null) kw.set(k.arg, this.eval(k.value, scope));
    const classCell: { cls: PyType | null } = { cls: null };
    const ns = new Map<string, PyObject>();
    ns.set("__module__", pyStr("__main__"));
    const parentQual = scope.isClass ? (scope.vars.get("__qualname__") as PyStr | undefined)?.v : scope.fn ? scope.fn.qualname + ".<locals>" : undefined;
    ns.set("__qualname__", pyStr(parentQual ? parentQual + "." + s.name : s.name));
    const body: Scope & { classCell: { cls: PyType | null } } = {
      vars: ns,
      code: null,
      parent: scope,
      isClass: true,
      globals: scope.globals,
      fn: scope.fn,
      classCell,
    };
    this.execBlock(s.body, body);
    let cls: PyObject = buildClass(s.name, bases, ns, kw, s);
    classCell.cls = cls as PyType;
    for (let i = s.decorator_list.length - 1; i >= 0; i--) {
      const dec = this.eval(s.decorator_list[i], scope);
      cls = call(dec, [cls]);
    }
    this.storeName(s.name, cls, scope);
    return NORMAL;
  }

  execTry(s: AST.Try, scope: Scope): Completion {
    if (s.finalbody.length === 0) return this.execTryExcept(s, scope);
    let result: Completion = NORMAL;
    let pending: unknown = null;
    let hasPending = false;
    try {
      result = this.execTryExcept(s, scope);
    } catch (e) {
      if (e instanceof BudgetExceeded) throw e;
      pending = toPyExceptionOrRethrow(e);
      hasPending = true;
    }
    const saved = this.retval;
    if (hasPending) this.handling.push(pending as PyException);
    let fr: Completion;
    try {
      fr = this.execBlock(s.finalbody, scope);
    } finally {
      if (hasPending) this.handling.pop();
    }
    if (fr !== NORMAL) return fr;
    this.retval = saved;
    if (hasPending) throw pending;
    return result;
  }

  private execTryExcept(s: AST.Try, scope: Scope): Completion {
    if (s.handlers.length === 0) {
      const r = this.execBlock(s.body, scope);
      return r === NORMAL ? this.execBlock(s.orelse, scope) : r;
    }
    let r: Completion = NORMAL;
    try {
      // Inlined execBlock: one JS frame less per Python frame inside try (recursion depth on default stacks).
      const body = s.body;
      for (let i = 0; i < body.length; i++) {
        r = this.exec(body[i], scope);
        if (r !== NORMAL) break;
      }
    } catch (e0) {
      if (e0 instanceof BudgetExceeded) throw e0;
      const e = toPyExceptionOrRethrow(e0);
      for (const h of s.handlers) {
        if (h.type !== null && !this.matches(e, this.eval(h.type, scope))) continue;
        if (h.name !== null) this.storeName(h.name, e, scope);
        this.handling.push(e);
        try {
          return this.execBlock(h.body, scope);
        } catch (inner) {
          if (inner instanceof PyException && inner !== e && inner.context === null) inner.context = e;
          throw inner;
        } finally {
          this.handling.pop();
          if (h.name !== null) this.unbindName(h.name, scope);
        }
      }
      throw e;
    }
    if (r !== NORMAL) return r;
    return this.execBlock(s.orelse, scope);
  }

  matches(e: PyException, t: PyObject): boolean {
    if (t instanceof PyType) {
      if (!t.isSubtypeOf(baseExceptionType))
        throw typeError("catching classes that do not inherit from BaseException is not allowed");
      return e.cls.isSubtypeOf(t);
    }
    if (t instanceof PyTuple) return t.items.some((x) => this.matches(e, x));
    throw typeError("catching classes that do not inherit from BaseException is not allowed");
  }

  execRaise(s: AST.Raise, scope: Scope): Completion {
    if (s.exc === null) {
      const cur = this.handling[this.handling.length - 1];
      if (!cur) throw pyErr("RuntimeError", "No active exception to reraise");
      throw cur;
    }
    const e = this.makeException(this.eval(s.exc, scope));
    if (s.cause !== null) {
      const c = this.eval(s.cause, scope);
      if (c === None) e.cause = null;
      else e.cause = this.makeException(c);
      e.suppressContext = true;
    }
    const cur = this.handling[this.handling.length - 1];
    if (cur && cur !== e && e.context === null) e.context = cur;
    e.line = s.lineno;
    throw e;
  }

  makeException(v: PyObject): PyException {
    if (v instanceof PyException) return v;
    if (v instanceof PyType && v.isSubtypeOf(baseExceptionType)) {
      const r = call(v, []);
      if (r instanceof PyException) return r;
      throw typeError(`calling ${reprOf(v)} should have returned an instance of BaseException, not ${r.cls.name}`);
    }
    throw typeError("exceptions must derive from BaseException");
  }

  execAssert(s: AST.Assert, scope: Scope): Completion {
    if (!truthy(this.eval(s.test, scope))) {
      const args = s.msg ? [this.eval(s.msg, scope)] : [];
      throw new PyException(excType("AssertionError"), args);
    }
    return NORMAL;
  }

  execDelete(s: AST.Delete, scope: Scope): Completion {
    for (const t of s.targets) this.deleteTarget(t, scope);
    return NORMAL;
  }

  private deleteTarget(t: AST.Expr, scope: Scope): void {
    switch (t.kind) {
      case "Name":
        this.deleteName(t.id, scope);
        return;
      case "Attribute":
        delAttr(this.eval(t.value, scope), t.attr);
        return;
      case "Subscript":
        delItem(this.eval(t.value, scope), this.evalSlice(t.slice, scope));
        return;
      case "Tuple":
      case "List":
        for (const e of t.elts) this.deleteTarget(e, scope);
        return;
      default:
        throw pyErr("SyntaxError", "cannot delete expression");
    }
  }

  execImport(s: AST.Import, scope: Scope): Completion {
    for (const a of s.names) {
      const m = importModule(a.name);
      this.storeName(a.asname ?? a.name.split(".")[0], m, scope);
    }
    return NORMAL;
  }

  execImportFrom(s: AST.ImportFrom, scope: Scope): Completion {
    const m = importModule(s.module);
    for (const a of s.names) {
      if (a.name === "*") {
        for (const [k, v] of (m as unknown as { ns: Map<string, PyObject> }).ns) if (!k.startsWith("_")) this.storeName(k, v, scope);
        continue;
      }
      const v = (m as unknown as { ns: Map<string, PyObject> }).ns.get(a.name);
      if (v === undefined) throw pyErr("ImportError", importErrorText(a.name, s.module));
      this.storeName(a.asname ?? a.name, v, scope);
    }
    return NORMAL;
  }

  // ## Names

  loadName(name: string, scope: Scope): PyObject {
    const code = scope.code;
    if (code !== null) {
      if (code.locals.has(name)) {
        const v = scope.vars.get(name);
        if (v === undefined) throw new PyException(excType("UnboundLocalError"), [pyStr(msg.unboundLocal(name))]);
        return v;
      }
      if (!code.globals.has(name)) {
        const v = this.loadFree(name, scope.parent);
        if (v !== undefined) return v;
      }
    } else if (scope.isClass) {
      const v = scope.vars.get(name);
      if (v !== undefined) return v;
      const f = this.loadFree(name, scope.parent);
      if (f !== undefined) return f;
    }
    const g = scope.globals.get(name);
    if (g !== undefined) return g;
    const b = builtins.get(name);
    if (b !== undefined) return b;
    throw pyErr("NameError", `name '${name}' is not defined`);
  }

  private loadFree(name: string, p: Scope | null): PyObject | undefined {
    while (p !== null) {
      if (p.code !== null) {
        if (p.code.locals.has(name)) {
          const v = p.vars.get(name);
          if (v === undefined) throw pyErr("NameError", msg.freeVar(name));
          return v;
        }
        if (p.code.globals.has(name)) return undefined;
      }
      p = p.parent;
    }
    return undefined;
  }

  storeName(name: string, v: PyObject, scope: Scope): void {
    const code = scope.code;
    if (code !== null) {
      if (code.globals.has(name)) {
        if (S.liveSplitCopies.n > 0) S.releaseIfSplitCopy(scope.globals.get(name));
        scope.globals.set(name, v);
        return;
      }
      if (code.nonlocals.has(name)) {
        let p = scope.parent;
        while (p !== null) {
          if (p.code !== null && p.code.locals.has(name)) {
            p.vars.set(name, v);
            return;
          }
          p = p.parent;
        }
        scope.globals.set(name, v);
        return;
      }
    }
    if (S.liveSplitCopies.n > 0) {
      const old = scope.vars.get(name);
      if (old !== v) S.releaseIfSplitCopy(old);
    }
    scope.vars.set(name, v);
  }

  private unbindName(name: string, scope: Scope): void {
    const code = scope.code;
    if (code !== null && code.globals.has(name)) scope.globals.delete(name);
    else scope.vars.delete(name);
  }

  private deleteName(name: string, scope: Scope): void {
    const code = scope.code;
    if (code !== null) {
      if (code.globals.has(name)) {
        if (!scope.globals.delete(name)) throw pyErr("NameError", `name '${name}' is not defined`);
        return;
      }
      if (!scope.vars.delete(name)) throw new PyException(excType("UnboundLocalError"), [pyStr(msg.unboundLocal(name))]);
      return;
    }
    if (!scope.vars.delete(name)) throw pyErr("NameError", `name '${name}' is not defined`);
  }

  // ## Assignment targets

  assign(t: AST.Expr, v: PyObject, scope: Scope): void {
    switch (t.kind) {
      case "Name":
        this.storeName(t.id, v, scope);
        return;
      case "Attribute":
        setAttr(this.eval(t.value, scope), t.attr, v);
        return;
      case "Subscript":
        setItem(this.eval(t.value, scope), this.evalSlice(t.slice, scope), v);
        return;
      case "Tuple":
      case "List":
        this.unpack(t.elts, v, scope);
        return;
      case "Starred":
        throw pyErr("SyntaxError", "starred assignment target must be in a list or tuple");
      default:
        throw pyErr("SyntaxError", "cannot assign to expression");
    }
  }

  private unpack(elts: AST.Expr[], v: PyObject, scope: Scope): void {
    let star = -1;
    for (let i = 0; i < elts.length; i++) if (elts[i].kind === "Starred") star = i;
    let items: PyObject[];
    let restSource: ReturnType<typeof S.iterSource> | null = null;
    if ((v instanceof PyTuple || v instanceof PyList) && v.cls.builtin) {
      items = v.items;
      if (star >= 0) restSource = { kind: "hinted", lengthHint: Math.max(0, items.length - star), length: Math.max(0, items.length - star) };
    } else {
      let it: PyIterator;
      try {
        it = getIter(v);
      } catch (e) {
        if (e instanceof PyException && e.cls === excType("TypeError"))
          throw typeError(rt.minor >= 7 ? `cannot unpack non-iterable ${v.cls.name} object` : `'${v.cls.name}' object is not iterable`);
        throw e;
      }
      if (star < 0) {
        items = [];
        for (let x = it.next(); x !== undefined; x = it.next()) {
          items.push(x);
          if (items.length > elts.length) throw pyErr("ValueError", `too many values to unpack (expected ${elts.length})`);
        }
      } else {
        items = [];
        for (let i = 0; i < star; i++) {
          const x = it.next();
          if (x === undefined) break;
          items.push(x);
        }
        restSource = S.iterSource(it);
        for (let x = it.next(); x !== undefined; x = it.next()) items.push(x);
      }
    }
    const n = items.length;
    if (star < 0) {
      if (n !== elts.length) {
        if (n < elts.length) throw pyErr("ValueError", `not enough values to unpack (expected ${elts.length}, got ${n})`);
        throw pyErr("ValueError", `too many values to unpack (expected ${elts.length})`);
      }
      for (let i = 0; i < n; i++) this.assign(elts[i], items[i], scope);
      return;
    }
    const after = elts.length - star - 1;
    if (n < elts.length - 1)
      throw pyErr("ValueError", `not enough values to unpack (expected at least ${elts.length - 1}, got ${n})`);
    for (let i = 0; i < star; i++) this.assign(elts[i], items[i], scope);
    const rest = new PyList(items.slice(star, n - after));
    S.listFromUnpack(rest, S.withLength(restSource!, n - star), after);
    this.assign((elts[star] as AST.Starred).value, rest, scope);
    for (let i = 0; i < after; i++) this.assign(elts[star + 1 + i], items[n - after + i], scope);
  }

  // ## Expressions

  eval(e: AST.Expr, scope: Scope): PyObject {
    switch (e.kind) {
      case "Constant":
        return constValue(e);
      case "Name":
        return this.loadName(e.id, scope);
      case "BinOp":
        return this.evalBinOp(e, scope);
      case "Call":
        return this.evalCall(e, scope);
      case "Attribute":
        return this.evalAttribute(e, scope);
      case "Subscript":
        return this.evalSubscript(e, scope);
      case "Compare":
        return this.evalCompare(e, scope);
      case "BoolOp":
        return this.evalBoolOp(e, scope);
      case "UnaryOp":
        return this.evalUnaryOp(e, scope);
      case "IfExp":
        return this.evalIfExp(e, scope);
      case "List":
        return this.evalList(e, scope);
      case "Tuple":
        return this.evalTuple(e, scope);
      case "Dict":
        return this.evalDict(e, scope);
      case "Set":
        return this.evalSet(e, scope);
      case "ListComp":
        return rt.minor <= 11 ? this.inComprehensionFrame(e, scope) : this.evalListComp(e, scope);
      case "SetComp":
        return rt.minor <= 11 ? this.inComprehensionFrame(e, scope) : this.evalSetComp(e, scope);
      case "DictComp":
        return rt.minor <= 11 ? this.inComprehensionFrame(e, scope) : this.evalDictComp(e, scope);
      case "GeneratorExp":
        return this.evalGenExp(e, scope);
      case "Lambda":
        return this.makeFunction(e, scope);
      case "JoinedStr":
        return this.evalJoinedStr(e, scope);
      case "FormattedValue":
        return this.evalFormattedValue(e, scope);
      case "NamedExpr":
        return this.evalNamedExpr(e, scope);
      case "Starred":
        throw pyErr("SyntaxError", "can't use starred expression here");
      case "Slice":
        return this.evalSlice(e, scope);
      default: {
        const never: never = e;
        throw new Error("unknown expression " + (never as AST.Expr).kind);
      }
    }
  }

  private evalAttribute(e: AST.Attribute, scope: Scope): PyObject {
    return getAttr(this.eval(e.value, scope), e.attr);
  }

  private evalSubscript(e: AST.Subscript, scope: Scope): PyObject {
    return getItem(this.eval(e.value, scope), this.evalSlice(e.slice, scope));
  }

  private evalIfExp(e: AST.IfExp, scope: Scope): PyObject {
    return truthy(this.eval(e.test, scope)) ? this.eval(e.body, scope) : this.eval(e.orelse, scope);
  }

  private evalFormattedValue(e: AST.FormattedValue, scope: Scope): PyObject {
    return pyStr(this.formatField(e, scope));
  }

  private evalBoolOp(e: AST.BoolOp, scope: Scope): PyObject {
    let v: PyObject = None;
    const vals = e.values;
    if (e.op === "And") {
      for (let i = 0; i < vals.length; i++) {
        v = this.eval(vals[i], scope);
        if (!truthy(v)) return v;
      }
    } else {
      for (let i = 0; i < vals.length; i++) {
        v = this.eval(vals[i], scope);
        if (truthy(v)) return v;
      }
    }
    return v;
  }

  private evalUnaryOp(e: AST.UnaryOp, scope: Scope): PyObject {
    if (e.op === "Not") return pyBool(!truthy(this.eval(e.operand, scope)));
    if (isConstExpr(e)) return constValue(e);
    return unaryOp(e.op, this.eval(e.operand, scope));
  }

  private evalNamedExpr(e: AST.NamedExpr, scope: Scope): PyObject {
    const v = this.eval(e.value, scope);
    this.storeNamedExpr(e.target.id, v, scope);
    return v;
  }

  private evalBinOp(e: AST.BinOp, scope: Scope): PyObject {
    // A folded constant (`256 + 1`, `"ab" * 2`) is the compiler's constant object, merged like a literal.
    if (e.left.kind !== "Name" && isConstExpr(e)) return constValue(e);
    return binaryOp(e.op, this.eval(e.left, scope), this.eval(e.right, scope));
  }

  private storeNamedExpr(name: string, v: PyObject, scope: Scope): void {
    // Inside a comprehension the walrus binds in the enclosing function/module scope.
    let s: Scope = scope;
    while (s.code !== null && s.code.name.startsWith("<") && s.code.name !== "<lambda>" && s.parent) s = s.parent;
    this.storeName(name, v, s);
  }

  evalSlice(e: AST.Expr, scope: Scope): PyObject {
    if (e.kind !== "Slice") return this.eval(e, scope);
    return new PySlice(
      e.lower ? this.eval(e.lower, scope) : None,
      e.upper ? this.eval(e.upper, scope) : None,
      e.step ? this.eval(e.step, scope) : None,
    );
  }

  private evalCompare(e: AST.Compare, scope: Scope): PyObject {
    let left = this.eval(e.left, scope);
    const ops = e.ops;
    let r: PyObject = True;
    for (let i = 0; i < ops.length; i++) {
      const right = this.eval(e.comparators[i], scope);
      const op = ops[i];
      switch (op) {
        case "Is":
          r = pyBool(is(left, right));
          break;
        case "IsNot":
          r = pyBool(!is(left, right));
          break;
        case "In":
          r = pyBool(contains(right, left));
          break;
        case "NotIn":
          r = pyBool(!contains(right, left));
          break;
        default:
          // @cpython Objects/object.c PyObject_RichCompare ≤ 3.10: Py_EnterRecursiveCall(" in comparison") is one
          // level above the frame, so a comparison in the deepest allowed frame raises (measured: 3.11+ does not).
          if (this.depth >= this.recursionLimit - 1 && rt.minor <= 10) throw pyErr("RecursionError", "maximum recursion depth exceeded in comparison");
          r = richCompare(left, right, op);
      }
      if (i < ops.length - 1 && !truthy(r)) return r;
      left = right;
    }
    return r;
  }

  // ## Displays: the compiler's construction paths

  /** Elements of a display with `*x` unpacking flattened. */
  private evalElts(elts: AST.Expr[], scope: Scope): PyObject[] {
    const out: PyObject[] = [];
    for (const x of elts) {
      if (x.kind === "Starred") {
        const v = this.eval(x.value, scope);
        const it = toArray(v);
        for (const y of it) out.push(y);
      } else out.push(this.eval(x, scope));
    }
    return out;
  }

  private evalList(e: AST.ListExpr, scope: Scope): PyObject {
    const hasStar = e.elts.some((x) => x.kind === "Starred");
    if (!hasStar) {
      const allConst = e.elts.length > 0 && e.elts.every(isConstExpr);
      const items = new Array<PyObject>(e.elts.length);
      for (let i = 0; i < e.elts.length; i++) items[i] = this.eval(e.elts[i], scope);
      const l = new PyList(items);
      S.listDisplay(l, allConst);
      return l;
    }
    return this.evalStarredList(e.elts, scope);
  }

  /** `[a, *b, c]`: the size model follows BUILD_LIST_UNPACK (≤3.8) or BUILD_LIST + LIST_EXTEND (3.9+). */
  private evalStarredList(elts: AST.Expr[], scope: Scope): PyList {
    const items: PyObject[] = [];
    const shape: DisplayElement[] = [];
    for (const x of elts) {
      if (x.kind === "Starred") {
        const v = this.eval(x.value, scope);
        const src = S.iterSource(v);
        const arr = toArray(v);
        for (const y of arr) items.push(y);
        shape.push({ kind: "star", source: S.withLength(src, arr.length) });
      } else {
        items.push(this.eval(x, scope));
        shape.push({ kind: "item", constant: isConstExpr(x) });
      }
    }
    const l = new PyList(items);
    S.listStarredDisplay(l, shape);
    return l;
  }

  private evalTuple(e: AST.TupleExpr, scope: Scope): PyObject {
    if (e.elts.length > 0 && isConstExpr(e)) return constValue(e);
    const hasStar = e.elts.some((x) => x.kind === "Starred");
    if (!hasStar) {
      const items = new Array<PyObject>(e.elts.length);
      for (let i = 0; i < e.elts.length; i++) items[i] = this.eval(e.elts[i], scope);
      return new PyTuple(items);
    }
    return new PyTuple(this.evalElts(e.elts, scope));
  }

  private evalSet(e: AST.SetExpr, scope: Scope): PyObject {
    const s = new PySet();
    const hasStar = e.elts.some((x) => x.kind === "Starred");
    if (!hasStar) {
      const items = e.elts.map((x) => this.eval(x, scope));
      S.setFromDisplay(s, items, e.elts.every(isConstExpr));
      return s;
    }
    // BUILD_SET_UNPACK (3.6–3.8) or BUILD_SET + SET_UPDATE (3.9+): the model replays the parts.
    const parts: S.SetDisplayPart[] = [];
    for (const x of e.elts) {
      if (x.kind === "Starred") {
        const v = this.eval(x.value, scope);
        parts.push({ kind: "star", src: v, items: (v instanceof PySet || v instanceof PyDict) && v.cls.builtin ? null : toArray(v) });
      } else parts.push({ kind: "item", value: this.eval(x, scope) });
    }
    S.setFromStarredDisplay(s, parts);
    return s;
  }

  private evalDict(e: AST.DictExpr, scope: Scope): PyObject {
    const d = new PyDict();
    const parts: S.DictDisplayPart[] = [];
    for (let i = 0; i < e.keys.length; i++) {
      const k = e.keys[i];
      if (k !== null) {
        const key = this.eval(k, scope);
        parts.push({ kind: "item", key, value: this.eval(e.values[i], scope) });
        continue;
      }
      const src = this.eval(e.values[i], scope);
      const pairs: [PyObject, PyObject][] = [];
      if (src instanceof PyDict) {
        for (const en of src.entries) if (en.key !== null) pairs.push([en.key, en.value]);
      } else {
        const keysFn = getAttrSafe(src, "keys");
        if (keysFn === undefined) throw typeError(`'${src.cls.name}' object is not a mapping`);
        for (const key of toArray(call(keysFn, []))) pairs.push([key, getItem(src, key)]);
      }
      parts.push({ kind: "unpack", src, pairs });
    }
    S.dictFromDisplay(d, parts);
    return d;
  }

  // ## Comprehensions (own scope, like CPython's nested code objects)

  private compScope(node: AST.ListComp | AST.SetComp | AST.DictComp | AST.GeneratorExp, scope: Scope): Scope {
    return { vars: new Map(), code: comprehensionCode(node), parent: scope, isClass: false, globals: scope.globals, fn: scope.fn };
  }

  private runGenerators(gens: AST.Comprehension[], idx: number, scope: Scope, first: PyObject | null, body: () => void): void {
    const g = gens[idx];
    const iterable = idx === 0 && first !== null ? first : this.eval(g.iter, scope);
    const it = getIter(iterable);
    const last = idx === gens.length - 1;
    for (let v = it.next(); v !== undefined; v = it.next()) {
      if (++rt.steps > rt.maxSteps) this.step();
      if (g.target.kind === "Name") scope.vars.set(g.target.id, v);
      else this.assign(g.target, v, scope);
      let ok = true;
      for (const cond of g.ifs)
        if (!truthy(this.eval(cond, scope))) {
          ok = false;
          break;
        }
      if (!ok) continue;
      if (last) body();
      else this.runGenerators(gens, idx + 1, scope, null, body);
    }
  }

  /**
   * ≤ 3.11 a list/set/dict comprehension runs as a nested function: one recursion level of its own
   * (@cpython Python/compile.c compiler_comprehension; 3.12 inlines it, PEP 709). Measured at the limit:
   * `return [f(k + 1) for _ in …]` stops at k = 500, "… while calling a Python object" on 3.6 – 3.8 and
   * "… in comparison" on 3.9 – 3.11.
   */
  private inComprehensionFrame(e: AST.ListComp | AST.SetComp | AST.DictComp, scope: Scope): PyObject {
    if (++this.depth >= this.recursionLimit) {
      this.depth--;
      throw pyErr("RecursionError", rt.minor <= 8 ? "maximum recursion depth exceeded while calling a Python object" : "maximum recursion depth exceeded in comparison");
    }
    try {
      return e.kind === "ListComp" ? this.evalListComp(e, scope) : e.kind === "SetComp" ? this.evalSetComp(e, scope) : this.evalDictComp(e, scope);
    } finally {
      this.depth--;
    }
  }

  private evalListComp(e: AST.ListComp, scope: Scope): PyObject {
    const first = this.eval(e.generators[0].iter, scope);
    const inner = this.compScope(e, scope);
    const l = new PyList([]);
    S.listNewEmpty(l);
    const items = l.items;
    const building = liveRoots.building;
    building.push(l);
    try {
      this.runGenerators(e.generators, 0, inner, first, () => {
        items.push(this.eval(e.elt, inner));
        S.listAppend(l);
      });
    } finally {
      building.pop();
    }
    return l;
  }

  private evalSetComp(e: AST.SetComp, scope: Scope): PyObject {
    const first = this.eval(e.generators[0].iter, scope);
    const inner = this.compScope(e, scope);
    const s = new PySet();
    S.setNew(s);
    const building = liveRoots.building;
    building.push(s);
    try {
      this.runGenerators(e.generators, 0, inner, first, () => setAdd(s, this.eval(e.elt, inner)));
    } finally {
      building.pop();
    }
    return s;
  }

  private evalDictComp(e: AST.DictComp, scope: Scope): PyObject {
    const first = this.eval(e.generators[0].iter, scope);
    const inner = this.compScope(e, scope);
    const d = new PyDict();
    S.dictNewEmpty(d, "comprehension");
    const building = liveRoots.building;
    building.push(d);
    try {
      this.runGenerators(e.generators, 0, inner, first, () => {
        // 3.8+ evaluates the key before the value (PEP 572 era change); 3.6/3.7 value first.
        if (rt.minor >= 8) {
          const k = this.eval(e.key, inner);
          dictSet(d, k, this.eval(e.value, inner));
        } else {
          const v = this.eval(e.value, inner);
          dictSet(d, this.eval(e.key, inner), v);
        }
      });
    } finally {
      building.pop();
    }
    return d;
  }

  private evalGenExp(e: AST.GeneratorExp, scope: Scope): PyObject {
    const first = getIter(this.eval(e.generators[0].iter, scope));
    const inner = this.compScope(e, scope);
    // A generator function cannot capture `this` lexically, so it reads the interpreter through `self`.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    function* gen(idx: number): Generator<PyObject> {
      const g = e.generators[idx];
      const it = idx === 0 ? first : getIter(self.eval(g.iter, inner));
      const last = idx === e.generators.length - 1;
      for (let v = it.next(); v !== undefined; v = it.next()) {
        if (++rt.steps > rt.maxSteps) self.step();
        if (g.target.kind === "Name") inner.vars.set(g.target.id, v);
        else self.assign(g.target, v, inner);
        let ok = true;
        for (const cond of g.ifs)
          if (!truthy(self.eval(cond, inner))) {
            ok = false;
            break;
          }
        if (!ok) continue;
        if (last) yield self.eval(e.elt, inner);
        else yield* gen(idx + 1);
      }
    }
    const jsIt = gen(0);
    let done = false;
    const pit = new PyIterator(() => {
      if (done) return undefined;
      const r = jsIt.next();
      if (r.done) {
        done = true;
        return undefined;
      }
      return r.value;
    });
    (pit as PyIterator & { isGenerator: boolean }).isGenerator = true;
    (pit as PyIterator & { genexpr?: AST.GeneratorExp }).genexpr = e; // its shape decides getsizeof on 3.11+
    return pit;
  }

  // ## f-strings

  private evalJoinedStr(e: AST.JoinedStr, scope: Scope): PyObject {
    let s = "";
    for (const part of e.values) {
      if (part.kind === "Constant") s += (part.value as { value: string }).value;
      else s += this.formatField(part, scope);
    }
    return pyStr(s);
  }

  private formatField(f: AST.FormattedValue, scope: Scope): string {
    let v = this.eval(f.value, scope);
    if (f.conversion === 115) v = pyStr(strOf(v));
    else if (f.conversion === 114) v = pyStr(reprOf(v));
    else if (f.conversion === 97) v = pyStr(asciiOf(reprOf(v)));
    const spec = f.format_spec ? (this.evalJoinedStr(f.format_spec, scope) as PyStr).v : "";
    return formatValue(v, spec);
  }

  // ## Calls

  private evalArgs(node: AST.Call, scope: Scope): [PyObject[], Map<string, PyObject> | null] {
    const args: PyObject[] = [];
    for (const a of node.args) {
      if (a.kind === "Starred") {
        const v = this.eval(a.value, scope);
        for (const x of toArray(v)) args.push(x);
      } else args.push(this.eval(a, scope));
    }
    let kwargs: Map<string, PyObject> | null = null;
    if (node.keywords.length > 0) {
      kwargs = new Map();
      for (const k of node.keywords) {
        if (k.arg !== null) {
          if (kwargs.has(k.arg)) throw typeError(`keyword argument repeated: ${k.arg}`);
          kwargs.set(k.arg, this.eval(k.value, scope));
        } else {
          const m = this.eval(k.value, scope);
          if (!(m instanceof PyDict)) {
            const keysFn = getAttrSafe(m, "keys");
            if (keysFn === undefined) throw typeError(`argument after ** must be a mapping, not ${m.cls.name}`);
            for (const key of toArray(call(keysFn, []))) {
              if (!(key instanceof PyStr)) throw typeError("keywords must be strings");
              kwargs.set(key.v, getItem(m, key));
            }
            continue;
          }
          for (const e of m.entries) {
            if (e.key === null) continue;
            if (!(e.key instanceof PyStr)) throw typeError("keywords must be strings");
            if (kwargs.has(e.key.v)) throw typeError(`got multiple values for keyword argument '${e.key.v}'`);
            kwargs.set(e.key.v, e.value);
          }
        }
      }
    }
    return [args, kwargs];
  }

  evalCall(node: AST.Call, scope: Scope): PyObject {
    const fn = node.func;
    // Method call fast path: builtin method of a builtin-typed receiver, without a bound-method object.
    if (fn.kind === "Attribute") {
      const recv = this.eval(fn.value, scope);
      const cls = recv.cls;
      if (cls.builtin && !(recv instanceof PyType) && !(recv instanceof PySuper) && recv.attrs === null) {
        const m = cls.lookup(fn.attr);
        // Dunders go through getAttr: dunders.ts picks the receiver type's slot (object's identity __eq__ is not int's).
        if (m instanceof PyBuiltinFunction && m.isMethod && m.since <= rt.minor && !fn.attr.startsWith("__")) {
          const [args, kwargs] = this.evalArgs(node, scope);
          args.unshift(recv);
          rt.line = node.lineno;
          return m.fn(args, kwargs, { node });
        }
      }
      const f = getAttr(recv, fn.attr);
      const [args, kwargs] = this.evalArgs(node, scope);
      // User method: straight to callFunction (three JS frames less per Python frame than through call()).
      if (f instanceof PyBoundMethod && f.func instanceof PyFunction) {
        args.unshift(f.self);
        return this.callFunction(f.func, args, kwargs);
      }
      return this.callWithSite(f, args, kwargs, node);
    }
    const f = this.eval(fn, scope);
    if (f === superType && node.args.length === 0) return this.zeroArgSuper(scope);
    const [args, kwargs] = this.evalArgs(node, scope);
    // Direct call of a user function: one JS frame less per Python call (deep recursion needs the stack).
    if (f instanceof PyFunction) return this.callFunction(f, args, kwargs);
    if (f instanceof PyType && !f.builtin) return this.constructCounted(f, args, kwargs, node);
    return this.callWithSite(f, args, kwargs, node);
  }

  /**
   * Calling a user class counts recursion levels of its own before `__init__`'s frame, like CPython's C
   * path: @cpython Objects/call.c _PyObject_MakeTpCall Py_EnterRecursiveCall(" while calling a Python
   * object") around type_call (one level, 3.7 – 3.12; the message is plain from 3.12), 3.6's
   * PyObject_Call chain through slot_tp_init (three levels). Measured: `A(k)` recursing through `__init__`
   * stops at k = 250 (3.6), 500 (3.7 – 3.12) with the limit of 1000.
   */
  private constructCounted(f: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null, node: AST.Call): PyObject {
    const levels = rt.minor <= 6 ? 3 : 1;
    if (this.depth + levels >= this.recursionLimit)
      throw pyErr("RecursionError", rt.minor <= 11 ? "maximum recursion depth exceeded while calling a Python object" : "maximum recursion depth exceeded");
    this.depth += levels;
    try {
      return this.callWithSite(f, args, kwargs, node);
    } finally {
      this.depth -= levels;
    }
  }

  private callWithSite(f: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null, node: AST.Call): PyObject {
    if (f instanceof PyBuiltinFunction) {
      rt.line = node.lineno;
      return f.fn(args, kwargs, { node });
    }
    if (f instanceof PyFunction) return this.callFunction(f, args, kwargs);
    if (f instanceof PyObject && f.cls === f.cls && (f as { func?: PyObject }).func instanceof PyBuiltinFunction && (f as { self?: PyObject }).self) {
      const bm = f as unknown as { self: PyObject; func: PyBuiltinFunction };
      rt.line = node.lineno;
      return bm.func.fn([bm.self, ...args], kwargs, { node });
    }
    return call(f, args, kwargs);
  }

  private zeroArgSuper(scope: Scope): PyObject {
    let s: Scope | null = scope;
    while (s && (s.code === null || s.code.name.startsWith("<") && s.code.name !== "<lambda>")) s = s.parent;
    const f = s?.fn;
    if (!s || !f || !f.classCell || !f.classCell.cls) throw pyErr("RuntimeError", "super(): no arguments");
    const firstArg = f.code.args.args[0];
    const self = firstArg ? s.vars.get(firstArg.arg) : undefined;
    if (self === undefined) throw pyErr("RuntimeError", "super(): no arguments");
    return new PySuper(f.classCell.cls, self);
  }

  /** Invokes a user-defined function: binds arguments, runs the body in a new scope. */
  callFunction(f: PyFunction, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
    if (++this.depth >= this.recursionLimit) {
      this.depth--;
      throw pyErr("RecursionError", "maximum recursion depth exceeded");
    }
    if (++rt.steps > rt.maxSteps) this.step();
    const code = f.code;
    const scope: Scope = {
      vars: new Map(),
      code,
      parent: (f as PyFunction & { scope?: Scope | null }).scope ?? null,
      isClass: false,
      globals: f.globals,
      fn: f,
    };
    const liveScopes = liveRoots.scopes;
    liveScopes.push(scope);
    try {
      bindArguments(f, args, kwargs, scope.vars);
      if (code.expr !== null) return this.eval(code.expr, scope);
      const savedLine = rt.line;
      const body = code.body!;
      for (let i = 0; i < body.length; i++) {
        const st = body[i];
        if (st.kind === "Expr") {
          // Expression statements (`f(n - 1)`) skip the exec/execExpr frames, like `return` below.
          if (++rt.steps > rt.maxSteps) this.step();
          rt.line = st.lineno;
          this.eval(st.value, scope);
          continue;
        }
        if (st.kind === "Return") {
          // Fast path (and two JS frames less per level for `return f(...)` recursion).
          if (++rt.steps > rt.maxSteps) this.step();
          rt.line = st.lineno;
          const v = st.value ? this.eval(st.value, scope) : None;
          rt.line = savedLine;
          return v;
        }
        if (this.exec(st, scope) === RETURN) {
          rt.line = savedLine;
          const v = this.retval;
          this.retval = None;
          return v;
        }
      }
      rt.line = savedLine;
      return None;
    } finally {
      this.depth--;
      liveScopes.pop();
    }
  }
}

void superType;

/**
 * @cpython Python/ceval.c import_from: 3.6 "cannot import name 'x'"; 3.7+ adds the module and its file
 * (the pyenv install path of the modelled build; "unknown location" for builtin modules).
 */
function importErrorText(name: string, module: string): string {
  if (rt.minor < 7) return `cannot import name '${name}'`;
  const p = rt.profile;
  const lib = `/root/.pyenv/versions/${p.version}/lib/python3.${p.minor}`;
  const file = module === "sys" ? "unknown location" : module === "collections" ? `${lib}/collections/__init__.py` : `${lib}/${module}.py`;
  return `cannot import name '${name}' from '${module}' (${file})`;
}

function getAttrSafe(o: PyObject, name: string): PyObject | undefined {
  try {
    return getAttr(o, name);
  } catch (e) {
    if (e instanceof PyException) return undefined;
    throw e;
  }
}

function asciiOf(r: string): string {
  let out = "";
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c < 256) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 65536) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
}

/** Converts a JS stack overflow into Python's RecursionError; rethrows other non-Python errors. */
export function toPyExceptionOrRethrow(e: unknown): PyException {
  if (e instanceof PyException) return e;
  const kind = engineLimit(e);
  if (kind === "stack") return stackOverflow();
  if (kind === "memory") return new PyException(excType("MemoryError"), []);
  if (e instanceof PyLibError) {
    const x = pyErr(e.pyType, e.message);
    x.line = rt.line;
    return x;
  }
  throw e;
}

/**
 * Which JavaScript engine limit `e` is: "stack" for a stack overflow (V8 and JavaScriptCore throw
 * RangeError "Maximum call stack size exceeded", SpiderMonkey InternalError "too much recursion"),
 * "memory" for a string, array or BigInt too large for the engine, null for anything else (a bug).
 */
export function engineLimit(e: unknown): "stack" | "memory" | null {
  if (!(e instanceof Error)) return null;
  const m = e.message;
  if (e instanceof RangeError) {
    if (m.includes("call stack")) return "stack";
    if (m.includes("Invalid") || m.includes("BigInt") || m.includes("allocation") || m.includes("too large")) return "memory";
    return null;
  }
  return e.name === "InternalError" && m.includes("recursion") ? "stack" : null;
}

/** A JS stack overflow: Python's RecursionError (no regex or deep calls here: the stack is exhausted). */
function stackOverflow(): PyException {
  return new PyException(excType("RecursionError"), [pyStr("maximum recursion depth exceeded")]);
}

// ## Argument binding (CPython's _PyEval_EvalCode / positional_only & keyword checks)

function bindArguments(f: PyFunction, args: PyObject[], kwargs: Map<string, PyObject> | null, vars: Map<string, PyObject>): void {
  const a = f.code.args;
  const params = a.args;
  const np = params.length;
  const fname = msg.funcName(f.code.name, f.qualname);
  const nargs = args.length;
  if (nargs > np && a.vararg === null) {
    const nd = f.defaults.length;
    const kwGiven = kwargs ? [...kwargs.keys()].filter((k) => a.kwonlyargs.some((x) => x.arg === k)).length : 0;
    const takes =
      nd > 0 ? `from ${np - nd} to ${np} positional arguments` : `${np} positional argument${np === 1 ? "" : "s"}`;
    const given = kwGiven > 0
      ? `${nargs} positional argument${nargs === 1 ? "" : "s"} (and ${kwGiven} keyword-only argument${kwGiven === 1 ? "" : "s"}) were given`
      : `${nargs} ${nargs === 1 ? "was" : "were"} given`;
    throw typeError(`${fname} takes ${takes} but ${given}`);
  }
  const m = Math.min(nargs, np);
  for (let i = 0; i < m; i++) vars.set(params[i].arg, args[i]);
  if (a.vararg !== null) vars.set(a.vararg.arg, new PyTuple(nargs > np ? args.slice(np) : []));
  let kwd: PyDict | null = null;
  if (a.kwarg !== null) {
    kwd = new PyDict();
    S.dictNewEmpty(kwd, "kwargs");
    vars.set(a.kwarg.arg, kwd);
  }
  if (kwargs !== null) {
    // Positional-only parameters (before `/`) are never bound by keyword.
    const posonly = a.posonlyargcount ?? 0;
    for (const [k, v] of kwargs) {
      let found = false;
      for (let i = posonly; i < np; i++) {
        if (params[i].arg === k) {
          if (i < nargs) throw typeError(`${fname} got multiple values for argument '${k}'`);
          vars.set(k, v);
          found = true;
          break;
        }
      }
      if (!found) {
        if (a.kwonlyargs.some((x) => x.arg === k)) {
          vars.set(k, v);
          found = true;
        }
      }
      if (!found) {
        if (kwd === null) {
          // @cpython Python/ceval.c positional_only_passed_as_keyword (3.8+): every such keyword is named
          const named = posonly > 0 ? [...kwargs.keys()].filter((n) => params.slice(0, posonly).some((p) => p.arg === n)) : [];
          if (named.length > 0) throw typeError(`${fname} got some positional-only arguments passed as keyword arguments: '${named.join(", ")}'`);
          throw typeError(`${fname} got an unexpected keyword argument '${k}'`);
        }
        dictSet(kwd, pyStr(k), v);
      }
    }
  }
  if (nargs < np) {
    const nd = f.defaults.length;
    const missing: string[] = [];
    for (let i = nargs; i < np; i++) {
      const name = params[i].arg;
      if (vars.has(name)) continue;
      const di = i - (np - nd);
      if (di >= 0) vars.set(name, f.defaults[di]);
      else missing.push(name);
    }
    if (missing.length > 0) throw typeError(`${fname} missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${listNames(missing)}`);
  }
  if (a.kwonlyargs.length > 0) {
    const missing: string[] = [];
    for (const x of a.kwonlyargs) {
      if (vars.has(x.arg)) continue;
      const d = f.kwdefaults.get(x.arg);
      if (d !== undefined) vars.set(x.arg, d);
      else missing.push(x.arg);
    }
    if (missing.length > 0) throw typeError(`${fname} missing ${missing.length} required keyword-only argument${missing.length === 1 ? "" : "s"}: ${listNames(missing)}`);
  }
}

function listNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(", ") + ", and " + q[q.length - 1];
}

// ## Shared container helpers used by displays, builtins and methods

/** `l.extend(src)` / LIST_EXTEND: the model follows list_extend's path for src's type. */
export function listExtend(l: PyList, src: PyObject): void {
  const source = S.iterSource(src);
  const add = src === l ? l.items.slice() : toArray(src);
  for (let i = 0; i < add.length; i++) l.items.push(add[i]);
  S.listExtend(l, S.withLength(source, add.length));
}

/** `s.update(src)` / SET_UPDATE: merge for sets and dicts, one add per element otherwise. */
export function setUpdateFrom(s: PySet, src: PyObject): void {
  if ((src instanceof PySet || src instanceof PyDict) && src.cls.builtin) {
    const { setMergeFrom } = containersModule;
    setMergeFrom(s, src);
    return;
  }
  const it = getIter(src);
  for (let v = it.next(); v !== undefined; v = it.next()) setAdd(s, v);
}

/** `d.update(src)` / DICT_UPDATE: dict sources merge, others are key/value pairs or a keys() mapping. */
export function dictUpdateFrom(d: PyDict, src: PyObject, forUnpack = false): void {
  if (src instanceof PyDict) {
    dictMergeFrom(d, src);
    return;
  }
  const keysFn = src.cls.builtin ? undefined : getAttrSafe(src, "keys");
  if (keysFn !== undefined) {
    for (const k of toArray(call(keysFn, []))) dictSet(d, k, getItem(src, k));
    return;
  }
  if (forUnpack) throw typeError(`'${src.cls.name}' object is not a mapping`);
  const it = getIter(src);
  let i = 0;
  // `dict(gen)`: the dict being filled is live before any name holds it (runtime/live.ts).
  const building = liveRoots.building;
  building.push(d);
  try {
    for (let v = it.next(); v !== undefined; v = it.next(), i++) {
      let pair: PyObject[];
      try {
        pair = toArray(v);
      } catch (e) {
        if (e instanceof PyException && e.cls === excType("TypeError"))
          throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
        throw e;
      }
      if (pair.length !== 2)
        throw pyErr("ValueError", `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
      dictSet(d, pair[0], pair[1]);
    }
  } finally {
    building.pop();
  }
}

import * as containersModule from "./containers";
export { NORMAL, BREAK, CONTINUE, RETURN, False, callSpecial };
