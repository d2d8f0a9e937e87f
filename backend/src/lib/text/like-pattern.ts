/** A SQL LIKE pattern for "contains this text": `%` and `_` typed by a person are letters to look for, not wildcards. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
