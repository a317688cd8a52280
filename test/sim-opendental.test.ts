// The OpenDental-shaped source (sim/opendental) against the fact sheet (shared/sources/opendental-and-generic-sql.md),
// on the real MariaDB and PostgreSQL: 432 tables, the critical tables' documented columns and keys, TimeStamp columns
// that the server really maintains (MySQL ON UPDATE, a trigger on PostgreSQL), the backfill where rows share one
// DateTStamp, zero and year-1 dates, status deletes, hard deletes and what OpenDental records for them, exact
// Unicode/BLOB/unsigned/decimal values, and the same database for the same seed.
import t, { type Test } from 'tap';
import { createHash } from 'node:crypto';
import { build, hardDelete, insertRows, rowStream, sourceQuery, updateRows, type Source } from '../sim/opendental/build.js';
import { UPGRADE_AT } from '../sim/opendental/data.js';
import { TABLE_COUNT, tables } from '../sim/opendental/schema.js';

const PREFIX = (process.env.MEDI_TEST_DB_PREFIX ?? 'medi_test').toLowerCase().replace(/[^a-z0-9_]/g, '_');
const MYSQL_URL = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
const PG_URL = process.env.TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const SCALE = 2000;
const SEED = 7;

const my: Source = { dialect: 'mysql', url: MYSQL_URL, database: `${PREFIX}_od_my` };
const pgs: Source = { dialect: 'pg', url: PG_URL, database: `${PREFIX}_od_pg` };

// The columns the fact sheet names for each critical table (each must exist, in this relative order).
const FACT_SHEET: Record<string, { pk: string; cols: string[]; onUpdate: string | null }> = {
  securitylog: {
    pk: 'SecurityLogNum',
    cols: ['SecurityLogNum', 'PermType', 'UserNum', 'LogDateTime', 'LogText', 'PatNum', 'CompName', 'FKey', 'LogSource', 'DateTPrevious'],
    onUpdate: null,
  },
  paysplit: {
    pk: 'SplitNum',
    cols: [
      'SplitNum',
      'SplitAmt',
      'PatNum',
      'PayNum',
      'ProvNum',
      'PayPlanNum',
      'DatePay',
      'ProcNum',
      'DateEntry',
      'UnearnedType',
      'ClinicNum',
      'SecDateTEdit',
      'AdjNum',
    ],
    onUpdate: 'SecDateTEdit',
  },
  procedurelog: {
    pk: 'ProcNum',
    cols: [
      'ProcNum',
      'PatNum',
      'AptNum',
      'ProcDate',
      'ProcFee',
      'ProcStatus',
      'ProvNum',
      'DateEntryC',
      'ClinicNum',
      'CodeNum',
      'UnitQty',
      'DateTStamp',
      'SecDateEntry',
      'DateComplete',
    ],
    onUpdate: 'DateTStamp',
  },
  histappointment: {
    pk: 'HistApptNum',
    cols: ['HistApptNum', 'HistDateTStamp', 'HistApptAction', 'AptNum', 'PatNum', 'DateTStamp'],
    onUpdate: 'DateTStamp',
  },
  sheetfield: { pk: 'SheetFieldNum', cols: ['SheetFieldNum', 'SheetNum', 'DateTimeSig'], onUpdate: null },
  sheet: { pk: 'SheetNum', cols: ['SheetNum', 'PatNum', 'DateTSheetEdited'], onUpdate: null },
  patient: { pk: 'PatNum', cols: ['PatNum', 'PatStatus', 'DateTStamp', 'SecDateEntry'], onUpdate: 'DateTStamp' },
  appointment: {
    pk: 'AptNum',
    cols: ['AptNum', 'PatNum', 'AptStatus', 'Op', 'ProvNum', 'AptDateTime', 'ClinicNum', 'DateTStamp', 'SecDateTEntry'],
    onUpdate: 'DateTStamp',
  },
  deletedobject: { pk: 'DeletedObjectNum', cols: ['DeletedObjectNum', 'ObjectNum', 'ObjectType', 'DateTStamp'], onUpdate: 'DateTStamp' },
};

function inOrder(t: Test, actual: string[], expected: string[], what: string): void {
  const positions = expected.map((c) => actual.indexOf(c));
  t.notOk(positions.includes(-1), `${what}: every documented column exists`, { missing: expected.filter((_, k) => positions[k] === -1) });
  t.same(
    [...positions].sort((a, b) => a - b),
    positions,
    `${what}: documented columns in OpenDental's order`,
  );
}

async function utcNow(src: Source): Promise<number> {
  const [r] = await sourceQuery(
    src,
    src.dialect === 'mysql' ? 'SELECT UNIX_TIMESTAMP() AS s' : 'SELECT extract(epoch from now())::bigint AS s',
  );
  return Number(r!.s);
}
const epoch = (s: string) => Date.parse(`${s.replace(' ', 'T')}Z`) / 1000;

t.test('MariaDB: the built database matches the fact sheet', async (t) => {
  const r = await build({ ...my, scale: SCALE, seed: SEED });
  t.equal(r.tables, TABLE_COUNT);
  const [count] = await sourceQuery(
    my,
    "SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'",
    [my.database],
  );
  t.equal(Number(count!.n), 432, '432 tables, as the brief counts');

  const columns = await sourceQuery(
    my,
    'SELECT TABLE_NAME AS t, COLUMN_NAME AS c, DATA_TYPE AS dt, COLUMN_TYPE AS ct, EXTRA AS extra FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION',
    [my.database],
  );
  const pks = await sourceQuery(
    my,
    "SELECT TABLE_NAME AS t, COLUMN_NAME AS c FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ? AND CONSTRAINT_NAME = 'PRIMARY'",
    [my.database],
  );
  t.equal(new Set(pks.map((p) => p.t)).size, 432, 'every table declares a primary key');
  for (const [name, doc] of Object.entries(FACT_SHEET)) {
    const cols = columns.filter((c) => c.t === name);
    inOrder(
      t,
      cols.map((c) => String(c.c)),
      doc.cols,
      name,
    );
    t.same(
      pks.filter((p) => p.t === name).map((p) => p.c),
      [doc.pk],
      `${name}: primary key ${doc.pk}`,
    );
    const onUpdate = cols.filter((c) => /on update current_timestamp/i.test(String(c.extra))).map((c) => c.c);
    t.same(onUpdate, doc.onUpdate ? [doc.onUpdate] : [], `${name}: on-update TIMESTAMP column ${doc.onUpdate ?? '(none)'}`);
  }
  const type = (tn: string, cn: string) => columns.find((c) => c.t === tn && c.c === cn)?.ct;
  t.equal(type('procedurelog', 'ProcFee'), 'decimal(20,2)', 'money is DECIMAL');
  t.equal(type('procedurelog', 'ProcDate'), 'date');
  t.equal(type('procedurelog', 'SecDateEntry'), 'datetime', 'DateTEntry is a datetime');
  t.equal(type('paysplit', 'DateEntry'), 'date', 'DateEntry is a date');
  t.equal(type('procedurelog', 'DateTStamp'), 'timestamp');
  t.ok(
    columns.some((c) => c.ct === 'bigint(20) unsigned'),
    'some table has an unsigned BIGINT',
  );
  t.ok(
    columns.some((c) => c.dt === 'mediumblob'),
    'some table has a BLOB',
  );
  const indexed = await sourceQuery(
    my,
    "SELECT TABLE_NAME AS t, COLUMN_NAME AS c FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? AND SEQ_IN_INDEX = 1 AND INDEX_NAME <> 'PRIMARY'",
    [my.database],
  );
  const hasIndex = (tn: string, cn: string) => indexed.some((i) => i.t === tn && i.c === cn);
  t.ok(
    hasIndex('procedurelog', 'DateTStamp') && hasIndex('paysplit', 'SecDateTEdit') && hasIndex('securitylog', 'LogDateTime'),
    'cursor columns indexed',
  );
  t.notOk(hasIndex('document', 'DateTStamp'), "document's DateTStamp has no index (the unindexed-cursor case)");
  const engines = await sourceQuery(my, 'SELECT DISTINCT ENGINE AS e FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?', [my.database]);
  t.same(
    engines.map((e) => e.e),
    ['InnoDB'],
  );
  const [fks] = await sourceQuery(
    my,
    "SELECT COUNT(*) AS n FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = ? AND CONSTRAINT_TYPE = 'FOREIGN KEY'",
    [my.database],
  );
  t.equal(Number(fks!.n), 0, 'no foreign keys on MySQL, as OpenDental');

  // rows
  const [pl] = await sourceQuery(my, 'SELECT COUNT(*) AS n, SUM(ProcStatus = 6) AS deleted FROM procedurelog');
  t.equal(Number(pl!.n), SCALE);
  t.ok(Number(pl!.deleted) > 0, 'procedurelog has status-deleted rows (ProcStatus 6)');
  const [pat] = await sourceQuery(my, 'SELECT COUNT(*) AS n, SUM(PatStatus = 4) AS deleted FROM patient');
  t.ok(Number(pat!.deleted) > 0, 'patient has status-deleted rows (PatStatus 4)');
  const zero = await sourceQuery(
    my,
    "SELECT SUM(CAST(DateTP AS CHAR) = '0000-00-00') AS zero, SUM(DateTP = '0001-01-01') AS yr1, SUM(CAST(DateTimeArrived AS CHAR) = '0000-00-00 00:00:00') AS zdt FROM procedurelog JOIN appointment USING (AptNum)",
  );
  t.ok(Number(zero[0]!.zero) > 0 && Number(zero[0]!.yr1) > 0 && Number(zero[0]!.zdt) > 0, 'zero dates and year-1 placeholders present', {
    row: zero[0],
  });
  const doc = await sourceQuery(my, 'SELECT CAST(DateTStamp AS CHAR) AS ts, COUNT(*) AS n FROM document GROUP BY DateTStamp');
  t.same(doc, [{ ts: UPGRADE_AT, n: 50 }], 'document: every row shares the upgrade DateTStamp (the backfill)');
  const [patTies] = await sourceQuery(my, 'SELECT COUNT(*) AS n FROM patient WHERE DateTStamp = ?', [UPGRADE_AT]);
  t.equal(Number(patTies!.n), 60, 'patient: the first 60% of rows share the upgrade DateTStamp');
  const [bulk] = await sourceQuery(my, 'SELECT MAX(n) AS n FROM (SELECT COUNT(*) AS n FROM procedurelog GROUP BY DateTStamp) x');
  t.ok(Number(bulk!.n) >= 20, 'procedurelog: bulk edits leave many rows on one DateTStamp', { bulk });
  const gaps = await sourceQuery(my, 'SELECT SplitNum FROM paysplit WHERE SplitNum BETWEEN 96 AND 98 ORDER BY SplitNum');
  t.same(
    gaps.map((g) => Number(g.SplitNum)),
    [96, 98],
    'paysplit: keys hard-deleted before the snapshot are missing',
  );
  const [deletedApts] = await sourceQuery(
    my,
    'SELECT COUNT(*) AS n, SUM(a.AptNum IS NULL) AS missing FROM deletedobject d LEFT JOIN appointment a ON a.AptNum = d.ObjectNum WHERE d.ObjectType = 0',
  );
  t.ok(
    Number(deletedApts!.n) > 0 && deletedApts!.n === deletedApts!.missing,
    'deletedobject: ObjectType 0 rows name appointments that are gone',
  );

  // exact values
  const texts = (await sourceQuery(my, 'SELECT DISTINCT LogText AS v FROM securitylog')).map((r) => r.v);
  t.ok(texts.includes('المريض يحتاج إلى متابعة بعد أسبوعين'), 'Arabic text');
  t.ok(texts.includes('Recall in 6 months 🦷😀 — smile!'), 'emoji (4-byte UTF-8)');
  t.ok(texts.includes('Line one\nline two\r\nline three'), 'newlines and CR kept');
  t.ok(texts.includes('tab\there, backslash \\ and a quote \' and "double"'), 'tab, backslash, quotes kept');
  t.ok(texts.includes('\\N is text here, not null') && texts.includes('NULL') && texts.includes(''), 'text that looks like NULL is text');
  const link = tables().find((x) => x.columns.some((c) => c.type === 'ubigint') && x.rows(SCALE) > 0)!;
  const ub = await sourceQuery(my, `SELECT CAST(MAX(ExternalId) AS CHAR) AS v FROM \`${link.name}\``);
  t.equal(ub[0]!.v, '18446744073709551615', 'unsigned BIGINT max stored exactly');
  const attach = tables().find((x) => x.columns.some((c) => c.type === 'blob') && x.name !== 'document' && x.rows(SCALE) > 5)!;
  const [blob] = await sourceQuery(
    my,
    `SELECT HEX(RawData) AS h, LENGTH(RawData) AS n FROM \`${attach.name}\` WHERE LENGTH(RawData) > 10 LIMIT 1`,
  );
  t.ok(Number(blob!.n) > 10 && /^(00|09|0A|5C|FF)/.test(String(blob!.h)), 'BLOB bytes (NUL, tab, newline, backslash, 0xFF) kept', { blob });
  const [nulls] = await sourceQuery(my, 'SELECT SUM(ProcFee) AS fee FROM procedurelog');
  t.match(String(nulls!.fee), /^\d+\.\d\d$/, 'DECIMAL sum exact');
});

t.test('MariaDB: the same seed builds the same database; another seed another', async (t) => {
  // before any mutation: the database built above against a twin built from the same seed
  const twin: Source = { ...my, database: `${PREFIX}_od_my2` };
  await build({ ...twin, scale: SCALE, seed: SEED });
  const names = tables().map((x) => x.name);
  const sums = async (s: Source) => {
    const rows = await sourceQuery(s, `CHECKSUM TABLE ${names.map((n) => `\`${s.database}\`.\`${n}\``).join(', ')}`);
    return rows.map((r) => String(r.Checksum));
  };
  t.same(await sums(twin), await sums(my), 'every table identical for one seed');
  await sourceQuery(my, `DROP DATABASE IF EXISTS \`${twin.database}\``);
  // the generator itself: the same bytes for one seed, others for another (no server needed)
  const digest = async (seed: number) => {
    const h = createHash('sha256');
    for (const x of tables()) for await (const chunk of rowStream(x, 'mysql', SCALE, seed)) h.update(chunk as string);
    return h.digest('hex');
  };
  const d7 = await digest(SEED);
  t.equal(await digest(SEED), d7, 'row streams identical for one seed');
  t.not(await digest(SEED + 1), d7, 'a different seed gives different rows');
});

t.test('MariaDB: TimeStamp is maintained by the server; updates, inserts and deletes between runs', async (t) => {
  const before = await utcNow(my);
  const [old] = await sourceQuery(
    my,
    'SELECT CAST(DateTStamp AS CHAR) AS ts, CAST(SecDateEntry AS CHAR) AS e FROM procedurelog WHERE ProcNum = 5',
  );
  t.ok(epoch(String(old!.ts)) < before - 86400, 'loaded stamps are in the past');

  // an UPDATE that changes a column moves DateTStamp (ON UPDATE current_timestamp), one value for the statement
  t.equal(await updateRows(my, 'procedurelog', [5, 6, 7], { set: { ProcStatus: 6 } }), 3, 'soft delete = status update');
  const moved = await sourceQuery(
    my,
    'SELECT ProcNum, CAST(DateTStamp AS CHAR) AS ts, CAST(SecDateEntry AS CHAR) AS e FROM procedurelog WHERE ProcNum IN (5, 6, 7)',
  );
  t.equal(new Set(moved.map((m) => m.ts)).size, 1, 'rows updated by one statement share one DateTStamp');
  const ts = epoch(String(moved[0]!.ts));
  t.ok(ts >= before && ts <= (await utcNow(my)), 'DateTStamp moved to the server time of the update (UTC)', { ts, before });
  t.equal(moved.find((m) => Number(m.ProcNum) === 5)!.e, old!.e, 'SecDateEntry (DateTEntry) unchanged by the update');

  // an UPDATE writing the same values leaves DateTStamp alone (MySQL's rule, the fact sheet)
  const [fixed] = await sourceQuery(my, 'SELECT CAST(DateTStamp AS CHAR) AS ts, ProcStatus FROM procedurelog WHERE ProcNum = 9');
  await sourceQuery(my, 'UPDATE procedurelog SET ProcStatus = ? WHERE ProcNum = 9', [fixed!.ProcStatus]);
  const [still] = await sourceQuery(my, 'SELECT CAST(DateTStamp AS CHAR) AS ts FROM procedurelog WHERE ProcNum = 9');
  t.equal(still!.ts, fixed!.ts, 'no-op UPDATE leaves DateTStamp unchanged');

  // a program may set the stamp itself
  await updateRows(my, 'paysplit', [1, 2], { stampAt: '2025-06-30 12:00:00' });
  const set = await sourceQuery(my, 'SELECT CAST(SecDateTEdit AS CHAR) AS ts FROM paysplit WHERE SplitNum IN (1, 2)');
  t.same(
    set.map((s) => s.ts),
    ['2025-06-30 12:00:00', '2025-06-30 12:00:00'],
    'explicit TimeStamp kept',
  );

  // inserts: one statement, server keys, one shared stamp later than everything loaded
  const ids = await insertRows(my, 'procedurelog', 4, { scale: SCALE, seed: SEED });
  t.same(ids, [SCALE + 1, SCALE + 2, SCALE + 3, SCALE + 4], 'new keys follow the loaded ones');
  const ins = await sourceQuery(my, `SELECT CAST(DateTStamp AS CHAR) AS ts FROM procedurelog WHERE ProcNum > ${SCALE}`);
  t.equal(ins.length, 4);
  t.equal(new Set(ins.map((i) => i.ts)).size, 1, 'inserted rows share one DateTStamp');
  t.ok(epoch(String(ins[0]!.ts)) >= before, 'inserted stamp is the server time');

  // hard deletes
  t.equal(await hardDelete(my, 'paysplit', [3, 4]), 2);
  const [left] = await sourceQuery(my, 'SELECT COUNT(*) AS n FROM paysplit WHERE SplitNum IN (3, 4)');
  t.equal(Number(left!.n), 0, 'paysplit rows gone');
  const [trace] = await sourceQuery(
    my,
    'SELECT COUNT(*) AS n FROM deletedobject WHERE ObjectNum IN (3, 4) AND DateTStamp >= FROM_UNIXTIME(?)',
    [before],
  );
  t.equal(Number(trace!.n), 0, 'OpenDental records no deletedobject row for a paysplit');
  t.equal(await hardDelete(my, 'appointment', [1]), 1);
  const [hist] = await sourceQuery(my, 'SELECT COUNT(*) AS n FROM histappointment WHERE AptNum = 1 AND HistApptAction = 4');
  const [dobj] = await sourceQuery(my, 'SELECT COUNT(*) AS n FROM deletedobject WHERE ObjectNum = 1 AND ObjectType = 0');
  t.ok(
    Number(hist!.n) >= 1 && Number(dobj!.n) === 1,
    'appointment delete recorded in histappointment (action 4) and deletedobject (type 0)',
  );
  await t.rejects(hardDelete(my, 'procedurelog', [1]), /IsDeleteForbidden/, 'procedurelog is never hard-deleted');
});

t.test('PostgreSQL: the same loader, lower-case names, trigger-maintained TimeStamp, foreign keys', async (t) => {
  const r = await build({ ...pgs, scale: SCALE, seed: SEED });
  t.equal(r.tables, 432);
  const [count] = await sourceQuery(
    pgs,
    "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
  );
  t.equal(count!.n, 432);
  const cols = await sourceQuery(
    pgs,
    "SELECT column_name AS c, data_type AS dt FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'procedurelog' ORDER BY ordinal_position",
  );
  inOrder(
    t,
    cols.map((c) => String(c.c)),
    FACT_SHEET.procedurelog!.cols.map((c) => c.toLowerCase()),
    'procedurelog (pg)',
  );
  t.equal(
    cols.find((c) => c.c === 'datetstamp')!.dt,
    'timestamp with time zone',
    'TimeStamp → timestamptz (an instant, as MySQL TIMESTAMP)',
  );
  t.equal(cols.find((c) => c.c === 'procfee')!.dt, 'numeric');
  const fks = await sourceQuery(
    pgs,
    "SELECT tc.table_name AS t, kcu.column_name AS c FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name WHERE tc.constraint_type = 'FOREIGN KEY' ORDER BY 1, 2",
  );
  t.same(
    fks.map((f) => `${f.t}.${f.c}`),
    ['appointment.patnum', 'payment.patnum', 'paysplit.patnum', 'procedurelog.patnum', 'sheet.patnum', 'sheetfield.sheetnum'],
    'foreign keys where every row has a parent',
  );

  // same rows as MariaDB for the seed (money, statuses, texts); zero dates became year 1
  const [agg] = await sourceQuery(
    pgs,
    'SELECT sum(procfee)::text AS fee, sum((procstatus = 6)::int)::int AS del FROM procedurelog WHERE procnum <= ?',
    [SCALE],
  );
  const myAgg = await sourceQuery(my, 'SELECT CAST(SUM(ProcFee) AS CHAR) AS fee FROM procedurelog WHERE ProcNum <= ?', [SCALE]);
  t.equal(agg!.fee, myAgg[0]!.fee, 'procedurelog.ProcFee identical on both servers');
  const [yr1] = await sourceQuery(pgs, "SELECT count(*)::int AS n FROM procedurelog WHERE datetp = '0001-01-01'");
  const [myYr1] = await sourceQuery(
    my,
    "SELECT COUNT(*) AS n FROM procedurelog WHERE DateTP IN ('0001-01-01', '0000-00-00') AND ProcNum <= ?",
    [SCALE],
  );
  t.equal(yr1!.n, Number(myYr1!.n), 'zero dates loaded as year 1 on PostgreSQL');
  const [doc] = await sourceQuery(
    pgs,
    "SELECT count(DISTINCT datetstamp)::int AS d, min(datetstamp AT TIME ZONE 'UTC')::text AS ts FROM document",
  );
  t.same(doc, { d: 1, ts: UPGRADE_AT }, 'document backfill: one DateTStamp');
  const [txt] = await sourceQuery(pgs, "SELECT count(*)::int AS n FROM securitylog WHERE logtext = 'Recall in 6 months 🦷😀 — smile!'");
  t.ok(Number(txt!.n) > 0, 'emoji text');

  const before = await utcNow(pgs);
  await updateRows(pgs, 'procedurelog', [5, 6], { set: { ProcStatus: 6 } });
  const moved = await sourceQuery(pgs, 'SELECT extract(epoch from datetstamp)::bigint AS s FROM procedurelog WHERE procnum IN (5, 6)');
  t.ok(
    moved.every((m) => Number(m.s) >= before),
    'the trigger moved DateTStamp on a real change',
  );
  const [fixed] = await sourceQuery(pgs, 'SELECT datetstamp::text AS ts, procstatus FROM procedurelog WHERE procnum = 9');
  await sourceQuery(pgs, 'UPDATE procedurelog SET procstatus = ? WHERE procnum = 9', [fixed!.procstatus]);
  const [still] = await sourceQuery(pgs, 'SELECT datetstamp::text AS ts FROM procedurelog WHERE procnum = 9');
  t.equal(still!.ts, fixed!.ts, 'no-op UPDATE leaves DateTStamp unchanged, as in MySQL');
  await updateRows(pgs, 'paysplit', [1], { stampAt: '2025-06-30 12:00:00+00' });
  const [set] = await sourceQuery(pgs, "SELECT (secdatetedit AT TIME ZONE 'UTC')::text AS ts FROM paysplit WHERE splitnum = 1");
  t.equal(set!.ts, '2025-06-30 12:00:00', 'explicit TimeStamp kept');
  const ids: number[] = await insertRows(pgs, 'paysplit', 3, { scale: SCALE, seed: SEED });
  t.equal(ids.length, 3);
  const ins = await sourceQuery(pgs, `SELECT DISTINCT secdatetedit::text AS ts FROM paysplit WHERE splitnum IN (${ids.join(',')})`);
  t.equal(ins.length, 1, 'inserted rows share one TimeStamp');
  t.equal(await hardDelete(pgs, 'paysplit', ids.slice(0, 1)), 1);
  t.equal(await hardDelete(pgs, 'appointment', [2]), 1);
  const [dobj] = await sourceQuery(pgs, 'SELECT count(*)::int AS n FROM deletedobject WHERE objectnum = 2 AND objecttype = 0');
  t.equal(dobj!.n, 1);
});

t.teardown(async () => {
  if (process.env.ODSIM_KEEP) return;
  await sourceQuery({ ...my, database: 'mysql' }, `DROP DATABASE IF EXISTS \`${my.database}\``);
  await sourceQuery({ ...pgs, database: 'postgres' }, `DROP DATABASE IF EXISTS ${pgs.database} WITH (FORCE)`);
});
