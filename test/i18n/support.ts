import type { LitElement } from 'lit';

/** The trimmed text of the first `[part=…]` in `el`'s shadow root ('' when absent). */
export function partText(el: Element, part: string): string {
  return el.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent?.trim() ?? '';
}

/** The trimmed texts of every `[part=…]` in `el`'s shadow root. */
export function partTexts(el: Element, part: string): string[] {
  return [...(el.shadowRoot?.querySelectorAll(`[part~="${part}"]`) ?? [])].map(
    (n) => n.textContent?.trim() ?? '',
  );
}

/**
 * Counts the Lit updates (render passes) of `el` from now on, by wrapping the instance's
 * `update` (Lit calls `this.update()` for every render).
 */
export function countUpdates(el: LitElement): { readonly count: number } {
  const counter = { count: 0 };
  const target = el as unknown as { update(changed: unknown): void };
  const update = target.update.bind(el);
  target.update = (changed) => {
    counter.count++;
    update(changed);
  };
  return counter;
}

/** Records every DOM change in `el`'s shadow root from now on. */
export function watchShadow(el: Element): { readonly records: MutationRecord[] } {
  const records: MutationRecord[] = [];
  new MutationObserver((r) => records.push(...r)).observe(el.shadowRoot!, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  return { records };
}

/**
 * Waits until a `lang` change has reached `el`: the page-wide observer is told after the
 * current task, then the element updates and, if its feed URL changed, loads it.
 */
export async function settle(el: LitElement, timeout = 8000): Promise<void> {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
  if (el.getAttribute('state') === 'loading') {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('still loading')), timeout);
      const observer = new MutationObserver(() => {
        if (el.getAttribute('state') === 'loading') return;
        clearTimeout(timer);
        observer.disconnect();
        resolve();
      });
      observer.observe(el, { attributes: true, attributeFilter: ['state'] });
    });
    await el.updateComplete;
  }
}
