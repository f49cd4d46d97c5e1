// The README's "Content Security Policy" headers are the ones the security pages are served
// with (host names aside), so the documented policy is the tested one.
import { expect } from '@open-wc/testing';

type Policy = Map<string, string[]>;

function parse(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) policy.set(name, values);
  }
  return policy;
}

async function readmeBlocks(): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.split(/^## /m).find((s) => s.startsWith('Content Security Policy'))!;
  expect(section, 'README has a "Content Security Policy" section').to.not.equal(undefined);
  return [...section.matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1]);
}

async function served(lib: string): Promise<Policy> {
  const res = await fetch(`/security/page?csp=strict&lib=${encodeURIComponent(lib)}`);
  return parse(res.headers.get('content-security-policy')!);
}

/** Directives whose values name hosts: the README's example hosts are this server in tests. */
const HOSTS = new Set(['script-src', 'connect-src', 'img-src']);

function expectSame(documented: Policy, tested: Policy): void {
  expect([...documented.keys()].sort()).to.deep.equal([...tested.keys()].sort());
  for (const [name, values] of documented) {
    if (HOSTS.has(name)) continue;
    expect(values, name).to.deep.equal(tested.get(name));
  }
}

describe('security: the README policy is the tested policy', () => {
  it('one block for one copy, one for two; one directive per line, each ending in ";"', async () => {
    const blocks = await readmeBlocks();
    expect(blocks).to.have.length(2);
    for (const block of blocks) {
      const lines = block.trim().split('\n').slice(1);
      expect(block.trim().split('\n')[0]).to.equal('Content-Security-Policy:');
      for (const line of lines) expect(line, line).to.match(/^ {2}[a-z-]+( \S+)*;$/);
    }
  });

  it('one copy: the header of the single-copy test pages', async () => {
    const [one] = await readmeBlocks();
    expectSame(parse(one.replace('Content-Security-Policy:', '')), await served('src'));
  });

  it("two copies: the same with 'allow-duplicates', as the two-copy test pages", async () => {
    const [, two] = await readmeBlocks();
    const documented = parse(two.replace('Content-Security-Policy:', ''));
    expect(documented.get('trusted-types')).to.include("'allow-duplicates'");
    expectSame(documented, await served('cdn npm'));
  });
});
