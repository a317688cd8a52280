// `meltano run` of tap-sql--opendental into target-postgres-medi against a MariaDB source shaped like OpenDental:
// the daily job loads every table (critical ones in parallel), a second run with nothing new loads nothing, the
// manual range job reads only its window and leaves the daily bookmarks alone, the weekly full job reloads.
import t from 'tap';
import { query, scratchDb, DB_PREFIX, mariadb } from './helpers.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { meltano, meltanoEnv } from './meltano.js';

t.test('meltano run: opendental daily, rerun, range, weekly full', async (t) => {
  const db = `${DB_PREFIX}_od_meltano`;
  mariadb(`DROP DATABASE IF EXISTS \`${db}\`; CREATE DATABASE \`${db}\`; USE \`${db}\`; SET time_zone = '+00:00';
    CREATE TABLE procedurelog (ProcNum bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, PatNum bigint NOT NULL, ProcFee double NOT NULL,
      ProcStatus tinyint NOT NULL, ProcDate date NOT NULL, DateTStamp timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
      KEY (DateTStamp));
    CREATE TABLE paysplit (SplitNum bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, SplitAmt double NOT NULL, DatePay date NOT NULL,
      SecDateTEdit timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(), KEY (SecDateTEdit));
    CREATE TABLE securitylog (SecurityLogNum bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, LogDateTime datetime NOT NULL, LogText text);
    CREATE TABLE definition (DefNum bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, Category tinyint NOT NULL, ItemName varchar(255) NOT NULL);
    INSERT INTO procedurelog (PatNum, ProcFee, ProcStatus, ProcDate, DateTStamp)
      SELECT seq, seq * 2.5, IF(seq % 10 = 0, 6, 2), '2024-01-01' + INTERVAL seq DAY, '2024-01-01' + INTERVAL seq HOUR FROM seq_1_to_300;
    INSERT INTO paysplit (SplitAmt, DatePay, SecDateTEdit) SELECT seq, '2024-02-01', '2024-02-01 00:00:00' FROM seq_1_to_120;
    INSERT INTO securitylog (LogDateTime, LogText) SELECT '2024-01-01' + INTERVAL seq MINUTE, CONCAT('event ', seq) FROM seq_1_to_200;
    INSERT INTO definition (Category, ItemName) SELECT seq % 5, CONCAT('def ', seq) FROM seq_1_to_40;`);
  t.teardown(() => mariadb(`DROP DATABASE IF EXISTS \`${db}\``));
  const dst = await scratchDb('tapsql_meltano');
  const env = meltanoEnv({
    ...pgEnv(dst),
    DATABASE_URL: dst,
    OPENDENTAL_HOST: '127.0.0.1',
    OPENDENTAL_PORT: '3306',
    OPENDENTAL_USER: 'root',
    OPENDENTAL_DATABASE: db,
    TAP_SQL__OPENDENTAL_LAG_SECONDS: '0',
    TAP_SQL_LAG_SECONDS: '0',
    TAP_SQL_BATCH_ROWS: '50',
  });
  const count = async (table: string) => (await query<{ n: number }>(dst, `SELECT count(*)::int AS n FROM raw.${table}`))[0]!.n;
  const r1 = await meltano(['run', 'opendental-daily'], env);
  t.equal(r1.code, 0, 'daily', { output: r1.stderr.slice(-3000) });
  t.equal(await count('opendental_procedurelog'), 300);
  t.equal(await count('opendental_paysplit'), 120);
  t.equal(await count('opendental_securitylog'), 200);
  t.equal(await count('opendental_definition'), 40);
  t.match(r1.stderr, /tier critical: 3 table\(s\)[\s\S]*tier reference: 1 table/, 'tiers in order');
  // the job's dbt step builds staging and runs its tests: each key not null and unique
  t.match(r1.stderr, /PASS medi_unique_combination_stg_opendental__procedurelog_proc_num/, 'staging tests ran: key unique');
  t.match(r1.stderr, /PASS not_null_stg_opendental__paysplit_split_num/, 'key not null');
  const [del] = await query<{ n: number }>(
    dst,
    `SELECT count(*)::int AS n FROM raw.opendental_procedurelog WHERE _sdc_deleted_at IS NOT NULL`,
  );
  t.equal(del!.n, 30, 'ProcStatus 6 rows carry _sdc_deleted_at');

  const r2 = await meltano(['run', 'opendental-daily'], env);
  t.equal(r2.code, 0, 'rerun', { output: r2.stderr.slice(-3000) });
  t.equal(await count('opendental_procedurelog'), 300, 'nothing new: nothing loaded');
  t.equal(await count('opendental_securitylog'), 200);

  mariadb(`USE \`${db}\`; DELETE FROM paysplit WHERE SplitNum IN (7, 8)`);
  const r3 = await meltano(['run', 'opendental-range'], {
    ...env,
    OPENDENTAL_RANGE_FROM: '2024-01-02 00:00:00',
    OPENDENTAL_RANGE_TO: '2024-01-02 10:00:00',
  });
  t.equal(r3.code, 0, 'range', { output: r3.stderr.slice(-3000) });
  t.equal(await count('opendental_procedurelog'), 310, 'the range read its ten hours of procedures');

  const r4 = await meltano(['run', 'opendental-daily'], env);
  t.equal(r4.code, 0, 'daily after the range', { output: r4.stderr.slice(-3000) });
  t.equal(await count('opendental_procedurelog'), 310, 'the range moved no bookmark of the daily job');
  const dead = await query<{ k: number }>(
    dst,
    `SELECT "SplitNum"::int AS k FROM raw.opendental_paysplit WHERE _sdc_deleted_at IS NOT NULL ORDER BY 1`,
  );
  t.same(
    dead.map((d) => d.k),
    [7, 8],
    'hard-deleted splits tombstoned',
  );

  // downstream: the job's dbt step keeps each key's newest version, and a tombstone is newer than what it names
  const stgDead = await query<{ k: number }>(
    dst,
    `SELECT split_num::int AS k FROM stg.stg_opendental__paysplit WHERE _deleted_at IS NOT NULL ORDER BY 1`,
  );
  t.same(
    stgDead.map((d) => d.k),
    [7, 8],
    'staging marks the hard-deleted splits deleted (and only them)',
  );
  const [stgProc] = await query<{ n: number; dead: number }>(
    dst,
    `SELECT count(*)::int AS n, count(_deleted_at)::int AS dead FROM stg.stg_opendental__procedurelog`,
  );
  t.same(stgProc, { n: 300, dead: 30 }, 'staging: one row per procedure, status deletes (ProcStatus 6) marked deleted');

  const r5 = await meltano(['run', 'opendental-weekly-full'], env);
  t.equal(r5.code, 0, 'weekly full', { output: r5.stderr.slice(-3000) });
  t.equal(await count('opendental_procedurelog'), 610, 'a full reload');
});
