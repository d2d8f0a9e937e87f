import { execFileSync } from "node:child_process"
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { REPO_ROOT } from "../../scripts/stack/config.ts"

const WORKSPACES = ["backend", "storefront", "seed", "tests"]

/**
 * A fresh checkout of the working tree in a temporary folder, as a new user
 * would have after cloning: tracked and new files, no builds, no .data. The
 * installed node_modules are linked rather than copied, to save minutes.
 */
export function copyRepo(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pasar-desa-copy-"))
  // The embedded PostgreSQL runs as the user "postgres" when we are root: it must reach the folder.
  chmodSync(dir, 0o755)
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: REPO_ROOT, encoding: "utf8" })
    .split("\0")
    .filter((file) => file && existsSync(path.join(REPO_ROOT, file)))
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    cpSync(path.join(REPO_ROOT, file), path.join(dir, file))
  }
  for (const folder of ["", ...WORKSPACES]) {
    const modules = path.join(REPO_ROOT, folder, "node_modules")
    if (existsSync(modules)) {
      symlinkSync(modules, path.join(dir, folder, "node_modules"), "dir")
    }
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
