import { describe, expect, it } from "vitest";
import { csvCell, csvFileName, toCsv } from "@/lib/export/csv";

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["with, comma", '"with, comma"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rhere", '"cr\rhere"'],
    ["", ""],
  ])("quotes %j as RFC 4180 asks", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ["=1+2", "'=1+2"],
    ["+1", "'+1"],
    ["-5", "'-5"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", "\"'\rx\""],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ])("neutralises the formula-looking text %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("writes finite numbers (negative too) as numbers and dates as ISO text", () => {
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(12.5)).toBe("12.5");
    expect(csvCell(new Date("2026-01-02T03:04:05Z"))).toBe("2026-01-02T03:04:05.000Z");
    expect(csvCell(null)).toBe("");
    expect(csvCell(true)).toBe("true");
  });
});

describe("toCsv", () => {
  it("ends every record, the last included, with CRLF", () => {
    expect(toCsv(["a", "b"], [[1, "x,y"], ["=2", null]])).toBe('a,b\r\n1,"x,y"\r\n\'=2,\r\n');
  });
});

describe("csvFileName", () => {
  it("keeps letters, digits and dashes only", () => {
    expect(csvFileName('Memory "101": fall', "gradebook")).toBe("memory-101-fall-gradebook.csv");
    expect(csvFileName("", "")).toBe("export.csv");
  });
});
