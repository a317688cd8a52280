// Which streams a dbt build is recorded as covering (kit/warehouse/build-marker.ts buildCoverage), from the
// arguments scripts/dbt passes: what `medi-warehouse health` then calls current.
import t from 'tap';
import { buildCoverage } from '../kit/warehouse/build-marker.js';

const covers = (args: string[]) => {
  const c = buildCoverage(args);
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
