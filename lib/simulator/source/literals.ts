// Decoding of number and string literal text into values, as CPython's tokenizer and
// Parser/string_parser.c do: underscores, bases, floats and imaginary numbers; escape
// sequences in str and bytes (invalid ones like `\d` stay literally, as CPython keeps them).

import type { ConstantValue } from "./ast";

/** A literal that CPython rejects; `offset` is relative to the start of the decoded text. */
export class LiteralError {
  constructor(
    readonly kind: "SyntaxError" | "NotImplementedError",
    readonly detail: string,
    readonly offset: number,
  ) {}
}

/** The value of a Number token's text (already validated by the scanner). */
export function decodeNumber(text: string): ConstantValue {
  const t = text.replace(/_/g, "");
  const last = t.charCodeAt(t.length - 1) | 32;
  if (last === 106 /* j */) return { type: "complex", imag: Number(t.slice(0, -1)) };
  const c1 = t.length > 1 ? t.charCodeAt(1) | 32 : 0;
  if (t[0] === "0" && (c1 === 120 || c1 === 111 || c1 === 98)) return { type: "int", value: BigInt(t) };
  if (/[.eE]/.test(t)) return { type: "float", value: Number(t) };
  return { type: "int", value: BigInt(t) };
}

const SIMPLE_ESCAPES: Record<string, number> = {
  "\\": 92,
  "'": 39,
  '"': 34,
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
};

function hexRun(text: string, from: number, count: number): number {
  let k = 0;
  while (k < count && /[0-9a-fA-F]/.test(text[from + k] ?? "")) k++;
  return k;
}

/**
 * Decodes the body of a str or bytes literal (between the quotes). For bytes the result is a
 * string of code units 0–255. With `fstring`, `{{` and `}}` stand for single braces.
 */
export function decodeStringBody(body: string, raw: boolean, bytes: boolean, fstring: boolean): string {
  if (!fstring && (raw || body.indexOf("\\") < 0)) return body;
  let out = "";
  let i = 0;
  const n = body.length;
  while (i < n) {
    const ch = body[i]!;
    if (fstring && (ch === "{" || ch === "}") && body[i + 1] === ch) {
      out += ch;
      i += 2;
      continue;
    }
    if (ch !== "\\" || raw) {
      out += ch;
      i++;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) {
      out += "\\";
      i++;
      continue;
    }
    if (fstring && (e === "{" || e === "}")) {
      // In an f-string a backslash never escapes a brace.
      out += "\\";
      i++;
      continue;
    }
    if (e === "\n") {
      i += 2;
      continue;
    }
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out += String.fromCharCode(simple);
      i += 2;
      continue;
    }
    if (e >= "0" && e <= "7") {
      let k = 1;
      while (k < 3 && body[i + 1 + k]! >= "0" && body[i + 1 + k]! <= "7") k++;
      const v = parseInt(body.slice(i + 1, i + 1 + k), 8);
      // @cpython Objects/bytesobject.c _PyBytes_DecodeEscape: octal escapes above 0o377 keep the low byte
      out += String.fromCharCode(bytes ? v & 0xff : v);
      i += 1 + k;
      continue;
    }
    if (e === "x") {
      const k = hexRun(body, i + 2, 2);
      if (k < 2) {
        throw new LiteralError(
          "SyntaxError",
          bytes
            ? `(value error) invalid \\x escape at position ${i}`
            : `(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${i + 1 + k}: truncated \\xXX escape`,
          i,
        );
      }
      out += String.fromCharCode(parseInt(body.slice(i + 2, i + 4), 16));
      i += 4;
      continue;
    }
    if (!bytes && (e === "u" || e === "U")) {
      const want = e === "u" ? 4 : 8;
      const k = hexRun(body, i + 2, want);
      if (k < want) {
        throw new LiteralError(
          "SyntaxError",
          `(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${i + 1 + k}: truncated \\${e}${e === "u" ? "XXXX" : "XXXXXXXX"} escape`,
          i,
        );
      }
      const v = parseInt(body.slice(i + 2, i + 2 + want), 16);
      if (v > 0x10ffff) {
        throw new LiteralError(
          "SyntaxError",
          `(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${i + 1 + want}: illegal Unicode character`,
          i,
        );
      }
      out += String.fromCodePoint(v);
      i += 2 + want;
      continue;
    }
    if (!bytes && e === "N") {
      // Resolving names needs the Unicode name database, which the simulator does not ship.
      if (body[i + 2] === "{" && body.indexOf("}", i + 3) > i + 3) {
        throw new LiteralError("NotImplementedError", "the `\\N{...}` escape", i);
      }
      throw new LiteralError(
        "SyntaxError",
        `(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${i + 1}: malformed \\N character escape`,
        i,
      );
    }
    // An invalid escape such as `\d` is kept as written (CPython only warns).
    out += "\\" + e;
    i += 2;
  }
  return out;
}

/** Splits a string token's text into prefix flags, quote length and body. */
export function splitStringToken(text: string): {
  prefix: string;
  raw: boolean;
  bytes: boolean;
  format: boolean;
  quoteLen: number;
  bodyStart: number;
  bodyEnd: number;
} {
  let p = 0;
  while (p < text.length && text[p] !== "'" && text[p] !== '"') p++;
  const prefix = text.slice(0, p).toLowerCase();
  const q = text[p];
  const quoteLen = text[p + 1] === q && text[p + 2] === q && text.length >= p + 6 ? 3 : 1;
  return {
    prefix,
    raw: prefix.includes("r"),
    bytes: prefix.includes("b"),
    format: prefix.includes("f"),
    quoteLen,
    bodyStart: p + quoteLen,
    bodyEnd: Math.max(p + quoteLen, text.length - quoteLen),
  };
}

export function latin1ToBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}
