/**
 * Fixed-seed fuzzing of every pylib entry point with hostile arguments: each call must
 * return or throw PyLibError, never a raw JavaScript exception, and finish quickly.
 */
import { describe, expect, it } from "vitest";
import * as P from "@/lib/simulator/pylib";
import { mulberry32 as rng } from "@/lib/prng";

const R = rng(20240607);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(R() * xs.length)]!;

const STR_ATOMS = ["", "a", "é", "€", "😀", "\ud800", "\udc00", " ", "\t", "\n", "%", "{", "}", "0", "9", "_", ",", ".", "-", "+", "#",
  "=", "<", ">", "^", "z", "x", "e", "f", "g", "s", "d", "(", ")", "*", "j", "\u0085", "\u3000", "ǅ", "Σ", "ß", "İ"];
const randStr = (): string => Array.from({ length: Math.floor(R() * 8) }, () => pick(STR_ATOMS)).join("");
const FLOATS = [0, -0, 1, -1, 0.5, 1e308, -1e308, 5e-324, NaN, Infinity, -Infinity, 1e16, 2 ** 53, 0.1, 123.456, -2.5];
const INTS = [0n, 1n, -1n, 2n, -2n, 7n, 10n ** 30n, -(10n ** 30n), 2n ** 64n, 10n ** 5000n, 0x10ffffn, 0x110000n, 256n];
const NUMS = [0, 1, -1, 2, 5, -5, 37, 100, 2 ** 31, -(2 ** 31), 2 ** 40];
const randBytes = (): Uint8Array => Uint8Array.from({ length: Math.floor(R() * 8) }, () => pick([0, 0x20, 0x41, 0x61, 0x7f, 0x80, 0xc3, 0xe2, 0xff, 0x25]));
const minor = (): P.PyMinor => pick([6, 7, 8, 9, 10, 11, 12, 13] as const);

const hooks: P.PercentHooks<unknown> = {
  classify: (v) =>
    typeof v === "bigint" ? { kind: "int", value: v, typeName: "int" }
    : typeof v === "number" ? { kind: "float", value: v, typeName: "float" }
    : typeof v === "string" ? { kind: "str", value: v, typeName: "str" }
    : v instanceof Uint8Array ? { kind: "bytes", value: v, typeName: "bytes" }
    : { kind: "other", typeName: "object" },
  str: (v) => String(v),
  repr: (v) => String(v),
  getItem: (_m, key) => {
    throw new P.PyLibError("KeyError", String(key));
  },
};
const randValue = (): unknown => pick([() => pick(INTS), () => pick(FLOATS), randStr, randBytes, () => null])();
const randArgs = (): P.PercentArgs<unknown> =>
  R() < 0.5
    ? { kind: "tuple", items: Array.from({ length: Math.floor(R() * 4) }, randValue) }
    : { kind: "single", value: randValue(), isMapping: R() < 0.3 };

const CALLS: Record<string, () => unknown> = {
  floatRepr: () => P.floatRepr(pick(FLOATS)),
  parseIntLiteral: () => P.parseIntLiteral(randStr(), pick([0, 2, 10, 16, 36, 1, 37]), minor()),
  parseIntBytes: () => P.parseIntLiteral(randBytes(), pick([0, 10, 16]), minor()),
  parseFloatLiteral: () => P.parseFloatLiteral(randStr(), minor()),
  parseComplexLiteral: () => P.parseComplexLiteral(randStr()),
  intOps: () => {
    const [a, b] = [pick(INTS), pick(INTS) % 10000n];
    const f = pick([P.intFloorDiv, P.intDivmod, P.intTrueDiv, P.intPow, P.intLshift, P.intRshift, P.intMod, P.roundInt] as const);
    return (f as (x: bigint, y: bigint) => unknown)(a, b);
  },
  intPowMod: () => P.intPowMod(pick(INTS), pick(INTS) % 1000n, pick(INTS), minor()),
  floatOps: () => {
    const f = pick([P.floatFloorDiv, P.floatMod, P.floatDivmod, P.floatPow, P.floatTrueDiv] as const);
    return (f as (x: number, y: number) => unknown)(pick(FLOATS), pick(FLOATS));
  },
  round: () => (R() < 0.5 ? P.roundFloatToInt(pick(FLOATS)) : P.roundFloat(pick(FLOATS), pick(NUMS))),
  conversions: () => pick([() => P.intToFloat(pick(INTS)), () => P.floatToInt(pick(FLOATS)), () => P.intToStr(pick(INTS), minor())])(),
  hashes: () => [P.hashFloat(pick(FLOATS), minor()), P.hashInt(pick(INTS)), P.hashTuple([pick(INTS), pick(INTS)], minor())],
  complex: () => {
    const z = { re: pick(FLOATS), im: pick(FLOATS) };
    const w = { re: pick(FLOATS), im: pick(FLOATS) };
    return pick([P.complexAdd, P.complexSub, P.complexMul, P.complexDiv, P.complexPow] as const)(z, w);
  },
  formatInt: () => P.formatInt(pick(INTS), randStr(), minor()),
  formatFloat: () => P.formatFloat(pick(FLOATS), randStr(), minor()),
  formatStr: () => P.formatStr(randStr(), randStr(), minor()),
  formatComplex: () => P.formatComplex(pick(FLOATS), pick(FLOATS), randStr(), minor()),
  percentFormat: () => P.percentFormat(randStr(), randArgs(), hooks, minor()),
  percentFormatBytes: () => P.percentFormatBytes(randBytes(), randArgs(), hooks, minor()),
  reprs: () => [P.reprStr(randStr(), minor()), P.asciiStr(randStr()), P.reprBytes(randBytes()), P.strKind(randStr())],
  strMethods: () => {
    const s = randStr();
    const t = randStr();
    const n = pick(NUMS);
    return pick([
      () => P.strSplit(s, R() < 0.5 ? null : t, n),
      () => P.strRsplit(s, R() < 0.5 ? null : t, n),
      () => P.strFind(s, t, pick(NUMS), pick(NUMS)),
      () => P.strCount(s, t, pick(NUMS), null),
      () => P.strReplace(s, t, randStr(), n, minor()),
      () => P.strCenter(s, n, pick(["", " ", "ab", "😀"])),
      () => P.strZfill(s, n),
      () => P.strExpandtabs(s, n),
      () => P.strPartition(s, t),
      () => P.strSlice(s, pick(NUMS), pick(NUMS), pick(NUMS)),
      () => P.strCharAt(s, pick(NUMS)),
      () => P.strTitle(s, minor()),
      () => P.strLower(s, minor()),
      () => P.strEncode(s, pick(["utf-8", "ascii", "latin-1", "utf-16", "bogus"]), pick(["strict", "replace", "surrogateescape", "x"])),
    ])();
  },
  bytesMethods: () =>
    pick([
      () => P.bytesDecode(randBytes(), pick(["utf-8", "ascii", "latin-1", "utf-16", "utf-32", "bogus"]), pick(["strict", "replace", "ignore", "backslashreplace", "surrogateescape", "x"])),
      () => P.bytesFromhex(randStr(), minor()),
      () => P.bytesHex(randBytes(), pick([null, ":", "", "ab"]), pick(NUMS)),
      () => P.bytesSplit(randBytes(), R() < 0.5 ? null : randBytes(), pick(NUMS)),
      () => P.bytesCenter(randBytes(), pick(NUMS), randBytes()),
      () => P.intToBytes(pick(INTS), pick(NUMS), pick(["big", "little"] as const), R() < 0.5),
    ])(),
};

describe("pylib robustness", () => {
  it.each(Object.keys(CALLS))("%s throws only PyLibError on 400 hostile inputs", (name) => {
    const raw: string[] = [];
    for (let i = 0; i < 400; i++) {
      try {
        CALLS[name]!();
      } catch (e) {
        if (!(e instanceof P.PyLibError)) raw.push(String((e as Error).stack ?? e).split("\n").slice(0, 3).join(" | "));
      }
    }
    expect(raw.slice(0, 5)).toEqual([]);
  });
});
