import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// GOLDEN_VERSIONS=3.8,3.12 narrows the golden run to those versions' suite files (tests/golden/versions/).
const goldenVersions = (process.env.GOLDEN_VERSIONS ?? "").split(",").filter(Boolean);
const goldenInclude = goldenVersions.length
  ? ["tests/golden/golden.test.ts", ...goldenVersions.map((v) => `tests/golden/versions/${v}.test.ts`)]
  : ["tests/golden/**/*.test.ts"];

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["tests/unit/**/*.test.ts", ...goldenInclude],
    environment: "node",
  },
});
