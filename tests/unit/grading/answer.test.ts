import { describe, expect, it } from "vitest";
import { parseEstimateAnswer, parseIntegerAnswer, parseRankingAnswer, withinTolerance } from "@/lib/grading/answer";

describe("parseIntegerAnswer", () => {
  it.each([
    ["184", 184],
    ["  184 ", 184],
    ["1_000", 1000],
    ["1,000,000", 1000000],
    ["0xb8", 184],
    ["0XB8", 184],
    ["0x_b8", 184],
    ["0o270", 184],
    ["0b10111000", 184],
    ["-8", -8],
    ["0", 0],
    ["1 000", 1000],
  ])("reads %j as %d", (text, value) => {
    expect(parseIntegerAnswer(text)).toEqual({ ok: true, value, normalized: String(value) });
  });

  it.each(["", "1__000", "_100", "100_", "0x", "12.5", "abc", "0184", "1,00", "0xg1"])("refuses %j", (text) => {
    expect(parseIntegerAnswer(text).ok).toBe(false);
  });
});

describe("parseEstimateAnswer", () => {
  it.each([
    ["56_000_000", 56_000_000],
    ["5.6e7", 56_000_000],
    ["184", 184],
    ["1.5", 1.5],
  ])("reads %j as %d", (text, value) => {
    const parsed = parseEstimateAnswer(text);
    expect(parsed.ok && parsed.value).toBe(value);
  });

  it("accepts answers within the relative tolerance only", () => {
    expect(withinTolerance(105, 100, 0.05)).toBe(true);
    expect(withinTolerance(94, 100, 0.05)).toBe(false);
  });
});

describe("parseRankingAnswer", () => {
  it("reads indices and letters", () => {
    expect(parseRankingAnswer("2,0,1", 3)).toEqual({ ok: true, order: [2, 0, 1], normalized: "2,0,1" });
    expect(parseRankingAnswer("C < A < B", 3)).toEqual({ ok: true, order: [2, 0, 1], normalized: "2,0,1" });
  });

  it("refuses repeated or missing items", () => {
    expect(parseRankingAnswer("0,0,1", 3).ok).toBe(false);
    expect(parseRankingAnswer("0,1", 3).ok).toBe(false);
  });
});
