// Opens a security test page (test/server/routes/security.mjs) in an iframe of the
// test page and hands back its window, document and harness.
import type { Harness, Report } from './harness.js';

export type Csp = 'strict' | 'nonce' | 'none';
export type Lib = 'src' | 'cdn' | 'npm' | 'cdn2' | 'down';

export interface TestPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  harness: Harness;
  report: Report;
  close(): void;
}

export interface PageOptions {
  csp?: Csp;
  libs?: Lib[];
  lang?: string;
  /** `off`: the page loads no script at all (sandboxed, as with JavaScript disabled). */
  js?: 'on' | 'off';
  /** `fallback`: each element with light-DOM fallback content; `inline`: hostile inline feeds. */
  body?: 'fallback' | 'inline';
  /** `off`: the header leaves out 'allow-duplicates'. */
  dup?: 'off';
  /** `off`: the page hides the Sanitizer API, so DOMPurify sanitizes feed HTML. */
  sanitizer?: 'off';
  /** `off`: the page hides adopted stylesheets, so Lit writes <style> elements. */
  adopted?: 'off';
  /** `nonce`: style-src also allows the page's nonce, given to Lit as `window.litNonce`. */
  styles?: 'nonce';
}

export async function openPage(options: PageOptions = {}): Promise<TestPage> {
  const { csp = 'strict', libs = ['src'], lang = 'en', js = 'on' } = options;
  const { body = '', dup = '', sanitizer = '', adopted = '', styles = '' } = options;
  const frame = document.createElement('iframe');
  frame.className = 'security-page';
  frame.width = '1000';
  frame.height = '700';
  if (js === 'off') frame.sandbox.add('allow-same-origin');
  const query = new URLSearchParams({ csp, lib: libs.join(' '), lang, js });
  for (const [k, v] of Object.entries({ body, dup, sanitizer, adopted, styles })) {
    if (v) query.set(k, v);
  }
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/security/page?${query}`;
  document.body.append(frame);
  await loaded;
  // In view, so lazy images in it load.
  frame.scrollIntoView();
  const win = frame.contentWindow as Window & typeof globalThis & { harness: Harness };
  if (js !== 'off') await win.harness.ready;
  return {
    frame,
    win,
    doc: frame.contentDocument!,
    harness: win.harness,
    report: win.harness?.report,
    close: () => frame.remove(),
  };
}

/** Every shadow root under `root`, depth first (nested widgets included). */
export function shadowRoots(root: ParentNode): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) out.push(el.shadowRoot, ...shadowRoots(el.shadowRoot));
  }
  return out;
}

const FORBIDDEN =
  'script, iframe, frame, frameset, object, embed, applet, base, style, link, meta, form';
const URL_ATTRS = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'background',
  'data',
  'ping',
  'lowsrc',
  'dynsrc',
  'cite',
  'longdesc',
  'codebase',
]);
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

function badUrl(value: string, base: string): boolean {
  try {
    return !SAFE_SCHEMES.has(new URL(value, base).protocol);
  } catch {
    return true;
  }
}

/**
 * What a feed must never put in a shadow root: script-capable or page-changing elements,
 * event handler attributes, inline styles, and links or sources with other schemes.
 */
export function dangers(root: ParentNode, base: string): string[] {
  const found: string[] = [];
  for (const shadow of shadowRoots(root)) {
    for (const el of shadow.querySelectorAll(FORBIDDEN)) found.push(`<${el.localName}>`);
    for (const el of shadow.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) found.push(`<${el.localName} ${name}>`);
        if (name === 'style') found.push(`<${el.localName} style>`);
        if (name === 'srcdoc') found.push(`<${el.localName} srcdoc>`);
        if (URL_ATTRS.has(name) && badUrl(attr.value, base)) {
          found.push(`<${el.localName} ${name}="${attr.value.slice(0, 60)}">`);
        }
        if (name === 'srcset' || name === 'imagesrcset') {
          for (const candidate of attr.value.split(',')) {
            const url = candidate.trim().split(/\s+/)[0];
            if (url && badUrl(url, base))
              found.push(`<${el.localName} ${name}="${url.slice(0, 60)}">`);
          }
        }
      }
    }
  }
  return found;
}

/**
 * Violations that mean something tried to load, run or inject what it must not. Left out:
 * images and fetches to other origins (a feed may point there; the policy blocks them), and
 * the inline `script-src-attr` / `style-src-attr` / `style-src-elem` reports Chromium sends
 * while *parsing* `content_html` that has `on*` or `style` attributes or `<style>`, with any
 * HTML parser (setHTML, DOMParser, inert documents), before the sanitizer drops them.
 * Nothing runs and nothing stays: `dangers()` and the sentinel check that.
 */
export function scriptViolations(report: Report) {
  return report.violations.filter(
    (v) =>
      !/^(img-src|connect-src)$/.test(v.directive) &&
      !(
        /^(script-src-attr|style-src-attr|style-src-elem)$/.test(v.directive) &&
        v.blocked === 'inline'
      ),
  );
}
