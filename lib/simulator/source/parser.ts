// The simulator's front end: Python source text → the typed AST of ast.ts, or a SourceError.
//
// Parsing runs in three passes, each cheap and linear:
//
// 1. The scanner (scanner.ts) walks the text the way CPython's tokenizer does and finds the
//    errors whose *class* lezer cannot tell: IndentationError, TabError, unterminated
//    strings, malformed numbers, unbalanced brackets. It also patches `1.` so lezer reads it.
// 2. @lezer/python builds a concrete syntax tree. lezer never fails: it recovers and marks
//    what it skipped with error nodes (⚠). The first error node becomes
//    "SyntaxError: invalid syntax"; if the scanner found an error on an earlier or the same
//    line, that error wins, as CPython's tokenizer runs ahead of its parser.
// 3. The lowerer (lower.ts) turns the tree into CPython-named AST nodes, applying the checks
//    of CPython's parser and compiler that lezer's grammar is too loose for, and rejecting
//    valid Python outside the simulator's subset with a NotImplementedError that names the
//    construct and its line.
//
// Nothing else may escape: any unexpected JavaScript exception (a stack overflow on absurdly
// nested input, say) is converted to a SourceError, so callers handle exactly one type.

import { parser as lezerPython } from "@lezer/python";
import type { SyntaxNode, Tree } from "@lezer/common";
import type { Module } from "./ast";
import { SourceError } from "./errors";
import { Lowerer } from "./lower";
import { LineMap } from "./positions";
import { scanSource } from "./scanner";

export { SourceError } from "./errors";
export type { SourceErrorType } from "./errors";

/**
 * Parses a Python module. Returns the AST, or throws a SourceError (and nothing else):
 * SyntaxError / IndentationError / TabError as CPython would raise them while compiling, or
 * NotImplementedError for valid Python outside the simulator's subset.
 */
export function parseModule(source: string, options: ParseOptions = {}): Module {
  try {
    return parse(source, options.checkSubset ?? true);
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
}

function parse(source: string, checkSubset: boolean): Module {
  // @cpython Parser/tokenizer.c: universal newlines; a UTF-8 BOM is dropped
  let text = source.indexOf("\r") >= 0 ? source.replace(/\r\n?/g, "\n") : source;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = new LineMap(text);
  const scan = scanSource(text);
  // After a scanner error only lezer errors on earlier lines matter: parse just that far.
  const lezerText = scan.error ? scan.lezerSource.slice(0, scan.error.pos) : scan.lezerSource;
  const tree = lezerPython.parse(lezerText);
  const errorNode = firstErrorNode(tree);
  const treeError = errorNode ? errorNode.from : -1;
  if (scan.error && (treeError < 0 || lines.line(scan.error.pos) <= lines.line(skipBlanks(text, treeError)))) {
    const e = scan.error;
    const line = lines.line(e.pos);
    throw new SourceError(e.pyType, e.detail, line, lines.col(e.pos, line));
  }
  if (treeError >= 0) {
    const at = skipBlanks(text, treeError);
    // lezer's grammar lacks parts of `match` and of parenthesized `with` items; both are
    // outside the subset, so the construct is reported rather than a syntax error.
    const outer = enclosingUnsupported(errorNode!);
    if (outer && checkSubset) {
      const line = lines.line(outer.from);
      throw new SourceError(
        "NotImplementedError",
        `${outer.what} is not supported by the simulator`,
        line,
        lines.col(outer.from, line),
      );
    }
    const line = lines.line(at);
    throw new SourceError("SyntaxError", "invalid syntax", line, lines.col(at, line));
  }
  return new Lowerer(text, lines, checkSubset).module(tree.topNode);
}

/** Offset of the first lezer error node, or -1. A bare `yield` (lezer requires a value) is not an error. */
function firstErrorNode(tree: Tree): SyntaxNode | null {
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
      if (!bareYield) return node;
    }
  } while (cursor.next());
  return null;
}

function enclosingUnsupported(node: SyntaxNode): { what: string; from: number } | null {
  for (let n: SyntaxNode | null = node; n; n = n.parent) {
    if (n.name === "MatchStatement") return { what: "a `match` statement", from: n.from };
    if (n.name === "WithStatement") return { what: "a `with` statement", from: n.from };
  }
  return null;
}

/** lezer places an error node before the whitespace that precedes the offending token. */
function skipBlanks(text: string, at: number): number {
  while (at < text.length && (text[at] === " " || text[at] === "\t")) at++;
  return at;
}
