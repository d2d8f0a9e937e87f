import { fileURLToPath } from "node:url"

/** True when this module is the script node was started with (`npm run bench:<name>`), not an import of `npm run bench`. */
export function isMain(moduleUrl: string) {
  return process.argv[1] !== undefined && fileURLToPath(moduleUrl) === process.argv[1]
}
