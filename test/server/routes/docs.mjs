// For the docs tests (test/docs/). JSON Schema validation with ajv in Node:
// POST /api/docs/validate?schema=feed|manifest with a JSON body answers
// `{ valid, errors: ["/items/0/_benelux/views must be >= 0", …] }`.
// `feed` is docs/feed.schema.json; `manifest` the official Custom Elements Manifest schema.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const schemas = {
  feed: () => JSON.parse(readFileSync(new URL('../../../docs/feed.schema.json', import.meta.url))),
  manifest: () => require('custom-elements-manifest/schema.json'),
};
const validators = new Map();

function validator(name) {
  if (!validators.has(name)) {
    // The manifest schema uses keywords ajv's strict mode does not know ("deprecated").
    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: name === 'feed' });
    validators.set(name, ajv.compile(schemas[name]()));
  }
  return validators.get(name);
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export const docsRoutes = [
  /** GET /api/docs/source?path=test/react/LatestNews.tsx: a test source as written (the
   *  dev server would serve it compiled). */
  async function source(ctx, next) {
    if (ctx.path !== '/api/docs/source') return next();
    const path = String(ctx.query.path);
    if (!/^test\/react\/[\w.-]+\.tsx?$/.test(path)) ctx.throw(400, 'only test/react/ sources');
    ctx.type = 'text/plain';
    ctx.body = readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
  },
  async function validate(ctx, next) {
    if (ctx.path !== '/api/docs/validate' || ctx.method !== 'POST') return next();
    const name = String(ctx.query.schema);
    if (!(name in schemas)) ctx.throw(400, 'schema must be feed or manifest');
    let data;
    try {
      data = JSON.parse(await readBody(ctx.req));
    } catch {
      ctx.throw(400, 'the body is not JSON');
    }
    const validate = validator(name);
    const valid = validate(data);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({
      valid,
      errors: (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`),
    });
  },
];
