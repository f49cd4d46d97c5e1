import { VERSION } from '../generated/version.js';

/** Page-global record of which version registered each tag (shared by every copy). */
const REGISTRY_KEY = Symbol.for('@benelux/widgets.versions');
const WARNED_KEY = Symbol.for('@benelux/widgets.warned');

type Globals = typeof globalThis & {
  [REGISTRY_KEY]?: Map<string, string>;
  [WARNED_KEY]?: boolean;
};

/**
 * Register `tag` unless this page already has it. A second copy of the library (two
 * bundles, or the CDN file plus the npm build) never throws: the first registration
 * wins, and a copy of another version says so once, with one console warning per page.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const g = globalThis as Globals;
  const versions = (g[REGISTRY_KEY] ??= new Map());
  if (!customElements.get(tag)) {
    customElements.define(tag, ctor);
    versions.set(tag, VERSION);
    return;
  }
  const registered = versions.get(tag);
  if (registered !== VERSION && !g[WARNED_KEY]) {
    g[WARNED_KEY] = true;
    console.warn(
      `[benelux-widgets] <${tag}> is defined by ${registered ? `version ${registered}` : 'another script'}: ${VERSION} is not used. Load one copy per page.`,
    );
  }
}
