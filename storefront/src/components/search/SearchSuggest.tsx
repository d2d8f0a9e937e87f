import { useEffect, useId, useRef, useState } from "react"

type Suggestion = { handle: string; title: string }
type Props = { name: string; value: string; placeholder: string; label: string; productPath: string; suggestUrl: string }

/**
 * The search box of the results page, with suggestions as you type. Server-
 * rendered as a plain input, so the form works before (or without) JavaScript;
 * once hydrated it asks the storefront for up to six matching products as the
 * buyer types (not for the words the page was opened with: those results are
 * already on the page). Suggestions are a plain list of links, reachable with
 * Tab, rather than a listbox whose options would hold links.
 */
export default function SearchSuggest({ name, value, placeholder, label, productPath, suggestUrl }: Props) {
  const [query, setQuery] = useState(value)
  const [typed, setTyped] = useState(false)
  const [suggestions, setSuggestions] = useState<Suggestion[]>([])
  const listId = useId()
  const latest = useRef(0)

  useEffect(() => {
    const text = query.trim()
    if (!typed || text.length < 2) {
      setSuggestions([])
      return
    }
    const ticket = ++latest.current
    const timer = setTimeout(async () => {
      const response = await fetch(`${suggestUrl}?q=${encodeURIComponent(text)}`).catch(() => null)
      const body = response?.ok ? ((await response.json()) as { suggestions: Suggestion[] }) : { suggestions: [] }
      // Only the answer to the newest keystroke may show: older ones arrive late on slow links.
      if (ticket === latest.current) {
        setSuggestions(body.suggestions)
      }
    }, 200)
    return () => clearTimeout(timer)
  }, [query, typed, suggestUrl])

  return (
    <div className="suggest">
      <label>
        <span className="visually-hidden">{label}</span>
        <input
          type="search"
          name={name}
          value={query}
          placeholder={placeholder}
          maxLength={200}
          autoComplete="off"
          enterKeyHint="search"
          aria-controls={suggestions.length ? listId : undefined}
          onChange={(event) => {
            setTyped(true)
            setQuery(event.target.value)
          }}
        />
      </label>
      {suggestions.length > 0 && (
        <ul id={listId} className="suggestions" aria-label={label}>
          {suggestions.map((suggestion) => (
            <li key={suggestion.handle}>
              <a href={`${productPath}/${suggestion.handle}`}>{suggestion.title}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
