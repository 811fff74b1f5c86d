/**
 * The CSV details the roster's export and import must agree on: RFC 4180 quoting, and the
 * guard against spreadsheet formulas. Roster values come from any participant, and a roster
 * CSV is meant to be opened in a spreadsheet: a name like `=HYPERLINK("http://evil", "Sur")`
 * would run as a formula there. The export prefixes such values with an apostrophe, which
 * spreadsheets read as "this is text", and the import takes it off again, so a round trip
 * keeps every value as it was.
 */

/** First characters that make a spreadsheet read a cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/

/** `value` made safe to open in a spreadsheet: an apostrophe before a formula's first character. */
export function protectFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

/** Undoes {@link protectFormula}: drops the apostrophe it adds, and only that one. */
export function unprotectFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value
}

/**
 * One CSV field, quoted when it holds the delimiter, a quote, a line break or spaces at either
 * end (which some readers trim), with quotes doubled (RFC 4180).
 */
export function quoteCsvField(value: string, delimiter = ','): string {
  const needsQuotes = value.includes(delimiter) || /["\r\n]/.test(value) || value !== value.trim()
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value
}
