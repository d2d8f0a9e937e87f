import { useSearchParams } from "react-router-dom"

/**
 * A list page's filters and paging, kept in its address (a coordinator can share or reload it):
 * the current params, and `change` to set some at once, where "" or 0 removes one.
 */
export function usePageParams() {
  const [params, setParams] = useSearchParams()
  const change = (changes: Record<string, string | number>) => {
    const next = new URLSearchParams(params)
    for (const [key, value] of Object.entries(changes)) {
      if (value === "" || value === 0) next.delete(key)
      else next.set(key, String(value))
    }
    setParams(next)
  }
  return [params, change] as const
}
