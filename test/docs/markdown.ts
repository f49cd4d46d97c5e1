/** The README as the dev server serves it, split into `## ` sections. */
export async function readmeSections(): Promise<Map<string, string>> {
  const text = await (await fetch('/README.md', { cache: 'no-store' })).text();
  const sections = new Map<string, string>();
  for (const part of text.split(/^## /m).slice(1)) {
    const newline = part.indexOf('\n');
    sections.set(part.slice(0, newline).trim(), part.slice(newline + 1));
  }
  return sections;
}

/** The fenced code blocks of a README section, optionally only those of one language. */
export function codeBlocks(section: string | undefined, lang?: string): string[] {
  if (section === undefined) throw new Error('no such README section');
  return [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)]
    .filter(([, l]) => !lang || l === lang)
    .map(([, , body]) => body);
}

/** Source without import lines and `//` comment lines, for comparing a snippet to a file. */
export function withoutImports(source: string): string {
  return source
    .replace(/^import[\s\S]*?;\n/gm, '')
    .replace(/^\/\/.*\n/gm, '')
    .trim();
}

/** Validates `data` against docs/feed.schema.json or the Custom Elements Manifest schema. */
export async function validate(
  schema: 'feed' | 'manifest',
  data: unknown,
): Promise<{ valid: boolean; errors: string[] }> {
  const res = await fetch(`/api/docs/validate?schema=${schema}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(data),
  });
  if (!res.ok) throw new Error(`validator answered ${res.status}`);
  return (await res.json()) as { valid: boolean; errors: string[] };
}
