// Grading's public surface: answer keys from the simulator, grading, misconception diagnosis and the
// data behind the feedback pictures. Pure TypeScript: usable on the server, in tests and scripts.
export { computeVersionKeys, keyNumbers, type Measured, type PartKey, type VersionKeys } from "@/lib/grading/keys";
export { gradePart, keysForAllVersions, revealPart, type GrowthChartData, type ObjectView, type PartGrade, type PartReveal, type PartStatus, type VersionValue } from "@/lib/grading/grade";
export { DIAGNOSIS_CODES, DIAGNOSIS_LABELS, diagnoseNumber, type Diagnosis, type DiagnosisCode } from "@/lib/grading/diagnose";
export { parseEstimateAnswer, parseIntegerAnswer, parseRankingAnswer, itemLetter, withinTolerance } from "@/lib/grading/answer";
export { growthFamilies, growthSeries, containerOf, versionRangeLabel, type GrowthContainer } from "@/lib/grading/growth";
export { layoutOf, type Layout, type LayoutRegion, type CellState } from "@/lib/grading/layout";
