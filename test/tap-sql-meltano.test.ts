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
    CREATE TABLE patient (PatNum bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, LName varchar(100) NOT NULL, FName varchar(100) NOT NULL,
      PatStatus tinyint NOT NULL, HmPhone varchar(30) NOT NULL,
      DateTStamp timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(), KEY (DateTStamp));
    INSERT INTO patient (LName, FName, PatStatus, HmPhone, DateTStamp) VALUES
      ('Ngata', 'Aroha', 0, '09 111', '2024-03-01 09:00:00'), ('Smith', 'Jo', 0, '09 222', '2024-03-01 09:00:00'),
      ('Lee', 'Min', 0, '09 333', '2024-03-01 09:00:00');
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
  t.match(r1.stderr, /tier critical: 4 table\(s\)[\s\S]*tier reference: 1 table/, 'tiers in order');
  // the job's dbt step builds staging and runs its tests: each key not null and unique
  t.match(r1.stderr, /PASS medi_unique_combination_stg_opendental__procedurelog_proc_num/, 'staging tests ran: key unique');
  t.match(r1.stderr, /PASS not_null_stg_opendental__paysplit_split_num/, 'key not null');
  const [del] = await query<{ n: number }>(
    dst,
    `SELECT count(*)::int AS n FROM raw.opendental_procedurelog WHERE _sdc_deleted_at IS NOT NULL`,
  );
  t.equal(del!.n, 30, 'ProcStatus 6 rows carry _sdc_deleted_at');
  // each table's counts: what the run wrote, and the source's rows where it read the whole table in one snapshot
  const counts = async () =>
    Object.fromEntries(
      (
        await query<{ stream: string; mode: string; rows_read: number; source_rows: number | null; source_deleted_rows: number | null }>(
          dst,
          `SELECT DISTINCT ON (stream) stream, mode, rows_read::int, source_rows::int, source_deleted_rows::int
           FROM raw.opendental__row_counts ORDER BY stream, counted_at DESC`,
        )
      ).map(({ stream, ...c }) => [stream, c]),
    );
  t.same(
    await counts(),
    {
      opendental_definition: { mode: 'incremental', rows_read: 40, source_rows: null, source_deleted_rows: null },
      opendental_patient: { mode: 'incremental', rows_read: 3, source_rows: null, source_deleted_rows: null },
      opendental_paysplit: { mode: 'incremental', rows_read: 120, source_rows: null, source_deleted_rows: null },
      opendental_procedurelog: { mode: 'incremental', rows_read: 300, source_rows: null, source_deleted_rows: null },
      opendental_securitylog: { mode: 'incremental', rows_read: 200, source_rows: null, source_deleted_rows: null },
    },
    'one count per table read',
  );
  t.match(r1.stderr, /PASS medi_row_counts_landed_opendental__procedurelog/, 'staging test: every record written landed');
  t.match(r1.stderr, /PASS medi_row_counts_extra_opendental__definition/, 'staging test: compares nothing without a whole-table read');

  const r2 = await meltano(['run', 'opendental-daily'], env);
  t.equal(r2.code, 0, 'rerun', { output: r2.stderr.slice(-3000) });
  t.equal(await count('opendental_procedurelog'), 300, 'nothing new: nothing loaded');
  t.equal(await count('opendental_securitylog'), 200);

  mariadb(`USE \`${db}\`; DELETE FROM paysplit WHERE SplitNum IN (7, 8)`);
  // patients change: a tracked attribute (a new surname), an untracked one (a phone), and a deletion (PatStatus 4)
  mariadb(`USE \`${db}\`; UPDATE patient SET LName = 'Ngata-Smith' WHERE PatNum = 1; UPDATE patient SET HmPhone = '09 999' WHERE PatNum = 2;
    UPDATE patient SET PatStatus = 4 WHERE PatNum = 3`);
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

  // core, generated from the contracts' core sections: facts keep deleted keys, marked; the patient dimension is SCD2
  const [fact] = await query<{ n: number; dead: number; sks: number }>(
    dst,
    `SELECT count(*)::int AS n, count(*) FILTER (WHERE is_deleted)::int AS dead, count(DISTINCT opendental_procedure_sk)::int AS sks
     FROM core.fact_opendental_procedures`,
  );
  t.same(fact, { n: 300, dead: 30, sks: 300 }, 'core fact: one row per procedure, status deletes marked, one surrogate key each');
  const splitsDead = await query<{ k: number }>(
    dst,
    `SELECT split_num::int AS k FROM core.fact_opendental_payment_splits WHERE is_deleted ORDER BY 1`,
  );
  t.same(
    splitsDead.map((d) => d.k),
    [7, 8],
    'core fact: hard-deleted splits marked deleted',
  );
  const dim = await query<{
    pat_num: number;
    l_name: string;
    hm_phone: string;
    pat_status: number;
    open: boolean;
    is_current: boolean;
    is_deleted: boolean;
  }>(
    dst,
    `SELECT pat_num::int, l_name, hm_phone, pat_status::int, valid_to IS NULL AS open, is_current, is_deleted
     FROM core.dim_opendental_patients ORDER BY pat_num, valid_from`,
  );
  t.same(
    dim,
    [
      { pat_num: 1, l_name: 'Ngata', hm_phone: '09 111', pat_status: 0, open: false, is_current: false, is_deleted: false },
      { pat_num: 1, l_name: 'Ngata-Smith', hm_phone: '09 111', pat_status: 0, open: true, is_current: true, is_deleted: false },
      { pat_num: 2, l_name: 'Smith', hm_phone: '09 999', pat_status: 0, open: true, is_current: true, is_deleted: false },
      { pat_num: 3, l_name: 'Lee', hm_phone: '09 333', pat_status: 0, open: false, is_current: false, is_deleted: false },
      { pat_num: 3, l_name: 'Lee', hm_phone: '09 333', pat_status: 4, open: true, is_current: true, is_deleted: true },
    ],
    'core SCD2: a new surname opens a row, a phone (untracked) updates in place, a deletion opens a deleted current row',
  );
  const [bounds] = await query<{ ok: boolean }>(
    dst,
    `SELECT bool_and(d.valid_to = n.valid_from) AS ok FROM core.dim_opendental_patients d
     JOIN core.dim_opendental_patients n ON n.pat_num = d.pat_num AND n.is_current WHERE NOT d.is_current`,
  );
  t.equal(bounds!.ok, true, 'a closed row ends where the current one starts');
  t.match(r4.stderr, /PASS medi_one_current_dim_opendental_patients_pat_num/, 'the generated core tests ran');

  // a hard delete in a table not reconciled: the weekly full run's counts show the warehouse holding a row too many
  mariadb(`USE \`${db}\`; DELETE FROM definition WHERE DefNum = 3`);
  const r5 = await meltano(['run', 'opendental-weekly-full'], env);
  t.equal(r5.code, 0, 'weekly full', { output: r5.stderr.slice(-3000) });
  t.equal(await count('opendental_procedurelog'), 610, 'a full reload');
  t.same(
    (await counts()).opendental_procedurelog,
    { mode: 'full', rows_read: 300, source_rows: 300, source_deleted_rows: 30 },
    'a whole-table read counts the source',
  );
  t.same((await counts()).opendental_paysplit, { mode: 'full', rows_read: 118, source_rows: 118, source_deleted_rows: 0 });
  t.match(r5.stderr, /PASS medi_row_counts_missing_opendental__procedurelog/, 'live procedures = source rows less status deletes');
  t.match(r5.stderr, /PASS medi_row_counts_missing_opendental__paysplit/, 'live splits = source rows (hard deletes tombstoned)');
  t.match(r5.stderr, /WARN 1 medi_row_counts_extra_opendental__definition/, 'the untracked delete: a warning naming the table');

  // rows lost after the tap wrote them: one record of the last run gone from raw, one procedure gone altogether
  await query(
    dst,
    `DELETE FROM raw.opendental_securitylog WHERE ctid = (SELECT ctid FROM raw.opendental_securitylog
       WHERE _sdc_load_run_id = (SELECT _sdc_load_run_id FROM raw.opendental__row_counts ORDER BY counted_at DESC LIMIT 1) LIMIT 1)`,
  );
  await query(dst, `DELETE FROM raw.opendental_procedurelog WHERE "ProcNum" = 1`);
  const r6 = await meltano(['run', 'dbt-postgres:run-opendental'], env);
  t.not(r6.code, 0, 'the build fails', { output: r6.stderr.slice(-3000) });
  t.match(r6.stderr, /Failure in test medi_row_counts_landed_opendental__securitylog/, 'a record written and not landed');
  t.match(r6.stderr, /Failure in test medi_row_counts_missing_opendental__procedurelog/, 'a row at the source not in staging');
  t.match(r6.stderr, /Failure in test medi_row_counts_landed_opendental__procedurelog/, 'and that row was written by the last run');
  t.notMatch(r6.stderr, /Failure in test medi_row_counts_\w+_opendental__paysplit/, 'the other tables pass');
});
