import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

/**
 * The layers of CONVENTIONS.md, as errors: a forbidden import is a design error, not a style issue.
 * Each folder gets one `no-restricted-imports` block (a later block would replace, not extend, an earlier one
 * for the same files). The regexes catch the `@/` alias and relative paths climbing to the same folder.
 */
const layer = (name) => `^(@/|(\\.\\./)+)${name}(/|$)`;
const forbid = (rules) => ({
  "no-restricted-imports": ["error", { patterns: rules.map(([name, message]) => ({ regex: layer(name), message })) }],
});

export default defineConfig([
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "node_modules/**",
    "drizzle/**",
    "e2e/.data*/**",
    "e2e/.auth*/**",
    "playwright-report/**",
    "test-results/**",
    "next-env.d.ts",
  ]),
  ...nextVitals,
  ...nextTs,
  {
    name: "boussole/conventions",
    rules: {
      // A leading underscore marks a parameter or element kept for its position (`(_row, i) =>`, `[, b]`).
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // The browser tests, with type information: a Playwright call or `expect(locator)` without `await` is an
    // assertion that never runs; a fixed sleep hides what the test waits for (CONVENTIONS: no waitForTimeout).
    name: "boussole/e2e",
    files: ["e2e/**/*.ts", "playwright.config.ts"],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      // Playwright's fixtures call `use(…)`: not React's hook, and there is no React in these files.
      "react-hooks/rules-of-hooks": "off",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      "no-restricted-properties": [
        "error",
        { property: "waitForTimeout", message: "Attendez ce que l'utilisateur verrait (expect(…).toBeVisible(), toHaveURL…), pas une durée." },
        { object: "test", property: "only", message: "test.only ne doit pas être commité." },
        { object: "describe", property: "only", message: "describe.only ne doit pas être commité." },
      ],
    },
  },
  {
    name: "boussole/boundaries/db",
    files: ["db/**/*.{ts,tsx}"],
    rules: forbid([
      ["lib/actions", "db/ ne dépend pas des actions : elles appellent db/, pas l'inverse (erreurs de lib/domain/errors)."],
      ["components", "db/ ne dépend pas de l'interface (components/)."],
      ["app", "db/ ne dépend pas des routes (app/)."],
    ]),
  },
  {
    name: "boussole/boundaries/components",
    files: ["components/**/*.{ts,tsx}"],
    rules: forbid([["db", "components/ n'accède pas aux données : la page passe les valeurs, le formulaire une action."]]),
  },
  {
    name: "boussole/boundaries/lib",
    files: ["lib/**/*.{ts,tsx}"],
    rules: forbid([
      ["components", "lib/ est sans React : pas d'import de components/."],
      ["app", "lib/ ne dépend pas des routes (app/)."],
    ]),
  },
]);
