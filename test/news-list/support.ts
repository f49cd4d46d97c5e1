import { fixture, nextFrame } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/news-list.js';
import type { BeneluxNewsList } from '../../src/index.js';
import type { Locale } from '../support/helpers.js';

/** What each locale renders for the sample feed and the UI strings (xliff targets). */
export const EXPECTED: Record<
  Locale,
  {
    firstTitle: string;
    date: string;
    views: string;
    one: string;
    many: RegExp;
    loading: string;
    loaded: string;
    empty: string;
    error: string;
    retry: string;
    stale: string;
    readMore: string;
    related: string;
    more: string;
    fallback: string;
  }
> = {
  fr: {
    firstTitle: 'Des équipes de police belge et néerlandaise patrouillent ensemble à Knokke',
    date: '16 juil. 2020',
    views: '481 vues',
    one: '1 vue',
    many: /^1\s925 vues$/u,
    loading: 'Chargement des actualités…',
    loaded: '3 actualités chargées',
    empty: 'Aucune actualité pour le moment.',
    error: 'Les actualités n’ont pas pu être chargées.',
    retry: 'Réessayer',
    stale: 'Ces actualités ne sont peut-être plus à jour.',
    readMore: 'Lire plus',
    related: 'Actualités liées',
    more: 'Plus d’actualités',
    fallback: 'Ces actualités ne sont pas disponibles dans votre langue.',
  },
  nl: {
    firstTitle: 'Belgische en Nederlandse politieteams patrouilleren samen in Knokke',
    date: '16 jul 2020',
    views: '481 keer bekeken',
    one: '1 keer bekeken',
    many: /^1\.925 keer bekeken$/,
    loading: 'Nieuws wordt geladen…',
    loaded: '3 nieuwsberichten geladen',
    empty: 'Er is momenteel geen nieuws.',
    error: 'Het nieuws kon niet worden geladen.',
    retry: 'Opnieuw proberen',
    stale: 'Dit nieuws is mogelijk niet meer actueel.',
    readMore: 'Lees meer',
    related: 'Gerelateerd nieuws',
    more: 'Meer nieuws',
    fallback: 'Dit nieuws is niet beschikbaar in uw taal.',
  },
  de: {
    firstTitle: 'Belgische und niederländische Polizeiteams patrouillieren gemeinsam in Knokke',
    date: '16. Juli 2020',
    views: '481 Aufrufe',
    one: '1 Aufruf',
    many: /^1\.925 Aufrufe$/,
    loading: 'Nachrichten werden geladen…',
    loaded: '3 Nachrichten geladen',
    empty: 'Zurzeit gibt es keine Nachrichten.',
    error: 'Die Nachrichten konnten nicht geladen werden.',
    retry: 'Erneut versuchen',
    stale: 'Diese Nachrichten sind möglicherweise nicht mehr aktuell.',
    readMore: 'Weiterlesen',
    related: 'Verwandte Nachrichten',
    more: 'Weitere Nachrichten',
    fallback: 'Diese Nachrichten sind in Ihrer Sprache nicht verfügbar.',
  },
  en: {
    firstTitle: 'Belgian and Dutch police teams patrol together in Knokke',
    date: 'Jul 16, 2020',
    views: '481 views',
    one: '1 view',
    many: /^1,925 views$/,
    loading: 'Loading news…',
    loaded: '3 news items loaded',
    empty: 'No news at the moment.',
    error: 'The news could not be loaded.',
    retry: 'Retry',
    stale: 'These news may be out of date.',
    readMore: 'Read more',
    related: 'Related news',
    more: 'More news',
    fallback: 'This news is not available in your language.',
  },
};

export type { BeneluxNewsList };

export async function mount(template: TemplateResult): Promise<BeneluxNewsList> {
  return fixture<BeneluxNewsList>(template);
}

/** All elements of one part in the element's shadow root. */
export function parts<T extends Element = HTMLElement>(el: BeneluxNewsList, part: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(`[part~="${part}"]`)];
}

export function part<T extends Element = HTMLElement>(el: BeneluxNewsList, name: string): T {
  const found = el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part "${name}"`);
  return found;
}

/** Normalized text (whitespace collapsed). */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function titles(el: BeneluxNewsList): string[] {
  return parts(el, 'title').map(text);
}

export function ids(el: BeneluxNewsList): string[] {
  return parts<HTMLAnchorElement>(el, 'link').map((a) => a.href.split('/').filter(Boolean).pop()!);
}

/** Resolves after `n` animation frames (layout and observers have run). */
export async function frames(n = 2): Promise<void> {
  for (let i = 0; i < n; i++) await nextFrame();
}

/** Waits until `check()` is true (a condition, not a duration), or fails after `timeout` ms. */
export async function until(check: () => boolean | Promise<boolean>, what: string, timeout = 8000) {
  const end = performance.now() + timeout;
  while (!(await check())) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Captures console.warn/console.error calls while `fn` runs. */
export async function captureConsole<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; warns: unknown[][]; errors: unknown[][] }> {
  const warns: unknown[][] = [];
  const errors: unknown[][] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => void warns.push(args);
  console.error = (...args: unknown[]) => void errors.push(args);
  try {
    return { result: await fn(), warns, errors };
  } finally {
    Object.assign(console, { warn, error });
  }
}
