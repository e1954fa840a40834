/**
 * Exhaustive Unicode check: every code point, every predicate and case mapping, against
 * dumps written by real CPythons. Run through `python3 scripts/pylib-oracle.py --unicode-check`
 * (too slow for the unit suite: ~1.1M code points x 14 properties per version).
 */
import { readFileSync } from "fs";
import * as U from "../../../../lib/simulator/pylib/unicode";
import * as P from "../../../../lib/simulator/pylib/index";
import type { PyMinor } from "../../../../lib/simulator/pylib/index";

const dir = process.argv[2]!;
let failures = 0;
for (const v of process.argv.slice(3)) {
  const minor = Number(v.split(".")[1]) as PyMinor;
  const d = JSON.parse(readFileSync(`${dir}/${v}.json`, "utf8"));
  const fns: Record<string, (c: number) => boolean> = {
    printable: (c) => U.isPrintable(c, minor), alpha: (c) => U.isAlpha(c, minor), decimal: (c) => U.isDecimal(c, minor),
    digit: (c) => U.isDigit(c, minor), numeric: (c) => U.isNumeric(c, minor), space: (c) => U.isPySpace(c),
    lower: (c) => P.strIslower(String.fromCodePoint(c), minor), upper: (c) => P.strIsupper(String.fromCodePoint(c), minor),
    idstart: (c) => P.strIsidentifier(String.fromCodePoint(c), minor), idcont: (c) => P.strIsidentifier("a" + String.fromCodePoint(c), minor),
  };
  for (const [name, f] of Object.entries(fns)) {
    const set = new Uint8Array(0x110000);
    for (const [a, b] of d[name]) set.fill(1, a, b + 1);
    let bad = 0; const ex: string[] = [];
    for (let c = 0; c < 0x110000; c++) {
      if (c >= 0xd800 && c <= 0xdfff && (name === "idcont")) continue;
      if ((f(c) ? 1 : 0) !== set[c]) { bad++; if (ex.length < 5) ex.push(c.toString(16)); }
    }
    failures += bad;
    console.log(v, name, bad, ex.join(" "));
  }
  for (const [name, fn] of [["upper", P.strUpper], ["lower", P.strLower], ["title", P.strTitle], ["casefold", P.strCasefold]] as const) {
    const m = d.maps[name];
    let bad = 0; const ex: string[] = [];
    for (let c = 0; c < 0x110000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const want = m[c] ?? String.fromCodePoint(c);
      const got = fn(String.fromCodePoint(c), minor);
      if (want !== got) { bad++; if (ex.length < 5) ex.push(c.toString(16) + ":" + JSON.stringify(want) + "/" + JSON.stringify(got)); }
    }
    failures += bad;
    console.log(v, "map", name, bad, ex.join(" "));
  }
}
console.log(failures === 0 ? "unicode: 0 mismatches" : `unicode: ${failures} mismatches`);
process.exit(failures === 0 ? 0 : 1);
