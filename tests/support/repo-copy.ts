import { execFileSync } from "node:child_process"
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { REPO_ROOT } from "../../scripts/stack/config.ts"

const WORKSPACES = ["backend", "storefront", "seed", "tests"]

/** Builds a first start made, kept for later copies: each carries the source hash `npm start` compares, so a stale one is rebuilt. */
const BUILD_CACHE = path.join(os.tmpdir(), "pasar-desa-e2e-builds")
const BUILDS = ["backend/.medusa/server", "storefront/dist"]

/** Keeps the builds of a copy that has started once, for `copyRepo({ reuseBuilds: true })`. */
export function keepBuilds(dir: string) {
  for (const build of BUILDS) {
    if (!existsSync(path.join(dir, build))) continue
    rmSync(path.join(BUILD_CACHE, build), { recursive: true, force: true })
    cpSync(path.join(dir, build), path.join(BUILD_CACHE, build), { recursive: true, verbatimSymlinks: true })
  }
}

/**
 * A fresh checkout of the working tree in a temporary folder, as a new user
 * would have after cloning: tracked and new files, no builds, no .data. The
 * installed node_modules are linked rather than copied, to save minutes.
 * With `reuseBuilds`, the builds another suite kept are copied in (suites that
 * test something else than a first build save its minutes).
 */
export function copyRepo({ reuseBuilds = false } = {}): { dir: string; remove: () => void } {
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
  if (reuseBuilds) {
    for (const build of BUILDS.filter((build) => existsSync(path.join(BUILD_CACHE, build)))) {
      cpSync(path.join(BUILD_CACHE, build), path.join(dir, build), { recursive: true, verbatimSymlinks: true })
    }
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
