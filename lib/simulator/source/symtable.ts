// The declaration checks of CPython's symbol table pass (Python/symtable.c): `global` and
// `nonlocal` against parameters, earlier uses and assignments in the same scope, and every
// `nonlocal` name against the bindings of the enclosing function scopes. They run on the
// finished AST, after the parser's own checks, because CPython runs them after parsing.

import type * as A from "./ast";

// @cpython Python/symtable.c symbol flags (only those these checks need)
const DEF_LOCAL = 1;
const DEF_PARAM = 2;
const USE = 4;
const DEF_ANNOT = 8;
const DEF_GLOBAL = 16;
const DEF_NONLOCAL = 32;

export interface SymtableError {
  detail: string;
  loc: A.Loc;
}

class Scope {
  readonly flags = new Map<string, number>();
  readonly nonlocals: { name: string; loc: A.Loc }[] = [];
  readonly children: Scope[] = [];

  constructor(
    readonly kind: "module" | "function" | "class",
    readonly parent: Scope | null,
    /** Comprehensions are function scopes, but a walrus inside one binds in the enclosing scope. */
    readonly comprehension = false,
  ) {
    parent?.children.push(this);
  }

  add(name: string, flag: number): void {
    this.flags.set(name, (this.flags.get(name) ?? 0) | flag);
  }

  /** Names bound here that a nested `nonlocal` can refer to. */
  isLocal(name: string): boolean {
    const f = this.flags.get(name) ?? 0;
    return (f & (DEF_LOCAL | DEF_PARAM)) !== 0 && (f & (DEF_GLOBAL | DEF_NONLOCAL)) === 0;
  }
}

class Fail {
  constructor(readonly error: SymtableError) {}
}

/** Returns the first declaration error CPython's symtable would report, or null. */
export function checkDeclarations(module: A.Module): SymtableError | null {
  const top = new Scope("module", null);
  try {
    const v = new Visitor(top);
    v.stmts(module.body);
    analyze(top, new Set());
  } catch (e) {
    if (e instanceof Fail) return e.error;
    throw e;
  }
  return null;
}

/** @cpython Python/symtable.c analyze_block: a nonlocal must find a binding in an enclosing function. */
function analyze(scope: Scope, bound: ReadonlySet<string>): void {
  for (const { name, loc } of scope.nonlocals) {
    const f = scope.flags.get(name) ?? 0;
    if (f & DEF_GLOBAL) throw new Fail({ detail: `name '${name}' is nonlocal and global`, loc });
    if (!bound.has(name)) throw new Fail({ detail: `no binding for nonlocal '${name}' found`, loc });
  }
  let childBound: ReadonlySet<string> = bound;
  if (scope.kind === "function") {
    const next = new Set(bound);
    for (const name of scope.flags.keys()) if (scope.isLocal(name)) next.add(name);
    childBound = next;
  } else if (scope.kind === "module") {
    childBound = new Set();
  } else {
    // @cpython Python/symtable.c analyze_block: methods see the implicit `__class__` cell
    childBound = new Set([...bound, "__class__"]);
  }
  for (const child of scope.children) analyze(child, childBound);
}

class Visitor {
  constructor(private scope: Scope) {}

  private inScope(kind: "function" | "class", body: () => void, comprehension = false): void {
    const saved = this.scope;
    this.scope = new Scope(kind, saved, comprehension);
    body();
    this.scope = saved;
  }

  stmts(list: readonly A.Stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  private declare(s: A.Global | A.Nonlocal): void {
    const global = s.kind === "Global";
    const what = global ? "global" : "nonlocal";
    for (const name of s.names) {
      const cur = this.scope.flags.get(name) ?? 0;
      // @cpython Python/symtable.c symtable_visit_stmt Global_kind / Nonlocal_kind
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        const detail =
          cur & DEF_PARAM
            ? `name '${name}' is parameter and ${what}`
            : cur & USE
              ? `name '${name}' is used prior to ${what} declaration`
              : cur & DEF_ANNOT
                ? `annotated name '${name}' can't be ${what}`
                : `name '${name}' is assigned to before ${what} declaration`;
        throw new Fail({ detail, loc: s });
      }
      this.scope.add(name, global ? DEF_GLOBAL : DEF_NONLOCAL);
      if (!global) this.scope.nonlocals.push({ name, loc: s });
    }
  }

  private arguments(a: A.Arguments): void {
    for (const d of a.defaults) this.expr(d);
    for (const d of a.kw_defaults) if (d) this.expr(d);
    for (const arg of [...a.args, ...a.kwonlyargs, a.vararg, a.kwarg]) if (arg?.annotation) this.expr(arg.annotation);
  }

  private params(a: A.Arguments): void {
    for (const arg of [...a.args, ...a.kwonlyargs, a.vararg, a.kwarg]) if (arg) this.scope.add(arg.arg, DEF_PARAM);
  }

  private stmt(s: A.Stmt): void {
    switch (s.kind) {
      case "FunctionDef":
        for (const d of s.decorator_list) this.expr(d);
        this.arguments(s.args);
        if (s.returns) this.expr(s.returns);
        this.scope.add(s.name, DEF_LOCAL);
        this.inScope("function", () => {
          this.params(s.args);
          this.stmts(s.body);
        });
        return;
      case "ClassDef":
        for (const d of s.decorator_list) this.expr(d);
        for (const b of s.bases) this.expr(b);
        for (const k of s.keywords) this.expr(k.value);
        this.scope.add(s.name, DEF_LOCAL);
        this.inScope("class", () => this.stmts(s.body));
        return;
      case "Return":
        if (s.value) this.expr(s.value);
        return;
      case "Delete":
        for (const t of s.targets) this.expr(t);
        return;
      case "Assign":
        for (const t of s.targets) this.expr(t);
        this.expr(s.value);
        return;
      case "AugAssign":
        this.expr(s.target);
        this.expr(s.value);
        return;
      case "AnnAssign":
        if (s.target.kind === "Name") {
          const cur = this.scope.flags.get(s.target.id) ?? 0;
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && s.simple) {
            const what = cur & DEF_GLOBAL ? "global" : "nonlocal";
            throw new Fail({ detail: `annotated name '${s.target.id}' can't be ${what}`, loc: s });
          }
          this.scope.add(s.target.id, DEF_ANNOT | DEF_LOCAL);
        } else {
          this.expr(s.target);
        }
        this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        return;
      case "For":
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case "While":
      case "If":
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case "Raise":
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        return;
      case "Try":
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.scope.add(h.name, DEF_LOCAL);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        return;
      case "Assert":
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        return;
      case "Import":
      case "ImportFrom":
        for (const a of s.names) {
          if (a.name === "*") continue;
          this.scope.add(a.asname ?? a.name.split(".")[0]!, DEF_LOCAL);
        }
        return;
      case "Global":
      case "Nonlocal":
        this.declare(s);
        return;
      case "Expr":
        this.expr(s.value);
        return;
      case "Pass":
      case "Break":
      case "Continue":
        return;
    }
  }

  private comprehension(generators: readonly A.Comprehension[], elts: readonly A.Expr[]): void {
    // The first iterable is evaluated in the enclosing scope; the rest in the comprehension's.
    if (generators[0]) this.expr(generators[0].iter);
    this.inScope("function", () => {
      generators.forEach((g, i) => {
        this.expr(g.target);
        if (i > 0) this.expr(g.iter);
        for (const c of g.ifs) this.expr(c);
      });
      for (const e of elts) this.expr(e);
    }, true);
  }

  private expr(e: A.Expr): void {
    switch (e.kind) {
      case "Name":
        this.scope.add(e.id, e.ctx === "Load" ? USE : DEF_LOCAL);
        return;
      case "BoolOp":
        for (const v of e.values) this.expr(v);
        return;
      case "NamedExpr": {
        this.expr(e.value);
        // @cpython Python/symtable.c symtable_extend_namedexpr_scope: binds in the enclosing function
        let target = this.scope;
        while (target.parent && target.comprehension) target = target.parent;
        target.add(e.target.id, DEF_LOCAL);
        return;
      }
      case "BinOp":
        this.expr(e.left);
        this.expr(e.right);
        return;
      case "UnaryOp":
        this.expr(e.operand);
        return;
      case "Lambda":
        this.arguments(e.args);
        this.inScope("function", () => {
          this.params(e.args);
          this.expr(e.body);
        });
        return;
      case "IfExp":
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        return;
      case "Dict":
        for (const k of e.keys) if (k) this.expr(k);
        for (const v of e.values) this.expr(v);
        return;
      case "Set":
      case "List":
      case "Tuple":
        for (const x of e.elts) this.expr(x);
        return;
      case "ListComp":
      case "SetComp":
      case "GeneratorExp":
        this.comprehension(e.generators, [e.elt]);
        return;
      case "DictComp":
        this.comprehension(e.generators, [e.key, e.value]);
        return;
      case "Compare":
        this.expr(e.left);
        for (const c of e.comparators) this.expr(c);
        return;
      case "Call":
        this.expr(e.func);
        for (const a of e.args) this.expr(a);
        for (const k of e.keywords) this.expr(k.value);
        return;
      case "FormattedValue":
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        return;
      case "JoinedStr":
        for (const v of e.values) this.expr(v);
        return;
      case "Constant":
        return;
      case "Attribute":
        this.expr(e.value);
        return;
      case "Subscript":
        this.expr(e.value);
        this.expr(e.slice);
        return;
      case "Starred":
        this.expr(e.value);
        return;
      case "Slice":
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        return;
    }
  }
}
