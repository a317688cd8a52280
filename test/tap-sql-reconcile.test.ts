// Key reconciliation (hard deletes → tombstones) for keys that are not integers, against the real MariaDB and
// PostgreSQL and the warehouse target-postgres-medi built: a varchar code key under MariaDB's case- and
// accent-insensitive utf8mb4_general_ci (PAD SPACE) and PostgreSQL's ICU en collation, a composite (int, varchar)
// key (PostgreSQL: a nondeterministic case-insensitive collation), a UUID key (MariaDB's UUID type sorts its
// segments swapped; PostgreSQL uuid), and a (date, varchar) key. Keys mix case, accents, trailing spaces, a tab, an
// emoji; deletes fall on the first and last keys and across chunk boundaries (chunks of 3 and 4 keys); one key is
// deleted and re-inserted, one replaced by a case variant, one by its trailing-space variant. Exactly the deleted
// keys become tombstones, none wrongly — in the reconciler directly and end to end through the target.
import t from 'tap';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { ROOT, query, scratchDb, DB_PREFIX, mariadb } from './helpers.js';
import { pipeline } from './pipeline.js';
import { SingerWriter } from '../kit/singer/writer.js';
import { createLogger } from '../kit/singer/log.js';
import { discoverTables } from '../taps/tap-sql/discovery.js';
import { reconcile, compareCodePoints, canonicalNumber } from '../taps/tap-sql/reconcile.js';
import { mysqlDialect } from '../taps/tap-sql/dialects/mysql.js';
import { postgres } from '../taps/tap-sql/dialects/postgres.js';
import type { Dialect, Session } from '../taps/tap-sql/dialect.js';

const TAP = join(ROOT, 'dist/taps/tap-sql/main.js');

const lit = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

// codes distinct under a case- and accent-insensitive PAD SPACE collation, which sorts them quite unlike their bytes
const SPECIAL = ['alpha', 'Beta', 'gamma ', 'Émile', 'emma', 'ZULU', 'zz', 'ñandú', 'naïve', '😀 smile', 'x', 'x\t', 'Ærø', 'ﬁ'];
const GENERATED = Array.from({ length: 30 }, (_, i) => (i % 2 ? `K-${i}` : `k-${i}`));
const CODES = [...SPECIAL, ...GENERATED];
// deleted for good: the first (Beta) and last (😀 smile) in byte order, accents, a tab, neighbours across chunks
const GONE = ['Beta', '😀 smile', 'Émile', 'x\t', 'k-10', 'K-11', 'K-13', 'ﬁ'];
// replaced: the case variant and the trailing-space variant are other keys; emma comes back as itself
const REPLACED: Array<[string, string]> = [
  ['alpha', 'ALPHA'],
  ['gamma ', 'gamma'],
];
// clinic numbers whose text order (1, 10, 2) is not their order
const CLINIC_ROWS = [1, 2, 10].flatMap((c, i) => CODES.slice((i + 1) * 5, (i + 1) * 5 + 12).map((code) => [c, code] as [number, string]));
const CLINIC_GONE = CLINIC_ROWS.filter(
  ([c, code]) => (c === 1 && code === 'ZULU') || (c === 2 && GONE.includes(code)) || (c === 10 && code === 'k-12'),
);
// UUIDs whose first segment falls while the last rises: MariaDB's UUID type orders by the last segments first
const UUIDS = Array.from({ length: 20 }, (_, i) => {
  const hi = (0xfffffff0 - i * 0x0b0b0b0b).toString(16).padStart(8, '0');
  const lo = (i * 0x0123457).toString(16).padStart(12, '0');
  return `${hi}-${(i * 0x111).toString(16).padStart(4, '0')}-1${(i * 7).toString(16).padStart(3, '0')}-8${i.toString(16).padStart(3, '0')}-${lo}`;
});
const UUID_GONE = [UUIDS[0]!, UUIDS[7]!, UUIDS[8]!, UUIDS[19]!];
const DAYS = ['2024-01-31', '2024-02-01', '2023-12-31', '1999-06-15'];
const DAY_ROWS = DAYS.flatMap((d) => ['Beta', 'alpha', 'Émile', 'zz'].map((c) => [d, c] as [string, string]));
const DAY_GONE = DAY_ROWS.filter(([d, c]) => (d === '2024-02-01' && c === 'Beta') || (d === '1999-06-15' && c === 'zz') || c === 'Émile');
// timestamps whose text would sort 00Z after 00.5Z, and decimals whose text would sort 10 before 2
const STAMPS = ['2024-01-01 00:00:00.500', '2024-01-01 00:00:00', '2023-12-31 23:59:59.999', '2024-01-01 00:00:10'];
const PRICE_ROWS = [1, 2, 3].flatMap((i) => STAMPS.map((ts) => [i, ts] as [number, string]));
const PRICE_GONE: Array<[number, string]> = [
  [1, '2024-01-01 00:00:00.500'],
  [3, '2023-12-31 23:59:59.999'],
];
const RATES = ['0.500', '1.250', '10.000', '2.000', '-1.000', '0.001'];
const RATE_GONE = ['1.250', '-1.000'];
const isoMicros = (ts: string) => `${ts.slice(0, 10)}T${ts.slice(11, 19)}.${(ts.slice(20) || '').padEnd(6, '0')}Z`;

interface Src {
  name: 'mariadb' | 'postgres';
  dialect: Dialect;
  config: Record<string, unknown>;
  exec(sql: string): Promise<unknown>;
  q(id: string): string;
}

async function mariadbSource(): Promise<Src> {
  const db = `${DB_PREFIX}_tapsql_keys`;
  mariadb(`DROP DATABASE IF EXISTS \`${db}\`; CREATE DATABASE \`${db}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci`);
  return {
    name: 'mariadb',
    dialect: mysqlDialect,
    config: { dialect: 'mysql', host: '127.0.0.1', port: 3306, user: 'root', database: db },
    exec: async (sql) => mariadb(`USE \`${db}\`; ${sql}`),
    q: (id) => '`' + id + '`',
  };
}

async function pgSource(): Promise<Src> {
  const url = await scratchDb('tapsql_keys_src');
  await query(url, `CREATE COLLATION IF NOT EXISTS ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)`);
  return {
    name: 'postgres',
    dialect: postgres,
    config: { dialect: 'postgres', url, schemas: ['public'] },
    exec: (sql) => query(url, sql),
    q: (id) => `"${id}"`,
  };
}

function ddl(s: Src): string {
  if (s.name === 'mariadb')
    return `CREATE TABLE code_book (Code varchar(40) NOT NULL PRIMARY KEY, Label varchar(40));
      CREATE TABLE clinic_code (ClinicNum int NOT NULL, Code varchar(40) NOT NULL, Fee decimal(12,2), PRIMARY KEY (ClinicNum, Code));
      CREATE TABLE device (Id uuid NOT NULL PRIMARY KEY, Name varchar(20));
      CREATE TABLE day_code (Day date NOT NULL, Code varchar(40) NOT NULL, PRIMARY KEY (Day, Code));
      CREATE TABLE price_history (ItemNum bigint NOT NULL, ValidFrom datetime(3) NOT NULL, Price decimal(12,2), PRIMARY KEY (ItemNum, ValidFrom));
      CREATE TABLE tier_rate (Rate decimal(6,3) NOT NULL PRIMARY KEY);`;
  return `CREATE TABLE code_book ("Code" text COLLATE "en-x-icu" NOT NULL PRIMARY KEY, "Label" text);
    CREATE TABLE clinic_code ("ClinicNum" int NOT NULL, "Code" varchar(40) COLLATE ci NOT NULL, "Fee" numeric(12,2), PRIMARY KEY ("ClinicNum", "Code"));
    CREATE TABLE device ("Id" uuid NOT NULL PRIMARY KEY, "Name" text);
    CREATE TABLE day_code ("Day" date NOT NULL, "Code" text COLLATE "en-x-icu" NOT NULL, PRIMARY KEY ("Day", "Code"));
    CREATE TABLE price_history ("ItemNum" bigint NOT NULL, "ValidFrom" timestamptz(3) NOT NULL, "Price" numeric(12,2), PRIMARY KEY ("ItemNum", "ValidFrom"));
    CREATE TABLE tier_rate ("Rate" numeric(6,3) NOT NULL PRIMARY KEY);`;
}

function inserts(s: Src): string {
  const q = s.q;
  return `INSERT INTO code_book (${q('Code')}, ${q('Label')}) VALUES ${CODES.map((c, i) => `(${lit(c)}, 'l${i}')`).join(', ')};
    INSERT INTO clinic_code (${q('ClinicNum')}, ${q('Code')}, ${q('Fee')}) VALUES ${CLINIC_ROWS.map(([c, code]) => `(${c}, ${lit(code)}, 1.50)`).join(', ')};
    INSERT INTO device (${q('Id')}, ${q('Name')}) VALUES ${UUIDS.map((u, i) => `('${u}', 'd${i}')`).join(', ')};
    INSERT INTO day_code (${q('Day')}, ${q('Code')}) VALUES ${DAY_ROWS.map(([d, c]) => `('${d}', ${lit(c)})`).join(', ')};
    INSERT INTO price_history (${q('ItemNum')}, ${q('ValidFrom')}, ${q('Price')}) VALUES ${PRICE_ROWS.map(([i, ts]) => `(${i}, '${ts}${s.name === 'postgres' ? '+00' : ''}', 9.99)`).join(', ')};
    INSERT INTO tier_rate (${q('Rate')}) VALUES ${RATES.map((r) => `(${r})`).join(', ')};`;
}

function mutations(s: Src): string {
  const q = s.q;
  const inList = (v: string[]) => v.map(lit).join(', ');
  return `DELETE FROM code_book WHERE ${q('Code')} IN (${inList(GONE)});
    DELETE FROM code_book WHERE ${q('Code')} = 'emma'; INSERT INTO code_book (${q('Code')}, ${q('Label')}) VALUES ('emma', 'back');
    ${REPLACED.map(([a, b]) => `DELETE FROM code_book WHERE ${q('Code')} = ${lit(a)}; INSERT INTO code_book (${q('Code')}, ${q('Label')}) VALUES (${lit(b)}, 'variant');`).join('\n')}
    INSERT INTO code_book (${q('Code')}, ${q('Label')}) VALUES ('new one', 'n');
    ${CLINIC_GONE.map(([c, code]) => `DELETE FROM clinic_code WHERE ${q('ClinicNum')} = ${c} AND ${q('Code')} = ${lit(code)};`).join('\n')}
    DELETE FROM device WHERE ${q('Id')} IN (${UUID_GONE.map((u) => `'${u}'`).join(', ')});
    ${DAY_GONE.map(([d, c]) => `DELETE FROM day_code WHERE ${q('Day')} = '${d}' AND ${q('Code')} = ${lit(c)};`).join('\n')}
    ${PRICE_GONE.map(([i, ts]) => `DELETE FROM price_history WHERE ${q('ItemNum')} = ${i} AND ${q('ValidFrom')} = '${ts}${s.name === 'postgres' ? '+00' : ''}';`).join('\n')}
    DELETE FROM tier_rate WHERE ${q('Rate')} IN (${RATE_GONE.join(', ')});`;
}

// what the warehouse must mark deleted: exactly the keys the source no longer holds byte for byte
const EXPECTED: Record<string, string[][]> = {
  code_book: [...GONE, ...REPLACED.map(([a]) => a)].map((c) => [c]),
  clinic_code: CLINIC_GONE.map(([c, code]) => [String(c), code]),
  device: UUID_GONE.map((u) => [u]),
  day_code: DAY_GONE.map(([d, c]) => [d, c]),
  price_history: PRICE_GONE.map(([i, ts]) => [String(i), isoMicros(ts)]),
  tier_rate: RATE_GONE.map((r) => [canonicalNumber(r)]),
};
const sorted = (keys: string[][]) => keys.map((k) => JSON.stringify(k)).sort();

for (const make of [mariadbSource, pgSource]) {
  t.test(`${make === mariadbSource ? 'mariadb' : 'postgres'}: text, composite, UUID and date keys reconcile in byte order`, async (t) => {
    const src = await make();
    if (src.name === 'mariadb') t.teardown(() => mariadb(`DROP DATABASE IF EXISTS \`${DB_PREFIX}_tapsql_keys\``));
    await src.exec(ddl(src));
    await src.exec(inserts(src));
    const dst = await scratchDb(`tapsql_keys_dst_${src.name}`);
    const config = { ...src.config, source: 'k', lag_seconds: 0, batch_rows: 7 };
    const load = await pipeline(config, dst, undefined, { tap: TAP });
    t.equal(load.tapCode, 0, 'first load', { err: load.tapErr.slice(-2000) });
    t.equal(load.targetCode, 0, 'target', { err: load.targetErr.slice(-2000) });
    const landed = await query<{ n: number }>(dst, `SELECT count(*)::int AS n FROM raw.k_code_book`);
    t.equal(landed[0]!.n, CODES.length);

    await src.exec(mutations(src));

    // the reconciler itself, with chunks of 3 keys (indexed order) and 4 (byte order by expression)
    const session: Session = await src.dialect.connect({
      ...(src.config.url
        ? { url: String(src.config.url) }
        : { host: '127.0.0.1', port: 3306, user: 'root', database: String(src.config.database) }),
      statementTimeoutMs: 0,
      connectTimeoutMs: 5000,
      applicationName: 'test',
    });
    t.teardown(() => session.close());
    const profiles = await discoverTables(session, src.dialect, {
      schemas: src.name === 'mariadb' ? [String(src.config.database)] : ['public'],
      tables: [],
      excludeTables: [],
      batchRows: 1000,
      overrides: {},
      criticalMinRows: 1e9,
      referenceMaxRows: 0,
      validate: false,
      source: 'k',
    });
    const logger = createLogger('tap-sql-test', {}, { silent: true });
    for (const table of Object.keys(EXPECTED)) {
      const p = profiles.find((x) => x.table === table)!;
      const sink = new PassThrough();
      let text = '';
      sink.on('data', (d: Buffer) => (text += d.toString()));
      const out = new SingerWriter(sink);
      const res = await reconcile(p, session, src.dialect, { url: dst, schema: 'raw', connectTimeoutMs: 5000 }, out, logger, {
        rows: 3,
        sortedRows: 4,
      });
      await out.flush();
      const tomb = text
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l).record as Record<string, unknown>);
      t.ok(
        tomb.every((r) => typeof r._sdc_deleted_at === 'string'),
        `${table}: tombstones carry _sdc_deleted_at`,
      );
      const got = tomb.map((r) => p.pk.map((k) => String(r[k])));
      t.same(sorted(got), sorted(EXPECTED[table]!), `${table}: exactly the deleted keys are tombstones`);
      t.equal(res.tombstones, EXPECTED[table]!.length);
      if (table === 'code_book') t.equal(res.missing, 3, 'ALPHA, gamma (no space) and the new key are not in the warehouse yet');
      else t.equal(res.missing, 0, `${table}: nothing new`);
    }
    if (src.name === 'postgres') {
      const dev = profiles.find((x) => x.table === 'device')!;
      t.ok(dev, 'uuid key profiled');
    }

    // end to end: the tap's run tombstones them through the target; the next run finds nothing more to delete
    process.env.TAP_SQL_WAREHOUSE_URL = dst;
    t.teardown(() => delete process.env.TAP_SQL_WAREHOUSE_URL);
    const cfg = { ...config, reconcile_tables: Object.keys(EXPECTED) };
    const r2 = await pipeline(cfg, dst, load.lastState, { tap: TAP });
    t.equal(r2.tapCode, 0, 'reconciling run', { err: r2.tapErr.slice(-2000) });
    t.equal(r2.targetCode, 0, 'target', { err: r2.targetErr.slice(-2000) });
    for (const [table, keys] of Object.entries(EXPECTED)) {
      const p = profiles.find((x) => x.table === table)!;
      const asText = (k: string) =>
        k === 'ValidFrom' ? `to_char("${k}" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` : `"${k}"::text`;
      const cols = p.pk.map(asText).join(', ');
      const dead = await query<Record<string, string>>(
        dst,
        `SELECT ${p.pk.map((k) => `${asText(k)} AS "${k}"`).join(', ')} FROM raw.k_${table} WHERE _sdc_deleted_at IS NOT NULL ORDER BY ${cols}`,
      );
      t.same(sorted(dead.map((d) => p.pk.map((k) => d[k]!))), sorted(keys), `${table}: the landed tombstones`);
    }
    const r3 = await pipeline(cfg, dst, r2.lastState, { tap: TAP });
    t.equal(r3.tapCode, 0);
    t.match(r3.tapErr, /reconcile k_code_book: \d+ source keys, \d+ live warehouse keys, 0 tombstones, 0 not in/, 'nothing twice');
    t.notMatch(r3.tapErr, /[1-9]\d* tombstones/, 'no table tombstones anything on the next run');
  });
}

t.test('the merge order: code points (not UTF-16 units), numbers by value', async (t) => {
  const words = ['b', 'B', 'a ', 'a', 'a\t', 'é', 'e', '😀', '\uffff', 'ﬁ', 'z'];
  const bytes = [...words].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
  t.same([...words].sort(compareCodePoints), bytes, 'the same order as UTF-8 bytes (PostgreSQL "C", MySQL BINARY)');
  const [emoji, last] = words.filter((w) => w === '😀' || w === '\uffff');
  t.ok(emoji! < last! && compareCodePoints(emoji!, last!) > 0, 'U+1F600 after U+FFFF, unlike JS <');
  t.equal(canonicalNumber('-007.500'), '-7.5');
  t.equal(canonicalNumber('-0.00'), '0');
  t.equal(canonicalNumber('18446744073709551615'), '18446744073709551615');
});
