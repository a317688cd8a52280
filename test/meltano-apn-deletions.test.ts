// Deletions from Partner Central through `meltano run apn-sync`: records gone from the listings that tap-apn
// pages whole every run (solutions, engagements, invitations, benefits, benefit applications, allocations) arrive
// as tombstones on their own streams and staging marks them `_deleted_at`; an opportunity (listed by
// LastModifiedDate, which never shows a disappearance) is found gone only by the periodic full id listing
// (`deletion_check`), leaves core.ace_opportunities, and comes back when Partner Central lists it again. A listing
// under other filters (invitation participant types) infers no deletion.
import t from 'tap';
import { ApnSim } from '../sim/apn/server.js';
import { query, scratchDb } from './helpers.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { meltano, meltanoEnv } from './meltano.js';

t.test('apn-sync: tombstones for vanished ids, opportunities by the deletion check, a returning opportunity', async (t) => {
  const sim = new ApnSim({ size: { AWS: { opportunities: 9, engagements: 3, solutions: 3, applications: 4, allocations: 4 } } });
  const url = await sim.listen();
  t.teardown(() => sim.close());
  const db = await scratchDb('meltano_apn_del');
  const env = meltanoEnv({
    ...pgEnv(db),
    TAP_APN_ENDPOINT_URL: url,
    TAP_APN_READS_PER_SECOND: '200',
    TAP_APN_PAGE_SIZE: '4',
    TAP_APN_DELETION_CHECK: '-1',
    AWS_ACCESS_KEY_ID: 'AKIDSIMULATOR',
    AWS_SECRET_ACCESS_KEY: 'simulator-secret',
  });
  const first = await meltano(['run', 'apn-sync'], env);
  t.equal(first.code, 0, 'first run', { output: first.stderr.slice(-3000) });
  const aws = sim.stores.AWS;
  const gone = {
    solutions: aws.solution(1).Id as string,
    engagements: aws.engagement(2).Id as string,
    engagement_invitations: aws.invitation(0).Id as string,
    benefits: aws.benefit(3).Id as string,
    benefit_applications: aws.applications[1]!.id,
    benefit_allocations: aws.allocations[2]!.id,
  };
  const opp = aws.opportunities[4]!;
  for (const id of [...Object.values(gone), opp.id]) aws.remove(id);

  const stg = async (tb: string) =>
    query<{ id: string; deleted: boolean }>(
      db,
      `select id, _deleted_at is not null deleted from stg.stg_apn__${tb} where catalog = 'AWS' order by id`,
    );
  const deletedIds = async (tb: string) => (await stg(tb)).filter((r) => r.deleted).map((r) => r.id);

  // deletion_check -1: the whole-listed streams tombstone, opportunities are left alone
  const second = await meltano(['run', 'apn-sync'], env);
  t.equal(second.code, 0, 'second run', { output: second.stderr.slice(-3000) });
  for (const [tb, id] of Object.entries(gone)) {
    t.same(await deletedIds(tb), [id], `stg.stg_apn__${tb}: the vanished id alone carries _deleted_at`);
    const [tomb] = await query<Record<string, unknown>>(
      db,
      `select count(*)::int n, count(*) filter (where _sdc_deleted_at is not null)::int tombs from raw.apn_${tb} where id = $1`,
      [id],
    );
    t.same(tomb, { n: 2, tombs: 1 }, `raw.apn_${tb}: the row and its tombstone on the stream's own table`);
  }
  t.same(await deletedIds('opportunities'), [], 'deletion_check -1: no opportunity tombstone');
  t.notMatch(second.stderr, /deletion check/, 'and no full listing');

  // deletion_check 0: the full id listing finds the opportunity gone; core drops it
  const listBefore = sim.count('ListOpportunities');
  const getBefore = sim.count('GetOpportunity');
  const third = await meltano(['run', 'apn-sync'], { ...env, TAP_APN_DELETION_CHECK: '0' });
  t.equal(third.code, 0, 'third run', { output: third.stderr.slice(-3000) });
  t.match(third.stderr, /opportunities AWS: deletion check: 8 listed in all, 1 gone, 0 not fetched before/, 'the check is logged');
  t.equal(sim.count('ListOpportunities') - listBefore, 1 + Math.ceil(8 / 4), 'one incremental page and the full listing in pages of 4');
  t.equal(sim.count('GetOpportunity'), getBefore, 'ids only: no GetOpportunity');
  t.same(await deletedIds('opportunities'), [opp.id], 'stg: the opportunity is marked deleted');
  const [summary] = await query<{ deleted: boolean }>(
    db,
    `select _deleted_at is not null deleted from stg.stg_apn__aws_opportunity_summaries where related_opportunity_id = $1`,
    [opp.id],
  );
  t.same(summary, { deleted: true }, 'and its AWS summary');
  const core = async () =>
    (await query<{ id: string }>(db, `select ace_opportunity_id id from core.ace_opportunities where catalog = 'AWS' order by 1`)).map(
      (r) => r.id,
    );
  t.notOk((await core()).includes(opp.id), 'core.ace_opportunities leaves it out');
  t.equal((await core()).length, 8, 'and keeps the others');

  // the opportunity is listed again (access restored, LastModifiedDate unchanged, older than the bookmark)
  aws.restore(opp.id);
  const fourth = await meltano(['run', 'apn-sync'], { ...env, TAP_APN_DELETION_CHECK: '0' });
  t.equal(fourth.code, 0, 'fourth run', { output: fourth.stderr.slice(-3000) });
  t.match(fourth.stderr, /deletion check: 9 listed in all, 0 gone, 1 not fetched before/);
  t.same(await deletedIds('opportunities'), [], 'fetched again: alive in staging');
  t.ok((await core()).includes(opp.id), 'and back in core');

  // invitations listed for another participant type: the ones not listed now were not deleted
  const fifth = await meltano(['run', 'apn-sync'], { ...env, TAP_APN_INVITATION_PARTICIPANT_TYPES: '["SENDER"]' });
  t.equal(fifth.code, 0, 'fifth run', { output: fifth.stderr.slice(-3000) });
  t.match(fifth.stderr, /engagement_invitations AWS: listed under other filters than last run; no deletions inferred/);
  t.same(await deletedIds('engagement_invitations'), [gone.engagement_invitations], 'no invitation tombstoned by the filter change');
});
