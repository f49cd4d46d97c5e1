// Runs first in every security test page (an iframe the test drives): it records what a
// hostile feed or a strict CSP could cause before the library loads. Nothing here uses an
// HTML sink, so it runs under `require-trusted-types-for 'script'` itself.

export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

export interface Report {
  violations: Violation[];
  /** Uncaught errors and unhandled rejections. */
  errors: string[];
  warnings: string[];
  consoleErrors: string[];
  /** Cookie, Web Storage, IndexedDB, Cache API or service worker use. */
  storage: string[];
  /** Calls from script a feed managed to run (alert, confirm, prompt, xss). */
  xss: string[];
}

export interface Harness {
  report: Report;
  ready: Promise<void>;
  /** Create `<tag>` with attributes (and optional light-DOM fallback link) in the body. */
  mount(tag: string, attrs?: Record<string, string>, fallback?: string): HTMLElement;
  untilState(el: Element, state: string, timeout?: number): Promise<void>;
  /** `import()` a module into this page (so it runs under this page's policy). */
  load(url: string): Promise<unknown>;
}

const report: Report = {
  violations: [],
  errors: [],
  warnings: [],
  consoleErrors: [],
  storage: [],
  xss: [],
};

document.addEventListener('securitypolicyviolation', (e) => {
  report.violations.push({
    directive: e.effectiveDirective,
    blocked: e.blockedURI,
    sample: e.sample,
  });
});
addEventListener('error', (e) => report.errors.push(String(e.error ?? e.message)));
addEventListener('unhandledrejection', (e) => report.errors.push(`rejection: ${e.reason}`));

// `?sanitizer=off`: a browser without the Sanitizer API (Safari today), so feed HTML goes
// through DOMPurify and its Trusted Types policy.
if (new URLSearchParams(location.search).get('sanitizer') === 'off') {
  delete (Element.prototype as { setHTML?: unknown }).setHTML;
}

// `?adopted=off`: a browser without adopted stylesheets, where Lit falls back to <style>
// elements carrying `window.litNonce` (set here as the README shows: from a <meta>).
if (new URLSearchParams(location.search).get('adopted') === 'off') {
  delete (Document.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
  const meta = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]');
  if (meta) (window as unknown as { litNonce: string }).litNonce = meta.content;
}

// The sentinel: every way a payload calls home.
const w = window as unknown as Record<string, unknown>;
for (const name of ['alert', 'confirm', 'prompt', 'print', 'xss']) {
  w[name] = (...args: unknown[]) => void report.xss.push(`${name}(${args.join(',')})`);
}

const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  report.warnings.push(args.map(String).join(' '));
  warn(...args);
};
const error = console.error.bind(console);
console.error = (...args: unknown[]) => {
  report.consoleErrors.push(args.map(String).join(' '));
  error(...args);
};

// Storage spies: the widgets must not touch any of these.
const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
Object.defineProperty(document, 'cookie', {
  get() {
    report.storage.push('document.cookie read');
    return cookie.get!.call(document);
  },
  set(v: string) {
    report.storage.push('document.cookie write');
    cookie.set!.call(document, v);
  },
});
for (const method of ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const) {
  const original = Storage.prototype[method] as (...a: unknown[]) => unknown;
  (Storage.prototype as unknown as Record<string, unknown>)[method] = function (
    this: Storage,
    ...args: unknown[]
  ) {
    report.storage.push(`Storage.${method}`);
    return original.apply(this, args);
  };
}
for (const name of ['localStorage', 'sessionStorage'] as const) {
  const d = Object.getOwnPropertyDescriptor(window, name)!;
  Object.defineProperty(window, name, {
    get() {
      report.storage.push(name);
      return d.get!.call(window);
    },
  });
}
const open = IDBFactory.prototype.open;
IDBFactory.prototype.open = function (this: IDBFactory, ...args) {
  report.storage.push('indexedDB.open');
  return open.apply(this, args);
};
if (self.caches) {
  const cacheOpen = CacheStorage.prototype.open;
  CacheStorage.prototype.open = function (this: CacheStorage, name: string) {
    report.storage.push('caches.open');
    return cacheOpen.call(this, name);
  };
}
if (navigator.serviceWorker) {
  const register = ServiceWorkerContainer.prototype.register;
  ServiceWorkerContainer.prototype.register = function (this: ServiceWorkerContainer, ...args) {
    report.storage.push('serviceWorker.register');
    return register.apply(this, args);
  };
}

let markReady!: () => void;

const harness: Harness = {
  report,
  ready: new Promise<void>((resolve) => (markReady = resolve)),
  mount(tag, attrs = {}, fallback) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    if (fallback) {
      const a = document.createElement('a');
      a.href = fallback;
      a.textContent = 'All news';
      el.append(a);
    }
    document.body.append(el);
    return el;
  },
  load: (url) => import(/* @vite-ignore */ url),
  untilState(el, state, timeout = 8000) {
    if (el.getAttribute('state') === state) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`${el.localName} stayed "${el.getAttribute('state')}", not "${state}"`));
      }, timeout);
      const observer = new MutationObserver(() => {
        if (el.getAttribute('state') !== state) return;
        clearTimeout(timer);
        observer.disconnect();
        resolve();
      });
      observer.observe(el, { attributes: true, attributeFilter: ['state'] });
    });
  },
};
(window as unknown as { harness: Harness; harnessReady: () => void }).harness = harness;
(window as unknown as { harnessReady: () => void }).harnessReady = markReady;
