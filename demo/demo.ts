// The demo partner page's own script (no inline script: the page works under a strict CSP).
// It translates the page's own texts, switches <html lang> (the widgets follow by
// themselves) and the theme, and shows the widgets' events as a host's analytics would.
// `?lang=nl&theme=dark` in the address picks both on load.

type Lang = 'fr' | 'nl' | 'de' | 'en';
type Theme = 'auto' | 'light' | 'dark' | 'partner';

const TEXTS: Record<string, Record<Lang, string>> = {
  skip: {
    fr: 'Aller au contenu',
    nl: 'Naar de inhoud',
    de: 'Zum Inhalt',
    en: 'Skip to content',
  },
  brand: {
    fr: 'Police · Coopération Benelux',
    nl: 'Politie · Beneluxsamenwerking',
    de: 'Polizei · Benelux-Zusammenarbeit',
    en: 'Police · Benelux cooperation',
  },
  menu: { fr: 'Menu', nl: 'Menu', de: 'Menü', en: 'Menu' },
  'nav.theme': { fr: 'Thème', nl: 'Thema', de: 'Thema', en: 'Theme' },
  'nav.news': { fr: 'Actualité', nl: 'Nieuws', de: 'Aktuelles', en: 'News' },
  'nav.article': { fr: 'Article', nl: 'Artikel', de: 'Artikel', en: 'Article' },
  'nav.bilingual': { fr: 'FR · NL', nl: 'FR · NL', de: 'FR · NL', en: 'FR · NL' },
  language: { fr: 'Langue', nl: 'Taal', de: 'Sprache', en: 'Language' },
  theme: { fr: 'Affichage', nl: 'Weergave', de: 'Darstellung', en: 'Display' },
  'theme.auto': { fr: 'Automatique', nl: 'Automatisch', de: 'Automatisch', en: 'Automatic' },
  'theme.light': { fr: 'Clair', nl: 'Licht', de: 'Hell', en: 'Light' },
  'theme.dark': { fr: 'Sombre', nl: 'Donker', de: 'Dunkel', en: 'Dark' },
  'theme.partner': {
    fr: 'Couleurs partenaire',
    nl: 'Partnerkleuren',
    de: 'Partnerfarben',
    en: 'Partner colors',
  },
  breadcrumb: { fr: 'Fil d’Ariane', nl: 'Kruimelpad', de: 'Brotkrumenpfad', en: 'Breadcrumb' },
  'crumb.home': { fr: 'Accueil', nl: 'Home', de: 'Startseite', en: 'Home' },
  'crumb.security': { fr: 'Sécurité', nl: 'Veiligheid', de: 'Sicherheit', en: 'Security' },
  title: {
    fr: 'Concertation Senningen',
    nl: 'Overleg van Senningen',
    de: 'Senninger Konsultation',
    en: 'Senningen Consultation',
  },
  lead: {
    fr: 'Police, justice et services de sécurité de Belgique, des Pays-Bas et du Luxembourg travaillent ensemble au-delà des frontières.',
    nl: 'Politie, justitie en veiligheidsdiensten van België, Nederland en Luxemburg werken samen over de grenzen heen.',
    de: 'Polizei, Justiz und Sicherheitsdienste aus Belgien, den Niederlanden und Luxemburg arbeiten grenzüberschreitend zusammen.',
    en: 'Police, justice and security services of Belgium, the Netherlands and Luxembourg work together across borders.',
  },
  'theme.heading': { fr: 'Généralités', nl: 'Algemeen', de: 'Allgemeines', en: 'Overview' },
  'theme.fallback': {
    fr: 'Lire la présentation du thème',
    nl: 'Lees de voorstelling van het thema',
    de: 'Die Vorstellung des Themas lesen',
    en: 'Read the theme’s overview',
  },
  'news.heading': { fr: 'Actualité', nl: 'Nieuws', de: 'Aktuelles', en: 'News' },
  'news.fallback': {
    fr: 'Toute l’actualité du Benelux',
    nl: 'Al het Beneluxnieuws',
    de: 'Alle Benelux-Nachrichten',
    en: 'All Benelux news',
  },
  'article.kicker': { fr: 'Article', nl: 'Artikel', de: 'Artikel', en: 'Article' },
  'article.title': {
    fr: 'Des équipes de police belge et néerlandaise patrouillent ensemble à Knokke',
    nl: 'Belgische en Nederlandse politieteams patrouilleren samen in Knokke',
    de: 'Belgische und niederländische Polizeiteams patrouillieren gemeinsam in Knokke',
    en: 'Belgian and Dutch police teams patrol together in Knokke',
  },
  'article.p1': {
    fr: 'Depuis la semaine dernière, la police locale de Damme/Knokke-Heist reçoit le renfort de policiers néerlandais pour lutter contre les nuisances dans le district de Knokke.',
    nl: 'Sinds vorige week krijgt de lokale politie van Damme/Knokke-Heist versterking van Nederlandse agenten om overlast in het district Knokke aan te pakken.',
    de: 'Seit letzter Woche wird die lokale Polizei von Damme/Knokke-Heist von niederländischen Beamten verstärkt, um Störungen im Bezirk Knokke zu bekämpfen.',
    en: 'Since last week, the local police of Damme/Knokke-Heist have been reinforced by Dutch officers to tackle nuisance in the Knokke district.',
  },
  'article.p2': {
    fr: 'Les patrouilles mixtes s’appuient sur le traité de police Benelux, qui permet aux agents d’un pays d’intervenir sur le territoire d’un autre, sous l’autorité locale. L’expérience de l’été servira de modèle à d’autres communes frontalières.',
    nl: 'De gemengde patrouilles steunen op het Benelux-politieverdrag, waardoor agenten van het ene land op het grondgebied van een ander kunnen optreden, onder lokaal gezag. De ervaring van deze zomer wordt een voorbeeld voor andere grensgemeenten.',
    de: 'Die gemischten Streifen stützen sich auf den Benelux-Polizeivertrag, der Beamten eines Landes erlaubt, unter örtlicher Leitung auf dem Gebiet eines anderen einzuschreiten. Die Erfahrung dieses Sommers soll anderen Grenzgemeinden als Vorbild dienen.',
    en: 'The joint patrols rely on the Benelux police treaty, which lets officers of one country act on another’s territory under local authority. This summer’s experience will serve as a model for other border towns.',
  },
  'aside.heading': {
    fr: 'Dernières nouvelles',
    nl: 'Laatste nieuws',
    de: 'Neueste Meldungen',
    en: 'Latest news',
  },
  'bilingual.heading': {
    fr: 'Deux langues sur une page',
    nl: 'Twee talen op één pagina',
    de: 'Zwei Sprachen auf einer Seite',
    en: 'Two languages on one page',
  },
  'bilingual.intro': {
    fr: 'Chaque colonne a son propre attribut lang : chaque widget suit sa langue, quelle que soit celle de la page.',
    nl: 'Elke kolom heeft een eigen lang-attribuut: elke widget volgt zijn taal, welke taal de pagina ook heeft.',
    de: 'Jede Spalte hat ihr eigenes lang-Attribut: Jedes Widget folgt seiner Sprache, unabhängig von der Sprache der Seite.',
    en: 'Each column has its own lang attribute: each widget follows its language, whatever the page’s language.',
  },
  footer: {
    fr: 'Page de démonstration de @benelux/widgets — données d’exemple, aucun suivi.',
    nl: 'Demopagina van @benelux/widgets — voorbeeldgegevens, geen tracking.',
    de: 'Demoseite von @benelux/widgets — Beispieldaten, kein Tracking.',
    en: 'Demo page of @benelux/widgets — sample data, no tracking.',
  },
  opened: {
    fr: 'Événement benelux-item-click :',
    nl: 'Gebeurtenis benelux-item-click:',
    de: 'Ereignis benelux-item-click:',
    en: 'benelux-item-click event:',
  },
};

const LANGS: readonly Lang[] = ['fr', 'nl', 'de', 'en'];
const THEMES: readonly Theme[] = ['auto', 'light', 'dark', 'partner'];
const root = document.documentElement;
const text = (key: string) => TEXTS[key]?.[root.lang as Lang] ?? TEXTS[key]?.fr ?? '';

/** The page's own texts follow <html lang>; the widgets do so by themselves. */
function setLanguage(lang: Lang): void {
  root.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = text(el.dataset.i18n!);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    el.setAttribute('aria-label', text(el.dataset.i18nLabel!));
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  }
  document.title = `${text('brand')} — ${text('title')}`;
}

/** Light, dark, or a partner's colors: all through `color-scheme` and `--benelux-*` tokens. */
function setTheme(theme: Theme): void {
  root.dataset.theme = theme;
  document.querySelector<HTMLSelectElement>('#theme-select')!.value = theme;
}

const params = new URLSearchParams(location.search);
const initialLang = params.get('lang') as Lang | null;
const initialTheme = params.get('theme') as Theme | null;
setLanguage(initialLang && LANGS.includes(initialLang) ? initialLang : 'fr');
setTheme(initialTheme && THEMES.includes(initialTheme) ? initialTheme : 'auto');

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang as Lang));
}
document
  .querySelector<HTMLSelectElement>('#theme-select')!
  .addEventListener('change', (e) => setTheme((e.target as HTMLSelectElement).value as Theme));

// What a host's analytics would hear: the library itself tracks nobody.
const log = document.querySelector('#event-log')!;
document.addEventListener('benelux-item-click', (e) => {
  const { item } = (e as CustomEvent<{ item: { id: string } }>).detail;
  log.textContent = `${text('opened')} ${item.id}`;
});
