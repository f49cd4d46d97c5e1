// Localization pipeline checks that the browser tests drive over HTTP. Each works on a
// scratch copy of what the generators read (in the OS temp dir); the real tree is only
// read, and each answer lists any trace the run left in it (`leaks`).
//
// GET /api/i18n/lb/widgets.js — "adding a locale is only data": the copy gets `lb` in
//   lit-localize.json and test/i18n/fixtures/lb.xlf, then the translator's commands run
//   (`lit-localize extract`, scripts/localize-build.mjs) and the copy's src/index.ts is
//   bundled. GET /api/i18n/lb/report — what that run did.
// GET /api/i18n/missing-target — scripts/localize-build.mjs on an intact copy, then with
//   one fr.xlf <target> emptied; then it and scripts/check-generated.mjs with it removed.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { access, cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const COPIED = [
  'src',
  'xliff',
  'scripts',
  'lit-localize.json',
  'package.json',
  'custom-elements.json',
  'custom-elements-manifest.config.mjs',
];

/**
 * Traces the scratch runs would leave in the real tree if they wrote to it (they must
 * not). Checked by content rather than by comparing snapshots, so engineers editing
 * the tree meanwhile do not count.
 */
async function leaks(id) {
  const found = [];
  const config = JSON.parse(await readFile(join(root, 'lit-localize.json'), 'utf8'));
  if (config.targetLocales.includes('lb')) found.push('lit-localize.json lists lb');
  for (const f of ['xliff/lb.xlf', 'src/generated/locales/lb.ts']) {
    if (
      await access(join(root, f)).then(
        () => true,
        () => false,
      )
    )
      found.push(f);
  }
  if (id) {
    const unit = units(await readFile(join(root, 'xliff/fr.xlf'), 'utf8')).find(
      (u) => unitId(u) === id,
    );
    if (unit && !/<target>/.test(unit)) found.push(`xliff/fr.xlf lost the target of ${id}`);
  }
  return found;
}

// Scratch copies still in use when the test server stops are removed on exit.
const scratch = new Set();
process.on('exit', () => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

async function scratchCopy() {
  const dir = await mkdtemp(join(tmpdir(), 'benelux-i18n-'));
  scratch.add(dir);
  for (const entry of COPIED) await cp(join(root, entry), join(dir, entry), { recursive: true });
  const tsconfig = JSON.parse(await readFile(join(root, 'tsconfig.json'), 'utf8'));
  await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ ...tsconfig, include: ['src'] }));
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function run(cwd, command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (e) => resolve({ code: -1, output: output + e.message }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

const units = (xlf) => xlf.match(/<trans-unit\b[\s\S]*?<\/trans-unit>/g) ?? [];
const unitId = (unit) => /id="([^"]+)"/.exec(unit)[1];

async function addLuxembourgish() {
  const dir = await scratchCopy();
  try {
    // Data: the locale code and its translations.
    const config = JSON.parse(await readFile(join(dir, 'lit-localize.json'), 'utf8'));
    config.targetLocales = [...config.targetLocales, 'lb'];
    await writeFile(join(dir, 'lit-localize.json'), JSON.stringify(config, null, 2));
    await cp(join(root, 'test/i18n/fixtures/lb.xlf'), join(dir, 'xliff/lb.xlf'));

    // The translator's commands (README, "Translators' guide").
    const extract = await run(dir, 'node_modules/.bin/lit-localize', ['extract']);
    if (extract.code !== 0) throw new Error(`lit-localize extract failed:\n${extract.output}`);
    // Messages added to the sources after the fixture was written have no lb target yet;
    // they borrow the German one (reported), so new strings elsewhere do not break this
    // test. The messages the test reads are all in the fixture.
    const lbPath = join(dir, 'xliff/lb.xlf');
    const de = new Map(
      units(await readFile(join(dir, 'xliff/de.xlf'), 'utf8')).map((u) => [unitId(u), u]),
    );
    const borrowed = [];
    let lb = await readFile(lbPath, 'utf8');
    for (const unit of units(lb)) {
      if (/<target[\s>]/.test(unit)) continue;
      const target = /<target>[\s\S]*?<\/target>/.exec(de.get(unitId(unit)) ?? '')?.[0];
      if (!target) continue;
      borrowed.push(unitId(unit));
      lb = lb.replace(unit, unit.replace(/<\/source>/, `</source>\n  ${target}`));
    }
    await writeFile(lbPath, lb);
    const generate = await run(dir, 'node', ['scripts/localize-build.mjs']);
    if (generate.code !== 0) throw new Error(`localize-build failed:\n${generate.output}`);

    const index = await readFile(join(dir, 'src/generated/locales/index.ts'), 'utf8');
    const bundle = await build({
      entryPoints: [join(dir, 'src/index.ts')],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      tsconfig: join(dir, 'tsconfig.json'),
      conditions: ['production'],
      logLevel: 'silent',
    });
    const report = { borrowed, index, leaks: await leaks() };
    return { code: bundle.outputFiles[0].text, report };
  } finally {
    await rm(dir, { recursive: true, force: true });
    scratch.delete(dir);
  }
}

async function missingTarget() {
  const dir = await scratchCopy();
  try {
    const intact = { generate: await run(dir, 'node', ['scripts/localize-build.mjs']) };
    const frPath = join(dir, 'xliff/fr.xlf');
    const fr = await readFile(frPath, 'utf8');
    const unit = units(fr).find((u) => /<target>/.test(u));
    const id = unitId(unit);
    const withTarget = (target) =>
      fr.replace(unit, unit.replace(/\s*<target>[\s\S]*?<\/target>/, target));
    await writeFile(frPath, withTarget('\n  <target></target>'));
    const empty = { generate: await run(dir, 'node', ['scripts/localize-build.mjs']) };
    await writeFile(frPath, withTarget(''));
    const missing = {
      check: await run(dir, 'node', ['scripts/check-generated.mjs']),
      generate: await run(dir, 'node', ['scripts/localize-build.mjs']),
    };
    return { id, intact, empty, missing, leaks: await leaks(id) };
  } finally {
    await rm(dir, { recursive: true, force: true });
    scratch.delete(dir);
  }
}

let luxembourgish;

export const i18nRoutes = [
  async function i18nPipeline(ctx, next) {
    if (!ctx.path.startsWith('/api/i18n/')) return next();
    try {
      if (ctx.path === '/api/i18n/lb/widgets.js' || ctx.path === '/api/i18n/lb/report') {
        luxembourgish ??= addLuxembourgish();
        const { code, report } = await luxembourgish;
        ctx.type = ctx.path.endsWith('.js') ? 'text/javascript' : 'application/json';
        ctx.body = ctx.path.endsWith('.js') ? code : JSON.stringify(report);
      } else if (ctx.path === '/api/i18n/missing-target') {
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(await missingTarget());
      } else {
        return next();
      }
    } catch (e) {
      ctx.status = 500;
      ctx.type = 'text/plain';
      ctx.body = String(e?.stack ?? e);
    }
  },
];
