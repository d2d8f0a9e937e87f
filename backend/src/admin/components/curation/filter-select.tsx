import { Label, Select } from "@medusajs/ui"

/** Radix Select refuses an empty item value, so "all" stands for "no filter". */
export const ALL = "all"

export type FilterOption = { value: string; label: string }

type Props = {
  id: string
  label: string
  value: string | undefined
  allLabel: string
  options: FilterOption[]
  onChange: (value: string | undefined) => void
}

export const FilterSelect = ({ id, label, value, allLabel, options, onChange }: Props) => (
  <div className="flex min-w-[200px] flex-col gap-y-1">
    <Label htmlFor={id} size="xsmall" weight="plus">
      {label}
    </Label>
    <Select value={value ?? ALL} onValueChange={(next) => onChange(next === ALL ? undefined : next)} size="small">
      <Select.Trigger id={id}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ALL}>{allLabel}</Select.Item>
        {options.map((option) => (
          <Select.Item key={option.value} value={option.value}>
            {option.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </div>
)
