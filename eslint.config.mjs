// ESLint flat config: Next's rules (core web vitals + TypeScript), plus the simulator's boundary.
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  {
    ignores: [
      "node_modules/**", ".next/**", ".next-test/**", "lib/generated/**", "next-env.d.ts",
      "test-results/**", "playwright-report/**", "coverage/**", ".bytewise/**",
      // Scratch files (dot-named) are not project code.
      ".*",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // next.config.js is CommonJS (package.json has no "type": "module").
    files: ["next.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The simulator is a pure TypeScript library: it runs on the server, in the browser and in the
    // CLI, so it may not depend on the app framework, the database, auth, or Node built-ins.
    files: ["lib/simulator/**"],
    rules: {
      // A Next.js page rule; in the simulator `module` is a Python module's AST node, not Node's.
      "@next/next/no-assign-module-variable": "off",
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*"], message: "lib/simulator must not depend on Next.js." },
            { group: ["react", "react/*", "react-dom", "react-dom/*"], message: "lib/simulator must not depend on React." },
            { group: ["@prisma/*", "prisma", "@/lib/generated/*", "@/lib/db", "@/lib/data/*"], message: "lib/simulator must not touch the database." },
            { group: ["next-auth", "next-auth/*", "@/lib/auth/*"], message: "lib/simulator must not depend on auth." },
            {
              group: [
                "node:*", "fs", "fs/*", "path", "path/*", "os", "child_process", "crypto", "url", "util",
                "stream", "stream/*", "worker_threads", "process", "buffer", "events", "module", "vm",
                "http", "https", "net", "tls", "zlib", "readline", "assert", "perf_hooks",
              ],
              message: "lib/simulator must run in the browser too: no Node built-ins.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
