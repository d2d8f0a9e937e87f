const MONTH = new Intl.DateTimeFormat("id-ID", { month: "short", year: "2-digit", timeZone: "UTC" })
const monthLabel = (month: string) => MONTH.format(new Date(`${month}-01T00:00:00Z`))

type Props = { title: string; months: string[]; values: number[] }

/**
 * A bar per month as plain SVG: a dozen bars need no chart library. The
 * figures are written on the bars and listed in the title, so the chart reads
 * without colour and a screen reader hears the numbers.
 */
export const MonthBars = ({ title, months, values }: Props) => {
  const width = 640
  const height = 160
  const top = 16
  const bottom = 20
  const highest = Math.max(1, ...values)
  const slot = width / Math.max(1, months.length)
  const barHeight = (value: number) => ((height - top - bottom) * value) / highest
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" className="text-ui-fg-interactive h-auto w-full max-w-[640px]" aria-label={title}>
      <title>{`${title}: ${months.map((month, index) => `${monthLabel(month)} ${values[index]}`).join(", ")}`}</title>
      {months.map((month, index) => {
        const x = index * slot + slot * 0.15
        const h = barHeight(values[index])
        return (
          <g key={month}>
            <rect x={x} y={height - bottom - h} width={slot * 0.7} height={h} fill="currentColor" />
            <text x={x + slot * 0.35} y={height - bottom - h - 4} textAnchor="middle" fontSize="11" fill="currentColor">
              {values[index]}
            </text>
            <text x={x + slot * 0.35} y={height - 6} textAnchor="middle" fontSize="10" fill="currentColor" opacity={0.7}>
              {monthLabel(month)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
