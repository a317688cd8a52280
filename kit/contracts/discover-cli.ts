#!/usr/bin/env node
// `npm run contracts:discover -- <kind> [options]`: reads a live source and writes contracts/<source>/*.yaml.
// Each tap that can describe its source ships `taps/tap-<kind>/discover-contracts.ts` exporting
// `discoverContracts(argv: string[]): Promise<void>`; found by that convention, so the kit imports no plugin.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../plugins.js';

type Discover = (argv: string[]) => Promise<void>;

const [kind, ...rest] = process.argv.slice(2);
if (!kind || kind.startsWith('-')) {
  process.stderr.write('usage: npm run contracts:discover -- <kind> [options]   (kind: the tap name without "tap-", e.g. odoo, sql)\n');
  process.exit(2);
}
const file = join(REPO_ROOT, 'dist', 'taps', `tap-${kind}`, 'discover-contracts.js');
if (!existsSync(file)) {
  process.stderr.write(`contracts:discover: no tap-${kind} with a discover-contracts module (looked for ${file}; npm run build?)\n`);
  process.exit(2);
}
const mod = (await import(pathToFileURL(file).href)) as { discoverContracts?: Discover };
if (typeof mod.discoverContracts !== 'function') {
  process.stderr.write(`contracts:discover: ${file} exports no discoverContracts(argv)\n`);
  process.exit(2);
}
await mod.discoverContracts(rest);
