// The hand-written baseline of the benchmarks: a vanilla custom element that renders the
// same markup as a populated <benelux-news-list> (French, default options) from the same
// JSON Feed, the way a careful engineer would write it by hand: one <template> cloned per
// item, text set with textContent, URLs checked, Intl formatters created once.
//
// Given `src` instead of `feed`, it is the naive element of the layout-shift, network and
// long-task benchmarks: each element fetches on its own (nothing shared), reserves no
// space while loading and has no `lazy`.

const item = document.createElement('template');
item.innerHTML =
  '<li><article part="item" class="card"><h3 part="title"><a part="link"></a></h3>' +
  '<p part="meta"><time part="date"></time><span part="views"></span></p>' +
  '<p part="summary"></p><a part="read-more">Lire plus<span class="visually-hidden"></span></a>' +
  '</article></li>';

/** Created on first render (an element learns its language when it renders), then kept. */
let formats;
function intl() {
  formats ??= {
    date: new Intl.DateTimeFormat('fr', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'Europe/Brussels',
    }),
    number: new Intl.NumberFormat('fr'),
    plural: new Intl.PluralRules('fr'),
  };
  return formats;
}

function safeUrl(value, base) {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The widget's own CSS (bench/run.mjs puts it in the page), parsed once on first use. */
let sheet;

export class VanillaNewsList extends HTMLElement {
  #feed;

  constructor() {
    super();
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(globalThis.benchCss ?? '');
    }
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
  }

  set feed(raw) {
    this.#feed = raw;
    if (this.isConnected) this.render(document.baseURI);
  }

  connectedCallback() {
    if (this.#feed) return this.render(document.baseURI);
    const src = this.getAttribute('src');
    if (src) {
      fetch(src)
        .then((r) => r.json())
        .then((raw) => {
          this.#feed = raw;
          this.render(new URL(src, document.baseURI).href);
        });
    }
  }

  render(base) {
    const limit = Number(this.getAttribute('limit') ?? 5);
    const items = [];
    for (const raw of this.#feed.items) {
      if (items.length === limit) break;
      if (raw?.id == null || raw._benelux?.kind === 'theme') continue;
      items.push(raw);
    }
    const root = this.shadowRoot;
    root.textContent = '';
    const status = document.createElement('div');
    status.setAttribute('part', 'status');
    status.setAttribute('role', 'status');
    const count = document.createElement('span');
    count.className = 'visually-hidden';
    count.textContent = `${items.length} actualités chargées`;
    status.append(count);
    const { date: dateFormat, number: numberFormat, plural } = intl();
    const list = document.createElement('ul');
    list.setAttribute('part', 'list');
    for (const raw of items) {
      const li = item.content.firstChild.cloneNode(true);
      const [link, time, views, summary, more] = li.querySelectorAll(
        '[part=link],[part=date],[part=views],[part=summary],[part=read-more]',
      );
      const href = safeUrl(raw.url, base) ?? safeUrl(raw.external_url, base);
      const title = typeof raw.title === 'string' ? raw.title.trim() : '';
      link.href = href;
      link.textContent = title;
      more.href = href;
      more.lastChild.textContent = `: ${title}`;
      const date = new Date(raw.date_published);
      time.dateTime = date.toISOString();
      time.textContent = dateFormat.format(date);
      const n = raw._benelux.views;
      views.textContent = `${numberFormat.format(n)} ${plural.select(n) === 'one' ? 'vue' : 'vues'}`;
      summary.textContent = raw.summary;
      list.append(li);
    }
    root.append(status, list);
    this.setAttribute('state', 'populated');
  }
}

customElements.define('vanilla-news-list', VanillaNewsList);
