// The token-level pre-pass: finds the errors CPython's tokenizer raises and @lezer/python
// does not (indentation, tabs, unterminated strings, malformed numbers, brackets, stray
// characters), and patches the one number form lezer cannot read (`1.` / `1.e5`).
//
// lezer's grammar is error tolerant and says nothing about *which* Python exception a
// broken line deserves. CPython decides that in its tokenizer: an indentation problem is an
// IndentationError (or TabError), a bad literal a SyntaxError, before the parser runs. So
// this pass walks the source once the way the tokenizer does: it tracks bracket depth
// (newlines inside brackets are not line ends), an indent stack measured twice, with tabs to
// the next multiple of 8 and with tabs as one column (CPython's `altcol`, which is how it
// detects inconsistent tabs), and whether the previous logical line opened a block (a
// compound statement ending in `:`). Strings are skipped with their prefixes; f-string
// replacement fields are scanned as code, since they may contain strings themselves.
//
// The pass stops at the first error. The parser compares its position with lezer's first
// error node and reports whichever comes first, so each error keeps CPython's class.

import type { SourceErrorType } from "./errors";

export interface ScanError {
  pyType: SourceErrorType;
  detail: string;
  pos: number;
  /**
   * Whether CPython's tokenizer raises this error itself (a bad literal, an unclosed
   * bracket) rather than flagging the token for the parser (tabs, dedents). Only the former
   * replace an earlier parser error when CPython 3.10+ re-scans the rest of the file.
   */
  raised?: boolean;
  /** Set for "'(' was never closed": CPython notices it only at the end of the file. */
  atEof?: boolean;
  /** Where to report the error when that differs from where it ranks (`pos`). */
  reportAt?: number;
}

export interface ScanResult {
  /** The first tokenizer error; scanning stops there. */
  tokenError: ScanError | null;
  /**
   * The first indentation error that CPython's *parser* (not its tokenizer) reports:
   * "unexpected indent" or "expected an indented block". Scanning goes on after it, since
   * CPython 3.10+ reports a later tokenizer error instead of most parser errors.
   */
  indentError: ScanError | null;
  /** The first f-string form that CPython before 3.12 rejects (PEP 701 lifted these limits). */
  pre312: ScanError | null;
  /**
   * The source handed to lezer: same length as the input, with `1.` patched to `10` and a
   * backslash before `{` or `}` in an f-string patched to a letter (lezer would read `\{` as an
   * escape, CPython reads the brace as the start of a replacement field).
   */
  lezerSource: string;
}

// @cpython Parser/tokenizer.c MAXLEVEL (brackets) and MAXINDENT (indent levels)
const MAX_BRACKET_DEPTH = 200;
const MAX_INDENT_LEVELS = 100;

/** Block-opening keywords and how CPython 3.10+ names them in "expected an indented block after …". */
const BLOCK_OPENERS: ReadonlyMap<string, string> = new Map([
  ["if", "'if' statement"],
  ["elif", "'elif' statement"],
  ["else", "'else' statement"],
  ["for", "'for' statement"],
  ["while", "'while' statement"],
  ["try", "'try' statement"],
  ["except", "'except' statement"],
  ["finally", "'finally' statement"],
  ["with", "'with' statement"],
  ["def", "function definition"],
  ["class", "class definition"],
  ["async", "function definition"],
  ["match", "'match' statement"],
  ["case", "'case' statement"],
]);

/** Keywords after which `[` opens a list display, not a subscript. */
// @cpython Lib/keyword.py kwlist
const KEYWORDS = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
  "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
  "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]);

/** Keywords CPython (≤ 3.12) still accepts glued to a number, as in `1if x else 2`. */
const GLUE_KEYWORDS = new Set(["and", "else", "for", "if", "in", "is", "not", "or"]);

const STRING_PREFIXES = new Set(["r", "u", "b", "br", "rb", "f", "fr", "rf"]);

const NUMBER_RE =
  /0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:\d(?:_?\d)*)?(?:\.(?:\d(?:_?\d)*)?)?(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?/y;

const IDENTIFIER_RE = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;
const IDENT_START_RE = /[\p{XID_Start}_]/u;
const IDENT_CONTINUE_RE = /\p{XID_Continue}/u;

function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code >= 0x80
  );
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

class Fail {
  constructor(readonly error: ScanError) {}
}

/** Whether a word (possibly non-ASCII) is a valid Python identifier once NFKC-normalized. */
export function isValidIdentifier(word: string): boolean {
  if (IDENTIFIER_RE.test(word)) return true;
  const nfkc = word.normalize("NFKC");
  return nfkc !== word && IDENTIFIER_RE.test(nfkc);
}

/** The first character that makes `word` an invalid identifier, for CPython's "invalid character" message. */
function firstBadChar(word: string): { ch: string; index: number } {
  let index = 0;
  for (const ch of word) {
    const ok = index === 0 ? IDENT_START_RE.test(ch.normalize("NFKC")) : IDENT_CONTINUE_RE.test(ch.normalize("NFKC"));
    if (!ok) return { ch, index };
    index += ch.length;
  }
  return { ch: word[0] ?? "?", index: 0 };
}

function codePointLabel(ch: string): string {
  return "U+" + ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
}

export function scanSource(src: string): ScanResult {
  const scanner = new Scanner(src);
  let tokenError: ScanError | null = null;
  try {
    scanner.run();
  } catch (e) {
    if (e instanceof Fail) tokenError = e.error;
    else throw e;
  }
  let lezerSource = src;
  if (scanner.patches.length > 0) {
    const patches = scanner.patches.sort((a, b) => a[0] - b[0]);
    const parts: string[] = [];
    let at = 0;
    for (const [p, ch] of patches) {
      parts.push(src.slice(at, p), ch);
      at = p + 1;
    }
    parts.push(src.slice(at));
    lezerSource = parts.join("");
  }
  return { tokenError, indentError: scanner.indentError, pre312: scanner.pre312, lezerSource };
}

class Scanner {
  readonly patches: [number, string][] = [];
  indentError: ScanError | null = null;
  /** The first f-string form that CPython before 3.12 (PEP 701) rejects. */
  pre312: ScanError | null = null;
  /** Enclosing f-strings of the field being scanned: their quote and whether tripled. */
  private readonly fstrings: { quote: number; triple: boolean }[] = [];
  private specDepth = 0;
  private i = 0;
  private line = 1;
  /** Open brackets; for a `{`, whether `:=` / a dict's `:` or `**` appeared directly inside it. */
  private readonly brackets: {
    ch: string;
    pos: number;
    line: number;
    walrus?: boolean;
    dict?: boolean;
    /** A `[` that subscripts the expression before it. */
    subscript?: boolean;
    /** A `*` directly after the subscript's `[` or one of its commas (`a[*b]`). */
    star?: boolean;
  }[] = [];
  private readonly indents = [0];
  private readonly alts = [0];
  /** The block opener of the previous logical line when it ended with `:`. */
  private pending: { what: string; line: number } | null = null;
  private firstWord: string | null = null;
  private tokensOnLine = 0;
  private lastTok = "";
  private lineOfFirstToken = 1;

  constructor(private readonly src: string) {}

  private fail(pyType: SourceErrorType, detail: string, pos: number): never {
    // @cpython Parser/tokenizer.c: E_TABSPACE, E_DEDENT, E_TOODEEP, E_LINECONT and E_EOF are
    // reported through the parser; everything else goes through syntaxerror().
    const raised =
      pyType === "SyntaxError" &&
      detail !== "unexpected character after line continuation character" &&
      detail !== "unexpected EOF while parsing";
    throw new Fail({ pyType, detail, pos, raised });
  }

  private old(detail: string, pos: number): void {
    this.pre312 ??= { pyType: "SyntaxError", detail, pos };
  }

  /** A parser-level indentation error: remembered, and scanning continues. */
  private indentFail(detail: string, pos: number): void {
    this.indentError ??= { pyType: "IndentationError", detail, pos };
  }

  private missingBlock(pos: number): void {
    const p = this.pending!;
    this.indentFail(`expected an indented block after ${p.what} on line ${p.line}`, pos);
  }

  run(): void {
    const src = this.src;
    const n = src.length;
    let atLineStart = true;
    while (this.i < n) {
      if (atLineStart) {
        if (!this.startLine()) continue;
        atLineStart = false;
      }
      const i = this.i;
      const code = src.charCodeAt(i);
      if (code === 32 || code === 9 || code === 12) {
        this.i++;
      } else if (code === 10) {
        this.i++;
        this.line++;
        if (this.brackets.length === 0) {
          this.endLogicalLine();
          atLineStart = true;
        }
      } else if (code === 35 /* # */) {
        const nl = src.indexOf("\n", i);
        this.i = nl < 0 ? n : nl;
      } else if (code === 92 /* \ */) {
        if (i + 1 >= n) this.fail("SyntaxError", "unexpected EOF while parsing", i);
        if (src.charCodeAt(i + 1) !== 10)
          this.fail("SyntaxError", "unexpected character after line continuation character", i);
        if (i + 2 >= n) this.fail("SyntaxError", "unexpected EOF while parsing", i);
        this.i += 2;
        this.line++;
      } else if (code === 39 || code === 34) {
        this.token("'");
        this.i = this.scanString(i, i, "");
      } else if (isDigit(code) || (code === 46 && isDigit(src.charCodeAt(i + 1)))) {
        this.token("0");
        this.scanNumber(i);
      } else if (isWordChar(code)) {
        let j = i + 1;
        while (j < n && isWordChar(src.charCodeAt(j))) j++;
        const word = src.slice(i, j);
        const next = src.charCodeAt(j);
        if ((next === 39 || next === 34) && STRING_PREFIXES.has(word.toLowerCase())) {
          this.token("'");
          this.i = this.scanString(i, j, word.toLowerCase());
        } else {
          if (code >= 0x80 || /[^\x00-\x7f]/.test(word)) this.checkIdentifier(word, i);
          // lezer reads `print x` (and `print *a`, `print = 1`) as a Python 2 print statement.
          if (word === "print") this.patches.push([i + 4, "T"]);
          if (this.tokensOnLine === 0) this.firstWord = word;
          this.token(word);
          this.i = j;
        }
      } else if (code === 40 || code === 91 || code === 123) {
        if (this.brackets.length >= MAX_BRACKET_DEPTH) this.fail("SyntaxError", "too many nested parentheses", i);
        const last = this.lastTok;
        const subscript =
          code === 91 &&
          this.tokensOnLine > 0 &&
          (last === ")" || last === "]" || last === "}" || last === "'" || last === "0" ||
            (isWordChar(last.charCodeAt(0)) && !KEYWORDS.has(last) && !(this.tokensOnLine === 1 && (last === "match" || last === "case"))));
        this.brackets.push({ ch: src[i]!, pos: i, line: this.line, subscript });
        this.token(src[i]!);
        this.i++;
      } else if (code === 41 || code === 93 || code === 125) {
        const ch = src[i]!;
        const open = this.brackets.pop();
        if (!open) this.fail("SyntaxError", `unmatched '${ch}'`, i);
        const want = open.ch === "(" ? ")" : open.ch === "[" ? "]" : "}";
        if (want !== ch) {
          const where = open.line !== this.line ? ` on line ${open.line}` : "";
          this.fail("SyntaxError", `closing parenthesis '${ch}' does not match opening parenthesis '${open.ch}'${where}`, i);
        }
        // lezer's grammar has no `:=` directly in a set display (`{x := 1}`, 3.9+): it reads the
        // display as a list, and the lowering turns a list whose text starts with `{` into a set.
        if (open.walrus && !open.dict) this.patches.push([open.pos, "["], [i, "]"]);
        // Nor `*` in a subscript (`a[*b]`, 3.11+): it reads the subscript as a call, and the
        // lowering turns a call whose arguments' text starts with `[` into a subscript.
        if (open.star) this.patches.push([open.pos, "("], [i, ")"]);
        this.token(ch);
        this.i++;
      } else if (code === 42 && this.brackets[this.brackets.length - 1]?.subscript) {
        if (src.charCodeAt(i + 1) !== 42 && (this.lastTok === "[" || this.lastTok === ",")) this.brackets[this.brackets.length - 1]!.star = true;
        this.token(src[i]!);
        this.i++;
      } else if ((code === 58 || code === 42) && this.brackets[this.brackets.length - 1]?.ch === "{") {
        const top = this.brackets[this.brackets.length - 1]!;
        if (code === 58 && src.charCodeAt(i + 1) === 61) top.walrus = true;
        else if (code === 58 || (src.charCodeAt(i + 1) === 42 && (this.lastTok === "{" || this.lastTok === ","))) top.dict = true;
        this.token(src[i]!);
        this.i++;
      } else if (code === 0) {
        this.fail("SyntaxError", "source code string cannot contain null bytes", i);
      } else if (code < 32 || code === 127) {
        this.fail("SyntaxError", `invalid non-printable character ${codePointLabel(src[i]!)}`, i);
      } else {
        this.token(src[i]!);
        this.i++;
      }
    }
    if (this.brackets.length > 0) {
      const open = this.brackets[this.brackets.length - 1]!;
      throw new Fail({ pyType: "SyntaxError", detail: `'${open.ch}' was never closed`, pos: open.pos, raised: true, atEof: true });
    }
    if (!atLineStart) this.endLogicalLine();
    if (this.pending) this.missingBlock(n);
  }

  private token(t: string): void {
    if (this.tokensOnLine === 0) this.lineOfFirstToken = this.line;
    this.tokensOnLine++;
    this.lastTok = t;
  }

  /**
   * Measures the indentation of a new physical line that starts a logical line. Returns
   * false for a blank or comment-only line (which CPython ignores for indentation).
   */
  private startLine(): boolean {
    const src = this.src;
    const n = src.length;
    let col = 0;
    let alt = 0;
    let contCol = -1;
    let j = this.i;
    for (; j < n; j++) {
      const c = src.charCodeAt(j);
      if (c === 92 /* \ */) {
        // @cpython Parser/tokenizer.c tok_get_normal_mode: a backslash inside indentation
        // continues the line; the first one fixes the indentation of what follows.
        if (src.charCodeAt(j + 1) !== 10) {
          if (j + 1 >= n) this.fail("SyntaxError", "unexpected EOF while parsing", j);
          this.fail("SyntaxError", "unexpected character after line continuation character", j);
        }
        if (contCol < 0) contCol = col;
        j++;
        this.line++;
      } else if (c === 32) {
        col++;
        alt++;
      } else if (c === 9) {
        // @cpython Parser/tokenizer.c tok_get: col = (col / tabsize + 1) * tabsize; altcol += 1
        col = (Math.floor(col / 8) + 1) * 8;
        alt++;
      } else if (c === 12) {
        col = 0;
        alt = 0;
      } else break;
    }
    // `cont_line_col ? cont_line_col : col` in C: a backslash in column 0 does not count.
    if (contCol > 0) {
      col = contCol;
      alt = contCol;
    }
    if (j >= n) {
      this.i = n;
      return false;
    }
    const c = src.charCodeAt(j);
    if (c === 10 || c === 35) {
      const nl = src.indexOf("\n", j);
      if (nl < 0) {
        this.i = n;
      } else {
        this.i = nl + 1;
        this.line++;
      }
      return false;
    }
    const top = this.indents[this.indents.length - 1]!;
    const altTop = this.alts[this.alts.length - 1]!;
    if (col > top) {
      if (alt <= altTop) this.fail("TabError", "inconsistent use of tabs and spaces in indentation", j);
      if (this.indents.length >= MAX_INDENT_LEVELS) this.fail("IndentationError", "too many levels of indentation", j);
      if (!this.pending) this.indentFail("unexpected indent", j);
      this.indents.push(col);
      this.alts.push(alt);
    } else {
      // The tokenizer's own errors come before the parser notices the missing block.
      if (col === top) {
        if (alt !== altTop) this.fail("TabError", "inconsistent use of tabs and spaces in indentation", j);
      } else {
        while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]!) {
          this.indents.pop();
          this.alts.pop();
        }
        if (col !== this.indents[this.indents.length - 1])
          this.fail("IndentationError", "unindent does not match any outer indentation level", j);
        if (alt !== this.alts[this.alts.length - 1])
          this.fail("TabError", "inconsistent use of tabs and spaces in indentation", j);
      }
      if (this.pending) this.missingBlock(j);
    }
    this.pending = null;
    this.i = j;
    return true;
  }

  private endLogicalLine(): void {
    if (this.tokensOnLine > 0 && this.lastTok === ":" && this.firstWord !== null) {
      const what = BLOCK_OPENERS.get(this.firstWord);
      if (what) this.pending = { what, line: this.lineOfFirstToken };
    }
    this.tokensOnLine = 0;
    this.firstWord = null;
    this.lastTok = "";
  }

  private checkIdentifier(word: string, pos: number): void {
    if (isValidIdentifier(word)) return;
    const bad = firstBadChar(word);
    this.fail("SyntaxError", `invalid character '${bad.ch}' (${codePointLabel(bad.ch)})`, pos + bad.index);
  }

  private scanNumber(i: number): void {
    const src = this.src;
    NUMBER_RE.lastIndex = i;
    const m = NUMBER_RE.exec(src);
    const text = m ? m[0] : "";
    const end = i + text.length;
    const next = src.charCodeAt(end);
    if (end < src.length && isWordChar(next)) {
      let k = end;
      while (k < src.length && isWordChar(src.charCodeAt(k))) k++;
      if (!GLUE_KEYWORDS.has(src.slice(end, k))) {
        const c1 = text.length > 1 ? text[1]!.toLowerCase() : "";
        const kind =
          text[0] === "0" && (c1 === "x" || (text.length === 1 && (next | 32) === 120))
            ? "hexadecimal"
            : text[0] === "0" && (c1 === "o" || (text.length === 1 && (next | 32) === 111))
              ? "octal"
              : text[0] === "0" && (c1 === "b" || (text.length === 1 && (next | 32) === 98))
                ? "binary"
                : "decimal";
        this.fail("SyntaxError", `invalid ${kind} literal`, i);
      }
    }
    if (/^0[0-9_]*[1-9][0-9_]*$/.test(text))
      this.fail(
        "SyntaxError",
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        i,
      );
    const dot = text.indexOf(".");
    // lezer's Number token needs a digit after the dot; `1.` and `1.e5` are valid Python.
    // (Not before `.5`: `1..5` is two numbers in a row, an error lezer must still see.)
    const glued = src.charCodeAt(end) === 46 && isDigit(src.charCodeAt(end + 1));
    if (dot >= 0 && !isDigit(text.charCodeAt(dot + 1)) && !glued) this.patches.push([i + dot, "0"]);
    this.i = end;
  }

  /**
   * Skips a string literal whose prefix starts at `start` and whose opening quote is at `q`;
   * returns the offset just past the closing quote.
   */
  private scanString(start: number, q: number, prefix: string): number {
    const src = this.src;
    const n = src.length;
    const quote = src.charCodeAt(q);
    const triple = src.charCodeAt(q + 1) === quote && src.charCodeAt(q + 2) === quote;
    const format = prefix.includes("f");
    const bytes = prefix.includes("b");
    const startLine = this.line;
    let j = q + (triple ? 3 : 1);
    const nested = this.fstrings.length > 0;
    // Before 3.12 a quote of an enclosing f-string ended it, whatever the nesting.
    for (const f of this.fstrings) {
      if (f.quote === quote && (!f.triple || triple)) this.old("f-string: expecting '}'", start);
    }
    if (format) this.fstrings.push({ quote, triple });
    const unterminated = (): never =>
      this.fail(
        "SyntaxError",
        triple
          ? `unterminated triple-quoted string literal (detected at line ${this.line})`
          : `unterminated string literal (detected at line ${startLine})`,
        start,
      );
    for (;;) {
      if (j >= n) unterminated();
      const c = src.charCodeAt(j);
      if (c === 92) {
        if (nested) this.old("f-string expression part cannot include a backslash", j);
        if (format && (src.charCodeAt(j + 1) === 123 || src.charCodeAt(j + 1) === 125)) {
          this.patches.push([j, "x"]);
          j++;
          continue;
        }
        if (src.charCodeAt(j + 1) === 10) this.line++;
        j += 2;
      } else if (c === 10) {
        if (!triple) unterminated();
        this.line++;
        j++;
      } else if (c === quote && (!triple || (src.charCodeAt(j + 1) === quote && src.charCodeAt(j + 2) === quote))) {
        if (format) this.fstrings.pop();
        return j + (triple ? 3 : 1);
      } else if (format && c === 123) {
        if (src.charCodeAt(j + 1) === 123) j += 2;
        else j = this.scanField(j + 1, triple);
      } else if (format && c === 125) {
        if (src.charCodeAt(j + 1) === 125) j += 2;
        else this.fail("SyntaxError", "f-string: single '}' is not allowed", j);
      } else {
        if (bytes && c >= 0x80) this.fail("SyntaxError", "bytes can only contain ASCII literal characters", start);
        j++;
      }
    }
  }

  /** Skips one f-string replacement field (code, then `!conv` and `:spec`); returns the offset past `}`. */
  private scanField(j: number, triple: boolean): number {
    const src = this.src;
    const n = src.length;
    let depth = 0;
    while (j < n) {
      const c = src.charCodeAt(j);
      if (c === 10) {
        // 3.12+ (PEP 701) lets a replacement field span lines even in a one-line f-string.
        if (!triple) this.old("f-string: expecting '}'", j);
        this.line++;
        j++;
      } else if (c === 39 || c === 34) {
        j = this.scanString(j, j, "");
      } else if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(j + 1)))) {
        this.scanNumber(j);
        j = this.i;
      } else if (c === 35 /* # */) {
        this.old("f-string expression part cannot include '#'", j);
        while (j < n && src.charCodeAt(j) !== 10) j++;
      } else if (isWordChar(c) && !isDigit(c)) {
        let k = j + 1;
        while (k < n && isWordChar(src.charCodeAt(k))) k++;
        const next = src.charCodeAt(k);
        const word = src.slice(j, k).toLowerCase();
        j = (next === 39 || next === 34) && STRING_PREFIXES.has(word) ? this.scanString(j, k, word) : k;
      } else if (c === 40 || c === 91 || c === 123) {
        depth++;
        j++;
      } else if (c === 41 || c === 93) {
        depth--;
        j++;
      } else if (c === 125) {
        if (depth === 0) return j + 1;
        depth--;
        j++;
      } else if (depth === 0 && c === 33 && src.charCodeAt(j + 1) !== 61) {
        return this.scanSpec(j + 1, triple);
      } else if (depth === 0 && c === 58) {
        // A spec starting with `=` (`{v:=+10}`, '=' alignment) is not a walrus; lezer would read one.
        if (src.charCodeAt(j + 1) === 61) this.patches.push([j + 1, " "]);
        return this.scanSpec(j + 1, triple);
      } else if (c === 92) {
        this.old("f-string expression part cannot include a backslash", j);
        j += 2;
      } else {
        j++;
      }
    }
    return j;
  }

  /** Skips a conversion and/or format spec up to the field's closing `}`. */
  private scanSpec(j: number, triple: boolean): number {
    const src = this.src;
    const n = src.length;
    while (j < n) {
      const c = src.charCodeAt(j);
      if (c === 125) return j + 1;
      if (c === 123) {
        if (this.specDepth > 0) this.old("f-string: expressions nested too deeply", j);
        this.specDepth++;
        j = this.scanField(j + 1, triple);
        this.specDepth--;
      } else if (c === 39 || c === 34) {
        return j;
      } else {
        if (c === 10) this.line++;
        j++;
      }
    }
    return j;
  }
}
