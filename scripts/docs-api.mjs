// npm run docs:api — writes the README's API reference (attributes, properties, events,
// slots, parts, CSS custom properties of every element) from custom-elements.json,
// between the `api-table` marker comments. `--check` writes nothing and fails when the
// README is not what the manifest gives (scripts/check-generated.mjs runs it);
// `--manifest <file>` reads another manifest than ./custom-elements.json.
import { readFileSync, writeFileSync } from 'node:fs';

const START =
  '<!-- api-table:start — generated from custom-elements.json by `npm run docs:api` -->';
const END = '<!-- api-table:end -->';

/** Table cells: one line, pipes escaped. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text ? `\`${cell(text).replace(/`/g, '')}\`` : '');

function table(head, rows) {
  if (!rows.length) return [];
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ];
}

const rank = (attr) => (attr.name === 'lang' ? 0 : attr.inheritedFrom ? 1 : 2);

export function apiReference(manifest) {
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const out = [];
  for (const el of elements) {
    out.push(`### \`<${el.tagName}>\``, '');
    if (el.summary) out.push(cell(el.summary), '');
    const fields = new Map((el.members ?? []).map((m) => [m.name, m]));
    out.push(
      ...table(
        ['Attribute', 'Property', 'Type', 'Default', 'Description'],
        // `lang` first, then what every feed widget has (src, fallback-src, refresh:
        // inherited), then the element's own.
        [...(el.attributes ?? [])]
          .sort((a, b) => rank(a) - rank(b))
          .map((a) => [
            code(a.name),
            code(a.fieldName),
            code(a.type?.text ?? fields.get(a.fieldName)?.type?.text),
            code(a.default ?? fields.get(a.fieldName)?.default),
            cell(a.description),
          ]),
      ),
    );
    const propertyOnly = (el.members ?? []).filter(
      (m) =>
        m.kind === 'field' &&
        !m.privacy &&
        !m.static &&
        // Our own base classes' fields (`feed`), not LitElement's.
        !(m.inheritedFrom && !m.inheritedFrom.module?.startsWith('src/')) &&
        !(el.attributes ?? []).some((a) => a.fieldName === m.name),
    );
    out.push(
      ...table(
        ['Property (no attribute)', 'Type', 'Description'],
        propertyOnly.map((m) => [code(m.name), code(m.type?.text), cell(m.description)]),
      ),
    );
    out.push(
      ...table(
        ['Event', 'Description'],
        (el.events ?? [])
          .filter((e) => e.name?.startsWith('benelux-'))
          .map((e) => [code(e.name), cell(e.description)]),
      ),
    );
    out.push(
      ...table(
        ['Slot', 'Description'],
        (el.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
      ),
    );
    out.push(
      ...table(
        ['Part', 'Description'],
        (el.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
    );
    out.push(
      ...table(
        ['CSS custom property', 'Description'],
        (el.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
    );
  }
  return out.join('\n').trimEnd();
}

const at = process.argv.indexOf('--manifest');
const manifestFile = at > 0 ? process.argv[at + 1] : 'custom-elements.json';
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) {
  console.error(`README.md has no API markers:\n${START}\n${END}`);
  process.exit(1);
}
const next = `${readme.slice(0, start + START.length)}\n\n${apiReference(manifest)}\n\n${readme.slice(end)}`;

if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error(
      'README.md: the API reference differs from custom-elements.json. Run `npm run docs:api`.',
    );
    process.exit(1);
  }
  console.log('README.md API reference is current.');
} else if (next !== readme) {
  writeFileSync('README.md', next);
  console.log('README.md API reference updated.');
}
