// Which streams a dbt build is recorded as covering (kit/warehouse/build-marker.ts buildCoverage), from the
// arguments scripts/dbt passes: what `medi-warehouse health` then calls current.
import t from 'tap';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCoverage } from '../kit/warehouse/build-marker.js';
import { ROOT } from './helpers.js';

const PROJECT = join(ROOT, 'transforms');

const covers = (args: string[]) => {
  const c = buildCoverage(args, PROJECT);
  return c && ['odoo_crm_lead', 'apn_opportunities', 'indici_patient'].filter(c);
};

t.test('a build covers the streams of the sources it selects', async (t) => {
  t.same(covers(['run']), ['odoo_crm_lead', 'apn_opportunities', 'indici_patient'], 'no selection: every stream');
  t.same(covers(['run', '--select', 'staging.apn+']), ['apn_opportunities']);
  t.same(covers(['run', '--select', 'staging.odoo+', '--exclude', 'core.apn']), ['odoo_crm_lead'], "another source's folder left out");
  t.equal(covers(['run', '--select', 'staging.odoo+', '--exclude', 'core.odoo']), undefined, 'its own models left out: unknown');
  t.equal(covers(['run', '--select', 'staging.odoo+', '--exclude', 'some_model']), undefined, 'any other exclusion: unknown');
  t.equal(covers(['run', '--exclude', 'core.apn']), undefined, 'everything but a folder: unknown');
  t.equal(covers(['run', '--select', 'tag:nightly']), undefined, 'a selector it cannot read: unknown');
});

t.test("a source whose name has _ and a source whose name is another's prefix: each covers its own streams", async (t) => {
  // contracts/<source>/<stream>.yaml lands as the stream <source>_<stream>; staging.<source>+ builds from the raw
  // tables its folder's sources list (generated from those contracts), whatever the names look like
  const project = mkdtempSync(join(tmpdir(), 'build-coverage-'));
  const sources = (source: string, tables: string[]) => {
    mkdirSync(join(project, 'models/staging', source), { recursive: true });
    writeFileSync(
      join(project, 'models/staging', source, `_${source}__sources.yml`),
      `version: 2\nsources:\n  - name: raw_${source}\n    schema: raw\n    tables:\n${tables.map((n) => `      - name: ${n}\n`).join('')}`,
    );
  };
  sources('audx', ['audx_visits', 'audx_srcish']); // stream "srcish" of source audx
  sources('audx_src', ['audx_src_claims']);
  const streams = ['audx_visits', 'audx_srcish', 'audx_src_claims', 'audxother_x'];
  const covered = (args: string[]) => {
    const c = buildCoverage(args, project);
    return c && streams.filter(c);
  };
  t.same(covered(['run', '--select', 'staging.audx_src+']), ['audx_src_claims'], 'staging.audx_src+ is recorded');
  t.same(covered(['run', '--select', 'staging.audx+']), ['audx_visits', 'audx_srcish'], "staging.audx+ does not cover audx_src's streams");
  t.same(covered(['run', '--select', 'staging.audx+', 'staging.audx_src+']), ['audx_visits', 'audx_srcish', 'audx_src_claims'], 'both');
  t.same(covered(['run', '--select', 'staging.audx+', '--exclude', 'core.audx_src']), ['audx_visits', 'audx_srcish'], 'another folder out');
  t.equal(covered(['run', '--select', 'staging.audx_src+', '--exclude', 'core.audx_src']), undefined, 'its own models out: unknown');
  t.equal(covered(['run', '--select', 'staging.nosuch+']), undefined, 'a source the project has no staging folder for: unknown');
  t.same(covered(['run']), streams, 'no selection: every stream');
});
