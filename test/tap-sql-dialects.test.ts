// The SQL Server and Oracle dialects of tap-sql, which cannot run here: the exact SQL they generate (discovery,
// keyset pages with composite keys, the NULL-cursor sweep, key-reconciliation chunks, session setup), values
// always bound and never spliced, their type maps and value decoders, discovery run on their queries' answers, and
// drivers loaded only when a dialect connects.
import t from 'tap';
import {
  mssql,
  bindings,
  connectionConfig,
  dateTimeText,
  decodeMssql,
  rewriteSelectList,
  typedParams,
} from '../taps/tap-sql/dialects/mssql.js';
import {
  oracle,
  bindsFor,
  connectAttributes,
  decodeOracle,
  oracleNumber,
  oracleTimestampTz,
  typedBinds,
} from '../taps/tap-sql/dialects/oracle.js';
import { expandedKeyset } from '../taps/tap-sql/dialects/expanded-keyset.js';
import { loadDialect } from '../taps/tap-sql/dialects/index.js';
import { discoverTables } from '../taps/tap-sql/discovery.js';
import { Decimal } from '../kit/singer/decimal.js';
import type { ConnectionOptions, Dialect, MappedType, Session, SourceColumn, Sql } from '../taps/tap-sql/dialect.js';

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const col = (dataType: string, extra: Partial<SourceColumn> = {}): SourceColumn => ({
  name: 'c',
  position: 1,
  dataType,
  columnType: dataType,
  nullable: true,
  extra: '',
  default: null,
  ...extra,
});
const OPTS: ConnectionOptions = { statementTimeoutMs: 30000, connectTimeoutMs: 10000, applicationName: 'tap-sql' };

t.test('identifiers are quoted so any name is used as is; placeholders are named', async (t) => {
  t.equal(mssql.quote('ProcNum'), '[ProcNum]');
  t.equal(mssql.quote('odd]name, [x]'), '[odd]]name, [x]]]');
  t.equal(mssql.qualify('dbo', 'order'), '[dbo].[order]');
  t.equal(mssql.placeholder(3), '@p3');
  t.equal(oracle.quote('ProcNum'), '"ProcNum"', 'Oracle names are case-exact inside quotes');
  t.equal(oracle.quote('a"b'), '"a""b"');
  t.equal(oracle.qualify('OPENDENTAL', 'PROCEDURELOG'), '"OPENDENTAL"."PROCEDURELOG"');
  t.equal(oracle.placeholder(3), ':p3');
});

t.test('keyset predicate: row-value comparison expanded, index-friendly leading range', async (t) => {
  t.equal(expandedKeyset(['a'], ['?']), 'a > ?');
  t.equal(expandedKeyset(['a', 'b'], ['x', 'y']), 'a >= x AND (a > x OR (a = x AND (b > y)))');
  t.equal(
    mssql.keysetPredicate(['DateTStamp', 'ProcNum'], 2),
    '[DateTStamp] >= @p2 AND ([DateTStamp] > @p2 OR ([DateTStamp] = @p2 AND ([ProcNum] > @p3)))',
  );
  t.equal(
    oracle.keysetPredicate(['TS', 'K1', 'K2'], 1),
    '"TS" >= :p1 AND ("TS" > :p1 OR ("TS" = :p1 AND ("K1" > :p2 OR ("K1" = :p2 AND ("K2" > :p3)))))',
    'three columns: lexicographic order',
  );
  t.throws(() => expandedKeyset([], []));
});

// The conjuncts below are built the way engine.ts builds them (frozen upper bound first, then the keyset).
function keysetPage(d: Dialect, limit: number) {
  const where = [`${d.quote('DateTStamp')} < ${d.placeholder(1)}`, d.keysetPredicate(['DateTStamp', 'PatNum', 'ProcNum'], 2)];
  return d.selectPage({
    schema: 'dbo',
    table: 'procedurelog',
    columns: ['ProcNum', 'PatNum', 'ProcFee', 'DateTStamp', 'DateTStamp'],
    where,
    params: ['2026-01-01 00:00:00.000000', '2025-06-30 12:00:00', 7, '90000000000000001'],
    orderBy: ['DateTStamp', 'PatNum', 'ProcNum'],
    limit,
  });
}

t.test('SQL Server pages: OFFSET/FETCH after ORDER BY, TOP without, composite keyset, NULL sweep, key chunks', async (t) => {
  const page = keysetPage(mssql, 5000);
  t.equal(
    page.text,
    'SELECT [ProcNum], [PatNum], [ProcFee], [DateTStamp], [DateTStamp] FROM [dbo].[procedurelog] WHERE ([DateTStamp] < @p1) AND ' +
      '([DateTStamp] >= @p2 AND ([DateTStamp] > @p2 OR ([DateTStamp] = @p2 AND ([PatNum] > @p3 OR ([PatNum] = @p3 AND ([ProcNum] > @p4)))))) ' +
      'ORDER BY [DateTStamp], [PatNum], [ProcNum] OFFSET 0 ROWS FETCH NEXT 5000 ROWS ONLY',
  );
  t.same(page.params, ['2026-01-01 00:00:00.000000', '2025-06-30 12:00:00', 7, '90000000000000001']);
  // the NULL-cursor sweep: IS NULL, then the primary key's keyset from @p1
  const sweep = mssql.selectPage({
    schema: 'dbo',
    table: 'claimitem',
    columns: ['ClaimItemNum', 'DateTEdited'],
    where: [`${mssql.quote('DateTEdited')} IS NULL`, mssql.keysetPredicate(['ClaimItemNum'], 1)],
    params: [1200],
    orderBy: ['ClaimItemNum'],
    limit: 10000,
  });
  t.equal(
    sweep.text,
    'SELECT [ClaimItemNum], [DateTEdited] FROM [dbo].[claimitem] WHERE ([DateTEdited] IS NULL) AND ([ClaimItemNum] > @p1) ORDER BY [ClaimItemNum] OFFSET 0 ROWS FETCH NEXT 10000 ROWS ONLY',
  );
  t.equal(
    mssql.selectPage({ schema: 'dbo', table: 'x', columns: ['a'], where: [], params: [], orderBy: [], limit: 10 }).text,
    'SELECT TOP (10) [a] FROM [dbo].[x]',
    'no ORDER BY: TOP',
  );
  t.equal(
    mssql.selectPage({ schema: 'dbo', table: 'x', columns: ['a'], where: [], params: [], orderBy: [] }).text,
    'SELECT [a] FROM [dbo].[x]',
  );
  t.same(mssql.pkChunk('dbo', 'paysplit', ['SplitNum'], undefined, 50000), {
    text: 'SELECT [SplitNum] FROM [dbo].[paysplit] ORDER BY [SplitNum] OFFSET 0 ROWS FETCH NEXT 50000 ROWS ONLY',
    params: [],
  });
  t.same(mssql.pkChunk('dbo', 'link', ['A', 'B'], [3, 'x'], 100), {
    text: 'SELECT [A], [B] FROM [dbo].[link] WHERE ([A] >= @p1 AND ([A] > @p1 OR ([A] = @p1 AND ([B] > @p2)))) ORDER BY [A], [B] OFFSET 0 ROWS FETCH NEXT 100 ROWS ONLY',
    params: [3, 'x'],
  });
});

t.test('Oracle pages: FETCH FIRST, composite keyset, NULL sweep, key chunks', async (t) => {
  const page = keysetPage(oracle, 5000);
  t.equal(
    page.text,
    'SELECT "ProcNum", "PatNum", "ProcFee", "DateTStamp", "DateTStamp" FROM "dbo"."procedurelog" WHERE ("DateTStamp" < :p1) AND ' +
      '("DateTStamp" >= :p2 AND ("DateTStamp" > :p2 OR ("DateTStamp" = :p2 AND ("PatNum" > :p3 OR ("PatNum" = :p3 AND ("ProcNum" > :p4)))))) ' +
      'ORDER BY "DateTStamp", "PatNum", "ProcNum" FETCH FIRST 5000 ROWS ONLY',
  );
  t.same(bindsFor(page.text, page.params), { p1: '2026-01-01 00:00:00.000000', p2: '2025-06-30 12:00:00', p3: 7, p4: '90000000000000001' });
  const sweep = oracle.selectPage({
    schema: 'OD',
    table: 'CLAIMITEM',
    columns: ['CLAIMITEMNUM'],
    where: [`${oracle.quote('DATETEDITED')} IS NULL`],
    params: [],
    orderBy: ['CLAIMITEMNUM'],
    limit: 10000,
  });
  t.equal(
    sweep.text,
    'SELECT "CLAIMITEMNUM" FROM "OD"."CLAIMITEM" WHERE ("DATETEDITED" IS NULL) ORDER BY "CLAIMITEMNUM" FETCH FIRST 10000 ROWS ONLY',
  );
  t.same(oracle.pkChunk('OD', 'PAYSPLIT', ['SPLITNUM'], [99], 50000), {
    text: 'SELECT "SPLITNUM" FROM "OD"."PAYSPLIT" WHERE ("SPLITNUM" > :p1) ORDER BY "SPLITNUM" FETCH FIRST 50000 ROWS ONLY',
    params: [99],
  });
});

t.test('values are bound, never spliced into the SQL', async (t) => {
  const evil = ["2025-01-01'; DROP TABLE patient; --", 'x) OR 1=1 --', "O'Brien"];
  for (const d of [mssql, oracle] as Dialect[]) {
    const sql = d.selectPage({
      schema: 's',
      table: 't',
      columns: ['a', 'b'],
      where: [`${d.quote('a')} < ${d.placeholder(1)}`, d.keysetPredicate(['a', 'b'], 2)],
      params: [evil[0], evil[1], evil[2]],
      orderBy: ['a', 'b'],
      limit: 10,
    });
    for (const e of evil) t.notOk(sql.text.includes(e), `${d.name}: value not in the SQL text`);
    t.same(sql.params, evil, `${d.name}: values travel as parameters`);
    const dq = d.discoveryQueries(["od'; DROP USER x; --"]);
    t.notOk(JSON.stringify(Object.values(dq).map((q: Sql) => q.text)).includes('DROP USER'), `${d.name}: schema filter bound`);
  }
  t.same(bindings([1, 2 ** 53 + 2, 1.5, 'text', null, true, Buffer.from([1]), 10n]), [
    { name: 'p1', type: 'BigInt', value: 1 },
    { name: 'p2', type: 'Float', value: 2 ** 53 + 2 },
    { name: 'p3', type: 'Float', value: 1.5 },
    { name: 'p4', type: 'NVarChar', value: 'text' },
    { name: 'p5', type: 'NVarChar', value: null },
    { name: 'p6', type: 'Bit', value: true },
    { name: 'p7', type: 'VarBinary', value: Buffer.from([1]) },
    { name: 'p8', type: 'BigInt', value: '10' },
  ]);
  t.same(
    bindsFor(
      `SELECT ':p9', "x:p8" FROM t WHERE a = :p2 AND b > :p2 AND c < :p10`,
      Array.from({ length: 10 }, (_, i) => i + 1),
    ),
    { p2: 2, p10: 10 },
    'Oracle: only binds the statement uses (not inside quotes)',
  );
  t.throws(() => bindsFor('SELECT 1 FROM t WHERE a = :p3', [1]), /:p3 has no parameter/);
});

t.test('date-time values bound as text are converted explicitly (datetime takes 3 fraction digits, Oracle DATE none)', async (t) => {
  const page = keysetPage(mssql, 100);
  t.equal(
    typedParams(page.text, page.params),
    page.text.replace('[DateTStamp] < @p1', '[DateTStamp] < CAST(@p1 AS datetime2(7))').replace(/@p2/g, 'CAST(@p2 AS datetime2(7))'),
    'the two time values, every occurrence; the keys untouched',
  );
  t.equal(
    typedParams("SELECT '@p1', [@p1] FROM t WHERE a = @p1 AND b = @p10", ['2025-01-01 00:00:00', ...Array(9).fill(1)]),
    "SELECT '@p1', [@p1] FROM t WHERE a = CAST(@p1 AS datetime2(7)) AND b = @p10",
    'not inside quotes, not @p10 for @p1',
  );
  const o = typedBinds(keysetPage(oracle, 100).text, [
    '2026-01-01 00:00:00.250000',
    '2025-06-30 12:00:00',
    7,
    '2025-06-30 12:00:00.000000',
  ]);
  t.equal(
    o.text,
    keysetPage(oracle, 100)
      .text.replace('"DateTStamp" < :p1', `"DateTStamp" < TO_TIMESTAMP(:p1, 'YYYY-MM-DD HH24:MI:SS.FF9')`)
      .replace(/:p2/g, `TO_DATE(:p2, 'YYYY-MM-DD HH24:MI:SS')`)
      .replace(':p4', `TO_DATE(:p4, 'YYYY-MM-DD HH24:MI:SS')`),
    'whole seconds as TO_DATE (a DATE cursor keeps its index), fractions as TO_TIMESTAMP',
  );
  t.same(
    o.params,
    ['2026-01-01 00:00:00.250000', '2025-06-30 12:00:00', 7, '2025-06-30 12:00:00'],
    'values still bound; a zero fraction dropped',
  );
  t.same(bindsFor(o.text, o.params), { p1: '2026-01-01 00:00:00.250000', p2: '2025-06-30 12:00:00', p3: 7, p4: '2025-06-30 12:00:00' });
  t.equal(
    typedBinds('SELECT 1 FROM t WHERE a = :p1', ['2025-01-01 00:00:00 +02:00']).text,
    'SELECT 1 FROM t WHERE a = :p1',
    'a value with a zone is left to NLS_TIMESTAMP_TZ_FORMAT',
  );
});

t.test('SQL Server discovery queries', async (t) => {
  const all = mssql.discoveryQueries([]);
  t.same(all.primaryKeys.params, []);
  t.equal(
    flat(all.primaryKeys.text),
    "SELECT k.TABLE_SCHEMA AS [schema], k.TABLE_NAME AS [table], k.COLUMN_NAME AS name, k.ORDINAL_POSITION AS position FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME AND k.TABLE_SCHEMA = tc.TABLE_SCHEMA AND k.TABLE_NAME = tc.TABLE_NAME WHERE tc.CONSTRAINT_TYPE = 'PRIMARY KEY' AND tc.TABLE_SCHEMA NOT IN ('sys', 'INFORMATION_SCHEMA', 'guest', 'db_owner', 'db_accessadmin', 'db_securityadmin', 'db_ddladmin', 'db_backupoperator', 'db_datareader', 'db_datawriter', 'db_denydatareader', 'db_denydatawriter') ORDER BY 1, 2, 4",
  );
  const some = mssql.discoveryQueries(['dbo', 'billing']);
  t.same(some.tables.params, ['dbo', 'billing']);
  t.equal(
    flat(some.foreignKeys.text),
    'SELECT s.name AS [schema], t.name AS [table], fk.name AS constraint_name, fkc.constraint_column_id AS position, COL_NAME(fkc.parent_object_id, fkc.parent_column_id) AS name, OBJECT_SCHEMA_NAME(fkc.referenced_object_id) AS ref_schema, OBJECT_NAME(fkc.referenced_object_id) AS ref_table, COL_NAME(fkc.referenced_object_id, fkc.referenced_column_id) AS ref_name FROM sys.foreign_keys fk JOIN sys.foreign_key_columns fkc ON fkc.constraint_object_id = fk.object_id JOIN sys.tables t ON t.object_id = fk.parent_object_id JOIN sys.schemas s ON s.schema_id = t.schema_id WHERE s.name IN (@p1, @p2) ORDER BY 1, 2, 3, 4',
  );
  t.equal(
    flat(some.indexes.text),
    'SELECT s.name AS [schema], t.name AS [table], i.name AS index_name, ic.key_ordinal AS position, c.name AS name, i.is_unique AS is_unique FROM sys.indexes i JOIN sys.tables t ON t.object_id = i.object_id JOIN sys.schemas s ON s.schema_id = t.schema_id JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id AND ic.key_ordinal > 0 JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id WHERE i.type > 0 AND i.is_hypothetical = 0 AND t.is_ms_shipped = 0 AND s.name IN (@p1, @p2) ORDER BY 1, 2, 3, 4',
    'index key columns in key order; included columns (key_ordinal 0) left out',
  );
  t.match(
    flat(some.tables.text),
    /FROM sys\.tables t JOIN sys\.schemas s .* WHERE t\.is_ms_shipped = 0 AND s\.name IN \(@p1, @p2\) ORDER BY 1, 2$/,
  );
  t.match(
    flat(some.tables.text),
    /SUM\(p\.rows\) FROM sys\.partitions p WHERE p\.object_id = t\.object_id AND p\.index_id IN \(0, 1\)\) AS est_rows/,
  );
  t.match(
    flat(some.columns.text),
    /FROM INFORMATION_SCHEMA\.COLUMNS c JOIN INFORMATION_SCHEMA\.TABLES t .* t\.TABLE_TYPE = 'BASE TABLE' WHERE c\.TABLE_SCHEMA IN \(@p1, @p2\) ORDER BY 1, 2, 4$/,
  );
  for (const [name, q] of Object.entries(some)) {
    for (const alias of ['[schema]', '[table]']) t.ok(q.text.includes(alias), `${name} returns ${alias}`);
  }
});

t.test('Oracle discovery queries', async (t) => {
  const all = oracle.discoveryQueries([]);
  t.equal(
    flat(all.primaryKeys.text),
    `SELECT k.OWNER AS "schema", k.TABLE_NAME AS "table", cc.COLUMN_NAME AS "name", cc.POSITION AS "position" FROM ALL_CONSTRAINTS k JOIN ALL_CONS_COLUMNS cc ON cc.OWNER = k.OWNER AND cc.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND cc.TABLE_NAME = k.TABLE_NAME WHERE k.CONSTRAINT_TYPE = 'P' AND k.OWNER NOT IN (SELECT USERNAME FROM ALL_USERS WHERE ORACLE_MAINTAINED = 'Y') ORDER BY 1, 2, 4`,
  );
  const some = oracle.discoveryQueries(['OPENDENTAL']);
  t.same(some.columns.params, ['OPENDENTAL']);
  t.equal(
    flat(some.indexes.text),
    `SELECT i.TABLE_OWNER AS "schema", i.TABLE_NAME AS "table", i.INDEX_NAME AS "index_name", ic.COLUMN_POSITION AS "position", ic.COLUMN_NAME AS "name", CASE i.UNIQUENESS WHEN 'UNIQUE' THEN 1 ELSE 0 END AS "is_unique" FROM ALL_INDEXES i JOIN ALL_IND_COLUMNS ic ON ic.INDEX_OWNER = i.OWNER AND ic.INDEX_NAME = i.INDEX_NAME WHERE i.TABLE_OWNER IN (:p1) ORDER BY 1, 2, 3, 4`,
  );
  t.equal(
    flat(some.foreignKeys.text),
    `SELECT k.OWNER AS "schema", k.TABLE_NAME AS "table", k.CONSTRAINT_NAME AS "constraint_name", cc.POSITION AS "position", cc.COLUMN_NAME AS "name", r.OWNER AS "ref_schema", r.TABLE_NAME AS "ref_table", rc.COLUMN_NAME AS "ref_name" FROM ALL_CONSTRAINTS k JOIN ALL_CONS_COLUMNS cc ON cc.OWNER = k.OWNER AND cc.CONSTRAINT_NAME = k.CONSTRAINT_NAME JOIN ALL_CONSTRAINTS r ON r.OWNER = k.R_OWNER AND r.CONSTRAINT_NAME = k.R_CONSTRAINT_NAME JOIN ALL_CONS_COLUMNS rc ON rc.OWNER = r.OWNER AND rc.CONSTRAINT_NAME = r.CONSTRAINT_NAME AND rc.POSITION = cc.POSITION WHERE k.CONSTRAINT_TYPE = 'R' AND k.OWNER IN (:p1) ORDER BY 1, 2, 3, 4`,
  );
  t.match(
    flat(some.tables.text),
    /FROM ALL_TABLES t LEFT JOIN ALL_TAB_COMMENTS tc .* WHERE t\.TEMPORARY = 'N' .* AND t\.OWNER IN \(:p1\) ORDER BY 1, 2$/,
  );
  t.match(
    flat(some.columns.text),
    /FROM ALL_TAB_COLUMNS c JOIN ALL_TABLES t ON t\.OWNER = c\.OWNER AND t\.TABLE_NAME = c\.TABLE_NAME WHERE c\.OWNER IN \(:p1\) ORDER BY 1, 2, 4$/,
  );
  t.match(some.columns.text, /CASE c\.NULLABLE WHEN 'Y' THEN 'YES' ELSE 'NO' END AS "nullable"/, "nullable as the interface's YES/NO");
});

t.test('session setup: UTC, ISO formats, read-only intent, lock timeout', async (t) => {
  t.same(mssql.sessionSetup(OPTS), [
    'SET NOCOUNT ON',
    'SET DATEFORMAT ymd',
    'SET ARITHABORT ON',
    'SET TRANSACTION ISOLATION LEVEL READ COMMITTED',
    'SET LOCK_TIMEOUT 30000',
  ]);
  t.same(oracle.sessionSetup(OPTS), [
    `ALTER SESSION SET TIME_ZONE = '+00:00'`,
    `ALTER SESSION SET NLS_DATE_FORMAT = 'YYYY-MM-DD HH24:MI:SS'`,
    `ALTER SESSION SET NLS_TIMESTAMP_FORMAT = 'YYYY-MM-DD HH24:MI:SS.FF9'`,
    `ALTER SESSION SET NLS_TIMESTAMP_TZ_FORMAT = 'YYYY-MM-DD HH24:MI:SS.FF9 TZH:TZM'`,
    `ALTER SESSION SET NLS_NUMERIC_CHARACTERS = '.,'`,
  ]);
  const c = connectionConfig({ ...OPTS, url: 'mssql://reader:p%40ss@db.example:1444/od', tls: 'no-verify' }) as {
    server: string;
    authentication: { options: { userName: string; password: string } };
    options: Record<string, unknown>;
  };
  t.equal(c.server, 'db.example');
  t.same(c.authentication.options, { userName: 'reader', password: 'p@ss' });
  t.match(c.options, {
    port: 1444,
    database: 'od',
    encrypt: true,
    trustServerCertificate: true,
    readOnlyIntent: true,
    useUTC: true,
    requestTimeout: 30000,
  });
  t.match(connectAttributes({ ...OPTS, url: 'oracle://reader:pw@ora.example:1522/ORCLPDB1', tls: 'verify' }), {
    user: 'reader',
    password: 'pw',
    connectString: 'tcps://ora.example:1522/ORCLPDB1',
  });
});

t.test('type maps', async (t) => {
  const m = (d: Dialect, type: string, extra: Partial<SourceColumn> = {}) => {
    const r = d.mapType(col(type, extra));
    return `${r.contract}/${r.kind}${r.binary ? '/binary' : ''}`;
  };
  const ms: Record<string, string> = {
    bigint: 'integer/int',
    int: 'integer/int',
    tinyint: 'integer/int',
    bit: 'boolean/bool',
    decimal: 'decimal/decimal',
    numeric: 'decimal/decimal',
    money: 'decimal/decimal',
    smallmoney: 'decimal/decimal',
    float: 'decimal/float',
    real: 'decimal/float',
    date: 'date/date',
    datetime: 'timestamp/localtimestamp',
    datetime2: 'timestamp/localtimestamp',
    smalldatetime: 'timestamp/localtimestamp',
    datetimeoffset: 'timestamp/timestamp',
    time: 'string/time',
    nvarchar: 'string/text',
    uniqueidentifier: 'string/text',
    xml: 'string/text',
    varbinary: 'string/binary/binary',
    image: 'string/binary/binary',
    timestamp: 'string/binary/binary',
    rowversion: 'string/binary/binary',
    geography: 'string/binary/binary',
    json: 'json/json',
  };
  for (const [type, want] of Object.entries(ms)) t.equal(m(mssql, type), want, `SQL Server ${type}`);
  t.equal(
    (mssql.mapType(col('money')) as MappedType & { select?: string }).select,
    'CONVERT(varchar(80), CAST(%s AS decimal(19,4)))',
    'money read through decimal(19,4)',
  );
  t.equal((mssql.mapType(col('decimal')) as MappedType & { select?: string }).select, 'CONVERT(varchar(80), %s)');
  const ora: [string, Partial<SourceColumn>, string][] = [
    ['NUMBER', { precision: 10, scale: 0 }, 'integer/int'],
    ['NUMBER', { precision: 38, scale: 0 }, 'integer/int'],
    ['NUMBER', { precision: null, scale: null }, 'decimal/decimal'],
    ['NUMBER', { precision: 12, scale: 2 }, 'decimal/decimal'],
    ['NUMBER', { precision: null, scale: 0 }, 'decimal/decimal'],
    ['FLOAT', { precision: 126 }, 'decimal/decimal'],
    ['BINARY_DOUBLE', {}, 'decimal/float'],
    ['DATE', {}, 'timestamp/localtimestamp'],
    ['TIMESTAMP(6)', {}, 'timestamp/localtimestamp'],
    ['TIMESTAMP(6) WITH TIME ZONE', {}, 'timestamp/timestamp'],
    ['TIMESTAMP(9) WITH LOCAL TIME ZONE', {}, 'timestamp/timestamp'],
    ['INTERVAL DAY(2) TO SECOND(6)', {}, 'string/interval'],
    ['VARCHAR2', {}, 'string/text'],
    ['NVARCHAR2', {}, 'string/text'],
    ['CLOB', {}, 'string/text'],
    ['RAW', {}, 'string/binary/binary'],
    ['BLOB', {}, 'string/binary/binary'],
    ['JSON', {}, 'json/json'],
    ['SDO_GEOMETRY', {}, 'string/text'],
  ];
  for (const [type, extra, want] of ora) t.equal(m(oracle, type, extra), want, `Oracle ${type} ${JSON.stringify(extra)}`);
});

t.test('SQL Server values decoded exactly', async (t) => {
  const d = Object.assign(new Date(Date.UTC(2025, 5, 30, 12, 0, 1, 123)), { nanosecondDelta: 0.0004567 });
  t.equal(dateTimeText(d, 'datetime'), '2025-06-30 12:00:01.1234567', 'datetime2(7): the 100 ns digits from nanosecondDelta');
  t.equal(dateTimeText(new Date(Date.UTC(2025, 0, 2)), 'datetime'), '2025-01-02 00:00:00');
  t.equal(dateTimeText(Object.assign(new Date(Date.UTC(1970, 0, 1, 23, 59, 59, 500)), { nanosecondDelta: 0 }), 'time'), '23:59:59.5');
  t.equal(decodeMssql(d, { contract: 'timestamp', kind: 'localtimestamp' }), '2025-06-30T12:00:01.1234567Z');
  t.equal(decodeMssql(d, { contract: 'string', kind: 'text' }), '2025-06-30 12:00:01.1234567', 'a cursor read as text keeps every digit');
  const year1 = new Date(0);
  year1.setUTCFullYear(1, 0, 1); // Date.UTC(1, …) would mean 1901
  t.equal(decodeMssql(year1, { contract: 'date', kind: 'date' }), null, 'year 1 placeholder → null');
  t.same(
    decodeMssql('12345678901234567890.1234567890', { contract: 'decimal', kind: 'decimal' }),
    new Decimal('12345678901234567890.1234567890'),
  );
  t.throws(
    () => decodeMssql(0.1, { contract: 'decimal', kind: 'decimal' }),
    /not text/,
    'a decimal that arrived as a double is refused, not rounded',
  );
  t.same(
    decodeMssql('9223372036854775807', { contract: 'integer', kind: 'int' }),
    new Decimal('9223372036854775807'),
    'bigint beyond 2^53 exact',
  );
  t.equal(decodeMssql(42, { contract: 'integer', kind: 'int' }), 42);
  t.equal(decodeMssql(Buffer.from([0, 255]), { contract: 'string', kind: 'binary' }), 'AP8=');
  t.equal(decodeMssql(true, { contract: 'boolean', kind: 'bool' }), true);
  t.equal(decodeMssql('مرحبا 🦷', { contract: 'string', kind: 'text' }), 'مرحبا 🦷');
  t.equal(decodeMssql(null, { contract: 'string', kind: 'text' }), null);

  const types: MappedType[] = [
    { contract: 'integer', kind: 'int' },
    mssql.mapType(col('decimal')),
    mssql.mapType(col('money')),
    { contract: 'timestamp', kind: 'localtimestamp' },
  ];
  const q = mssql.selectPage({
    schema: 'dbo',
    table: 'odd]table',
    columns: ['ProcNum', 'Proc, Fee', 'Amt]x FROM y', 'DateTStamp'],
    where: [],
    params: [],
    orderBy: ['ProcNum'],
    limit: 10,
  });
  t.equal(
    rewriteSelectList(q.text, types, mssql),
    'SELECT [ProcNum], CONVERT(varchar(80), [Proc, Fee]) AS [Proc, Fee], CONVERT(varchar(80), CAST([Amt]]x FROM y] AS decimal(19,4))) AS [Amt]]x FROM y], [DateTStamp] FROM [dbo].[odd]]table] ORDER BY [ProcNum] OFFSET 0 ROWS FETCH NEXT 10 ROWS ONLY',
    'decimal and money columns read as exact text, whatever their names hold',
  );
  t.equal(
    rewriteSelectList(q.text, types, mssql),
    mssql.exactSelect(
      {
        schema: 'dbo',
        table: 'odd]table',
        columns: ['ProcNum', 'Proc, Fee', 'Amt]x FROM y', 'DateTStamp'],
        where: [],
        params: [],
        orderBy: ['ProcNum'],
        limit: 10,
      },
      types,
    ).text,
  );
  const top = mssql.selectPage({ schema: 'dbo', table: 't', columns: ['a'], where: [], params: [], orderBy: [], limit: 5 });
  t.equal(rewriteSelectList(top.text, [types[1]!], mssql), 'SELECT TOP (5) CONVERT(varchar(80), [a]) AS [a] FROM [dbo].[t]');
  const custom = 'SELECT SUM(ProcFee) AS fee FROM procedurelog WHERE DateTStamp >= @p1';
  t.equal(rewriteSelectList(custom, [types[1]!], mssql), custom, 'a named query runs as written');
});

t.test('Oracle values decoded exactly', async (t) => {
  t.equal(oracleNumber('.5'), '0.5');
  t.equal(oracleNumber('-.25'), '-0.25');
  t.equal(oracleNumber('12'), '12');
  t.same(decodeOracle('-.25', { contract: 'decimal', kind: 'decimal' }), new Decimal('-0.25'));
  t.same(
    decodeOracle('12345678901234567890123456789012345678', { contract: 'integer', kind: 'int' }),
    new Decimal('12345678901234567890123456789012345678'),
    'NUMBER(38) exact',
  );
  t.same(decodeOracle('1E+40', { contract: 'decimal', kind: 'decimal' }), new Decimal('1E+40'));
  t.equal(decodeOracle('3.5', { contract: 'decimal', kind: 'float' }), 3.5);
  t.equal(decodeOracle('Inf', { contract: 'decimal', kind: 'float' }), null);
  t.equal(
    oracleTimestampTz('2025-01-01 01:30:00.123456789 +02:00'),
    '2024-12-31 23:30:00.123456789',
    'offset applied across midnight and year, fraction kept',
  );
  t.equal(oracleTimestampTz('2025-03-01 23:00:00.000000000 -05:30'), '2025-03-02 04:30:00.000000000');
  t.equal(
    decodeOracle('2025-01-01 01:30:00.500000000 +02:00', { contract: 'timestamp', kind: 'timestamp' }),
    '2024-12-31T23:30:00.500000000Z',
  );
  t.equal(
    decodeOracle('2025-06-30 12:00:01', { contract: 'timestamp', kind: 'localtimestamp' }),
    '2025-06-30T12:00:01Z',
    'DATE keeps its time of day',
  );
  t.equal(decodeOracle('0001-01-01 00:00:00', { contract: 'timestamp', kind: 'localtimestamp' }), null, 'year-1 placeholder → null');
  t.equal(decodeOracle(Buffer.from('hi'), { contract: 'string', kind: 'binary' }), 'aGk=');
  t.equal(decodeOracle('+02 03:04:05.000000', { contract: 'string', kind: 'interval' }), '+02 03:04:05.000000');
});

t.test('drivers load only when a dialect connects', async (t) => {
  t.equal(await loadDialect('mssql'), mssql, 'the registry finds the SQL Server dialect');
  t.equal(await loadDialect('oracle'), oracle, 'and the Oracle one');
  const has = async (pkg: string) => {
    try {
      const spec: string = pkg;
      await import(spec);
      return true;
    } catch {
      return false;
    }
  };
  if (!(await has('tedious'))) await t.rejects(mssql.connect(OPTS), /needs the "tedious" package: npm install tedious/);
  else t.pass('tedious installed');
  if (!(await has('oracledb'))) await t.rejects(oracle.connect(OPTS), /needs the "oracledb" package: npm install oracledb/);
  else t.pass('oracledb installed');
});

/** A session answering discovery's queries as a server would, keyed by the dialect's own query texts. */
function fakeSession(answers: Map<string, Record<string, unknown>[]>, seen: Sql[]): Session {
  return {
    async query(sql) {
      seen.push(sql);
      const a = answers.get(sql.text);
      if (a) return a;
      if (/^SELECT MAX\(/.test(sql.text)) return [{ max_value: '2025-06-30 12:00:00', nulls: 0 }];
      throw new Error(`unexpected query: ${sql.text.slice(0, 80)}`);
    },
    stream: () => {
      throw new Error('no streaming in discovery');
    },
    beginSnapshot: async () => undefined,
    endSnapshot: async () => undefined,
    now: async () => '2026-01-01T00:00:00Z',
    close: async () => undefined,
  };
}

t.test("discovery runs on the dialects' answers: cursor, keys, indexes chosen as for MySQL", async (t) => {
  for (const [d, schema, rowsOf] of [
    [mssql, 'dbo', (n: number) => n],
    [oracle, 'OD', (n: number) => String(n)],
  ] as const) {
    const q = d.discoveryQueries([schema]);
    const colRow = (table: string, name: string, position: number, data_type: string, extra = '') => ({
      schema,
      table,
      name,
      position,
      data_type,
      column_type: data_type,
      nullable: 'NO',
      extra,
      column_default: null,
      precision: null,
      scale: data_type === 'NUMBER' ? 0 : null,
      length: null,
    });
    const num = d === oracle ? 'NUMBER' : 'bigint';
    const ts = d === oracle ? 'TIMESTAMP(6)' : 'datetime2';
    const answers = new Map<string, Record<string, unknown>[]>([
      [
        q.tables.text,
        [
          {
            schema,
            table: 'paysplit',
            est_rows: rowsOf(250000),
            live_rows: null,
            total_bytes: rowsOf(40000000),
            avg_row_bytes: rowsOf(160),
            engine: null,
            comment: null,
            changes: null,
          },
        ],
      ],
      [
        q.columns.text,
        [
          { ...colRow('paysplit', 'SplitNum', 1, num, 'auto_increment'), precision: 19 },
          { ...colRow('paysplit', 'SplitAmt', 2, d === oracle ? 'NUMBER' : 'decimal'), precision: 20, scale: 2 },
          colRow('paysplit', 'DateEntry', 3, d === oracle ? 'DATE' : 'date'),
          colRow('paysplit', 'SecDateTEdit', 4, ts),
        ],
      ],
      [q.primaryKeys.text, [{ schema, table: 'paysplit', name: 'SplitNum', position: 1 }]],
      [
        q.indexes.text,
        [
          { schema, table: 'paysplit', index_name: 'PK_paysplit', position: 1, name: 'SplitNum', is_unique: 1 },
          { schema, table: 'paysplit', index_name: 'IX_SecDateTEdit', position: 1, name: 'SecDateTEdit', is_unique: 0 },
        ],
      ],
      [q.foreignKeys.text, []],
    ]);
    const seen: Sql[] = [];
    const [p] = await discoverTables(fakeSession(answers, seen), d, {
      schemas: [schema],
      tables: [],
      excludeTables: [],
      batchRows: 10000,
      overrides: {},
      criticalMinRows: 100000,
      referenceMaxRows: 1000,
      validate: true,
      source: 'od',
    });
    t.ok(p, `${d.name}: the table is profiled`);
    t.equal(p!.choice.cursor, 'SecDateTEdit', `${d.name}: the documented cursor`, { reason: p!.choice.reason });
    t.same(p!.pk, ['SplitNum']);
    t.equal(p!.tier, 'critical');
    t.equal(p!.columns.find((c) => c.name === 'SplitAmt')!.type.kind, 'decimal');
    const validate = seen.find((s) => s.text.startsWith('SELECT MAX('));
    t.ok(
      validate && validate.text.includes(d.quote('SecDateTEdit')) && validate.text.includes(d.qualify(schema, 'paysplit')),
      `${d.name}: validation quotes with the dialect`,
    );
  }
});

// ---------------------------------------------------------------- the real engine over a SQL Server-shaped session

interface FakeRow {
  ClinicNum: number;
  ProcNum: number;
  DateTStamp: Date | null;
  Note: string;
}

/**
 * A session that answers the engine's SQL Server pages the way the server would: it checks each page is the
 * dialect's shape and evaluates its keyset on (DateTStamp, ClinicNum, ProcNum) from the bound values.
 */
function engineSession(rows: FakeRow[], answers: Map<string, Record<string, unknown>[]>, pages: Sql[]): Session {
  const base = fakeSession(answers, []);
  const cmp = (a: unknown[], b: unknown[]) => {
    for (let i = 0; i < a.length; i++) {
      const x = a[i] as number | string;
      const y = b[i] as number | string;
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  };
  const tsText = (d: Date) => dateTimeText(d, 'datetime');
  return {
    ...base,
    now: async () => '2026-01-01T00:00:00.000Z',
    async *stream(sql, types) {
      pages.push(sql);
      const limit = Number(/OFFSET 0 ROWS FETCH NEXT (\d+) ROWS ONLY$/.exec(sql.text)?.[1]);
      const select = /^SELECT (.*) FROM \[dbo\]\.\[procedurelog\]/
        .exec(sql.text)![1]!
        .split(', ')
        .map((c) => c.slice(1, -1));
      let out: FakeRow[];
      if (sql.text.includes('([DateTStamp] IS NULL)')) {
        const after = sql.params as number[];
        out = rows.filter((r) => r.DateTStamp === null && (!after.length || cmp([r.ClinicNum, r.ProcNum], after) > 0));
        out.sort((a, b) => cmp([a.ClinicNum, a.ProcNum], [b.ClinicNum, b.ProcNum]));
      } else {
        if (!sql.text.startsWith(`SELECT ${select.map((c) => `[${c}]`).join(', ')} FROM [dbo].[procedurelog] WHERE ([DateTStamp] < @p1)`))
          throw new Error(`unexpected page: ${sql.text}`);
        const [upper, ...after] = sql.params as string[];
        out = rows.filter(
          (r) =>
            r.DateTStamp !== null &&
            tsText(r.DateTStamp) < upper!.replace(/0+$/, '') &&
            (!after.length || cmp([tsText(r.DateTStamp), r.ClinicNum, r.ProcNum], after) > 0),
        );
        out.sort((a, b) => cmp([tsText(a.DateTStamp!), a.ClinicNum, a.ProcNum], [tsText(b.DateTStamp!), b.ClinicNum, b.ProcNum]));
      }
      const page = out.slice(0, limit).map((r) => select.map((c, i) => decodeMssql(r[c as keyof FakeRow], types[i]!)));
      if (page.length) yield page;
    },
  };
}

t.test('the engine pages a SQL Server table through this dialect: ties across pages, composite key, NULL sweep, next run', async (t) => {
  const { readConfig } = await import('../taps/tap-sql/tap.js');
  const { Engine, tableSchema } = await import('../taps/tap-sql/engine.js');
  const { SingerWriter } = await import('../kit/singer/writer.js');
  const { createLogger } = await import('../kit/singer/log.js');
  const { configFile } = await import('./helpers.js');
  const { PassThrough } = await import('node:stream');
  const schema = 'dbo';
  const q = mssql.discoveryQueries([schema]);
  const c = (name: string, position: number, data_type: string, nullable = 'NO') => ({
    schema,
    table: 'procedurelog',
    name,
    position,
    data_type,
    column_type: data_type,
    nullable,
    extra: '',
    column_default: null,
    precision: null,
    scale: null,
    length: null,
  });
  const answers = new Map<string, Record<string, unknown>[]>([
    [
      q.tables.text,
      [
        {
          schema,
          table: 'procedurelog',
          est_rows: 5000,
          live_rows: null,
          total_bytes: 1e6,
          avg_row_bytes: 200,
          engine: null,
          comment: null,
          changes: null,
        },
      ],
    ],
    [
      q.columns.text,
      [c('ClinicNum', 1, 'bigint'), c('ProcNum', 2, 'bigint'), c('DateTStamp', 3, 'datetime2', 'YES'), c('Note', 4, 'nvarchar')],
    ],
    [
      q.primaryKeys.text,
      [
        { schema, table: 'procedurelog', name: 'ClinicNum', position: 1 },
        { schema, table: 'procedurelog', name: 'ProcNum', position: 2 },
      ],
    ],
    [q.indexes.text, [{ schema, table: 'procedurelog', index_name: 'IX_DateTStamp', position: 1, name: 'DateTStamp', is_unique: 0 }]],
    [q.foreignKeys.text, []],
  ]);
  // 23 rows: 9 share one backfill instant (ties across the 4-row pages), 4 have no stamp yet
  const backfill = new Date(Date.UTC(2020, 2, 14, 2, 0, 0));
  const rows: FakeRow[] = Array.from({ length: 23 }, (_, i) => ({
    ClinicNum: i % 3,
    ProcNum: 100 + i,
    DateTStamp: i < 9 ? backfill : i < 19 ? Object.assign(new Date(Date.UTC(2025, 0, 1, 0, 0, i)), { nanosecondDelta: 0.0001234 }) : null,
    Note: `n${i}`,
  }));
  const file = configFile({
    dialect: 'mssql',
    url: 'mssql://reader@sql.example/od',
    source: 'od',
    schemas: [schema],
    batch_rows: 4,
    lookback_seconds: 0,
  });
  const cfg = readConfig([file]);
  const logger = createLogger('tap-sql-test', {}, { silent: true });
  const run = async (state: { bookmarks: Record<string, unknown> }) => {
    const pages: Sql[] = [];
    const session = engineSession(rows, answers, pages);
    const [p] = await discoverTables(session, mssql, {
      schemas: [schema],
      tables: [],
      excludeTables: [],
      batchRows: 4,
      overrides: {},
      criticalMinRows: 100000,
      referenceMaxRows: 10,
      validate: false,
      source: 'od',
    });
    const sink = new PassThrough();
    let text = '';
    sink.on('data', (d: Buffer) => (text += d.toString('utf8')));
    const out = new SingerWriter(sink);
    const engine = new Engine(cfg, mssql, out, state as never, logger);
    await engine.run([{ profile: p!, columns: p!.columns, schema: tableSchema(p!, p!.columns, false), dropped: new Set() }], session);
    await out.flush();
    t.same(engine.failures, []);
    const messages = text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { type: string; record?: Record<string, unknown>; value?: unknown });
    return {
      p: p!,
      pages,
      records: messages.filter((m) => m.type === 'RECORD').map((m) => m.record!),
      states: messages.filter((m) => m.type === 'STATE'),
    };
  };
  const state = { bookmarks: {} as Record<string, unknown> };
  const first = await run(state);
  t.equal(first.p.choice.cursor, 'DateTStamp');
  t.same(
    first.records.map((r) => r.ProcNum).sort(),
    rows.map((r) => r.ProcNum).sort(),
    'every row exactly once: 9 tied on one DateTStamp across 4-row pages, and the 4 NULL-stamp rows by the sweep',
  );
  t.equal(
    first.records.find((r) => r.ProcNum === 110)!.DateTStamp,
    '2025-01-01T00:00:10.0001234Z',
    'datetime2 digits beyond milliseconds kept',
  );
  t.ok(
    first.pages.every((s) => /OFFSET 0 ROWS FETCH NEXT 4 ROWS ONLY$/.test(s.text) && !s.text.includes('2020-03-14')),
    'SQL Server pages; values only in parameters',
  );
  t.ok(
    first.pages.some((s) =>
      s.text.includes(
        '[DateTStamp] >= @p2 AND ([DateTStamp] > @p2 OR ([DateTStamp] = @p2 AND ([ClinicNum] > @p3 OR ([ClinicNum] = @p3 AND ([ProcNum] > @p4))))))',
      ),
    ),
    'the composite keyset, expanded',
  );
  t.ok(
    first.pages.some((s) => s.text.includes('([DateTStamp] IS NULL) AND ([ClinicNum] >= @p1')),
    'the NULL sweep pages by key',
  );

  // next run: one row edited (new stamp), one new; nothing else comes again
  rows[2]!.DateTStamp = new Date(Date.UTC(2025, 6, 1));
  rows.push({ ClinicNum: 0, ProcNum: 500, DateTStamp: new Date(Date.UTC(2025, 6, 1)), Note: 'new' });
  const second = await run(state);
  t.same(second.records.map((r) => r.ProcNum).sort(), [102, 500], 'only the edited and the new row');
});

t.test('PostgreSQL money: read as exact digits in the C monetary form the session sets; anything else fails loudly', async (t) => {
  const { decodeDecimal } = await import('../taps/tap-sql/values.js');
  const { postgres } = await import('../taps/tap-sql/dialects/postgres.js');
  t.same(postgres.mapType({ ...col('money'), dataType: 'money' }), { contract: 'decimal', kind: 'decimal' });
  t.ok(postgres.sessionSetup(OPTS).includes(`SET lc_monetary = 'C'`));
  t.equal(decodeDecimal('$1,234,567.89')?.text, '1234567.89');
  t.equal(decodeDecimal('-$92,233,720,368,547,758.08')?.text, '-92233720368547758.08');
  t.equal(decodeDecimal('$0.00')?.text, '0.00');
  t.equal(decodeDecimal('NaN'), null);
  t.throws(() => decodeDecimal('1.234,56 €'.replace(/^1/, '€1')), /not a decimal/, 'a locale form is an error, not a null');
  t.throws(() => decodeDecimal('$1,23.00'), /not a decimal/);
});

t.test('transient errors: a table is read again from its last state, not failed', async (t) => {
  const pg = await loadDialect('postgres');
  const my = await loadDialect('mysql');
  const err = (code: string, message = 'x') => Object.assign(new Error(message), { code });
  for (const code of ['57P01', '08006', '40001', '40P01', '53300', 'ECONNRESET'])
    t.ok(pg.isTransient(err(code)), `PostgreSQL ${code} is retried`);
  t.ok(pg.isTransient(err('', 'Connection terminated unexpectedly')), 'a dropped PostgreSQL connection is retried');
  for (const code of ['57014', '42P01', '22P02', '42501']) t.notOk(pg.isTransient(err(code)), `PostgreSQL ${code} fails the table`);
  for (const code of ['PROTOCOL_CONNECTION_LOST', 'ER_CON_COUNT_ERROR', 'ECONNRESET'])
    t.ok(my.isTransient(err(code)), `MySQL ${code} is retried`);
  t.notOk(my.isTransient(err('ER_NO_SUCH_TABLE')), 'a missing MySQL table fails it');
});
