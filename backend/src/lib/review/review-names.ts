/** How buyers see a review's writer: "Siti R.", never their email; "Pembeli" when the account has no name. */
export function reviewerName(firstName?: string | null, lastName?: string | null): string {
  const first = firstName?.trim().split(/\s+/)[0] ?? ""
  const initial = lastName?.trim().charAt(0).toUpperCase() ?? ""
  if (!first) return "Pembeli"
  return initial ? `${first} ${initial}.` : first
}
