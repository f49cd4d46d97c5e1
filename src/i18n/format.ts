/** Intl formatters, created once per locale tag and shared by every widget on the page. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function cached<T>(map: Map<string, T>, tag: string, make: () => T): T {
  let value = map.get(tag);
  if (!value) {
    value = make();
    map.set(tag, value);
  }
  return value;
}

/**
 * "16 juil. 2020", "16 jul 2020", "16. Juli 2020". Dates are shown in Benelux time,
 * where the news is published, whatever the reader's own time zone.
 */
export function formatDate(date: Date, tag: string): string {
  return cached(
    dateFormats,
    tag,
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
  return cached(numberFormats, tag, () => new Intl.NumberFormat(tag)).format(n);
}

/** The CLDR plural category of `n` in `tag`: `one`, `other`, … */
export function pluralCategory(n: number, tag: string): Intl.LDMLPluralRule {
  return cached(pluralRules, tag, () => new Intl.PluralRules(tag)).select(n);
}
