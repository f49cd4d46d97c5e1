import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';

interface Member {
  privacy?: string;
}
interface Declaration {
  members?: Member[];
}

// Autodocs from the manifest, without private or protected members.
const cleaned = structuredClone(manifest) as { modules: { declarations?: Declaration[] }[] };
for (const mod of cleaned.modules) {
  for (const decl of mod.declarations ?? []) {
    decl.members = decl.members?.filter((m) => !m.privacy || m.privacy === 'public');
  }
}
setCustomElementsManifest(cleaned);

const preview: Preview = {
  tags: ['autodocs'],
};
export default preview;
