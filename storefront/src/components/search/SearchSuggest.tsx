import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react"

type Suggestion = { handle: string; title: string }
type Props = { name: string; value: string; placeholder: string; label: string; productPath: string; suggestUrl: string }

/**
 * The search box of the results page, with suggestions as you type. Server-
 * rendered as a plain input, so the form works before (or without) JavaScript;
 * once hydrated it asks the storefront for up to six matching products. The
 * suggestions are plain links (a listbox may not hold links), and they wait for
 * the first keystroke: the query the page was opened with already has its results
 * below, and a list opening over them unasked would hide them. Arrow keys move
 * between the box and the links, Escape closes the list.
 */
export default function SearchSuggest({ name, value, placeholder, label, productPath, suggestUrl }: Props) {
  const [query, setQuery] = useState(value)
  const [suggestions, setSuggestions] = useState<Suggestion[]>([])
  const listId = useId()
  const latest = useRef(0)
  const typed = useRef(false)
  const input = useRef<HTMLInputElement>(null)
  const list = useRef<HTMLUListElement>(null)

  /** Arrow keys walk from the box into the suggestions and between them; Escape closes them and returns to the box. */
  function moveFocus(event: KeyboardEvent<HTMLElement>) {
    const links = [...(list.current?.querySelectorAll("a") ?? [])]
    const at = links.indexOf(document.activeElement as HTMLAnchorElement)
    if (event.key === "Escape" && links.length) {
      event.preventDefault()
      setSuggestions([])
      input.current?.focus()
    } else if (event.key === "ArrowDown" && links.length) {
      event.preventDefault()
      links[Math.min(at + 1, links.length - 1)].focus()
    } else if (event.key === "ArrowUp" && at >= 0) {
      event.preventDefault()
      if (at === 0) input.current?.focus()
      else links[at - 1].focus()
    }
  }

  useEffect(() => {
    const text = query.trim()
    if (!typed.current || text.length < 2) {
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
  }, [query, suggestUrl])

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
          ref={input}
          onKeyDown={moveFocus}
          onChange={(event) => {
            typed.current = true
            setQuery(event.target.value)
          }}
        />
      </label>
      {suggestions.length > 0 && (
        <ul id={listId} className="suggestions" aria-label={label} ref={list} onKeyDown={moveFocus}>
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
