import { describe, expect, it } from "vitest";
import { DEFAULT_PATCH, isSupportedVersion, ORACLE_VERSIONS, resolveVersion, SUPPORTED_VERSIONS } from "@/lib/simulator/versions";

describe("resolveVersion", () => {
  it("resolves every supported minor version to its documented default patch", () => {
    for (const v of SUPPORTED_VERSIONS) {
      const p = resolveVersion(v);
      expect(p.minorVersion).toBe(v);
      expect(p.version).toBe(`${v}.${DEFAULT_PATCH[v]}`);
    }
  });

  it("maps 3.6 – 3.12 to the oracle patch levels and 3.13 to the newest modelled behaviour", () => {
    expect(ORACLE_VERSIONS.slice(0, 7).map((v) => resolveVersion(v.split(".").slice(0, 2).join(".")).version)).toEqual(ORACLE_VERSIONS.slice(0, 7));
    expect(resolveVersion("3.13").version).toBe("3.13.4");
  });

  it("accepts full patch versions and keeps the patch", () => {
    expect(resolveVersion("3.13.0").micro).toBe(0);
    expect(resolveVersion("3.11.1").version).toBe("3.11.1");
  });

  it("throws a clear Error naming the supported versions for unknown input", () => {
    expect(() => resolveVersion("2.7")).toThrow(/Unsupported Python version "2.7".*3\.6, 3\.7/);
    expect(() => resolveVersion("3.14")).toThrow(Error);
    expect(() => resolveVersion("banana")).toThrow(Error);
    expect(isSupportedVersion("3.9")).toBe(true);
    expect(isSupportedVersion("4.0")).toBe(false);
  });

  it("models the two patch-level differences of the rule book (§10)", () => {
    // gh-100637: int 0 has one digit from 3.11.2
    expect(resolveVersion("3.11.1").intZeroHasDigit).toBe(false);
    expect(resolveVersion("3.11.2").intZeroHasDigit).toBe(true);
    // gh-133703: calculate_log2_keysize quirk until 3.13.3
    expect(resolveVersion("3.13.3").dictSizeFor).toBe("bitLengthQuirk");
    expect(resolveVersion("3.13.4").dictSizeFor).toBe("pow2ge");
    expect(resolveVersion("3.12").dictSizeFor).toBe("bitLengthQuirk");
    expect(resolveVersion("3.9").dictSizeFor).toBe("pow2ge");
  });

  it("gives the GC header of §1.2: 32 bytes before 3.8, 16 after", () => {
    expect(SUPPORTED_VERSIONS.map((v) => resolveVersion(v).gcHeaderSize)).toEqual([32, 32, 16, 16, 16, 16, 16, 16]);
  });
});

describe("profile discipline", () => {
  it("object models read profile fields and never compare version strings or numbers", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const dir = join(__dirname, "../../../lib/simulator/objects");
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".ts"))) {
      // code only: comments may quote versions
      const src = readFileSync(join(dir, f), "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
      expect(src, f).not.toMatch(/\.(minor|micro|version|minorVersion)\b/);
      expect(src, f).not.toMatch(/["']3\.\d+/);
    }
  });
});
