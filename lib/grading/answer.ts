// Parsing what a learner typed. Integers follow Python's literal rules (`1_000`, `0x3f8`, `0o17`,
// `0b1010`), so an answer pasted from a REPL is accepted as is; thousands separators ("1,000") and
// surrounding whitespace are tolerated because people type them. Estimates also take decimals and
// exponents ("5.6e7").

export type ParsedNumber = { ok: true; value: number; normalized: string } | { ok: false; message: string };

// One underscore between digits, as in Python's int literals (PEP 515).
const DECIMAL = /^(?:0(?:_?0)*|[1-9](?:_?[0-9])*)$/;
const PREFIXED: Record<string, { radix: number; digits: RegExp }> = {
  x: { radix: 16, digits: /^(?:_?[0-9a-f])+$/i },
  o: { radix: 8, digits: /^(?:_?[0-7])+$/ },
  b: { radix: 2, digits: /^(?:_?[01])+$/ },
};
const GROUPED = /^[1-9][0-9]{0,2}(?:,[0-9]{3})+$/;
const FLOAT = /^(?:[0-9](?:_?[0-9])*)?(?:\.[0-9](?:_?[0-9])*)?(?:e[+-]?[0-9]+)?$/i;

const NOT_A_NUMBER = "Enter a whole number, such as 184, 1_000 or 0x3f8.";

/** Parses an integer answer; `normalized` is its plain decimal form (stored on the submission). */
export function parseIntegerAnswer(text: string): ParsedNumber {
  let body = text.trim().replace(/[\u00a0\u202f ]+/g, "");
  if (body === "") return { ok: false, message: "Enter a number." };
  let sign = 1;
  if (body.startsWith("-") || body.startsWith("+")) {
    if (body.startsWith("-")) sign = -1;
    body = body.slice(1);
  }
  let value: number | null = null;
  const prefixed = /^0([xob])(.*)$/i.exec(body);
  if (prefixed) {
    const { radix, digits } = PREFIXED[prefixed[1]!.toLowerCase()]!;
    // Python allows one underscore right after the prefix too: 0x_ff.
    if (digits.test(prefixed[2]!)) value = parseInt(prefixed[2]!.replace(/_/g, ""), radix);
  } else if (DECIMAL.test(body)) {
    value = Number(body.replace(/_/g, ""));
  } else if (GROUPED.test(body)) {
    value = Number(body.replace(/,/g, ""));
  }
  if (value === null || !Number.isSafeInteger(value)) return { ok: false, message: NOT_A_NUMBER };
  const signed = sign * value;
  return { ok: true, value: signed, normalized: String(signed) };
}

/** Parses an estimate: any integer form above, or a decimal with an optional exponent. */
export function parseEstimateAnswer(text: string): ParsedNumber {
  const asInteger = parseIntegerAnswer(text);
  if (asInteger.ok) return asInteger;
  const body = text.trim().replace(/[\u00a0\u202f ]+/g, "").replace(/^\+/, "");
  const negative = body.startsWith("-");
  const unsigned = negative ? body.slice(1) : body;
  if (unsigned === "" || !/[0-9]/.test(unsigned) || !FLOAT.test(unsigned)) {
    return { ok: false, message: "Enter a number, such as 56_000_000 or 5.6e7." };
  }
  const value = Number(unsigned.replace(/_/g, "")) * (negative ? -1 : 1);
  if (!Number.isFinite(value)) return { ok: false, message: "That number is too large." };
  return { ok: true, value, normalized: String(value) };
}

/** True when `answer` is within `tolerance` (relative, e.g. 0.05) of `key`. */
export function withinTolerance(answer: number, key: number, tolerance: number): boolean {
  if (key === 0) return answer === 0;
  return Math.abs(answer - key) <= Math.abs(key) * tolerance + 1e-9;
}

export type ParsedRanking = { ok: true; order: number[]; normalized: string } | { ok: false; message: string };

/**
 * A ranking answer: the item indices (0-based) from smallest to largest, given as a permutation.
 * Accepts the form's "2,0,1,3" as well as letters "C A B D" (A = the first item).
 */
export function parseRankingAnswer(text: string, itemCount: number): ParsedRanking {
  const tokens = text.trim().split(/[\s,<>]+/).filter(Boolean);
  const order: number[] = [];
  for (const token of tokens) {
    const index = /^[0-9]+$/.test(token)
      ? Number(token)
      : /^[a-z]$/i.test(token)
        ? token.toUpperCase().charCodeAt(0) - 65
        : NaN;
    if (!Number.isInteger(index) || index < 0 || index >= itemCount) {
      return { ok: false, message: "Put every item in a position." };
    }
    order.push(index);
  }
  if (order.length !== itemCount || new Set(order).size !== itemCount) {
    return { ok: false, message: "Use each item exactly once." };
  }
  return { ok: true, order, normalized: order.join(",") };
}

/** The letter shown beside ranking item `index` (A, B, C, …). */
export const itemLetter = (index: number): string => String.fromCharCode(65 + index);
