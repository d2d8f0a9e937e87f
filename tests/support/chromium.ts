import { existsSync } from "node:fs"
import { chromium, type Browser } from "playwright-core"

const SYSTEM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]

/** Chromium from CHROMIUM_PATH or the system; undefined when there is none (the browser tests then skip, saying why). */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    return existsSync(fromEnv) ? fromEnv : undefined
  }
  return SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate))
}

export const NO_CHROMIUM_REASON = "no Chromium found: set CHROMIUM_PATH or install it (apt-get install chromium)"

/** Quiet and offline: no sandbox (root), no GPU, nothing phoning Google's update and sync services. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
    // playwright gives every launch a fresh temporary profile of its own.
  })
}
