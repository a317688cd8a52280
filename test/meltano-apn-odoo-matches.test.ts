// core.opportunity_matches from the two simulators as the demo runs them: sim/apn's first AWS opportunities are
// derived from sim/odoo's deterministic leads (sim/apn/odoo-link.ts, from an Orm of the same sizes built apart, as
// another process would), one rule after another; after `meltano run odoo-sync` and `apn-sync` every rule has
// pairs, each linked ACE opportunity pairs with its lead by the rule it was made for, and the opportunities left
// unlinked pair with nothing.
import t from 'tap';
import { OdooSim } from '../sim/odoo/server.js';
import { Orm } from '../sim/odoo/orm.js';
import { ApnSim } from '../sim/apn/server.js';
import { RULES } from '../sim/apn/odoo-link.js';
import { query, scratchDb } from './helpers.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { meltano, meltanoEnv } from './meltano.js';

const SIZES = { 'crm.lead': 40, 'account.move.line': 60, 'sale.order.line': 60 };

t.test('odoo-sync + apn-sync: core.opportunity_matches pairs the simulators by every rule', async (t) => {
  const odoo = new OdooSim({ orm: new Orm(SIZES) });
  await odoo.listen();
  t.teardown(() => odoo.close());
  const apn = new ApnSim({ size: { AWS: { opportunities: 10 }, Sandbox: { opportunities: 2 } }, odoo: { orm: new Orm(SIZES), links: 8 } });
  const url = await apn.listen();
  t.teardown(() => apn.close());
  const db = await scratchDb('meltano_apn_match');
  const env = meltanoEnv({
    ...pgEnv(db),
    TAP_ODOO_URL: odoo.url,
    TAP_ODOO_DATABASE: odoo.database,
    TAP_ODOO_USERNAME: odoo.login,
    TAP_ODOO_API_KEY: odoo.apiKey,
    TAP_ODOO_PAGE_SIZE: '200',
    TAP_APN_ENDPOINT_URL: url,
    TAP_APN_CATALOGS: '["AWS","Sandbox"]',
    TAP_APN_READS_PER_SECOND: '200',
    AWS_ACCESS_KEY_ID: 'AKIDSIMULATOR',
    AWS_SECRET_ACCESS_KEY: 'simulator-secret',
  });
  for (const job of ['odoo-sync', 'apn-sync']) {
    const run = await meltano(['run', job], env);
    t.equal(run.code, 0, `${job} exit status`, { output: run.stderr.slice(-3000) });
  }
  t.same(
    apn.links.map((l) => l.rule),
    [...RULES, ...RULES],
    'eight links, two per rule',
  );
  const matches = await query<{ ace: string; odoo: number; rule: string; candidates: number }>(
    db,
    `select ace_opportunity_id ace, odoo_opportunity_id::int odoo, match_rule rule, candidates::int candidates
       from core.opportunity_matches where catalog = 'AWS' order by 1, 2`,
  );
  const aws = apn.stores.AWS;
  for (const [i, link] of apn.links.entries()) {
    const ace = aws.opportunities[i]!.id;
    const mine = matches.filter((m) => m.ace === ace);
    t.ok(
      mine.some((m) => m.odoo === link.leadId && m.rule === link.rule),
      `ACE ${ace} pairs with Odoo lead ${link.leadId} by ${link.rule} (${link.value})`,
      { found: mine },
    );
    t.ok(
      mine.every((m) => m.rule === link.rule),
      `and by no other rule`,
    );
  }
  // the identifiers name one lead each; an AWS account or a domain may be shared by several leads
  for (const rule of ['ace_opportunity_id', 'partner_opportunity_identifier']) {
    t.ok(
      matches.filter((m) => m.rule === rule).every((m) => m.candidates === 1),
      `${rule}: unambiguous`,
    );
  }
  const [byDomain] = await query<{ n: number }>(
    db,
    `select count(*)::int n from core.odoo_opportunities where normalized_domain = $1 and not is_deleted`,
    [apn.links[3]!.value],
  );
  t.equal(
    matches.filter((m) => m.ace === aws.opportunities[3]!.id).length,
    byDomain!.n,
    'the domain rule pairs with every Odoo opportunity of that domain',
  );
  const linked = new Set(apn.links.map((_, i) => aws.opportunities[i]!.id));
  t.same(
    matches.filter((m) => !linked.has(m.ace)),
    [],
    'unlinked ACE opportunities pair with nothing',
  );
  const [sandbox] = await query<{ n: number }>(db, `select count(*)::int n from core.opportunity_matches where catalog = 'Sandbox'`);
  t.equal(sandbox!.n, 0, 'the Sandbox catalog is not linked');
  t.same(
    (await query<{ rule: string }>(db, `select distinct match_rule rule from core.opportunity_matches order by 1`)).map((r) => r.rule),
    [...RULES].sort(),
    'core.opportunity_matches has pairs by every rule',
  );
});
