// The simulator's abstract syntax tree: node kinds and fields follow CPython's `ast` module
// (https://docs.python.org/3/library/ast.html) so that a reader can map each node to `ast.dump`.
// The parser (source/parser.ts) lowers @lezer/python's concrete tree into these nodes; the
// runtime evaluates them. Only the supported subset has node kinds here: anything else is
// rejected by the parser with an "is not supported by the simulator" error.

/** 1-based line, 0-based column (CPython's `lineno`/`col_offset` convention). */
export interface Loc {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ## Module and statements

export interface Module {
  kind: "Module";
  body: Stmt[];
}

export type Stmt =
  | FunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | While
  | If
  | Raise
  | Try
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue;

export interface Arg extends Loc {
  kind: "arg";
  arg: string;
  annotation: Expr | null;
}

/** ast.arguments: posonlyargs are folded into args; `posonlyargcount` says how many of them there are. */
export interface Arguments {
  kind: "arguments";
  args: Arg[];
  /** How many leading `args` are positional-only (before a `/`); absent when none. */
  posonlyargcount?: number;
  /** Defaults for the last `defaults.length` entries of `args`. */
  defaults: Expr[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One per kwonlyarg; null when that keyword-only argument has no default. */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
}

export interface FunctionDef extends Loc {
  kind: "FunctionDef";
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
}

export interface ClassDef extends Loc {
  kind: "ClassDef";
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
}

export interface Return extends Loc {
  kind: "Return";
  value: Expr | null;
}

export interface Delete extends Loc {
  kind: "Delete";
  targets: Expr[];
}

/** `a = b = value`: targets are Name, Attribute, Subscript, Tuple, List or Starred (inside those). */
export interface Assign extends Loc {
  kind: "Assign";
  targets: Expr[];
  value: Expr;
}

export interface AugAssign extends Loc {
  kind: "AugAssign";
  target: Expr;
  op: Operator;
  value: Expr;
}

/** `x: int = 1` (class bodies of dataclasses and NamedTuples rely on these). */
export interface AnnAssign extends Loc {
  kind: "AnnAssign";
  target: Expr;
  annotation: Expr;
  value: Expr | null;
  /** 1 when the target is a plain name (CPython's `simple` flag). */
  simple: number;
}

export interface For extends Loc {
  kind: "For";
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface While extends Loc {
  kind: "While";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface If extends Loc {
  kind: "If";
  test: Expr;
  body: Stmt[];
  /** `elif` chains are nested If nodes in orelse, as in CPython. */
  orelse: Stmt[];
}

export interface Raise extends Loc {
  kind: "Raise";
  exc: Expr | null;
  cause: Expr | null;
}

export interface ExceptHandler extends Loc {
  kind: "ExceptHandler";
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface Try extends Loc {
  kind: "Try";
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}

export interface Assert extends Loc {
  kind: "Assert";
  test: Expr;
  msg: Expr | null;
}

export interface Alias {
  kind: "alias";
  name: string;
  asname: string | null;
}

export interface Import extends Loc {
  kind: "Import";
  names: Alias[];
}

export interface ImportFrom extends Loc {
  kind: "ImportFrom";
  module: string;
  names: Alias[];
  level: number;
}

export interface Global extends Loc {
  kind: "Global";
  names: string[];
}

export interface Nonlocal extends Loc {
  kind: "Nonlocal";
  names: string[];
}

/** ast.Expr (an expression statement); renamed so it does not clash with the Expr union. */
export interface ExprStmt extends Loc {
  kind: "Expr";
  value: Expr;
}

export interface Pass extends Loc {
  kind: "Pass";
}
export interface Break extends Loc {
  kind: "Break";
}
export interface Continue extends Loc {
  kind: "Continue";
}

// ## Expressions

export type Expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | DictExpr
  | SetExpr
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | ListExpr
  | TupleExpr
  | Slice;

export type Operator =
  | "Add"
  | "Sub"
  | "Mult"
  | "MatMult"
  | "Div"
  | "Mod"
  | "Pow"
  | "LShift"
  | "RShift"
  | "BitOr"
  | "BitXor"
  | "BitAnd"
  | "FloorDiv";

export type UnaryOperator = "Invert" | "Not" | "UAdd" | "USub";

export type CmpOp = "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE" | "Is" | "IsNot" | "In" | "NotIn";

export type ExprContext = "Load" | "Store" | "Del";

export interface BoolOp extends Loc {
  kind: "BoolOp";
  op: "And" | "Or";
  values: Expr[];
}

export interface NamedExpr extends Loc {
  kind: "NamedExpr";
  target: Name;
  value: Expr;
}

export interface BinOp extends Loc {
  kind: "BinOp";
  left: Expr;
  op: Operator;
  right: Expr;
}

export interface UnaryOp extends Loc {
  kind: "UnaryOp";
  op: UnaryOperator;
  operand: Expr;
}

export interface Lambda extends Loc {
  kind: "Lambda";
  args: Arguments;
  body: Expr;
}

export interface IfExp extends Loc {
  kind: "IfExp";
  test: Expr;
  body: Expr;
  orelse: Expr;
}

/** ast.Dict: a null key means `**mapping` unpacking of the matching value. */
export interface DictExpr extends Loc {
  kind: "Dict";
  keys: (Expr | null)[];
  values: Expr[];
}

export interface SetExpr extends Loc {
  kind: "Set";
  elts: Expr[];
}

export interface Comprehension {
  kind: "comprehension";
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  is_async: number;
}

export interface ListComp extends Loc {
  kind: "ListComp";
  elt: Expr;
  generators: Comprehension[];
}

export interface SetComp extends Loc {
  kind: "SetComp";
  elt: Expr;
  generators: Comprehension[];
}

export interface DictComp extends Loc {
  kind: "DictComp";
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}

export interface GeneratorExp extends Loc {
  kind: "GeneratorExp";
  elt: Expr;
  generators: Comprehension[];
}

export interface Compare extends Loc {
  kind: "Compare";
  left: Expr;
  ops: CmpOp[];
  comparators: Expr[];
}

/** `name=value`, or `**value` when arg is null. */
export interface Keyword extends Loc {
  kind: "keyword";
  arg: string | null;
  value: Expr;
}

export interface Call extends Loc {
  kind: "Call";
  func: Expr;
  /** Positional arguments; `*iterable` appears as a Starred node. */
  args: Expr[];
  keywords: Keyword[];
}

/** One `{value!conversion:format_spec}` field of an f-string. conversion: -1 none, 115 's', 114 'r', 97 'a'. */
export interface FormattedValue extends Loc {
  kind: "FormattedValue";
  value: Expr;
  conversion: number;
  format_spec: JoinedStr | null;
}

/** An f-string: values are Constant(str) pieces and FormattedValue fields. */
export interface JoinedStr extends Loc {
  kind: "JoinedStr";
  values: (Constant | FormattedValue)[];
}

/**
 * A literal. `value` keeps the exact literal so the runtime can build the right object:
 * ints as bigint (arbitrary precision), floats as number, complex as the imaginary part,
 * str as a JS string of code points (astral characters kept as surrogate pairs),
 * bytes as a Uint8Array, and the singletons True/False/None/Ellipsis.
 */
export type ConstantValue =
  | { type: "int"; value: bigint }
  | { type: "float"; value: number }
  | { type: "complex"; imag: number }
  | { type: "str"; value: string }
  | { type: "bytes"; value: Uint8Array }
  | { type: "bool"; value: boolean }
  | { type: "None" }
  | { type: "Ellipsis" };

export interface Constant extends Loc {
  kind: "Constant";
  value: ConstantValue;
}

export interface Attribute extends Loc {
  kind: "Attribute";
  value: Expr;
  attr: string;
  ctx: ExprContext;
}

export interface Subscript extends Loc {
  kind: "Subscript";
  value: Expr;
  /** A Slice node for `a[i:j:k]`; a Tuple for `a[i, j]`. */
  slice: Expr;
  ctx: ExprContext;
}

export interface Starred extends Loc {
  kind: "Starred";
  value: Expr;
  ctx: ExprContext;
}

export interface Name extends Loc {
  kind: "Name";
  id: string;
  ctx: ExprContext;
}

export interface ListExpr extends Loc {
  kind: "List";
  elts: Expr[];
  ctx: ExprContext;
}

export interface TupleExpr extends Loc {
  kind: "Tuple";
  elts: Expr[];
  ctx: ExprContext;
}

export interface Slice extends Loc {
  kind: "Slice";
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

export type Node = Module | Stmt | Expr | ExceptHandler | Keyword | Comprehension | Arguments | Arg | Alias;
