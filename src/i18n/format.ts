/** Intl formatters, created once per kind and locale tag and shared by every widget on the page. */
const formats = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let value = formats.get(key) as T | undefined;
  if (!value) formats.set(key, (value = make()));
  return value;
}

/**
 * "16 juil. 2020", "16 jul 2020", "16. Juli 2020". Dates are shown in Benelux time,
 * where the news is published, whatever the reader's own time zone.
 */
export function formatDate(date: Date, tag: string): string {
  return cached(
    `d${tag}`,
    () =>
      new Intl.DateTimeFormat(tag, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'Europe/Brussels',
      }),
  ).format(date);
}

export function formatNumber(n: number, tag: string): string {
  return cached(`n${tag}`, () => new Intl.NumberFormat(tag)).format(n);
}

/** The CLDR plural category of `n` in `tag`: `one`, `other`, … */
export function pluralCategory(n: number, tag: string): Intl.LDMLPluralRule {
  return cached(`p${tag}`, () => new Intl.PluralRules(tag)).select(n);
}
