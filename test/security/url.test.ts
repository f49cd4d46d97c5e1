import { expect } from '@open-wc/testing';
import { hostileUrls } from '../fixtures/hostile/corpus.mjs';
import { safeUrl } from '../../src/internal/url.js';

const BASE = 'https://www.politie.nl/nieuws/feed.json';

describe('security: safeUrl', () => {
  it('keeps http and https, resolving relative URLs against the feed', () => {
    expect(safeUrl('https://www.police.be/fr/', BASE)).to.equal('https://www.police.be/fr/');
    expect(safeUrl('HTTP://Example.org/a b', BASE)).to.equal('http://example.org/a%20b');
    expect(safeUrl(' /nl/bericht-1 ', BASE)).to.equal('https://www.politie.nl/nl/bericht-1');
    expect(safeUrl('bericht-2', BASE)).to.equal('https://www.politie.nl/nieuws/bericht-2');
    expect(safeUrl('//cdn.example.org/x.png', BASE)).to.equal('https://cdn.example.org/x.png');
  });

  it('drops every other scheme, whatever the case, whitespace or control characters', () => {
    for (const value of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'blob:https://evil.invalid/1',
      'file:///etc/passwd',
      'mailto:a@b.c',
      'ftp://evil.invalid/',
    ]) {
      expect(safeUrl(value, BASE), JSON.stringify(value)).to.equal(undefined);
    }
  });

  it('drops URLs with credentials (https://www.police.be@evil.example/)', () => {
    expect(safeUrl('https://www.police.be@evil.example/', BASE)).to.equal(undefined);
    expect(safeUrl('https://user:pass@evil.example/', BASE)).to.equal(undefined);
    expect(safeUrl('https://:pass@evil.example/', BASE)).to.equal(undefined);
  });

  it('drops non-strings and empty values', () => {
    for (const value of [undefined, null, 42, {}, ['https://a.example/'], '', '   ']) {
      expect(safeUrl(value, BASE)).to.equal(undefined);
    }
  });

  it('every hostile corpus URL comes out absent or a credential-free http(s) URL', () => {
    for (const value of hostileUrls) {
      const out = safeUrl(value, BASE);
      if (out === undefined) continue;
      const url = new URL(out);
      expect(url.protocol, JSON.stringify(value)).to.match(/^https?:$/);
      expect(url.username + url.password).to.equal('');
    }
  });
});
