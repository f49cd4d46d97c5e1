import type { Plugin } from 'vite';

/**
 * Build-time minification of the text inside our own Lit templates: `css` templates lose
 * comments and most whitespace; `html` templates lose indentation. It only deletes
 * characters, never adds any, so its sourcemap maps each kept token to where it was.
 *
 * html: whitespace before a tag's closing `>` goes. A whitespace run holding a line break
 * goes when it sits between tags or interpolations (indentation: write a space, not a
 * line break, where inline content must be separated), except between two
 * interpolations; elsewhere it becomes one of its spaces (its line break if it has
 * none), which HTML collapses like the run (we use no `pre` or `white-space: pre` or
 * `pre-line` on template text). A space rather than the line break: a tag written over
 * lines then repeats the same tag written on one line, which gzip prefers. Whitespace
 * inside quoted attribute values is kept. Quotes around a value of name characters go
 * (`part=title`), as does the `/` of a void element's `/>` (`<img …>`).
 * css: whitespace around `{ } ; , > /` (and `+ ~` in selectors, `*` in values), after `:`
 * and before `!` goes, as do comments, the last `;` of a block, the 0 of `0.5`, the `*`
 * of `*::before` and the quotes of `[part='title']`; other quoted strings are kept as
 * written.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'benelux:minify-templates',
    enforce: 'post',
    transform: {
      filter: { id: /\/src\/.*\.ts$/ },
      handler(code, id) {
        const ast = this.parse(code, { lang: 'ts' });
        const cuts: [number, number][] = [];
        walk(ast, (node) => {
          if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
          const kind = node.tag.name;
          if (kind !== 'html' && kind !== 'css' && kind !== 'svg') return;
          // Oxc's spans include the delimiters (`` ` ``, `${`, `}`), ESTree's do not:
          // locate each raw text inside its span.
          const quasis: { start: number; value: { raw: string } }[] = node.quasi.quasis;
          const text = quasis.map((q) => q.value.raw);
          const starts = quasis.map((q) =>
            code.startsWith(q.value.raw, q.start) ? q.start : q.start + 1,
          );
          const keep = kind === 'css' ? cssKeep(text) : htmlKeep(text);
          quasis.forEach((_, i) => cuts.push(...invert(keep[i], starts[i], text[i].length)));
        });
        if (!cuts.length) return null;
        return apply(
          code,
          id,
          cuts.sort((a, b) => a[0] - b[0]),
        );
      },
    },
  };
}

type Node = { type: string; [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  if (!node || typeof node !== 'object') return;
  if (typeof (node as Node).type === 'string') visit(node as Node);
  for (const value of Object.values(node))
    if (value && typeof value === 'object') walk(value, visit);
}

/** Per quasi, a keep-mask: true for each character that stays. */
type Mask = boolean[];

/** Elements without content, whose start tag's `/>` is `>`. */
const VOID = /^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;

function htmlKeep(parts: string[]): Mask[] {
  let inTag = false;
  let isVoid = false;
  let quote = '';
  return parts.map((s, index) => {
    const keep: Mask = Array.from(s, () => true);
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (quote) {
        if (c === quote) quote = '';
      } else if (inTag && (c === '"' || c === "'")) {
        quote = c;
        // part="title" is part=title: a value of name characters, followed by another
        // attribute or the tag's `>` (not `/>`, whose `/` would join it, unless the `/`
        // goes too), needs no quotes.
        const end = s.indexOf(c, i + 1);
        const rest = s.slice(end + 1);
        if (
          s[i - 1] === '=' &&
          end > i + 1 &&
          /^[\w:,.-]+$/.test(s.slice(i + 1, end)) &&
          (/^(\s+[^\s/]|>)/.test(rest) || (isVoid && /^\s*\/>/.test(rest)))
        ) {
          keep[i] = keep[end] = false;
        }
      } else if (c === '<' && /[a-zA-Z/!]/.test(s[i + 1] ?? '')) {
        inTag = true;
        isVoid = VOID.test(/^[\w-]*/.exec(s.slice(i + 1))![0]);
      } else if (inTag && isVoid && c === '/' && s[i + 1] === '>') {
        // <img … /> is <img …>.
        keep[i] = false;
      } else if (c === '>') inTag = false;
      else if (/\s/.test(c)) {
        let j = i;
        while (j < s.length && /\s/.test(s[j])) j++;
        const run = s.slice(i, j);
        // Before a tag's `>` or `/>`: nothing needed.
        const tagEnd = inTag && /^\/?>/.test(s.slice(j));
        // Text between a tag (or an interpolation, or the template's edge) and a tag (or
        // …), with a line break: indentation, not content. Kept (as the line break) only
        // between two interpolations, where it may separate inline content.
        const edgeBefore = i === 0 && index > 0;
        const edgeAfter = j === s.length && index < parts.length - 1;
        const layout =
          !inTag &&
          run.includes('\n') &&
          (s[i - 1] === '>' || i === 0) &&
          (s[j] === '<' || j === s.length) &&
          !(edgeBefore && edgeAfter);
        if (tagEnd || layout) {
          for (let k = i; k < j; k++) keep[k] = false;
        } else if (run.includes('\n')) {
          // One character stays: a space if the run has one (indentation), else the line break.
          for (let k = i; k < j; k++) keep[k] = false;
          keep[i + (run.includes(' ') ? run.indexOf(' ') : run.indexOf('\n'))] = true;
        }
        i = j - 1;
      }
    }
    return keep;
  });
}

function cssKeep(parts: string[]): Mask[] {
  return parts.map((s, index) => {
    const keep: Mask = Array.from(s, () => true);
    const drop = (from: number, to: number) => {
      for (let k = from; k < to; k++) keep[k] = false;
    };
    const kept = (k: number) => {
      while (k >= 0 && !keep[k]) k--;
      return k < 0 ? '' : s[k];
    };
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (c === '"' || c === "'") {
        const end = s.indexOf(c, i + 1);
        // [part='title'] is [part=title]: an identifier needs no quotes.
        if (
          kept(i - 1) === '=' &&
          s[end + 1] === ']' &&
          /^[a-z_][\w-]*$/i.test(s.slice(i + 1, end))
        ) {
          keep[i] = keep[end] = false;
        }
        i = end < 0 ? s.length : end;
      } else if (c === '/' && s[i + 1] === '*') {
        const end = s.indexOf('*/', i + 2);
        const stop = end < 0 ? s.length : end + 2;
        drop(i, stop);
        i = stop - 1;
      } else if (/\s/.test(c)) {
        let j = i;
        while (j < s.length && /\s/.test(s[j])) j++;
        const before = kept(i - 1);
        const after = s[j] ?? '';
        // At the very start or end of a quasi, whitespace may separate tokens from an
        // interpolation: keep one character there.
        const edge = (i === 0 && index > 0) || (j === s.length && index < parts.length - 1);
        // `+` and `~` are combinators in a selector (`time + span`), `*` multiplies in a
        // value (`calc(var(--_s) * 1.5em)`): no whitespace needed around them there. (Not
        // `+` in a value, where calc() needs it, nor `*` in a selector, where the space
        // before it is a descendant combinator.)
        const end = /[{};]/.exec(s.slice(j).replace(/\/\*[\s\S]*?\*\//g, ''))?.[0];
        const around = (re: RegExp) => re.test(before) || re.test(after);
        const operator = end === '{' ? around(/[+~]/) : end ? around(/\*/) : false;
        if (
          !edge &&
          (/[{};,>:/]/.test(before) || /[{};,>/!]/.test(after) || !before || !after || operator)
        ) {
          drop(i, j);
        } else drop(i + 1, j);
        i = j - 1;
      } else if (
        c === '0' &&
        /^\.\d/.test(s.slice(i + 1)) &&
        !/[\w.]$|[\w-]-$/.test(kept(i - 2) + kept(i - 1))
      ) {
        // 0.5em is .5em, -0.5em is -.5em (but 10.5 and --x0.5 stay).
        keep[i] = false;
      } else if (c === '*' && s[i + 1] === ':' && /^[,{}]?$/.test(kept(i - 1))) {
        // *::before is ::before.
        keep[i] = false;
      } else if (c === ';') {
        let j = i + 1;
        while (j < s.length && (/\s/.test(s[j]) || !keep[j])) j++;
        if (s[j] === '}') keep[i] = false;
      }
    }
    return keep;
  });
}

/** Dropped ranges [from, to) in code coordinates. */
function invert(keep: Mask, offset: number, length: number): [number, number][] {
  const cuts: [number, number][] = [];
  for (let i = 0; i < length; i++) {
    if (keep[i]) continue;
    let j = i;
    while (j < length && !keep[j]) j++;
    cuts.push([offset + i, offset + j]);
    i = j;
  }
  return cuts;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(n: number): string {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v) digit |= 32;
    out += B64[digit];
  } while (v);
  return out;
}

const WORD = /[\w$]/;

/** Remove the cut ranges; map every kept run back to its original line and column. */
function apply(code: string, id: string, cuts: [number, number][]) {
  let out = '';
  const lines: string[][] = [[]];
  let outCol = 0;
  let prevOutCol = 0;
  let prevLine = 0;
  let prevCol = 0;
  let line = 0;
  let col = 0;
  let pos = 0;
  const segment = () => {
    lines[lines.length - 1].push(
      vlq(outCol - prevOutCol) + 'A' + vlq(line - prevLine) + vlq(col - prevCol),
    );
    prevOutCol = outCol;
    prevLine = line;
    prevCol = col;
  };
  const copy = (to: number) => {
    let atStart = true;
    for (; pos < to; pos++) {
      const c = code[pos];
      // A segment per token (not per line): maps compose segment by segment.
      if (atStart || !WORD.test(c) || !WORD.test(code[pos - 1])) segment();
      atStart = false;
      out += c;
      if (c === '\n') {
        lines.push([]);
        outCol = 0;
        prevOutCol = 0;
        line++;
        col = 0;
        atStart = true;
      } else {
        outCol++;
        col++;
      }
    }
  };
  const skip = (to: number) => {
    for (; pos < to; pos++) {
      if (code[pos] === '\n') {
        line++;
        col = 0;
      } else col++;
    }
  };
  for (const [from, to] of cuts) {
    copy(from);
    skip(to);
  }
  copy(code.length);
  return {
    code: out,
    map: {
      version: 3,
      sources: [id],
      names: [],
      mappings: lines.map((l) => l.join(',')).join(';'),
    },
  };
}
