#!/usr/bin/env node
// Writes generated files; with --check, exits 1 listing every stale or missing file.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generate } from './codegen.js';
import { findPlugins } from '../plugins.js';

const root = new URL('../../../', import.meta.url).pathname;
const check = process.argv.includes('--check');
const files = await generate(await findPlugins());
const stale: string[] = [];
let written = 0;
for (const [rel, content] of files) {
  const abs = join(root, rel);
  const current = existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
  if (current === content) continue;
  if (check) stale.push(rel);
  else {
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    written++;
  }
}
if (check && stale.length) {
  process.stderr.write(`generated files are stale; run \`npm run codegen\` and commit:\n  ${stale.join('\n  ')}\n`);
  process.exit(1);
}
process.stderr.write(check ? `generated files are fresh (${files.size})\n` : `codegen: ${files.size} files, ${written} written\n`);
