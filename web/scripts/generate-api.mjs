// Generates src/api/schema.d.ts (the dashboard's API types) from openapi.json, the server's /openapi/v1.json that
// tests/MediaJobs.Server.Tests keeps equal to what the server serves. `--check` writes nothing and fails when the
// checked-in file differs from what generation gives (the CI drift check).
import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

const source = new URL('../openapi.json', import.meta.url);
const target = new URL('../src/api/schema.d.ts', import.meta.url);
const STRING = ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword);
const BLOB = ts.factory.createTypeReferenceNode('Blob');

const ast = await openapiTS(JSON.parse(await readFile(source, 'utf8')), {
  // `{ "type": "object" }` (a JsonObject: inputs, options, results, payloads) holds any JSON, not nothing.
  emptyObjectsUnknown: true,
  // The server's timestamps are declared by format only (no "type"); on the wire they are ISO 8601 strings.
  // A file (an upload's part, a download) is a Blob in the browser.
  transform: (schema) => (schema.format === 'date-time' && schema.type === undefined ? STRING
    : schema.format === 'binary' ? BLOB : undefined),
});
const generated = '// Generated from web/openapi.json by `npm run api:generate` (scripts/generate-api.mjs). Do not edit.\n' + astToString(ast);

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== generated) {
    console.error('web/src/api/schema.d.ts is not what web/openapi.json generates: run `npm run api:generate` in web/ ' +
      '(or `scripts/build-web --refresh-api` after an API change) and commit both files.');
    process.exit(1);
  }
  console.log('api: src/api/schema.d.ts matches openapi.json');
} else if ((await readFile(target, 'utf8').catch(() => '')) !== generated) {
  await writeFile(target, generated);
  console.log('api: wrote src/api/schema.d.ts from openapi.json');
}
