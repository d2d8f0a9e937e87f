import { describe, expect, it } from "vitest"
import { CURATION_ACTIONS, CURATION_STATES, nextCurationState, reasonRequired, type CurationAction, type CurationState } from "./states"

const allowed: Array<[CurationState, CurationAction, CurationState]> = [
  ["draft", "submit", "submitted"],
  ["submitted", "approve", "approved"],
  ["submitted", "request_changes", "changes_requested"],
  ["submitted", "reject", "rejected"],
  ["approved", "revoke", "revoked"],
  ["changes_requested", "submit", "submitted"],
  ["revoked", "submit", "submitted"],
  ["approved", "reopen", "submitted"],
]

describe("curation lifecycle", () => {
  it.each(allowed)("from %s, %s leads to %s", (from, action, to) => {
    expect(nextCurationState(from, action)).toBe(to)
  })

  const refused = CURATION_STATES.flatMap((from) => CURATION_ACTIONS.map((action) => [from, action] as const)).filter(
    ([from, action]) => !allowed.some(([allowedFrom, allowedAction]) => allowedFrom === from && allowedAction === action)
  )

  it.each(refused)("from %s, %s is refused naming the current state", (from, action) => {
    expect(() => nextCurationState(from, action)).toThrow(new RegExp(`curation state is ${from}`))
  })

  it("asks a reason for everything but approving and submitting", () => {
    expect(CURATION_ACTIONS.filter(reasonRequired)).toEqual(["request_changes", "reject", "revoke", "reopen"])
  })
})
