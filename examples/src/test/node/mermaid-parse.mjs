// Parses Mermaid diagrams with Mermaid's own parser (npm `mermaid`, in a jsdom window because Mermaid
// expects a browser), for ListRoutesExampleTest. Usage: node mermaid-parse.mjs <file>...
// One diagram per file. Prints "ok <file> <diagram type>" or "error <file>: <message>" per file;
// exit status 1 when any file does not parse. Run from anywhere: modules resolve from the repository
// root's node_modules (NODE_PATH is not needed: the import below is resolved relative to that root).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = process.env.NODE_TOOLS_ROOT ?? resolve(import.meta.dirname, '../../../..');
const require = createRequire(join(root, 'package.json'));
const { JSDOM } = require('jsdom');

const { window } = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = window;
globalThis.document = window.document;
globalThis.DOMParser = window.DOMParser;
globalThis.Element = window.Element;

const mermaid = (await import(require.resolve('mermaid'))).default;
mermaid.initialize({ startOnLoad: false });

let failed = false;
for (const file of process.argv.slice(2)) {
  try {
    const result = await mermaid.parse(readFileSync(file, 'utf8'));
    console.log(`ok ${file} ${result.diagramType}`);
  } catch (e) {
    failed = true;
    console.log(`error ${file}: ${String(e.message ?? e).split('\n').join(' | ')}`);
  }
}
process.exit(failed ? 1 : 0);
