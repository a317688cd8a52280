#!/usr/bin/env node
// Writes generated files; with --check, exits 1 listing every stale or missing file.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generate, missingMeltanoEntries } from './codegen.js';
import { findPlugins } from '../plugins.js';

const root = new URL('../../../', import.meta.url).pathname;
const check = process.argv.includes('--check');
const plugins = await findPlugins();
const files = await generate(plugins);
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
// meltano.yml is the user's file: codegen never writes it, only says what is missing from it
const missing = missingMeltanoEntries(readFileSync(join(root, 'meltano.yml'), 'utf8'), plugins);
if (missing.length) {
  process.stderr.write(`meltano.yml does not declare these plugins; add:\n  ${missing.join('\n  ')}\n`);
  process.exitCode = 1;
}
if (check && stale.length) {
  process.stderr.write(`generated files are stale; run \`npm run codegen\` and commit:\n  ${stale.join('\n  ')}\n`);
  process.exit(1);
}
process.stderr.write(check ? `generated files are fresh (${files.size})\n` : `codegen: ${files.size} files, ${written} written\n`);
