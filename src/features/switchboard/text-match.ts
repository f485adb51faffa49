/**
 * Folds text for a search that ignores case and accents: "Großhandel" and "GROSSHANDEL"
 * meet, as do "Peña" and "pena", "Ёлка" and "елка". Lower-casing comes first and follows the
 * app's language (a Turkish "İ" is an "i" before its dot could be stripped), then NFKD splits
 * accents and compatibility forms (full-width letters) off their letters and the marks go.
 */
export function foldText(text: string, locale: string): string {
  return text
    .toLocaleLowerCase(locale)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .trim()
}

/** A test for "contains the query", or undefined when the query is blank. */
export function textMatcher(
  query: string,
  locale: string,
): ((text: string) => boolean) | undefined {
  const folded = foldText(query, locale)
  if (folded === '') return undefined
  return (text) => foldText(text, locale).includes(folded)
}
