// Prints the simulator's AST in the format of CPython 3.13's `ast.dump(tree)` (fields in
// `_fields` order, None and empty lists omitted), so parser fixtures can be produced and
// checked by real CPython (tests/fixtures/parser/cpython-dump.py).

import type * as A from "@/lib/simulator/source/ast";

// @cpython Parser/Python.asdl: each node's `_fields`, in order
const FIELDS: Record<string, readonly string[]> = {
  Module: ["body"],
  FunctionDef: ["name", "args", "body", "decorator_list", "returns"],
  ClassDef: ["name", "bases", "keywords", "body", "decorator_list"],
  Return: ["value"],
  Delete: ["targets"],
  Assign: ["targets", "value"],
  AugAssign: ["target", "op", "value"],
  AnnAssign: ["target", "annotation", "value", "simple"],
  For: ["target", "iter", "body", "orelse"],
  While: ["test", "body", "orelse"],
  If: ["test", "body", "orelse"],
  Raise: ["exc", "cause"],
  Try: ["body", "handlers", "orelse", "finalbody"],
  Assert: ["test", "msg"],
  Import: ["names"],
  ImportFrom: ["module", "names", "level"],
  Global: ["names"],
  Nonlocal: ["names"],
  Expr: ["value"],
  Pass: [],
  Break: [],
  Continue: [],
  BoolOp: ["op", "values"],
  NamedExpr: ["target", "value"],
  BinOp: ["left", "op", "right"],
  UnaryOp: ["op", "operand"],
  Lambda: ["args", "body"],
  IfExp: ["test", "body", "orelse"],
  Dict: ["keys", "values"],
  Set: ["elts"],
  ListComp: ["elt", "generators"],
  SetComp: ["elt", "generators"],
  DictComp: ["key", "value", "generators"],
  GeneratorExp: ["elt", "generators"],
  Compare: ["left", "ops", "comparators"],
  Call: ["func", "args", "keywords"],
  FormattedValue: ["value", "conversion", "format_spec"],
  JoinedStr: ["values"],
  Constant: ["value"],
  Attribute: ["value", "attr", "ctx"],
  Subscript: ["value", "slice", "ctx"],
  Starred: ["value", "ctx"],
  Name: ["id", "ctx"],
  List: ["elts", "ctx"],
  Tuple: ["elts", "ctx"],
  Slice: ["lower", "upper", "step"],
  comprehension: ["target", "iter", "ifs", "is_async"],
  ExceptHandler: ["type", "name", "body"],
  arguments: ["args", "vararg", "kwonlyargs", "kw_defaults", "kwarg", "defaults"],
  arg: ["arg", "annotation"],
  keyword: ["arg", "value"],
  alias: ["name", "asname"],
};

/** Fields whose string values are singleton node classes (`Add()`, `Load()`). */
const SINGLETON_FIELDS = new Set(["op", "ops", "ctx"]);

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Python's repr() of a float. */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const [mant, expText] = x.toExponential().split("e") as [string, string];
  const exp = Number(expText);
  const negative = mant.startsWith("-");
  const digits = mant.replace("-", "").replace(".", "");
  let out: string;
  // @cpython Python/pystrtod.c format_float_short: repr uses exponent form when exp < -4 or exp >= 16
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    out = `${m}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  } else if (exp < 0) {
    out = `0.${"0".repeat(-exp - 1)}${digits}`;
  } else if (digits.length <= exp + 1) {
    out = `${digits}${"0".repeat(exp + 1 - digits.length)}.0`;
  } else {
    out = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  }
  return negative ? `-${out}` : out;
}

/** Python's repr() of a str. */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp < 0x7f || ch === " ") out += ch;
    else if (NON_PRINTABLE.test(ch) || (cp >= 0xd800 && cp <= 0xdfff)) {
      if (cp < 0x100) out += "\\x" + cp.toString(16).padStart(2, "0");
      else if (cp < 0x10000) out += "\\u" + cp.toString(16).padStart(4, "0");
      else out += "\\U" + cp.toString(16).padStart(8, "0");
    } else out += ch;
  }
  return out + quote;
}

/** Python's repr() of a bytes object. */
export function pyBytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 34 : 39;
  let out = "b" + String.fromCharCode(quote);
  for (const c of b) {
    if (c === quote || c === 92) out += "\\" + String.fromCharCode(c);
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

function constantRepr(v: A.ConstantValue): string {
  switch (v.type) {
    case "int":
      return v.value.toString();
    case "float":
      return pyFloatRepr(v.value);
    case "complex": {
      const r = pyFloatRepr(v.imag);
      return (r.endsWith(".0") ? r.slice(0, -2) : r) + "j";
    }
    case "str":
      return pyStrRepr(v.value);
    case "bytes":
      return pyBytesRepr(v.value);
    case "bool":
      return v.value ? "True" : "False";
    case "None":
      return "None";
    case "Ellipsis":
      return "Ellipsis";
  }
}

function value(v: unknown, singleton: boolean, positions: boolean): string {
  if (v === null || v === undefined) return "None";
  if (typeof v === "string") return singleton ? `${v}()` : pyStrRepr(v);
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return `[${v.map((x) => value(x, singleton, positions)).join(", ")}]`;
  return dumpNode(v as A.Node, positions);
}

const POSITION_FIELDS = ["lineno", "col_offset", "end_lineno", "end_col_offset"] as const;

function positionsOf(node: A.Node): string {
  const n = node as unknown as Record<string, unknown>;
  if (typeof n.lineno !== "number") return "";
  return POSITION_FIELDS.map((f) => `${f}=${n[f]}`).join(", ");
}

/**
 * One node as `ast.dump` prints it; with `positions`, as `ast.dump(include_attributes=True)`
 * (for nodes that carry a location here; `alias` does not).
 */
export function dumpNode(node: A.Node, positions = false): string {
  const kind = node.kind;
  if (kind === "Constant") {
    const pos = positions ? positionsOf(node) : "";
    return `Constant(value=${constantRepr((node as A.Constant).value)}${pos ? ", " + pos : ""})`;
  }
  const fields = FIELDS[kind];
  if (!fields) throw new Error(`no field table for ${kind}`);
  const parts: string[] = [];
  for (const f of fields) {
    const v = (node as unknown as Record<string, unknown>)[f];
    if (v === null || v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    // `from . import x` has no module: CPython's None, the simulator's "".
    if (kind === "ImportFrom" && f === "module" && v === "") continue;
    parts.push(`${f}=${value(v, SINGLETON_FIELDS.has(f), positions)}`);
  }
  if (positions) {
    const pos = positionsOf(node);
    if (pos) parts.push(pos);
  }
  return `${kind}(${parts.join(", ")})`;
}
