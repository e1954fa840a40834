// Misconception codes stored on submissions (Submission.diagnosis) and their short names. A leaf
// module with no imports, so client components and dashboards can use it without the simulator.
export const DIAGNOSIS_CODES = ["other-version", "missing-gc-header", "items-not-capacity", "before-growth", "deep-size"] as const;
export type DiagnosisCode = (typeof DIAGNOSIS_CODES)[number];

/** Short names for feedback, dashboards and charts. */
export const DIAGNOSIS_LABELS: Record<DiagnosisCode, string> = {
  "other-version": "Another version's value",
  "missing-gc-header": "Forgot the GC header",
  "items-not-capacity": "Counted items, not capacity",
  "before-growth": "Size before the growth step",
  "deep-size": "Added the contents (deep vs shallow)",
};
