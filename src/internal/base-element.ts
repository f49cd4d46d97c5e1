import { LitElement } from 'lit';
import { localeOf, FALLBACK, unwatchLang, watchLang, type ResolvedLocale } from '../i18n/locale.js';
import { msgFor, type Msg } from '../i18n/localize.js';

/**
 * Dispatch a bubbling, composed event for the host page. (A function, not a method: the
 * manifest analyzer would list a method's `new CustomEvent(type)` as an event "type".)
 */
export const emit = (el: Element, type: string, detail: unknown) =>
  el.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));

/**
 * What every widget shares: its own locale, resolved from `lang` on itself or the
 * nearest ancestor (through shadow roots), and kept current when any of those change.
 */
export class BeneluxElement extends LitElement {
  static {
    // A reactive property declared without a decorator: the decorator helpers cost the
    // CDN file ~0.4 KB gzip once no element uses them.
    this.createProperty('locale', { state: true });
  }

  /** The resolved locale: strings from `catalog`, `Intl` formats in `tag`. */
  protected locale: ResolvedLocale = FALLBACK;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Messages in this element's language. */
  protected get msg(): Msg {
    return msgFor(this.locale.catalog);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
    this.langChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.langChanged();
  }

  /** Said when a `{lang}` feed is missing and another language's feed is shown instead. */
  protected fallbackNotice(): string {
    return this.msg('This news is not available in your language.', { id: 'fallback-notice' });
  }

  /** Re-resolve the locale; re-render only when it really changed. */
  langChanged(): void {
    const next = localeOf(this);
    if (next.tag !== this.locale.tag) this.locale = next;
  }
}
