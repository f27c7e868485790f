import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Module boundaries (README, "Layout"): a lib module is used through its index.ts, so what it keeps inside can
// change without touching its users. Tests, fixtures and scripts may reach inside to test and measure.
const TESTS = ["**/*.test.ts", "**/*.test.tsx", "**/fixtures/**", "**/test-helpers.ts", "lib/testing/**"];
const insideAnotherModule = (depth) => ({
  regex: `^${"\\.\\./".repeat(depth)}(?!testing/)[^./][^/]*/`,
  message: 'Import another lib module through its index.ts (e.g. "../quiz", not "../quiz/text").',
});

// zod is for the build-time content schema only: in the browser it brought 75 KB of schema classes to every route
// that checked anything. Links, files and stored data are checked with lib/schema (same API).
const NO_ZOD = ["zod", "zod/mini"].map((name) => ({
  name,
  message: "Use { z } from lib/schema in the browser (see there).",
}));

const config = [
  ...next,
  ...nextTs,
  {
    ignores: [
      "out/**",
      ".next/**",
      ".bench/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: TESTS,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/*/*"],
              message: 'Import a lib module through its index.ts ("@/lib/quiz", not "@/lib/quiz/types").',
            },
            {
              group: ["**/lib/quiz-v1", "**/lib/quiz-v1/**"],
              message: "The frozen v1 engine is only for opening old links, inside lib/share.",
            },
          ],
          paths: [
            ...NO_ZOD,
            {
              name: "next/link",
              message: 'Use { Link } from "@/components/ui/link": it does not prefetch every link in view (see there).',
            },
          ],
        },
      ],
    },
  },
  ...[1, 2, 3].map((depth) => ({
    files: [`lib/${"*/".repeat(depth)}*.ts`],
    ignores: TESTS,
    rules: { "no-restricted-imports": ["error", { patterns: [insideAnotherModule(depth)], paths: NO_ZOD }] },
  })),
  {
    files: ["lib/content/*.ts"],
    ignores: TESTS,
    rules: { "no-restricted-imports": ["error", { patterns: [insideAnotherModule(1)] }] },
  },
  {
    // The student's quiz page loads lib/session. The share codes (fflate, the v1 engine, the link schemas) belong
    // to teachers' links and sealed quizzes (lib/sealed-session): when they crept in, the quiz page's lazy
    // JavaScript grew from 57 KB to 89 KB.
    files: ["lib/session/*.ts"],
    ignores: TESTS,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            insideAnotherModule(1),
            { group: ["../share"], message: "A quiz session must not load the share codes: see lib/sealed-session." },
          ],
          paths: NO_ZOD,
        },
      ],
    },
  },
];

export default config;
