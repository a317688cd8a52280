// After a build: make each package.json `bin` executable and link it into node_modules/.bin, so Meltano
// (which finds plugin executables on PATH) and users can call plugins by name.
import { readFileSync, chmodSync, mkdirSync, symlinkSync, rmSync, existsSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const { bin } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const binDir = join(root, 'node_modules', '.bin');
mkdirSync(binDir, { recursive: true });
for (const [name, file] of Object.entries(bin)) {
  const target = join(root, file);
  if (!existsSync(target)) throw new Error(`bin ${name}: ${file} was not built`);
  chmodSync(target, 0o755);
  const link = join(binDir, name);
  rmSync(link, { force: true });
  symlinkSync(relative(dirname(link), target), link);
}
