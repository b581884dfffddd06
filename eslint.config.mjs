// ESLint: Next's rules (Core Web Vitals, React hooks, accessibility, imports) with its
// TypeScript rules; formatting is Prettier's alone (eslint-config-prettier turns off the
// rules that would disagree with it). `npm test` runs it with zero warnings allowed.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  prettier,
  {
    rules: {
      // A leading underscore names what is left out on purpose (`const { secret: _secret, ...rest }`).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Tests read JSON answers of every shape; `any` there is the answer's honest type.
    files: ["tests/**", "e2e/**", "**/*.test.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  globalIgnores([".next/**", "lib/generated/**", "data/**", "node_modules/**", "next-env.d.ts", "playwright-report/**", "test-results/**"]),
]);
