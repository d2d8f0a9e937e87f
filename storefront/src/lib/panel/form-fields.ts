/** A form field's text, trimmed; an absent field reads as "". */
export const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim()
/** A whole number typed into a form, or NaN; the backend says what is wrong with it. */
export const whole = (value: string) => (/^-?\d+$/.test(value) ? Number(value) : Number.NaN)
