// The simulator's front end: Python source text → the typed AST of ast.ts, or a SourceError.
//
// Parsing runs in three passes, each cheap and linear:
//
// 1. The scanner (scanner.ts) walks the text the way CPython's tokenizer does and finds the
//    errors whose *class* lezer cannot tell: IndentationError, TabError, unterminated
//    strings, malformed numbers, unbalanced brackets. It also patches `1.` so lezer reads it.
// 2. @lezer/python builds a concrete syntax tree. lezer never fails: it recovers and marks
//    what it skipped with error nodes (⚠). The first error node becomes
//    "SyntaxError: invalid syntax".
// 3. The lowerer (lower.ts) turns the tree into CPython-named AST nodes, applying the checks
//    of CPython's parser and compiler that lezer's grammar is too loose for, and rejecting
//    valid Python outside the simulator's subset with a NotImplementedError that names the
//    construct and its line.
//
// When a program has several errors, the one reported is the one CPython reports, and that
// depends on the version (`options.minor`): the tokenizer runs ahead of the parser, so an
// earlier tokenizer error wins; from 3.9 the parser also fails on what only the lowering
// checks (`1 = x`), from 3.10 a tokenizer error anywhere later in the file replaces most
// parser errors, and compile-phase errors (`'return' outside function`) come after all of
// them. `parse` below ranks the candidates in that order.
//
// Nothing else may escape: any unexpected JavaScript exception (a stack overflow on absurdly
// nested input, say) is converted to a SourceError, so callers handle exactly one type.

import { parser as lezerPython } from "@lezer/python";
import { TreeBuffer, type SyntaxNode, type Tree } from "@lezer/common";
import type { Module } from "./ast";
import { SourceError } from "./errors";
import { Lowerer } from "./lower";
import { LineMap } from "./positions";
import { scanSource, type ScanError } from "./scanner";

export { SourceError } from "./errors";
export type { SourceErrorType } from "./errors";

/**
 * Parses a Python module. Returns the AST, or throws a SourceError (and nothing else):
 * SyntaxError / IndentationError / TabError as CPython would raise them while compiling, or
 * NotImplementedError for valid Python outside the simulator's subset.
 */
export function parseModule(source: string, options: ParseOptions = {}): Module {
  try {
    return parse(source, options.checkSubset ?? true, options.minor ?? 13);
  } catch (e) {
    if (e instanceof SourceError) throw e;
    if (e instanceof RangeError) throw new SourceError("SyntaxError", "too many nested expressions", 1, 0);
    throw new SourceError("NotImplementedError", `the simulator could not parse this program (${String(e)})`, 1, 0);
  }
}

/** Options of parseModule. */
export interface ParseOptions {
  /**
   * When false, constructs outside the subset do not raise NotImplementedError; they are
   * dropped from the tree instead (`with`, `match`, `yield`…). Only for tests that compare
   * the parser with CPython on arbitrary code.
   */
  checkSubset?: boolean;
  /**
   * The Python 3 minor version whose grammar applies (6–13; default 13). Older versions
   * reject newer syntax (`:=`, `f'{x=}'` and `/` before 3.8, PEP 701 f-strings before
   * 3.12, …) and rank several errors differently. Valid programs give the same tree for
   * every version that accepts them, so a cache may key on (source, minor).
   */
  minor?: number;
}

function parse(source: string, checkSubset: boolean, minor: number): Module {
  // @cpython Parser/tokenizer.c: universal newlines; a UTF-8 BOM is dropped
  let text = source.indexOf("\r") >= 0 ? source.replace(/\r\n?/g, "\n") : source;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = new LineMap(text);
  const scan = scanSource(text);
  let tokenError = scan.tokenError;
  // After a tokenizer error only lezer errors on earlier lines matter: parse just that far.
  const cut = tokenError && !tokenError.atEof ? tokenError.pos : text.length;
  const tree = lezerPython.parse(cut < text.length ? scan.lezerSource.slice(0, cut) : scan.lezerSource);
  const errorNode = firstErrorNode(tree, scan.lezerSource);
  const lineOf = (pos: number) => lines.line(pos);
  const fail = (e: ScanError): never => {
    const at = e.reportAt ?? e.pos;
    const line = lines.line(at);
    throw new SourceError(e.pyType, e.detail, line, lines.col(at, line));
  };

  // Where CPython's parser gives up first: an indentation error it raises, or lezer's first error.
  let parseError: ScanError | null = scan.indentError;
  if (parseError && minor < 9 && parseError.pos === text.length) {
    // @cpython Parser/parser.c (3.6–3.8): a block header at the end of the file
    parseError = { pyType: "SyntaxError", detail: "unexpected EOF while parsing", pos: parseError.pos };
  }
  // Before 3.12 CPython parsed f-strings in the string token itself (PEP 701 changed that).
  if (minor < 12 && scan.pre312 && (!parseError || lineOf(scan.pre312.pos) < lineOf(parseError.pos))) {
    parseError = scan.pre312;
  }
  if (errorNode) {
    const at = skipBlanks(text, errorNode.from);
    // An indentation error sits exactly at the line's first token; lezer's error before it wins.
    const earlier =
      !parseError ||
      (parseError === scan.indentError ? at < parseError.pos : lineOf(at) < lineOf(parseError.pos)) ||
      (parseError === scan.pre312 && lineOf(at) === lineOf(parseError.pos));
    if (earlier) {
      // lezer's grammar lacks parts of `match` and of parenthesized `with` items; both are
      // outside the subset, so the construct is reported rather than a syntax error.
      const outer = checkSubset ? enclosingUnsupported(errorNode, text) : null;
      parseError = outer
        ? { pyType: "NotImplementedError", detail: `${outer.what} is not supported by the simulator`, pos: outer.from }
        : legacyCall(text, lines, at) ?? { pyType: "SyntaxError", detail: "invalid syntax", pos: at };
    }
  }
  if (tokenError && minor < 10 && (tokenError.atEof || tokenError.detail.startsWith("unterminated triple"))) {
    // @cpython Parser/tokenizer.c (3.6–3.9): both are noticed at the end of the file
    const eof = text.trimEnd().length;
    const detail = tokenError.atEof ? "unexpected EOF while parsing" : "EOF while scanning triple-quoted string literal";
    tokenError = { ...tokenError, detail, reportAt: eof };
  }
  let chosen: ScanError | null = null;
  if (tokenError) {
    // The scanner's indentation errors have exact positions; lezer's only a reliable line.
    const tokenFirst =
      !parseError ||
      (tokenError.atEof && parseError.pos >= text.trimEnd().length) ||
      (!tokenError.atEof &&
        (parseError === scan.indentError
          ? tokenError.pos < parseError.pos
          : lineOf(tokenError.pos) <= lineOf(parseError.pos)));
    if (tokenFirst) chosen = tokenError;
  }
  chosen ??= parseError;
  if (chosen) {
    // @cpython Parser/pegen_errors.c _PyPegen_set_syntax_error: from 3.10 an error the
    // tokenizer raises anywhere later in the file replaces the parser's own error, except
    // "unexpected indent"; an unclosed bracket only when opened on an earlier line.
    const overridden = (e: { detail: string; pyType: string }, line: number): boolean =>
      minor >= 10 &&
      !!tokenError?.raised &&
      e.detail !== "unexpected indent" &&
      e.pyType !== "NotImplementedError" &&
      (!tokenError.atEof || lineOf(tokenError.pos) < line);
    // From 3.9 (PEG) CPython's parser also fails on what only the lowering checks (`1 = x`),
    // so such an error on an earlier line comes first. Before 3.9 those checks ran after
    // the whole file was tokenized and parsed.
    if (minor >= 9) {
      const limit = Math.min(errorNode ? errorNode.from : Infinity, chosen.pos);
      const early = parsePhaseError(text, lines, tree, minor, lineOf(chosen.pos), limit);
      if (early) {
        if (overridden(early, early.lineno)) fail(tokenError!);
        throw early;
      }
    }
    if (chosen !== tokenError && overridden(chosen, lineOf(chosen.pos))) fail(tokenError!);
    fail(chosen);
  }
  return new Lowerer(text, lines, checkSubset, minor).module(tree.topNode);
}

/** Offset of the first lezer error node, or -1. A bare `yield` (lezer requires a value) is not an error. */
function firstErrorNode(tree: Tree, text: string): SyntaxNode | null {
  if (!hasErrorNode(tree)) return null;
  const cursor = tree.cursor();
  do {
    if (cursor.type.isError) {
      const node = cursor.node;
      const prev = node.prevSibling;
      const parent = node.parent;
      const bareYield =
        node.from === node.to &&
        prev?.name === "yield" &&
        (parent?.name === "YieldExpression" || parent?.name === "YieldStatement" || parent?.name === "Script");
      if (!bareYield && !validStarOrSlash(node, text)) return node;
    }
  } while (cursor.next());
  return null;
}

/**
 * Whether the tree holds an error node at all. Most programs have none, and scanning the node
 * types stored in lezer's buffers (4 numbers per node, the type first) costs a fraction of a
 * cursor walk, which allocates as it goes.
 */
function hasErrorNode(tree: Tree): boolean {
  if (tree.type.isError) return true;
  for (const child of tree.children) {
    if (child instanceof TreeBuffer) {
      const b = child.buffer;
      for (let i = 0; i < b.length; i += 4) if (child.set.types[b[i]!]!.isError) return true;
    } else if (hasErrorNode(child)) return true;
  }
  return false;
}

const COMPREHENSIONS = new Set([
  "ArrayComprehensionExpression",
  "SetComprehensionExpression",
  "DictionaryComprehensionExpression",
  "ComprehensionExpression",
  "ArgList",
]);

/**
 * Valid Python that @lezer/python's grammar lacks and marks as an error, which the lowering
 * reads (lower.ts `kids`): `*x` in a comprehension's target (`[a for a, *b in x]`) and a
 * lambda's `/` (3.8+). (`a[*b]` and `{x := 1}` are patched by the scanner instead.)
 */
function validStarOrSlash(node: SyntaxNode, text: string): boolean {
  const parent = node.parent;
  if (!parent) return false;
  const only = node.firstChild;
  if (!only) return parent.name === "ParamList" && parent.parent?.name === "LambdaExpression" && text.slice(node.from, node.to) === "/";
  if (only.name !== "*" || only.nextSibling) return false;
  const next = node.nextSibling;
  if (!next || next.type.isError || !/^[A-Z]/.test(next.name)) return false;
  if (!COMPREHENSIONS.has(parent.name)) return false;
  // A comprehension target: after a `for`, before its `in`.
  for (let p = node.prevSibling; p; p = p.prevSibling) {
    if (p.name === "for") return true;
    if (p.name === "in" || p.type.isError) return false;
  }
  return false;
}


/** The first parse-phase error the lowering finds on a line before `beforeLine`, if any. */
function parsePhaseError(
  text: string,
  lines: LineMap,
  tree: Tree,
  minor: number,
  beforeLine: number,
  limit: number,
): SourceError | null {
  try {
    new Lowerer(text, lines, false, minor).parsePhase(tree.topNode, limit);
  } catch (e) {
    if (e instanceof SourceError && e.pyType !== "NotImplementedError" && e.lineno < beforeLine) return e;
  }
  return null;
}

function enclosingUnsupported(node: SyntaxNode, text: string): { what: string; from: number } | null {
  for (let n: SyntaxNode | null = node; n; n = n.parent) {
    if (n.name === "MatchStatement") return { what: "a `match` statement", from: n.from };
    // lezer also tries a lone `async` as the start of a `with`; only a real `with` counts.
    if (n.name === "WithStatement" && /^(async\s+)?with\b/.test(text.slice(n.from, n.from + 40)))
      return { what: "a `with` statement", from: n.from };
  }
  return null;
}

/**
 * CPython's hint for a Python 2 statement such as `print "x"` (the scanner stops lezer from
 * parsing it as a print statement, so it arrives here as a plain error on that line).
 */
function legacyCall(text: string, lines: LineMap, at: number): ScanError | null {
  const start = lines.lineStart(lines.line(at));
  const m = /^([ \t]*)(print|exec)[ \t]+(?![ \t=(.,;)\]}+\-*/%&|^<>!@:#\n])/.exec(text.slice(start, at + 1));
  if (!m || start + m[0].length !== at) return null;
  // @cpython Grammar/python.gram invalid_legacy_expression
  return {
    pyType: "SyntaxError",
    detail: `Missing parentheses in call to '${m[2]}'. Did you mean ${m[2]}(...)?`,
    pos: start + m[1]!.length,
  };
}

/** lezer places an error node before the whitespace that precedes the offending token. */
function skipBlanks(text: string, at: number): number {
  while (at < text.length && (text[at] === " " || text[at] === "\t")) at++;
  return at;
}
