// Lowering of @lezer/python's concrete syntax tree into the simulator's AST (ast.ts).
//
// lezer gives a loose tree: a statement node's children are a flat run of named tokens and
// sub-expressions ("a", ",", "*", "b", AssignOp, …), and its grammar is wider than Python's
// (it accepts Python 2 forms, keyword arguments followed by generators, and so on). So each
// lowering function reads its children as a small token list, splits it at commas, and
// checks what CPython's grammar and compiler would reject: invalid assignment targets,
// argument order, duplicate parameters, `return` outside a function, …
//
// Operator expressions are re-parsed here rather than trusted: lezer's grammar gives `not`
// no precedence (it reads `not a == b and c` as `not (a == b and c)`), so every chain of
// BinaryExpression/UnaryExpression nodes is flattened back into operands and operators and
// rebuilt by precedence climbing over Python's own table (or < and < not < comparison < | <
// ^ < & < shifts < +,- < *,@,/,//,% < unary < **).
//
// Errors are ranked like CPython's phases: a parse-phase error (what CPython's parser
// raises) is thrown at once; a compile-phase error (symtable/codegen: `'return' outside
// function`, duplicate arguments, …) is remembered and thrown after the whole tree is
// lowered; a construct outside the simulator's subset is remembered too and only reported
// when the program is otherwise valid Python, since CPython would report the SyntaxError.

import type { SyntaxNode } from "@lezer/common";
import type * as A from "./ast";
import { SourceError, type SourceErrorType } from "./errors";
import { decodeNumber, decodeStringBody, LiteralError, latin1ToBytes, splitStringToken } from "./literals";
import type { LineMap } from "./positions";
import { checkDeclarations } from "./symtable";

type SN = SyntaxNode;


// @cpython Lib/__future__.py all_feature_names
const FUTURE_FEATURES = new Set([
  "nested_scopes",
  "generators",
  "division",
  "absolute_import",
  "with_statement",
  "print_function",
  "unicode_literals",
  "barry_as_FLUFL",
  "generator_stop",
  "annotations",
]);


const AUG_OPS: Record<string, A.Operator> = {
  "+=": "Add",
  "-=": "Sub",
  "*=": "Mult",
  "@=": "MatMult",
  "/=": "Div",
  "%=": "Mod",
  "**=": "Pow",
  "<<=": "LShift",
  ">>=": "RShift",
  "|=": "BitOr",
  "^=": "BitXor",
  "&=": "BitAnd",
  "//=": "FloorDiv",
};

const BIN_OPS: Record<string, A.Operator> = {
  "+": "Add",
  "-": "Sub",
  "*": "Mult",
  "@": "MatMult",
  "/": "Div",
  "%": "Mod",
  "**": "Pow",
  "<<": "LShift",
  ">>": "RShift",
  "|": "BitOr",
  "^": "BitXor",
  "&": "BitAnd",
  "//": "FloorDiv",
};

const CMP_OPS: Record<string, A.CmpOp> = {
  "==": "Eq",
  "!=": "NotEq",
  "<": "Lt",
  "<=": "LtE",
  ">": "Gt",
  ">=": "GtE",
  is: "Is",
  "is not": "IsNot",
  in: "In",
  "not in": "NotIn",
};

/** Binary operator levels from loosest to tightest, below unary and `**`. */
const BIN_LEVELS: readonly (readonly string[])[] = [
  ["|"],
  ["^"],
  ["&"],
  ["<<", ">>"],
  ["+", "-"],
  ["*", "@", "/", "%", "//"],
];

const NON_ASCII = /[^\x00-\x7f]/;

/** lezer accepts any word after `.`; CPython's keywords are not attribute names. */
// @cpython Lib/keyword.py kwlist
const KEYWORDS = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
  "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
  "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]);

/** One element of a flattened operator chain. */
type OpItem = { op: string; unary: boolean; from: number } | { node: SN };

type TargetMode = "assign" | "del" | "for" | "comprehension";

export class Lowerer {
  private compileError: SourceError | null = null;
  private notImplemented: SourceError | null = null;
  private scope: "module" | "function" | "class" = "module";
  private inLoop = false;
  /** Inside a `finally` block of the innermost loop (reset by loops and functions). */
  private inFinally = false;
  private inAsync = false;
  private inLambda = 0;
  private futureAllowed = true;

  constructor(
    private readonly src: string,
    private readonly lines: LineMap,
    private readonly checkSubset = true,
    /** The Python 3 minor version whose grammar applies. */
    private readonly minor = 13,
  ) {}

  /** Syntax a version before `since` rejects (a parse-phase SyntaxError there). */
  private requires(since: number, at: number | A.Loc, detail = "invalid syntax"): void {
    if (this.minor < since) this.syntax(detail, at);
  }

  // ## Entry

  module(top: SN): A.Module {
    const body: A.Stmt[] = [];
    for (const n of this.kids(top)) {
      for (const s of this.stmt(n)) {
        if (this.futureAllowed && !this.isFutureOrDocstring(s, body.length === 0)) this.futureAllowed = false;
        body.push(s);
      }
    }
    return this.finish(body);
  }

  /**
   * Only the checks of CPython's parser, on a tree that may end early (cut before a tokenizer
   * error): throws the first parse-phase SyntaxError, ignores compile-phase ones.
   */
  parsePhase(top: SN, limit: number): void {
    for (const n of this.kids(top)) this.partial(n, limit);
  }

  /**
   * Lowers the statements that end before `limit` (where lezer's recovery starts), descending
   * into the blocks of a compound statement that straddles it: lezer may regroup the code
   * around an error, so nothing that reaches it is trusted.
   */
  private partial(n: SN, limit: number): void {
    if (n.to <= limit) {
      this.stmt(n);
      return;
    }
    if (n.from >= limit) return;
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.name === "Body") {
        for (const k of this.kids(c).slice(1)) this.partial(k, limit);
      } else if (c.name === "FunctionDefinition" || c.name === "ClassDefinition") {
        this.partial(c, limit);
      }
    }
  }

  private finish(body: A.Stmt[]): A.Module {
    if (this.compileError) throw this.compileError;
    const module: A.Module = { kind: "Module", body };
    const declError = checkDeclarations(module);
    if (declError) throw new SourceError("SyntaxError", declError.detail, declError.loc.lineno, declError.loc.col_offset);
    if (this.notImplemented) throw this.notImplemented;
    return module;
  }

  private isFutureOrDocstring(s: A.Stmt, first: boolean): boolean {
    if (s.kind === "ImportFrom" && s.module === "__future__") return true;
    return first && s.kind === "Expr" && s.value.kind === "Constant" && s.value.value.type === "str";
  }

  // ## Helpers

  private kids(n: SN): SN[] {
    const out: SN[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.type.isError) {
        // The error nodes parser.ts tolerates (valid Python lezer's grammar lacks): `*` in a
        // subscript or a comprehension target stands for the `*` token; a lambda's `/` is read
        // from the text between commas, like the anonymous `/` of a `def`.
        const only = c.firstChild;
        if (only && only.name === "*" && !only.nextSibling) out.push(only);
        else if (!only && this.src.slice(c.from, c.to) === "/") continue;
        else out.push(c);
      } else if (c.name !== "Comment") out.push(c);
    }
    return out;
  }

  private text(n: SN): string {
    return this.src.slice(n.from, n.to);
  }

  private loc(from: number, to: number, trim = false): A.Loc {
    const src = this.src;
    // lezer nodes of compound statements run on over the trailing newline and indentation.
    if (trim) while (to > from && (src[to - 1] === "\n" || src[to - 1] === " " || src[to - 1] === "\t")) to--;
    const lineno = this.lines.line(from);
    const end_lineno = this.lines.line(to);
    return {
      lineno,
      col_offset: this.lines.col(from, lineno),
      end_lineno,
      end_col_offset: this.lines.col(to, end_lineno),
    };
  }

  private nodeLoc(n: SN): A.Loc {
    return this.loc(n.from, n.to, n.name.endsWith("Statement") || n.name.endsWith("Definition"));
  }

  private span(a: A.Loc, b: A.Loc): A.Loc {
    return { lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset };
  }

  private errorAt(pyType: SourceErrorType, detail: string, offset: number): SourceError {
    const line = this.lines.line(offset);
    return new SourceError(pyType, detail, line, this.lines.col(offset, line));
  }

  /** A parse-phase SyntaxError: thrown at once. */
  private syntax(detail: string, at: number | A.Loc): never {
    if (typeof at === "number") throw this.errorAt("SyntaxError", detail, at);
    throw new SourceError("SyntaxError", detail, at.lineno, at.col_offset);
  }

  /**
   * A compile-phase SyntaxError (CPython's compiler, symtable or future.c rather than its
   * parser): reported after the whole file is parsed, if no parse error came first.
   */
  private compile(detail: string, at: number | A.Loc): void {
    if (this.compileError) return;
    this.compileError =
      typeof at === "number"
        ? this.errorAt("SyntaxError", detail, at)
        : new SourceError("SyntaxError", detail, at.lineno, at.col_offset);
  }

  private unsupported(what: string, offset: number): void {
    if (this.notImplemented || !this.checkSubset) return;
    this.notImplemented = this.errorAt("NotImplementedError", `${what} is not supported by the simulator`, offset);
  }

  /** Splits `nodes[a..b)` at "," tokens; a trailing comma is reported, not returned as a group. */
  private commaGroups(nodes: SN[], a = 0, b = nodes.length): { groups: SN[][]; trailing: boolean } {
    const groups: SN[][] = [];
    let cur: SN[] = [];
    let trailing = false;
    for (let i = a; i < b; i++) {
      const n = nodes[i]!;
      if (n.name === ",") {
        groups.push(cur);
        cur = [];
        trailing = true;
      } else {
        cur.push(n);
        trailing = false;
      }
    }
    if (cur.length > 0 || groups.length === 0) groups.push(cur);
    if (groups.length === 1 && groups[0]!.length === 0) return { groups: [], trailing: false };
    return { groups, trailing };
  }

  private identifier(n: SN): string {
    const t = this.text(n);
    return NON_ASCII.test(t) ? t.normalize("NFKC") : t;
  }

  // ## Statements

  private stmts(nodes: SN[]): A.Stmt[] {
    const out: A.Stmt[] = [];
    for (const n of nodes) for (const s of this.stmt(n)) out.push(s);
    return out;
  }

  private body(n: SN | undefined): A.Stmt[] {
    if (!n || n.name !== "Body") this.syntax("invalid syntax", n ? n.from : this.src.length);
    const ks = this.kids(n);
    const stmts = this.stmts(ks.slice(1));
    if (stmts.length === 0 && !ks.slice(1).some((k) => this.isUnsupportedStatement(k))) {
      this.syntax("expected an indented block", n.to);
    }
    return stmts;
  }

  private isUnsupportedStatement(n: SN): boolean {
    return (
      n.name === "WithStatement" ||
      n.name === "MatchStatement" ||
      n.name === "TypeDefinition" ||
      n.name === "YieldStatement" ||
      n.name === "StatementGroup"
    );
  }

  private stmt(n: SN): A.Stmt[] {
    switch (n.name) {
      case "ExpressionStatement": {
        const ks = this.kids(n);
        const value = this.valueList(ks, 0, ks.length);
        const loc = this.nodeLoc(n);
        return [{ kind: "Expr", value, lineno: loc.lineno, col_offset: loc.col_offset, end_lineno: loc.end_lineno, end_col_offset: loc.end_col_offset }];
      }
      case "AssignStatement":
        return [this.assign(n)];
      case "UpdateStatement":
        return [this.augAssign(n)];
      case "DeleteStatement":
        return [this.del(n)];
      case "PassStatement":
        return [{ kind: "Pass", ...this.nodeLoc(n) }];
      case "BreakStatement":
        if (!this.inLoop) this.compile("'break' outside loop", n.from);
        return [{ kind: "Break", ...this.nodeLoc(n) }];
      case "ContinueStatement":
        if (!this.inLoop) this.compile("'continue' not properly in loop", n.from);
        // @cpython 3.8 bpo-32489: `continue` in a `finally` block
        else if (this.inFinally && this.minor < 8) this.compile("'continue' not supported inside 'finally' clause", n.from);
        return [{ kind: "Continue", ...this.nodeLoc(n) }];
      case "ReturnStatement":
        return [this.return_(n)];
      case "YieldStatement": {
        this.yield_(n);
        return [];
      }
      case "PrintStatement":
        return this.syntax("Missing parentheses in call to 'print'. Did you mean print(...)?", n.from);
      case "RaiseStatement":
        return [this.raise(n)];
      case "ImportStatement":
        return [this.import_(n)];
      case "ScopeStatement":
        return [this.scopeStatement(n)];
      case "AssertStatement":
        return [this.assert_(n)];
      case "TypeDefinition":
        this.unsupported("a `type` alias statement", n.from);
        return [];
      case "StatementGroup": {
        const ks = this.kids(n);
        // lezer accepts `a;; b`; CPython wants a statement between semicolons.
        ks.forEach((k, i) => {
          if (k.name === ";" && (i === 0 || ks[i - 1]!.name === ";")) this.syntax("invalid syntax", k.from);
        });
        return this.stmts(ks.filter((k) => k.name !== ";"));
      }
      case "IfStatement":
        return [this.if_(n)];
      case "WhileStatement":
        return [this.while_(n)];
      case "ForStatement":
        return [this.for_(n)];
      case "TryStatement":
        return [this.try_(n)];
      case "WithStatement":
        this.with_(n);
        return [];
      case "FunctionDefinition":
        return [this.functionDef(n, [])];
      case "ClassDefinition":
        return [this.classDef(n, [])];
      case "DecoratedStatement":
        return [this.decorated(n)];
      case "MatchStatement":
        this.unsupported("a `match` statement", n.from);
        return [];
      default:
        return this.syntax("invalid syntax", n.from);
    }
  }

  private assign(n: SN): A.Stmt {
    const ks = this.kids(n);
    const typeDef = ks.findIndex((k) => k.name === "TypeDef");
    const eqs: number[] = [];
    ks.forEach((k, i) => {
      if (k.name === "AssignOp") eqs.push(i);
    });
    const loc = this.nodeLoc(n);
    if (typeDef >= 0) {
      if (eqs.length > 1 || (eqs.length === 1 && eqs[0]! < typeDef)) this.syntax("invalid syntax", ks[eqs[0]!]!.from);
      const { groups, trailing } = this.commaGroups(ks, 0, typeDef);
      const targetNode = groups[0]?.[0];
      if (!targetNode) this.syntax("invalid syntax", n.from);
      const target = this.expr(targetNode);
      if (groups.length > 1 || trailing || groups[0]!.length > 1)
        this.syntax("only single target (not tuple) can be annotated", target);
      if (target.kind === "List") this.syntax("only single target (not list) can be annotated", target);
      if (target.kind === "Tuple") this.syntax("only single target (not tuple) can be annotated", target);
      if (target.kind !== "Name" && target.kind !== "Attribute" && target.kind !== "Subscript")
        this.syntax("illegal target for annotation", target);
      this.setContext(target, "Store", "assign");
      const tk = this.kids(ks[typeDef]!);
      const annotationNode = tk[tk.length - 1];
      if (!annotationNode || annotationNode.name === ":") this.syntax("invalid syntax", ks[typeDef]!.to);
      const annotation = this.expr(annotationNode);
      const value = eqs.length === 1 ? this.assignValue(ks, eqs[0]! + 1, ks.length) : null;
      const simple = target.kind === "Name" && targetNode.name === "VariableName" ? 1 : 0;
      return { kind: "AnnAssign", target, annotation, value, simple, ...loc };
    }
    if (eqs.length === 0) this.syntax("invalid syntax", n.from);
    const targets: A.Expr[] = [];
    let start = 0;
    for (const eq of eqs) {
      const op = this.text(ks[eq]!);
      if (op !== "=") this.syntax("invalid syntax", ks[eq]!.from);
      const t = this.exprList(ks, start, eq, true);
      this.setContext(t, "Store", "assign");
      targets.push(t);
      start = eq + 1;
    }
    const value = this.assignValue(ks, start, ks.length);
    return { kind: "Assign", targets, value, lineno: loc.lineno, col_offset: loc.col_offset, end_lineno: loc.end_lineno, end_col_offset: loc.end_col_offset };
  }

  /** The right-hand side of `=`: an expression list or a yield expression. */
  private assignValue(ks: SN[], a: number, b: number): A.Expr {
    if (b - a === 1 && ks[a]!.name === "YieldExpression") return this.expr(ks[a]!);
    return this.valueList(ks, a, b);
  }

  private augAssign(n: SN): A.Stmt {
    const ks = this.kids(n);
    const opIndex = ks.findIndex((k) => k.name === "UpdateOp");
    const target = this.exprList(ks, 0, opIndex, true);
    if (target.kind !== "Name" && target.kind !== "Attribute" && target.kind !== "Subscript") {
      this.syntax(`'${this.describe(target)}' is an illegal expression for augmented assignment`, target);
    }
    this.setContext(target, "Store", "assign");
    const opText = this.text(ks[opIndex]!);
    const op = AUG_OPS[opText];
    if (!op) this.syntax("invalid syntax", ks[opIndex]!.from);
    const value = this.assignValue(ks, opIndex + 1, ks.length);
    return { kind: "AugAssign", target, op, value, ...this.nodeLoc(n) };
  }

  private del(n: SN): A.Stmt {
    const ks = this.kids(n);
    const { groups } = this.commaGroups(ks, 1);
    const targets = groups.map((g) => {
      if (g.length !== 1) this.syntax("invalid syntax", g[0]?.from ?? n.from);
      const t = this.expr(g[0]!);
      this.setContext(t, "Del", "del");
      return t;
    });
    if (targets.length === 0) this.syntax("invalid syntax", n.to);
    return { kind: "Delete", targets, ...this.nodeLoc(n) };
  }

  private return_(n: SN): A.Stmt {
    const ks = this.kids(n);
    if (this.scope !== "function") this.compile("'return' outside function", n.from);
    const value = ks.length > 1 ? this.valueList(ks, 1, ks.length) : null;
    // @cpython 3.8 bpo-32117: `return *a, b` without parentheses
    if (value?.kind === "Tuple" && ks[1]?.name !== "TupleExpression" && value.elts.some((e) => e.kind === "Starred"))
      this.requires(8, value);
    return { kind: "Return", value, ...this.nodeLoc(n) };
  }

  /** `yield` and `yield from`: generator functions are outside the subset. */
  private yield_(n: SN): never | A.Expr {
    if (this.scope === "function" || this.inLambda > 0) {
      for (const k of this.kids(n)) {
        if (k.name !== "yield" && k.name !== "from" && k.name !== "," && !k.type.isError) this.expr(k);
      }
      this.unsupported("`yield` (generator functions)", n.from);
    } else {
      this.compile("'yield' outside function", n.from);
    }
    return { kind: "Constant", value: { type: "None" }, ...this.nodeLoc(n) };
  }

  private raise(n: SN): A.Stmt {
    const ks = this.kids(n);
    if (ks.some((k) => k.name === ",")) this.syntax("invalid syntax", ks.find((k) => k.name === ",")!.from);
    const fromIndex = ks.findIndex((k) => k.name === "from");
    const exc = ks.length > 1 ? this.expr(ks[1]!) : null;
    const cause = fromIndex >= 0 && ks[fromIndex + 1] ? this.expr(ks[fromIndex + 1]!) : null;
    if (fromIndex >= 0 && !cause) this.syntax("invalid syntax", ks[fromIndex]!.to);
    return { kind: "Raise", exc, cause, ...this.nodeLoc(n) };
  }

  private dottedName(nodes: SN[]): string {
    return nodes.map((k) => (k.name === "VariableName" ? this.identifier(k) : this.text(k))).join("");
  }

  private import_(n: SN): A.Stmt {
    const ks = this.kids(n);
    const loc = this.nodeLoc(n);
    if (ks[0]!.name === "import") {
      const { groups, trailing } = this.commaGroups(ks, 1);
      if (trailing) this.syntax("trailing comma not allowed without surrounding parentheses", n.to);
      const names: A.Alias[] = groups.map((g) => {
        const asIndex = g.findIndex((k) => k.name === "as");
        const nameNodes = asIndex >= 0 ? g.slice(0, asIndex) : g;
        const name = this.dottedName(nameNodes);
        const asname = asIndex >= 0 ? this.identifier(g[asIndex + 1]!) : null;
        return { kind: "alias", name, asname };
      });
      return { kind: "Import", names, ...loc };
    }
    // from [.]* module import names
    let i = 1;
    let level = 0;
    while (ks[i] && (ks[i]!.name === "." || ks[i]!.name === "Ellipsis")) {
      level += ks[i]!.name === "." ? 1 : 3;
      i++;
    }
    const importIndex = ks.findIndex((k) => k.name === "import");
    const module = this.dottedName(ks.slice(i, importIndex));
    let rest = ks.slice(importIndex + 1);
    const names: A.Alias[] = [];
    if (rest.length === 1 && rest[0]!.name === "*") {
      names.push({ kind: "alias", name: "*", asname: null });
      if (this.scope !== "module") this.compile("import * only allowed at module level", rest[0]!.from);
    } else {
      const parenthesized = rest[0]?.name === "(";
      if (parenthesized) rest = rest.slice(1, -1);
      const { groups, trailing } = this.commaGroups(rest);
      if (trailing && !parenthesized) this.syntax("trailing comma not allowed without surrounding parentheses", n.to);
      for (const g of groups) {
        const asIndex = g.findIndex((k) => k.name === "as");
        const nameNodes = asIndex >= 0 ? g.slice(0, asIndex) : g;
        if (nameNodes.length !== 1) this.syntax("invalid syntax", nameNodes[1]?.from ?? n.from);
        const asname = asIndex >= 0 ? this.identifier(g[asIndex + 1]!) : null;
        names.push({ kind: "alias", name: this.identifier(nameNodes[0]!), asname });
      }
    }
    if (level === 0 && module === "__future__") {
      if (!this.futureAllowed || this.scope !== "module")
        this.compile("from __future__ imports must occur at the beginning of the file", n.from);
      for (const a of names) {
        if (a.name === "braces") this.compile("not a chance", n.from);
        // @cpython Lib/__future__.py: `annotations` (PEP 563) exists from 3.7
        if (!FUTURE_FEATURES.has(a.name) || (a.name === "annotations" && this.minor < 7))
          this.compile(`future feature ${a.name} is not defined`, n.from);
      }
    }
    return { kind: "ImportFrom", module, names, level, ...loc };
  }

  private scopeStatement(n: SN): A.Stmt {
    const ks = this.kids(n);
    const keyword = ks[0]!.name;
    const { groups, trailing } = this.commaGroups(ks, 1);
    if (trailing || groups.length === 0) this.syntax("invalid syntax", n.to);
    const names = groups.map((g) => {
      if (g.length !== 1 || g[0]!.name !== "VariableName") this.syntax("invalid syntax", g[0]?.from ?? n.from);
      return this.identifier(g[0]!);
    });
    const loc = this.nodeLoc(n);
    if (keyword === "global") return { kind: "Global", names, ...loc };
    if (this.scope === "module") this.compile("nonlocal declaration not allowed at module level", n.from);
    return { kind: "Nonlocal", names, ...loc };
  }

  private assert_(n: SN): A.Stmt {
    const ks = this.kids(n);
    const { groups, trailing } = this.commaGroups(ks, 1);
    if (trailing || groups.length === 0 || groups.length > 2 || groups.some((g) => g.length !== 1))
      this.syntax("invalid syntax", n.to);
    const test = this.expr(groups[0]![0]!);
    const msg = groups[1] ? this.expr(groups[1][0]!) : null;
    return { kind: "Assert", test, msg, ...this.nodeLoc(n) };
  }

  private if_(n: SN): A.Stmt {
    const ks = this.kids(n);
    const clauses: { test: A.Expr; body: A.Stmt[]; from: number }[] = [];
    let orelse: A.Stmt[] = [];
    let i = 0;
    while (i < ks.length) {
      const k = ks[i]!;
      if (k.name === "if" || k.name === "elif") {
        const testNode = ks[i + 1];
        if (!testNode || testNode.name === "Body") this.syntax("invalid syntax", k.to);
        clauses.push({ test: this.namedTest(testNode), body: this.body(ks[i + 2]), from: k.from });
        i += 3;
      } else if (k.name === "else") {
        orelse = this.body(ks[i + 1]);
        i += 2;
      } else {
        this.syntax("invalid syntax", k.from);
      }
    }
    const end = n.to;
    let node: A.If | null = null;
    for (let c = clauses.length - 1; c >= 0; c--) {
      const clause = clauses[c]!;
      node = {
        kind: "If",
        test: clause.test,
        body: clause.body,
        orelse: node ? [node] : orelse,
        ...this.loc(clause.from, end, true),
      };
    }
    return node!;
  }

  private loopBody(n: SN | undefined): A.Stmt[] {
    const saved = this.inLoop;
    const savedFinally = this.inFinally;
    this.inLoop = true;
    this.inFinally = false;
    const body = this.body(n);
    this.inLoop = saved;
    this.inFinally = savedFinally;
    return body;
  }

  private while_(n: SN): A.Stmt {
    const ks = this.kids(n);
    const test = this.namedTest(ks[1]!);
    const body = this.loopBody(ks[2]);
    const orelse = ks[3]?.name === "else" ? this.body(ks[4]) : [];
    return { kind: "While", test, body, orelse, ...this.nodeLoc(n) };
  }

  private for_(n: SN): A.Stmt {
    const ks = this.kids(n);
    let i = 0;
    if (ks[0]!.name === "async") {
      this.unsupported("`async for`", n.from);
      i++;
    }
    const inIndex = ks.findIndex((k, j) => j > i && k.name === "in");
    const bodyIndex = ks.findIndex((k) => k.name === "Body");
    const target = this.exprList(ks, i + 1, inIndex, true);
    this.setContext(target, "Store", "for");
    const iter = this.valueList(ks, inIndex + 1, bodyIndex);
    const body = this.loopBody(ks[bodyIndex]);
    const orelse = ks[bodyIndex + 1]?.name === "else" ? this.body(ks[bodyIndex + 2]) : [];
    return { kind: "For", target, iter, body, orelse, ...this.nodeLoc(n) };
  }

  private try_(n: SN): A.Stmt {
    const ks = this.kids(n);
    const body = this.body(ks[1]);
    const handlers: A.ExceptHandler[] = [];
    let orelse: A.Stmt[] = [];
    let finalbody: A.Stmt[] = [];
    let sawFinally = false;
    let i = 2;
    while (i < ks.length) {
      const k = ks[i]!;
      if (k.name === "except") {
        const start = k.from;
        i++;
        if (ks[i]?.name === "*") {
          this.unsupported("`except*`", k.from);
          i++;
        }
        let type: A.Expr | null = null;
        let name: string | null = null;
        if (ks[i] && ks[i]!.name !== "Body") {
          type = this.expr(ks[i]!);
          i++;
          if (ks[i]?.name === ",") this.syntax("multiple exception types must be parenthesized", ks[i - 1]!.from);
          if (ks[i]?.name === "as") {
            name = this.identifier(ks[i + 1]!);
            i += 2;
          }
        }
        const handlerBody = this.body(ks[i]);
        const bodyNode = ks[i]!;
        i++;
        if (handlers.length > 0 && handlers[handlers.length - 1]!.type === null) {
          this.compile("default 'except:' must be last", handlers[handlers.length - 1]!);
        }
        handlers.push({ kind: "ExceptHandler", type, name, body: handlerBody, ...this.loc(start, bodyNode.to, true) });
      } else if (k.name === "else") {
        if (handlers.length === 0) this.syntax("invalid syntax", k.from);
        orelse = this.body(ks[i + 1]);
        i += 2;
      } else if (k.name === "finally") {
        const saved = this.inFinally;
        this.inFinally = true;
        finalbody = this.body(ks[i + 1]);
        this.inFinally = saved;
        sawFinally = true;
        i += 2;
      } else {
        this.syntax("invalid syntax", k.from);
      }
    }
    if (handlers.length === 0 && !sawFinally) this.syntax("expected 'except' or 'finally' block", n.to);
    return { kind: "Try", body, handlers, orelse, finalbody, ...this.nodeLoc(n) };
  }

  private with_(n: SN): void {
    const ks = this.kids(n);
    this.unsupported(ks[0]!.name === "async" ? "`async with`" : "a `with` statement", n.from);
    for (const k of ks) {
      if (k.name === "Body") this.body(k);
      else if (k.name === "VariableName" || k.name.endsWith("Expression") || k.name === "String") this.expr(k);
    }
  }

  // ## Functions and classes

  private decorated(n: SN): A.Stmt {
    const ks = this.kids(n);
    const decorators: A.Expr[] = [];
    for (const k of ks) {
      if (k.name !== "Decorator") break;
      decorators.push(this.decorator(k));
    }
    const def = ks[ks.length - 1]!;
    // @cpython 3.8+: a decorated definition starts at `def`/`class`, not at its first decorator
    if (def.name === "ClassDefinition") return this.classDef(def, decorators);
    if (def.name === "FunctionDefinition") return this.functionDef(def, decorators);
    return this.syntax("invalid syntax", def.from);
  }

  private decorator(n: SN): A.Expr {
    const ks = this.kids(n).filter((k) => k.name !== "At");
    let expr: A.Expr | null = null;
    for (const k of ks) {
      if (k.name === "VariableName") {
        const id = this.identifier(k);
        expr = expr
          ? { kind: "Attribute", value: expr, attr: id, ctx: "Load", ...this.span(expr, this.nodeLoc(k)) }
          : { kind: "Name", id, ctx: "Load", ...this.nodeLoc(k) };
      } else if (k.name === ".") {
        continue;
      } else if (k.name === "ArgList" && expr) {
        expr = this.call(expr, k);
      } else {
        this.syntax("invalid syntax", k.from);
      }
    }
    if (!expr) return this.syntax("invalid syntax", n.from);
    return expr;
  }

  private functionDef(n: SN, decorator_list: A.Expr[]): A.Stmt {
    const ks = this.kids(n);
    let i = 0;
    const isAsync = ks[0]!.name === "async";
    if (isAsync) {
      this.unsupported("`async def`", n.from);
      i++;
    }
    const name = this.identifier(ks[i + 1]!);
    i += 2;
    if (ks[i]?.name === "TypeParamList") {
      this.unsupported("a generic function (type parameters)", ks[i]!.from);
      i++;
    }
    const args = this.parameters(ks[i]!, true);
    i++;
    let returns: A.Expr | null = null;
    if (ks[i]?.name === "TypeDef") {
      const tk = this.kids(ks[i]!);
      returns = this.expr(tk[tk.length - 1]!);
      i++;
    }
    const saved = { scope: this.scope, inLoop: this.inLoop, inAsync: this.inAsync, inFinally: this.inFinally };
    this.scope = "function";
    this.inFinally = false;
    this.inLoop = false;
    this.inAsync = isAsync;
    const body = this.body(ks[i]);
    Object.assign(this, saved);
    return { kind: "FunctionDef", name, args, body, decorator_list, returns, ...this.nodeLoc(n) };
  }

  private classDef(n: SN, decorator_list: A.Expr[]): A.Stmt {
    const ks = this.kids(n);
    const name = this.identifier(ks[1]!);
    let i = 2;
    if (ks[i]?.name === "TypeParamList") {
      this.unsupported("a generic class (type parameters)", ks[i]!.from);
      i++;
    }
    let bases: A.Expr[] = [];
    let keywords: A.Keyword[] = [];
    if (ks[i]?.name === "ArgList") {
      const call = this.call({ kind: "Name", id: name, ctx: "Load", ...this.nodeLoc(ks[1]!) }, ks[i]!);
      bases = call.args;
      keywords = call.keywords;
      i++;
    }
    const saved = { scope: this.scope, inLoop: this.inLoop, inAsync: this.inAsync, inFinally: this.inFinally };
    this.scope = "class";
    this.inFinally = false;
    this.inLoop = false;
    this.inAsync = false;
    const body = this.body(ks[i]);
    Object.assign(this, saved);
    return { kind: "ClassDef", name, bases, keywords, body, decorator_list, ...this.nodeLoc(n) };
  }

  /** A `def` ParamList (with parentheses) or a lambda's (without). */
  private parameters(n: SN, isDef: boolean): A.Arguments {
    let ks = this.kids(n);
    if (isDef) ks = ks.slice(1, -1);
    const args: A.Arg[] = [];
    const defaults: A.Expr[] = [];
    const kwonlyargs: A.Arg[] = [];
    const kw_defaults: (A.Expr | null)[] = [];
    let vararg: A.Arg | null = null;
    let kwarg: A.Arg | null = null;
    let sawStar = false;
    let sawSlash = false;
    let posonly = 0;
    let bareStarAt = -1;
    const seen = new Set<string>();
    const { groups } = this.commaGroups(ks);
    // An empty group between commas is where the anonymous `/` token sat.
    let prevEnd = isDef ? n.from + 1 : n.from;
    const commaEnds = ks.filter((k) => k.name === ",").map((k) => k.from);
    const makeArg = (nameNode: SN, typeDef: SN | undefined): A.Arg => {
      const arg = this.identifier(nameNode);
      if (seen.has(arg)) this.compile(`duplicate argument '${arg}' in function definition`, nameNode.from);
      seen.add(arg);
      let annotation: A.Expr | null = null;
      if (typeDef) {
        if (!isDef) this.syntax("invalid syntax", typeDef.from);
        const tk = this.kids(typeDef);
        annotation = this.expr(tk[tk.length - 1]!);
      }
      return { kind: "arg", arg, annotation, ...this.nodeLoc(nameNode) };
    };
    const slash = (slashAt: number): void => {
      // @cpython 3.8 PEP 570; the specific messages are 3.11's (Grammar/python.gram invalid_parameters)
      this.requires(8, slashAt);
      const detail = (since311: string) => (this.minor >= 11 ? since311 : "invalid syntax");
      if (sawSlash) this.syntax(detail("/ may appear only once"), slashAt);
      if (sawStar) this.syntax(detail("/ must be ahead of *"), slashAt);
      if (args.length === 0) this.syntax(detail("at least one argument must precede /"), slashAt);
      sawSlash = true;
      posonly = args.length;
    };
    const paramsEnd = isDef ? n.to - 1 : n.to;
    groups.forEach((g, gi) => {
      const first = g[0];
      const groupEnd = commaEnds[gi] ?? paramsEnd;
      if (!first) {
        const between = this.src.slice(prevEnd, groupEnd);
        if (!between.includes("/")) this.syntax("invalid syntax", groupEnd);
        const slashAt = prevEnd + between.indexOf("/");
        slash(slashAt);
        prevEnd = groupEnd + 1;
        return;
      }
      prevEnd = groupEnd + 1;
      if (kwarg) this.syntax("arguments cannot follow var-keyword argument", first.from);
      if (first.name === "**") {
        const nameNode = g[1];
        if (!nameNode || nameNode.name !== "VariableName") this.syntax("invalid syntax", first.to);
        if (g.some((k) => k.name === "AssignOp")) this.syntax("var-keyword argument cannot have default value", first.from);
        kwarg = makeArg(nameNode, g[2]?.name === "TypeDef" ? g[2] : undefined);
        return;
      }
      if (first.name === "*") {
        if (sawStar) this.syntax("* argument may appear only once", first.from);
        sawStar = true;
        if (g.some((k) => k.name === "AssignOp")) this.syntax("var-positional argument cannot have default value", first.from);
        const nameNode = g[1];
        if (nameNode && nameNode.name === "VariableName") {
          vararg = makeArg(nameNode, g[2]?.name === "TypeDef" ? g[2] : undefined);
        } else {
          bareStarAt = first.from;
        }
        return;
      }
      if (first.name !== "VariableName") this.syntax("invalid syntax", first.from);
      let typeDef: SN | undefined;
      let j = 1;
      if (g[j]?.name === "TypeDef") typeDef = g[j++];
      let def: A.Expr | null = null;
      if (g[j]?.name === "AssignOp") {
        if (this.text(g[j]!) !== "=" || !g[j + 1]) this.syntax("invalid syntax", g[j]!.from);
        def = this.expr(g[j + 1]!);
        j += 2;
      }
      if (j !== g.length) this.syntax("invalid syntax", g[j]!.from);
      const arg = makeArg(first, typeDef);
      if (sawStar) {
        kwonlyargs.push(arg);
        kw_defaults.push(def);
      } else {
        if (def) defaults.push(def);
        else if (defaults.length > 0)
          // @cpython Grammar/python.gram invalid_parameters (3.12 renamed the message)
          this.syntax(
            this.minor >= 12 ? "parameter without a default follows parameter with a default" : "non-default argument follows default argument",
            // measured: 3.10+ point at the parameter, 3.9 at the end of the list, 3.8 at its
            // first parameter, 3.6/3.7 at the list node (the `(` of a def)
            this.minor >= 10 ? first.from : this.minor === 9 ? paramsEnd : this.minor === 8 ? (ks[0]?.from ?? n.from) : isDef ? n.from : n.from - 1,
          );
        args.push(arg);
      }
    });
    // A `/` after the last comma leaves no group of its own (commaGroups drops a trailing empty one).
    if (commaEnds.length >= groups.length && prevEnd < paramsEnd) {
      const rest = this.src.slice(prevEnd, paramsEnd);
      if (rest.includes("/")) slash(prevEnd + rest.indexOf("/"));
    }
    if (bareStarAt >= 0 && kwonlyargs.length === 0) this.syntax("named arguments must follow bare *", bareStarAt);
    const out: A.Arguments = { kind: "arguments", args, defaults, vararg, kwonlyargs, kw_defaults, kwarg };
    if (posonly > 0) out.posonlyargcount = posonly;
    return out;
  }

  // ## Expressions

  /** An expression list in a value position: one expression, or a Tuple when commas appear. */
  private valueList(ks: SN[], a: number, b: number): A.Expr {
    const e = this.exprList(ks, a, b, false);
    if (e.kind === "Starred") this.compile("can't use starred expression here", e);
    return e;
  }

  /** `commaSep<"*" expression | test>` as one expression (a Tuple when there is a comma). */
  private exprList(ks: SN[], a: number, b: number, allowStarAlone: boolean): A.Expr {
    const { groups, trailing } = this.commaGroups(ks, a, b);
    if (groups.length === 0) return this.syntax("invalid syntax", ks[a]?.from ?? ks[b - 1]?.to ?? 0);
    const elts = groups.map((g) => this.element(g));
    if (groups.length === 1 && !trailing) {
      if (elts[0]!.kind === "Starred" && !allowStarAlone) this.compile("can't use starred expression here", elts[0]!);
      return elts[0]!;
    }
    // CPython's span of an unparenthesized tuple includes a trailing comma.
    return { kind: "Tuple", elts, ctx: "Load", ...this.loc(ks[a]!.from, ks[b - 1]!.to) };
  }

  /** One element of a display or expression list: `x` or `*x`. */
  private element(g: SN[]): A.Expr {
    if (g.length === 1) return this.expr(g[0]!);
    if (g.length === 2 && g[0]!.name === "*") {
      const value = this.expr(g[1]!);
      return { kind: "Starred", value, ctx: "Load", ...this.span(this.nodeLoc(g[0]!), value) };
    }
    return this.syntax("invalid syntax", (g[1] ?? g[0])?.from ?? 0);
  }

  private namedTest(n: SN): A.Expr {
    return this.expr(n);
  }

  expr(n: SN): A.Expr {
    switch (n.name) {
      // The two commonest nodes spell their location out: an object spread costs ~6× more in V8.
      case "VariableName": {
        const l = this.nodeLoc(n);
        const id = this.identifier(n);
        return { kind: "Name", id, ctx: "Load", lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset };
      }
      case "Number": {
        const l = this.nodeLoc(n);
        const value = decodeNumber(this.text(n));
        return { kind: "Constant", value, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset };
      }
      case "String":
      case "FormatString":
      case "ContinuedString":
        return this.strings(n);
      case "Boolean":
        return { kind: "Constant", value: { type: "bool", value: this.text(n) === "True" }, ...this.nodeLoc(n) };
      case "None":
        return { kind: "Constant", value: { type: "None" }, ...this.nodeLoc(n) };
      case "Ellipsis":
        return { kind: "Constant", value: { type: "Ellipsis" }, ...this.nodeLoc(n) };
      case "BinaryExpression":
      case "UnaryExpression":
        return this.operators(n);
      case "ParenthesizedExpression": {
        const ks = this.kids(n);
        if (ks[1]?.name === "*") this.syntax("cannot use starred expression here", ks[1].from);
        if (ks.length !== 3) this.syntax("invalid syntax", n.from);
        return this.expr(ks[1]!);
      }
      case "TupleExpression": {
        const ks = this.kids(n);
        const { groups } = this.commaGroups(ks, 1, ks.length - 1);
        return { kind: "Tuple", elts: groups.map((g) => this.element(g)), ctx: "Load", ...this.nodeLoc(n) };
      }
      case "ArrayExpression": {
        const ks = this.kids(n);
        const { groups } = this.commaGroups(ks, 1, ks.length - 1);
        const elts = groups.map((g) => this.element(g));
        // A set display with `:=` that the scanner handed to lezer as a list (scanner.ts).
        if (this.src.charCodeAt(n.from) === 123) return { kind: "Set", elts, ...this.nodeLoc(n) };
        return { kind: "List", elts, ctx: "Load", ...this.nodeLoc(n) };
      }
      case "SetExpression": {
        const ks = this.kids(n);
        const { groups } = this.commaGroups(ks, 1, ks.length - 1);
        return { kind: "Set", elts: groups.map((g) => this.element(g)), ...this.nodeLoc(n) };
      }
      case "DictionaryExpression":
        return this.dict(n);
      case "ComprehensionExpression":
      case "ArrayComprehensionExpression":
      case "SetComprehensionExpression":
      case "DictionaryComprehensionExpression":
        return this.comprehension(n);
      case "CallExpression": {
        const ks = this.kids(n);
        if (ks.length !== 2 || ks[1]!.name !== "ArgList") this.syntax("invalid syntax", n.from);
        // A subscript with `*` that the scanner handed to lezer as a call (scanner.ts).
        if (this.src.charCodeAt(ks[1]!.from) === 91) return this.subscript(this.expr(ks[0]!), this.kids(ks[1]!), 0, this.nodeLoc(n));
        return this.call(this.expr(ks[0]!), ks[1]!, this.nodeLoc(n));
      }
      case "MemberExpression":
        return this.member(n);
      case "ConditionalExpression": {
        const ks = this.kids(n);
        if (ks.length !== 5) this.syntax("invalid syntax", n.from);
        const body = this.expr(ks[0]!);
        const test = this.expr(ks[2]!);
        const orelse = this.expr(ks[4]!);
        return { kind: "IfExp", test, body, orelse, ...this.nodeLoc(n) };
      }
      case "LambdaExpression": {
        const ks = this.kids(n);
        const params = ks.find((k) => k.name === "ParamList");
        const args = params
          ? this.parameters(params, false)
          : { kind: "arguments" as const, args: [], defaults: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null };
        this.inLambda++;
        const body = this.expr(ks[ks.length - 1]!);
        this.inLambda--;
        return { kind: "Lambda", args, body, ...this.nodeLoc(n) };
      }
      case "NamedExpression": {
        const ks = this.kids(n);
        // @cpython 3.8 PEP 572; unparenthesized in a subscript from 3.10, in a set display from 3.9
        if (this.minor < 8) this.syntax("invalid syntax", this.pre38Walrus(n, ks[1]?.from ?? n.from));
        const parent = n.parent?.name;
        if (parent === "MemberExpression") this.requires(10, ks[1]?.from ?? n.from);
        if (parent === "SetExpression" || this.src.charCodeAt(n.parent!.from) === 123) this.requires(9, ks[1]?.from ?? n.from);
        const target = this.expr(ks[0]!);
        if (target.kind !== "Name")
          this.syntax(`cannot use assignment expressions with ${this.describe(target)}`, target);
        target.ctx = "Store";
        const value = this.expr(ks[2]!);
        return { kind: "NamedExpr", target, value, ...this.nodeLoc(n) };
      }
      case "YieldExpression":
        return this.yield_(n);
      case "AwaitExpression": {
        const ks = this.kids(n);
        // Inside a function CPython's verdict depends on async scopes the simulator does not model.
        if (this.scope === "function" || this.inLambda > 0) this.unsupported("`await`", n.from);
        else if (!this.inAsync) this.compile("'await' outside function", n.from);
        return this.expr(ks[1]!);
      }
      default:
        return this.syntax("invalid syntax", n.from);
    }
  }

  /**
   * Where 3.6/3.7 reject `x := 1`: their tokenizer reads `:` and `=`, so the error is at the `=`
   * where a `:` may stand (an annotation, a block header, a subscript, a dict display), else at
   * the `:` (measured against both versions, tests/fixtures/parser/syntax-by-version.json).
   */
  private pre38Walrus(n: SN, colon: number): number {
    const parent = n.parent;
    if (!parent) return colon;
    const name = parent.name;
    const colonFits =
      name === "ExpressionStatement" ||
      name === "IfStatement" ||
      name === "WhileStatement" ||
      name === "MemberExpression" ||
      name === "DictionaryExpression" ||
      (name === "LambdaExpression" && parent.parent?.name === "ExpressionStatement") ||
      (this.src.charCodeAt(parent.from) === 123 && n.prevSibling?.from === parent.from);
    return colonFits ? colon + 1 : colon;
  }

  // ### Operators: flatten lezer's chains, rebuild with Python's precedence

  private operators(n: SN): A.Expr {
    const items: OpItem[] = [];
    this.flatten(n, items);
    const p = new OperatorParser(this, items);
    const e = p.parseOr();
    if (p.pos !== items.length) {
      const it = items[p.pos]!;
      this.syntax("invalid syntax", "node" in it ? it.node.from : it.from);
    }
    return e;
  }

  private flatten(n: SN, out: OpItem[]): void {
    if (n.name === "BinaryExpression") {
      const ks = this.kids(n);
      if (ks.length < 3) this.syntax("invalid syntax", n.from);
      this.flatten(ks[0]!, out);
      const opNodes = ks.slice(1, -1);
      const op = opNodes.map((k) => this.text(k)).join(" ");
      out.push({ op, unary: false, from: opNodes[0]!.from });
      this.flatten(ks[ks.length - 1]!, out);
    } else if (n.name === "UnaryExpression") {
      const ks = this.kids(n);
      if (ks.length !== 2) this.syntax("invalid syntax", n.from);
      out.push({ op: this.text(ks[0]!), unary: true, from: ks[0]!.from });
      this.flatten(ks[1]!, out);
    } else {
      out.push({ node: n });
    }
  }

  // ### Displays, comprehensions, calls, members

  private dict(n: SN): A.Expr {
    const ks = this.kids(n);
    const { groups } = this.commaGroups(ks, 1, ks.length - 1);
    const keys: (A.Expr | null)[] = [];
    const values: A.Expr[] = [];
    for (const g of groups) {
      if (g.length === 2 && g[0]!.name === "**") {
        keys.push(null);
        values.push(this.expr(g[1]!));
      } else if (g.length === 3 && g[1]!.name === ":") {
        keys.push(this.expr(g[0]!));
        values.push(this.expr(g[2]!));
      } else {
        this.syntax("invalid syntax", g[0]?.from ?? n.from);
      }
    }
    return { kind: "Dict", keys, values, ...this.nodeLoc(n) };
  }

  private comprehension(n: SN): A.Expr {
    const ks = this.kids(n);
    const forIndex = ks.findIndex((k) => k.name === "for" || k.name === "async");
    const head = ks.slice(1, forIndex);
    const generators = this.generators(ks, forIndex, ks.length - 1);
    const loc = this.nodeLoc(n);
    if (n.name === "DictionaryComprehensionExpression") {
      if (head[0]?.name === "**") this.syntax("dict unpacking cannot be used in dict comprehension", head[0].from);
      if (head.length !== 3) this.syntax("invalid syntax", n.from);
      const key = this.expr(head[0]!);
      const value = this.expr(head[2]!);
      this.checkRebind(generators, [key, value]);
      return { kind: "DictComp", key, value, generators, ...loc };
    }
    if (head[0]?.name === "*") this.syntax("iterable unpacking cannot be used in comprehension", head[0].from);
    if (head.length !== 1) this.syntax("invalid syntax", n.from);
    const elt = this.expr(head[0]!);
    const kind =
      n.name === "SetComprehensionExpression" || this.src.charCodeAt(n.from) === 123
        ? "SetComp"
        : n.name === "ArrayComprehensionExpression"
          ? "ListComp"
          : "GeneratorExp";
    this.checkRebind(generators, [elt]);
    return { kind, elt, generators, ...loc };
  }

  /**
   * @cpython Python/symtable.c symtable_extend_namedexpr_scope: `:=` in a comprehension's
   * element or conditions may not bind one of its iteration variables (nor an enclosing
   * comprehension's: the walk goes into nested comprehensions, not into lambdas). Measured:
   * 3.8/3.9 report one column before the `:=` expression.
   */
  private checkRebind(generators: A.Comprehension[], parts: A.Expr[]): void {
    const iterVars = new Set<string>();
    const names = (t: A.Expr): void => {
      if (t.kind === "Name") iterVars.add(t.id);
      else if (t.kind === "Tuple" || t.kind === "List") t.elts.forEach(names);
      else if (t.kind === "Starred") names(t.value);
    };
    for (const g of generators) names(g.target);
    const visit = (x: unknown): void => {
      if (Array.isArray(x)) {
        for (const y of x) visit(y);
        return;
      }
      if (!x || typeof x !== "object") return;
      const node = x as { kind?: string };
      if (node.kind === "Lambda") return;
      if (node.kind === "NamedExpr") {
        const e = node as A.NamedExpr;
        if (e.target.kind === "Name" && iterVars.has(e.target.id)) {
          const col = this.minor >= 10 ? e.col_offset : e.col_offset - 1;
          this.compile(`assignment expression cannot rebind comprehension iteration variable '${e.target.id}'`, {
            ...e,
            col_offset: col,
          });
        }
      }
      for (const k in node) if (k !== "kind") visit((node as Record<string, unknown>)[k]);
    };
    visit(parts);
    for (const g of generators) visit(g.ifs);
  }

  /** `for targets in iter (if cond)*` clauses in `ks[a..b)`. */
  private generators(ks: SN[], a: number, b: number, inCall = false): A.Comprehension[] {
    const gens: A.Comprehension[] = [];
    let i = a;
    while (i < b) {
      if (inCall && ks[i]!.name === ",") {
        if (i === b - 1) break;
        this.syntax("Generator expression must be parenthesized", ks[a - 1]!.from);
      }
      let is_async = 0;
      if (ks[i]!.name === "async") {
        this.unsupported("an asynchronous comprehension", ks[i]!.from);
        is_async = 1;
        i++;
      }
      if (ks[i]?.name !== "for") this.syntax("invalid syntax", ks[i]?.from ?? ks[b - 1]!.to);
      let inIndex = i + 1;
      while (inIndex < b && ks[inIndex]!.name !== "in") inIndex++;
      if (inIndex >= b - 1) this.syntax("invalid syntax", ks[i]!.from);
      const target = this.exprList(ks, i + 1, inIndex, true);
      this.setContext(target, "Store", "comprehension");
      const iter = this.expr(ks[inIndex + 1]!);
      i = inIndex + 2;
      const ifs: A.Expr[] = [];
      while (i < b && ks[i]!.name === "if") {
        if (!ks[i + 1]) this.syntax("invalid syntax", ks[i]!.to);
        ifs.push(this.expr(ks[i + 1]!));
        i += 2;
      }
      gens.push({ kind: "comprehension", target, iter, ifs, is_async });
    }
    return gens;
  }

  call(func: A.Expr, argList: SN, loc: A.Loc = this.span(func, this.nodeLoc(argList))): A.Call {
    const ks = this.kids(argList);
    const { groups } = this.commaGroups(ks, 1, ks.length - 1);
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    const names = new Set<string>();
    let sawKeyword = false;
    let sawDoubleStar = false;
    const forAt = ks.findIndex((k) => k.name === "for" || k.name === "async");
    if (forAt >= 0) {
      // A bare generator expression must be the sole argument: `f(x for x in y)`. lezer reads an
      // element `x := 1` as three argument tokens; 3.9+ accept it, 3.8 stops at the `for`.
      const walrus = forAt === 4 && ks[2]!.name === "AssignOp" && this.text(ks[2]!) === ":=" && ks[1]!.name === "VariableName";
      if (forAt !== 2 && !walrus) this.syntax("Generator expression must be parenthesized", ks[1]?.from ?? argList.from);
      let elt: A.Expr;
      if (walrus) {
        this.requires(8, ks[2]!.from);
        this.requires(9, ks[forAt]!.from);
        const target: A.Name = { kind: "Name", id: this.identifier(ks[1]!), ctx: "Store", ...this.nodeLoc(ks[1]!) };
        const value = this.expr(ks[3]!);
        elt = { kind: "NamedExpr", target, value, ...this.span(target, value) };
      } else {
        elt = this.expr(ks[1]!);
      }
      const generators = this.generators(ks, forAt, ks.length - 1, true);
      this.checkRebind(generators, [elt]);
      args.push({ kind: "GeneratorExp", elt, generators, ...this.nodeLoc(argList) });
      return { kind: "Call", func, args, keywords, lineno: loc.lineno, col_offset: loc.col_offset, end_lineno: loc.end_lineno, end_col_offset: loc.end_col_offset };
    }
    for (const g of groups) {
      const first = g[0];
      if (!first) this.syntax("invalid syntax", argList.from);
      if (first.name === "**") {
        const value = this.expr(g[1]!);
        keywords.push({ kind: "keyword", arg: null, value, ...this.span(this.nodeLoc(first), value) });
        sawDoubleStar = true;
        continue;
      }
      if (first.name === "*") {
        if (sawDoubleStar) this.syntax("iterable argument unpacking follows keyword argument unpacking", first.from);
        const value = this.expr(g[1]!);
        args.push({ kind: "Starred", value, ctx: "Load", ...this.span(this.nodeLoc(first), value) });
        continue;
      }
      if (g.length === 3 && g[1]!.name === "AssignOp") {
        if (this.text(g[1]!) === ":=") {
          this.requires(8, g[1]!.from);
          if (sawDoubleStar) this.syntax("positional argument follows keyword argument unpacking", first.from);
          if (sawKeyword) this.syntax("positional argument follows keyword argument", first.from);
          const target: A.Name = { kind: "Name", id: this.identifier(first), ctx: "Store", ...this.nodeLoc(first) };
          const value = this.expr(g[2]!);
          args.push({ kind: "NamedExpr", target, value, ...this.span(target, value) });
          continue;
        }
        const arg = this.identifier(first);
        if (names.has(arg)) this.compile(`keyword argument repeated: ${arg}`, first.from);
        names.add(arg);
        const value = this.expr(g[2]!);
        keywords.push({ kind: "keyword", arg, value, ...this.span(this.nodeLoc(first), value) });
        sawKeyword = true;
        continue;
      }
      if (g.length !== 1) this.syntax("invalid syntax", g[1]!.from);
      if (sawDoubleStar) this.syntax("positional argument follows keyword argument unpacking", first.from);
      if (sawKeyword) this.syntax("positional argument follows keyword argument", first.from);
      args.push(this.expr(first));
    }
    return { kind: "Call", func, args, keywords, lineno: loc.lineno, col_offset: loc.col_offset, end_lineno: loc.end_lineno, end_col_offset: loc.end_col_offset };
  }

  private member(n: SN): A.Expr {
    const ks = this.kids(n);
    const value = this.expr(ks[0]!);
    const loc = this.nodeLoc(n);
    if (ks[1]?.name === ".") {
      if (ks[2]?.name !== "PropertyName" || KEYWORDS.has(this.text(ks[2]))) this.syntax("invalid syntax", ks[2]?.from ?? ks[1].to);
      return { kind: "Attribute", value, attr: this.identifier(ks[2]!), ctx: "Load", lineno: loc.lineno, col_offset: loc.col_offset, end_lineno: loc.end_lineno, end_col_offset: loc.end_col_offset };
    }
    if (ks[1]?.name !== "[") this.syntax("invalid syntax", n.from);
    return this.subscript(value, ks, 1, loc);
  }

  /** `value[...]`, the brackets at `ks[open]` and `ks[ks.length - 1]`. */
  private subscript(value: A.Expr, ks: SN[], open: number, loc: A.Loc): A.Expr {
    const { groups, trailing } = this.commaGroups(ks, open + 1, ks.length - 1);
    if (groups.length === 0) this.syntax("invalid syntax", ks[open]!.to);
    const parts = groups.map((g, i) => this.sliceItem(g, i));
    const slice: A.Expr =
      groups.length === 1 && !trailing && parts[0]!.kind !== "Starred"
        ? parts[0]!
        : { kind: "Tuple", elts: parts, ctx: "Load", ...this.span(parts[0]!, parts[parts.length - 1]!) };
    return { kind: "Subscript", value, slice, ctx: "Load", lineno: loc.lineno, col_offset: loc.col_offset, end_lineno: loc.end_lineno, end_col_offset: loc.end_col_offset };
  }

  private sliceItem(g: SN[], index: number): A.Expr {
    if (g[0]?.name === "*") {
      // @cpython 3.11 PEP 646 `a[*b]`. Before, measured: 3.9 points past a leading `*b`, the others at the `*`.
      if (this.minor < 11) {
        let after = g[1] ? g[1].to : g[0].to;
        while (this.src[after] === " " || this.src[after] === "\t") after++;
        this.syntax("invalid syntax", this.minor === 9 && index === 0 ? after : g[0].from);
      }
      const colon = g.find((k) => k.name === ":");
      if (colon) this.syntax("invalid syntax", colon.from);
      if (g.length !== 2) this.syntax("invalid syntax", g[2]?.from ?? g[0].from);
      const value = this.expr(g[1]!);
      return { kind: "Starred", value, ctx: "Load", ...this.span(this.nodeLoc(g[0]), value) };
    }
    if (!g.some((k) => k.name === ":")) {
      if (g.length !== 1) this.syntax("invalid syntax", g[1]?.from ?? 0);
      return this.expr(g[0]!);
    }
    const parts: SN[][] = [[]];
    for (const k of g) {
      if (k.name === ":") parts.push([]);
      else parts[parts.length - 1]!.push(k);
    }
    if (parts.length > 3 || parts.some((p) => p.length > 1)) this.syntax("invalid syntax", g[0]!.from);
    // @cpython Grammar/python.gram slice: the bounds are plain expressions, `:=` needs parentheses
    for (const p of parts) if (p[0]?.name === "NamedExpression") this.syntax("invalid syntax", p[0].firstChild!.to + 1);
    const part = (i: number): A.Expr | null => (parts[i]?.[0] ? this.expr(parts[i]![0]!) : null);
    return {
      kind: "Slice",
      lower: part(0),
      upper: part(1),
      step: part(2),
      ...this.loc(g[0]!.from, g[g.length - 1]!.to),
    };
  }

  // ### String literals

  private strings(n: SN): A.Expr {
    const pieces = n.name === "ContinuedString" ? this.kids(n) : [n];
    let sawBytes = false;
    let sawStr = false;
    let sawFormat = false;
    let bytes = "";
    const values: (A.Constant | A.FormattedValue)[] = [];
    let pendingText = "";
    let pendingFrom = -1;
    let pendingTo = -1;
    const flush = () => {
      if (pendingText !== "") {
        values.push({ kind: "Constant", value: { type: "str", value: pendingText }, ...this.loc(pendingFrom, pendingTo) });
      }
      pendingText = "";
      pendingFrom = -1;
    };
    const addText = (t: string, from: number, to: number) => {
      if (t === "") return;
      if (pendingFrom < 0) pendingFrom = from;
      pendingTo = to;
      pendingText += t;
    };
    for (const piece of pieces) {
      const text = this.text(piece);
      const info = splitStringToken(text);
      if (info.bytes) sawBytes = true;
      else sawStr = true;
      if (sawBytes && sawStr) this.syntax("cannot mix bytes and nonbytes literals", piece.from);
      if (piece.name === "String") {
        const value = this.decode(text.slice(info.bodyStart, info.bodyEnd), info.raw, info.bytes, false, piece.from + info.bodyStart);
        if (info.bytes) bytes += value;
        else addText(value, piece.from, piece.to);
      } else if (piece.name === "FormatString") {
        sawFormat = true;
        let pos = piece.from + info.bodyStart;
        const bodyEnd = piece.from + info.bodyEnd;
        for (let c = piece.firstChild; c; c = c.nextSibling) {
          if (c.name !== "FormatReplacement") continue;
          addText(this.decode(this.src.slice(pos, c.from), info.raw, false, true, pos), pos, c.from);
          for (const v of this.formatField(c, info.raw)) {
            // A `{x=}` field's text is the source after `{`, verbatim.
            if (v.kind === "Constant" && v.value.type === "str") addText(v.value.value, c.from + 1, c.from + 1 + v.value.value.length);
            else {
              flush();
              values.push(v);
            }
          }
          pos = c.to;
        }
        addText(this.decode(this.src.slice(pos, bodyEnd), info.raw, false, true, pos), pos, bodyEnd);
      } else {
        this.syntax("invalid syntax", piece.from);
      }
    }
    const loc = this.nodeLoc(n);
    if (sawBytes) return { kind: "Constant", value: { type: "bytes", value: latin1ToBytes(bytes) }, ...loc };
    if (!sawFormat) return { kind: "Constant", value: { type: "str", value: pendingText }, lineno: loc.lineno, col_offset: loc.col_offset, end_lineno: loc.end_lineno, end_col_offset: loc.end_col_offset };
    flush();
    return { kind: "JoinedStr", values, ...loc };
  }

  private decode(body: string, raw: boolean, bytes: boolean, fstring: boolean, at: number): string {
    try {
      return decodeStringBody(body, raw, bytes, fstring);
    } catch (e) {
      if (!(e instanceof LiteralError)) throw e;
      if (e.kind === "NotImplementedError") {
        this.unsupported(e.detail, at + e.offset);
        return "";
      }
      return this.syntax(e.detail, at);
    }
  }

  /** One `{expr=!c:spec}` field: an optional self-documenting text, then the FormattedValue. */
  private formatField(n: SN, raw: boolean): (A.Constant | A.FormattedValue)[] {
    const ks = this.kids(n);
    const out: (A.Constant | A.FormattedValue)[] = [];
    let end = ks.length - 1;
    if (ks[end]?.name !== "}") end = ks.length;
    const i = 1;
    let stop = i;
    while (
      stop < end &&
      ks[stop]!.name !== "FormatSelfDoc" &&
      ks[stop]!.name !== "FormatConversion" &&
      ks[stop]!.name !== "FormatSpec"
    )
      stop++;
    if (stop === i) this.syntax("f-string: valid expression required before '}'", n.from + 1);
    const value =
      stop - i === 1 && ks[i]!.name === "YieldExpression" ? this.expr(ks[i]!) : this.exprList(ks, i, stop, false);
    let conversion = -1;
    let format_spec: A.JoinedStr | null = null;
    let selfDoc = false;
    for (let k = stop; k < end; k++) {
      const node = ks[k]!;
      if (node.name === "FormatSelfDoc") {
        // @cpython 3.8 bpo-36817: `{x=}`
        this.requires(8, node.from, "f-string: expecting '}'");
        selfDoc = true;
        const next = ks[k + 1];
        const textEnd = next ? next.from : n.to - 1;
        out.push({ kind: "Constant", value: { type: "str", value: this.src.slice(n.from + 1, textEnd) }, ...this.nodeLoc(n) });
      } else if (node.name === "FormatConversion") {
        const c = this.text(node)[1];
        conversion = c === "r" ? 114 : c === "s" ? 115 : 97;
      } else if (node.name === "FormatSpec") {
        format_spec = this.formatSpec(node, raw);
      }
    }
    // @cpython Parser/action_helpers.c: `{x=}` without conversion or spec formats with repr
    if (selfDoc && conversion === -1 && format_spec === null) conversion = 114;
    out.push({ kind: "FormattedValue", value, conversion, format_spec, ...this.nodeLoc(n) });
    return out;
  }

  private formatSpec(n: SN, raw: boolean): A.JoinedStr {
    const values: (A.Constant | A.FormattedValue)[] = [];
    let pos = n.from + 1;
    const push = (v: A.Constant | A.FormattedValue) => {
      const last = values[values.length - 1];
      if (v.kind === "Constant" && last?.kind === "Constant" && last.value.type === "str" && v.value.type === "str") {
        values[values.length - 1] = { ...last, value: { type: "str", value: last.value.value + v.value.value } };
      } else values.push(v);
    };
    const literal = (to: number) => {
      if (to > pos) {
        const t = this.decode(this.src.slice(pos, to), raw, false, true, pos);
        if (t !== "") push({ kind: "Constant", value: { type: "str", value: t }, ...this.loc(pos, to) });
      }
    };
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.name !== "FormatReplacement") continue;
      literal(c.from);
      for (const v of this.formatField(c, raw)) push(v);
      pos = c.to;
    }
    literal(n.to);
    return { kind: "JoinedStr", values, ...this.nodeLoc(n) };
  }

  // ## Assignment targets

  /** CPython's name for an expression in "cannot assign to …" messages. */
  describe(e: A.Expr): string {
    switch (e.kind) {
      case "Constant":
        switch (e.value.type) {
          case "None":
            return "None";
          case "bool":
            return e.value.value ? "True" : "False";
          case "Ellipsis":
            return "ellipsis";
          default:
            return "literal";
        }
      case "Call":
        return "function call";
      case "BinOp":
      case "UnaryOp":
      case "BoolOp":
        return "expression";
      case "Compare":
        return "comparison";
      case "Lambda":
        return "lambda";
      case "IfExp":
        return "conditional expression";
      case "Dict":
        return "dict literal";
      case "Set":
        return "set display";
      case "ListComp":
        return "list comprehension";
      case "SetComp":
        return "set comprehension";
      case "DictComp":
        return "dict comprehension";
      case "GeneratorExp":
        return "generator expression";
      case "JoinedStr":
      case "FormattedValue":
        return "f-string expression";
      case "NamedExpr":
        return "named expression";
      case "Tuple":
        return "tuple";
      case "List":
        return "list";
      case "Starred":
        return "starred";
      case "Name":
        return "name";
      case "Attribute":
        return "attribute";
      case "Subscript":
        return "subscript";
      case "Slice":
        return "slice";
    }
  }

  /** Marks an expression as a Store/Del target, rejecting what CPython cannot assign to. */
  private setContext(e: A.Expr, ctx: A.ExprContext, mode: TargetMode, nested = false): void {
    switch (e.kind) {
      case "Name":
        if (e.id === "__debug__") this.syntax(ctx === "Del" ? "cannot delete __debug__" : "cannot assign to __debug__", e);
        e.ctx = ctx;
        return;
      case "Attribute":
      case "Subscript":
        e.ctx = ctx;
        return;
      case "Tuple":
      case "List": {
        e.ctx = ctx;
        let starred = 0;
        for (const elt of e.elts) {
          if (elt.kind === "Starred") {
            if (ctx === "Del") this.syntax("cannot delete starred", elt);
            starred++;
            if (starred > 1) this.compile("multiple starred expressions in assignment", elt);
          }
          this.setContext(elt, ctx, mode, true);
        }
        return;
      }
      case "Starred":
        if (!nested) {
          if (ctx === "Del") this.syntax("cannot delete starred", e);
          // @cpython Python/compile.c: a compiler error, after the parser's
          this.compile("starred assignment target must be in a list or tuple", e);
        }
        e.ctx = ctx;
        this.setContext(e.value, ctx, mode, false);
        return;
      default: {
        const what = this.describe(e);
        this.syntax(ctx === "Del" ? `cannot delete ${what}` : `cannot assign to ${what}`, e);
      }
    }
  }

  /** For OperatorParser: lowering of one operand, and error reporting. */
  operand(n: SN): A.Expr {
    return this.expr(n);
  }

  fail(detail: string, offset: number): never {
    return this.syntax(detail, offset);
  }

  locOf(from: number): A.Loc {
    return this.loc(from, from);
  }

  outerLoc(n: SN): A.Loc {
    return this.nodeLoc(n);
  }
}

/** Precedence climbing over a flattened operator chain (see the file header). */
class OperatorParser {
  pos = 0;

  constructor(
    private readonly lw: Lowerer,
    private readonly items: OpItem[],
  ) {}

  private peekOp(unary: boolean): string | null {
    const it = this.items[this.pos];
    if (!it || "node" in it || it.unary !== unary) return null;
    return it.op;
  }

  /** Operands' locations including their parentheses, which CPython's spans include. */
  private readonly outer = new Map<A.Expr, A.Loc>();

  private o(e: A.Expr): A.Loc {
    return this.outer.get(e) ?? e;
  }

  private binOf(left: A.Loc, right: A.Loc): A.Loc {
    return { lineno: left.lineno, col_offset: left.col_offset, end_lineno: right.end_lineno, end_col_offset: right.end_col_offset };
  }

  parseOr(): A.Expr {
    return this.boolChain("or", () => this.parseAnd());
  }

  private parseAnd(): A.Expr {
    return this.boolChain("and", () => this.parseNot());
  }

  private boolChain(op: "or" | "and", next: () => A.Expr): A.Expr {
    const first = next();
    if (this.peekOp(false) !== op) return first;
    const values = [first];
    while (this.peekOp(false) === op) {
      this.pos++;
      values.push(next());
    }
    return {
      kind: "BoolOp",
      op: op === "or" ? "Or" : "And",
      values,
      ...this.binOf(this.o(first), this.o(values[values.length - 1]!)),
    };
  }

  private parseNot(): A.Expr {
    if (this.peekOp(true) === "not") {
      const from = (this.items[this.pos] as { from: number }).from;
      this.pos++;
      const operand = this.parseNot();
      return { kind: "UnaryOp", op: "Not", operand, ...this.binOf(this.lw.locOf(from), this.o(operand)) };
    }
    return this.parseComparison();
  }

  private parseComparison(): A.Expr {
    const left = this.parseBin(0);
    const ops: A.CmpOp[] = [];
    const comparators: A.Expr[] = [];
    for (;;) {
      const op = this.peekOp(false);
      if (op === null) break;
      const cmp = CMP_OPS[op];
      if (!cmp) {
        if (op === "<>") this.lw.fail("invalid syntax", (this.items[this.pos] as { from: number }).from);
        break;
      }
      this.pos++;
      ops.push(cmp);
      comparators.push(this.parseBin(0));
    }
    if (ops.length === 0) return left;
    return { kind: "Compare", left, ops, comparators, ...this.binOf(this.o(left), this.o(comparators[comparators.length - 1]!)) };
  }

  private parseBin(level: number): A.Expr {
    if (level === BIN_LEVELS.length) return this.parseFactor();
    const ops = BIN_LEVELS[level]!;
    let left = this.parseBin(level + 1);
    for (;;) {
      const op = this.peekOp(false);
      if (op === null || !ops.includes(op)) return left;
      this.pos++;
      const right = this.parseBin(level + 1);
      left = { kind: "BinOp", left, op: BIN_OPS[op]!, right, ...this.binOf(this.o(left), this.o(right)) };
    }
  }

  private parseFactor(): A.Expr {
    const op = this.peekOp(true);
    if (op === "-" || op === "+" || op === "~") {
      const from = (this.items[this.pos] as { from: number }).from;
      this.pos++;
      const operand = this.parseFactor();
      const uop: A.UnaryOperator = op === "-" ? "USub" : op === "+" ? "UAdd" : "Invert";
      return { kind: "UnaryOp", op: uop, operand, ...this.binOf(this.lw.locOf(from), this.o(operand)) };
    }
    return this.parsePower();
  }

  private parsePower(): A.Expr {
    const it = this.items[this.pos];
    if (!it) return this.lw.fail("invalid syntax", 0);
    if (!("node" in it)) return this.lw.fail("invalid syntax", it.from);
    this.pos++;
    const base = this.lw.operand(it.node);
    this.outer.set(base, this.lw.outerLoc(it.node));
    if (this.peekOp(false) === "**") {
      this.pos++;
      const exp = this.parseFactor();
      return { kind: "BinOp", left: base, op: "Pow", right: exp, ...this.binOf(this.o(base), this.o(exp)) };
    }
    return base;
  }
}
