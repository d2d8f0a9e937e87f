import type { indonesian } from "./id"

// Types `t` after the Indonesian strings, so a key that does not exist fails the type check
// (`tsc -p backend/tsconfig.admin.json`); en.ts must have the same keys by its own type.
declare module "i18next" {
  interface CustomTypeOptions {
    resources: { pasarDesa: typeof indonesian }
  }
}
