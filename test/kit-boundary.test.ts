// The kit is the ground floor: it imports from no tap or target, and codegen finds plugins by convention, so
// adding a tap never edits the kit.
import t from 'tap';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from './helpers.js';
import { findPlugins, PluginDeclarationError } from '../kit/plugins.js';
import { generate, missingMeltanoEntries } from '../kit/contracts/codegen.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

t.test('nothing in kit/ imports from taps/ or targets/', async (t) => {
  const crossing: string[] = [];
  for (const file of sources(join(ROOT, 'kit'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from\s*|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const to = relative(ROOT, resolve(dirname(file), m[1]!));
      if (/^(taps|targets)\//.test(to)) crossing.push(`${relative(ROOT, file)} → ${to}`);
    }
  }
  t.same(crossing, []);
});

t.test('codegen finds every plugin by convention; a new tap needs no kit edit', async (t) => {
  t.same(
    (await findPlugins()).map((p) => p.name),
    ['tap-apn', 'tap-hims', 'tap-indici-s3', 'tap-odoo', 'tap-sql', 'tap-tally-tdl', 'target-files-medi', 'target-postgres-medi'],
  );

  // a repository with one more tap than the kit has ever heard of
  const root = mkdtempSync(join(tmpdir(), 'kit-boundary-'));
  const kitAbout = join(ROOT, 'dist/kit/singer/about.js');
  const put = (rel: string, text: string) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  // as in this repository, the plugin's compiled files are ES modules by their package.json, not by Node guessing
  // from their syntax (which, under tap's loaders, once tried require() and failed on the cycle to the kit)
  put('package.json', JSON.stringify({ type: 'module' }));
  put('taps/tap-new/about.ts', '// source; the compiled module is what codegen imports\n');
  put(
    'dist/taps/tap-new/about.js',
    `import { aboutJson } from ${JSON.stringify(kitAbout)};
export const about = { name: 'tap-new', namespace: 'tap_new', executable: 'tap-new', pluginType: 'extractors', description: 'new',
  version: '1.0.0', capabilities: ['catalog', 'discover', 'state', 'about'],
  settings: [{ name: 'url', kind: 'string', required: true, description: 'Where' }] };
void aboutJson;
`,
  );
  const found = await findPlugins(root);
  t.same(
    found.map((p) => p.name),
    ['tap-new'],
  );
  const files = await generate(found);
  const lock = JSON.parse(files.get('plugins/extractors/tap-new--medi.lock') ?? '{}');
  t.match(lock, { name: 'tap-new', settings: [{ name: 'url', env: 'TAP_NEW_URL' }] }, 'its Meltano definition is generated');
  // the one line the user adds to meltano.yml (codegen never writes that file), and codegen says so
  const meltanoYml = readFileSync(join(ROOT, 'meltano.yml'), 'utf8');
  t.same(missingMeltanoEntries(meltanoYml, found), ['plugins.extractors: - {name: tap-new, variant: medi}']);
  t.same(missingMeltanoEntries(meltanoYml, await findPlugins()), [], "the project's meltano.yml names every plugin");

  put('taps/tap-misnamed/about.ts', '');
  put('dist/taps/tap-misnamed/about.js', `export const about = { name: 'tap-other' };\n`);
  await t.rejects(findPlugins(root), PluginDeclarationError, 'a plugin named unlike its directory is refused');
});
