// One formatter for the repo: `npm run format` writes, `npm run format:check` is CI's check.
// It keeps the style the code was written in: no semicolons, double quotes, trailing commas
// where ES5 allows them, and wide lines (half are under 45 characters, 1 in 50 goes past 160).
/** @type {import("prettier").Config} */
export default {
  semi: false,
  trailingComma: "es5",
  printWidth: 160,
  plugins: ["prettier-plugin-astro"],
  overrides: [{ files: "*.astro", options: { parser: "astro" } }],
}
