/**
 * Parts written one after another as sentences, empty ones left out: each but the last takes a full stop
 * unless it already ends with one (a Russian date's "2026 г." takes no second: "г.. Направление").
 */
export const joinSentences = (parts: readonly (string | null | undefined | false)[]): string =>
  parts
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .map((part, i, all) => (i === all.length - 1 || /[.!?…]$/.test(part) ? part : `${part}.`))
    .join(' ');
