// The page side of bench/run.mjs: each function sets up or runs one step of a scenario in
// the current page and returns plain data. run.mjs measures the main thread's CPU time
// around the steps it times; performance.now() (precise to microseconds: the bench server
// makes pages cross-origin isolated) gives the wall-clock time as well.

const gc = globalThis.gc ?? (() => {});
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const SETTLED = ['populated', 'empty', 'error', 'stale'];

/** Resolves when the element reached a settled state (set as a host attribute). */
function settled(el) {
  return new Promise((resolve) => {
    if (SETTLED.includes(el.getAttribute('state'))) return resolve();
    const mo = new MutationObserver(() => {
      if (SETTLED.includes(el.getAttribute('state'))) {
        mo.disconnect();
        resolve();
      }
    });
    mo.observe(el, { attributes: true, attributeFilter: ['state'] });
  });
}

async function update(el) {
  if ('updateComplete' in el) while (!(await el.updateComplete));
}

function create(tag, attrs) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/** The shadow markup without Lit's comment markers and formatting whitespace. */
function markup(el) {
  return el.shadowRoot.innerHTML
    .replace(/<!--[^]*?-->/g, '')
    .replace(/>\s+</g, '><')
    .replace(/\s+/g, ' ')
    .replace(/> /g, '>')
    .replace(/ </g, '<');
}

const feeds = new Map();
async function feed(url) {
  if (!feeds.has(url)) feeds.set(url, await (await fetch(url)).json());
  return structuredClone(feeds.get(url));
}

let current;

/**
 * Prepare a first render (not measured): fetch and parse the feed, collect garbage and
 * let a frame pass. `render()` then creates the element, gives it the parsed feed,
 * attaches it, waits for its update and forces style and layout.
 */
export async function prepare(tag, url, limit) {
  await customElements.whenDefined(tag);
  current = { tag, url, limit, raw: await feed(url) };
  gc();
  await frame();
}

export async function render() {
  const t0 = performance.now();
  const el = create(current.tag, { limit: String(current.limit) });
  el.feed = current.raw;
  document.body.append(el);
  await update(el);
  const t1 = performance.now();
  el.getBoundingClientRect();
  current.el = el;
  return { script: t1 - t0, layout: performance.now() - t1 };
}

/** First render from `src` (fetch, parse, normalize, render), as most pages use it. */
export async function renderSrc(tag, src, limit) {
  await customElements.whenDefined(tag);
  const t0 = performance.now();
  const el = create(tag, { src, limit: String(limit) });
  document.body.append(el);
  await settled(el);
  await update(el);
  el.getBoundingClientRect();
  current = { el };
  return performance.now() - t0;
}

/** Re-render with unchanged data: the same feed, an update requested (as a `lang`,
 * `layout` or other change that leaves the items as they are would). */
export async function rerender() {
  const t0 = performance.now();
  current.el.requestUpdate();
  await update(current.el);
  current.el.getBoundingClientRect();
  return performance.now() - t0;
}

/** Prepare a re-render with an equal feed: a new object, same content (as a refresh). */
export async function prepareAgain() {
  current.raw = await feed(current.url);
  gc();
  await frame();
}

export async function again() {
  const t0 = performance.now();
  current.el.feed = current.raw;
  await update(current.el);
  current.el.getBoundingClientRect();
  return performance.now() - t0;
}

/** What the rendered element holds: item count and normalized markup. */
export function rendered() {
  const el = current.el;
  return { items: el.shadowRoot.querySelectorAll('[part~=item]').length, markup: markup(el) };
}

/** Does nothing: measures the cost of a measurement itself. */
export async function noop() {}

/** The CSS text of the widget's shadow root (given to the vanilla element). */
export async function widgetCss() {
  await customElements.whenDefined('benelux-news-list');
  const ctor = customElements.get('benelux-news-list');
  return ctor.elementStyles.map((s) => s.cssText).join('\n');
}

/** Elements with `src`, inserted at once (with content below them); resolves when settled. */
export async function mount(tag, src, count = 1, attrs = {}) {
  await customElements.whenDefined(tag);
  const els = Array.from({ length: count }, () => create(tag, { src, ...attrs }));
  const below = document.createElement('div');
  below.innerHTML = '<h2>Contenu de la page</h2>' + '<p>Texte de la page hôte. </p>'.repeat(20);
  document.querySelector('main').append(...els, below);
  return els;
}

/** Cumulative layout shift caused by one widget whose feed arrives late. */
export async function cls(tag, src) {
  const before = window.benchShift;
  const [el] = await mount(tag, src, 1, { limit: '5' });
  await settled(el);
  await frame();
  await frame();
  await sleep(100);
  return window.benchShift - before;
}

/** Mount `count` elements and wait until all are settled; resources seen for `src`. */
export async function load(tag, src, count, attrs = {}) {
  const els = await mount(tag, src, count, attrs);
  await Promise.all(els.map(settled));
  const abs = new URL(src, document.baseURI).href;
  return performance
    .getEntriesByType('resource')
    .filter((e) => e.name === abs)
    .map((e) => ({ transferSize: e.transferSize, encodedBodySize: e.encodedBodySize }));
}

/** A lazy element far below the fold: call, read the server's count, then `reveal()`. */
export async function lazyMount(tag, src, attrs) {
  const spacer = document.createElement('div');
  spacer.className = 'spacer';
  document.querySelector('main').append(spacer);
  const [el] = await mount(tag, src, 1, attrs);
  window.benchLazy = el;
  await frame();
  await frame();
  await sleep(500);
  return el.getBoundingClientRect().top / innerHeight;
}

export async function reveal() {
  window.benchLazy.scrollIntoView();
  await settled(window.benchLazy);
}

/** The elements already in the page's HTML: wait until all are settled. */
export async function pageSettled() {
  const els = [...document.querySelectorAll('main [src]')];
  await Promise.all(els.map((el) => customElements.whenDefined(el.localName)));
  await Promise.all(els.map(settled));
  await frame();
  await frame();
  return { elements: els.length, longTasks: window.benchLong };
}
