// One linter for the whole repo: `npm run lint`. Formatting is Prettier's job (`npm run format`),
// so eslint-config-prettier comes last and switches off every rule that would fight it.
import medusa from "@medusajs/eslint-plugin"
import prettier from "eslint-config-prettier"
import astro from "eslint-plugin-astro"
import reactHooks from "eslint-plugin-react-hooks"
import tseslint from "typescript-eslint"
import { defineConfig } from "eslint/config"

// Medusa's preset is written for a project whose root holds `src/`: its blocks name files as
// `src/api/**`, `**/modules/**` and so on. Here they are re-rooted on backend/src. Its own
// global ignores and parser block are left out: they would also hide the repo's tests from
// the TypeScript rules, and typescript-eslint already parses .ts. Like the preset, its rules
// skip test files, which are not Medusa sources.
const medusaTestFiles = ["**/*.spec.*", "**/*.test.*", "**/__tests__/**", "**/__fixtures__/**", "**/__mocks__/**"]
const medusaForBackend = medusa.configs.recommended
  .filter((block) => block.rules && Object.keys(block.rules).length > 0)
  .map((block) => ({
    ...block,
    basePath: "backend/src",
    files: block.files.map((pattern) => pattern.replace(/^src\//, "")),
    ignores: [...(block.ignores ?? []).map((pattern) => pattern.replace(/^src\//, "")), ...medusaTestFiles],
  }))

// eslint-plugin-astro's recommended rules come in a block without `files`; keep them on .astro files.
const astroForStorefront = astro.configs["flat/recommended"].map((block) =>
  block.rules && !block.files ? { ...block, files: ["storefront/**/*.astro"] } : block
)

export default defineConfig(
  {
    name: "pasar-desa/ignores",
    ignores: ["**/.medusa/", "**/dist/", "**/.astro/", "**/.data/", "**/coverage/", "**/.cache/", "backend/static/", "**/public/admin/"],
  },
  {
    name: "pasar-desa/typescript",
    files: ["**/*.{ts,tsx,mts,cts}"],
    extends: [tseslint.configs.recommended],
    rules: {
      // A leading underscore marks a binding left unused on purpose: a field kept out of a
      // `...rest` copy, a parameter that an interface requires.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    name: "pasar-desa/tests",
    files: ["backend/integration-tests/**", "**/*.{spec,test}.{ts,tsx}", "tests/**"],
    rules: {
      // Tests and benchmarks read JSON answers over HTTP and check them with assertions;
      // a hand-written type for every answer would only restate what the assertions check.
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
  { name: "pasar-desa/medusa-plugin", plugins: { "@medusajs": medusa } },
  ...medusaForBackend,
  ...astroForStorefront,
  {
    name: "pasar-desa/react-hooks",
    files: ["storefront/**/*.tsx", "backend/src/admin/**/*.tsx"],
    ...reactHooks.configs.flat.recommended,
  },
  prettier
)
