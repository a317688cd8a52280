// A user's choices made through Meltano's own commands (`meltano select`, `meltano config set`) land in
// meltano.yml or .env, which codegen never writes: the generated plugin definitions stay as codegen made them
// (so `npm run codegen:check` passes and `npm run codegen` overwrites nothing of the user's).
import t from 'tap';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import YAML from 'yaml';
import { ROOT } from './helpers.js';
import { meltano, meltanoEnv, projectCopy } from './meltano.js';
import { generate } from '../kit/contracts/codegen.js';
import { findPlugins } from '../kit/plugins.js';

t.test('meltano select and meltano config set edit the project, never a generated file', async (t) => {
  const files = await generate(await findPlugins());
  // the project as Meltano sees it: meltano.yml and every generated file of Meltano's
  const meltanoFiles = [...files.keys()].filter((f) => f.startsWith('plugins/') || f.startsWith('meltano/'));
  t.ok(meltanoFiles.length >= 4, `codegen writes our plugins' Meltano definitions (${meltanoFiles.join(', ')})`);
  t.notOk(files.has('meltano.yml') || files.has('.env'), "codegen never writes the user's files");
  const project = projectCopy('meltano-edits-');
  const env = meltanoEnv({ MELTANO_PROJECT_ROOT: project });

  for (const args of [
    ['select', 'tap-hims', 'hims_patients', 'id'],
    ['config', 'set', 'tap-hims', 'page_size', '50'],
    ['config', 'set', 'target-postgres-medi', 'batch_size_rows', '5000'],
  ]) {
    const r = await meltano(args, env);
    t.equal(r.code, 0, `meltano ${args.join(' ')}`, { output: r.stderr.slice(-2000) });
  }
  for (const f of meltanoFiles) t.equal(readFileSync(join(project, f), 'utf8'), files.get(f), `${f} is as codegen made it`);

  const yml = YAML.parse(readFileSync(join(project, 'meltano.yml'), 'utf8'));
  const tap = yml.plugins.extractors.find((p: { name: string }) => p.name === 'tap-hims');
  t.match(tap, { variant: 'medi', select: ['hims_patients.id'], config: { page_size: 50 } }, 'the choices are in meltano.yml');
  t.match(
    yml.plugins.loaders.find((p: { name: string }) => p.name === 'target-postgres-medi'),
    { config: { batch_size_rows: 5000 } },
  );
  const ignored = execFileSync('git', ['check-ignore', '.env'], { cwd: ROOT, encoding: 'utf8' }).trim();
  t.equal(ignored, '.env', 'git ignores .env, so a secret is never committed');

  // Meltano reads the choices back through the generated definition
  const listed = await meltano(['config', 'list', 'tap-hims'], env);
  t.match(listed.stdout, /page_size \[env: TAP_HIMS_PAGE_SIZE\] .*current value: 50 \(from `meltano.yml`\)/);
  // secrets are not Meltano settings (it would write them into .meltano/run/*.config.json): the plugin reads them
  // from its environment (TAP_HIMS_EXTRA_HEADERS, from the shell or .env), so Meltano does not list them
  t.notOk(/extra_headers/.test(listed.stdout), 'extra_headers is not a Meltano setting');
});
