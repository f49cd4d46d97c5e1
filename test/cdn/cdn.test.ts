import { expect } from '@open-wc/testing';

/** Loads a host page in an iframe and resolves with its document once it has loaded. */
function loadPage(url: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.src = url;
  document.body.append(frame);
  return new Promise((resolve, reject) => {
    frame.addEventListener('load', () => resolve(frame.contentDocument!), { once: true });
    frame.addEventListener('error', () => reject(new Error(`${url} did not load`)), { once: true });
  });
}

async function until<T>(probe: () => T | undefined, what: string, timeout = 8000): Promise<T> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('CDN file', () => {
  it('renders a news list on a plain page that loads only the CDN file with its integrity', async () => {
    const doc = await loadPage('/cdn/page.html?src=/demo/feeds/news.fr.json&lang=fr');
    const list = doc.querySelector('benelux-news-list')!;
    const links = await until(() => {
      const found = list.shadowRoot?.querySelectorAll('[part="link"]');
      return found?.length ? [...found] : undefined;
    }, 'the news items');
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal([
      'Des équipes de police belge et néerlandaise patrouillent ensemble à Knokke',
      'Action transfrontalière Etoile',
      'Les pays du Benelux coopèrent pour une meilleure protection des victimes de la traite des êtres humains',
    ]);
    // The page's own module graph is the CDN file alone: Lit came inside it.
    const scripts = doc
      .defaultView!.performance.getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.js'));
    expect(scripts).to.deep.equal(['/dist/cdn/benelux-widgets.js']);
  });

  it('refuses to run a CDN file whose integrity does not match', async () => {
    const doc = await loadPage('/cdn/page.html?src=/demo/feeds/news.fr.json&lang=fr');
    const win = doc.defaultView!;
    await until(() => win.customElements.get('benelux-news-list'), 'registration');
    // A second page with a wrong hash: the browser must block the script.
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const blocked = new Promise<boolean>((resolve) => {
      const s = frame.contentDocument!.createElement('script');
      s.type = 'module';
      s.integrity = 'sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
      s.crossOrigin = 'anonymous';
      s.src = '/dist/cdn/benelux-widgets.js';
      s.onerror = () => resolve(true);
      s.onload = () => resolve(false);
      frame.contentDocument!.head.append(s);
    });
    expect(await blocked).to.equal(true);
    expect(frame.contentWindow!.customElements.get('benelux-news-list')).to.equal(undefined);
  });
});
