// The plugins this project ships, found by convention so adding one never edits the kit: every
// `taps/<name>/about.ts` and `targets/<name>/about.ts` exports `about`, named as its directory.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { About } from './singer/about.js';

export class PluginDeclarationError extends Error {
  override name = 'PluginDeclarationError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** The repository this module was compiled from (it runs from `dist/kit/`). */
export const REPO_ROOT = new URL('../../', import.meta.url).pathname;

/**
 * Every plugin in the repository at `root`, taps first, then targets, each in name order. The sources say
 * which plugins exist (a plugin removed from the sources but left in a stale dist/ is not found); their
 * compiled `dist/` modules are imported.
 */
export async function findPlugins(root: string = REPO_ROOT): Promise<About[]> {
  const found: About[] = [];
  for (const kind of ['taps', 'targets']) {
    const dir = join(root, kind);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!existsSync(join(dir, name, 'about.ts'))) continue;
      const file = join(root, 'dist', kind, name, 'about.js');
      if (!existsSync(file)) throw new PluginDeclarationError(file, 'not built (npm run build)');
      const about = ((await import(pathToFileURL(file).href)) as { about?: About }).about;
      if (!about || typeof about !== 'object') throw new PluginDeclarationError(file, 'exports no `about`');
      if (about.name !== name) throw new PluginDeclarationError(file, `declares plugin "${about.name}" but its directory is "${name}"`);
      found.push(about);
    }
  }
  return found;
}
