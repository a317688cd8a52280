// Primary-key reconciliation for tables that can hard-delete (OpenDental paysplit): the source's keys are merged
// against the warehouse's live keys (one sorted server-side cursor over raw.<stream>); a key the warehouse holds and
// the source no longer has becomes a tombstone record carrying the key and `_sdc_deleted_at`. Neither side is
// loaded whole: the source is read in keyset chunks, each a streamed statement.
//
// Both sides are walked in ONE total order, the one `compareKeys` implements in JS:
// - integer and decimal keys: numeric order; dates: calendar order; timestamps: instant order (microseconds)
// - text keys (varchar codes, UUIDs, enums, composite parts): the bytes of their UTF-8 form, no padding — which is
//   Unicode code point order. The source's own collation does not sort like that (PostgreSQL's en_US/ICU, MySQL's
//   case- and accent-insensitive utf8mb4_general_ci with its PAD SPACE rule, MariaDB's UUID type with its swapped
//   segments), so the source orders text by an expression in byte order: PostgreSQL `COLLATE "C"`, MySQL
//   `CAST(CONVERT(col USING utf8mb4) AS BINARY)`; the warehouse by `COLLATE "C"`. Keys are equal only when their
//   bytes are: `abc` deleted and `ABC` inserted in a case-insensitive table is a tombstone for `abc`, as is `x`
//   replaced by `x ` under PAD SPACE.
// What it costs: an integer, decimal or date key (or a text key whose collation already is byte order without
// padding: MySQL `*_nopad_bin`, `utf8mb4_0900_bin`; PostgreSQL "C"/"POSIX"; PostgreSQL uuid) is read along the
// primary-key index, `chunks.rows` keys per statement. A text key under any other collation cannot use the index
// for byte order: each statement is a scan of the key's smallest index plus a sort, so those statements take
// `chunks.sortedRows` keys (streamed, never held) to keep the number of scans small.
// Both streams are checked to arrive in the merge's order; a collation this file does not foresee (PostgreSQL
// char(n) holding control characters) stops the table with an error at the first key out of order.
import type { Logger } from '../../kit/singer/log.js';
import type { SingerWriter } from '../../kit/singer/writer.js';
import { ConfigError } from '../../kit/singer/errors.js';
import { Decimal, canonicalDecimal, compareDecimalText } from '../../kit/singer/decimal.js';
import { tableNameFor } from '../../kit/warehouse/identifiers.js';
import type { ConnectionOptions, Dialect, MappedType, Session, Sql } from './dialect.js';
import type { ProfiledColumn, TableProfile } from './discovery.js';
import { postgres } from './dialects/postgres.js';

const TEXT: MappedType = { contract: 'string', kind: 'text' };

/** How a key column compares: the kinds a keyset can page on and the warehouse types them alike. */
type KeyKind = 'number' | 'text' | 'date' | 'timestamp';

interface KeyColumn {
  name: string;
  kind: KeyKind;
  column: ProfiledColumn;
  /** the source's order expression (the quoted column itself when its index already sorts in the merge's order) */
  order: string;
  /** the source's index serves `order` */
  indexed: boolean;
}

function keyKind(c: ProfiledColumn): KeyKind | undefined {
  switch (c.type.kind) {
    case 'int':
    case 'decimal':
      return 'number';
    case 'text':
      return 'text';
    case 'date':
      return 'date';
    case 'timestamp':
    case 'localtimestamp':
      return 'timestamp';
    default:
      return undefined; // floats, binary, JSON, arrays, times, intervals, bits: no exact shared order
  }
}

// ---------------------------------------------------------------------------------------------------------------
// the order: values are canonical strings (numbers as their digits, text as is, dates `YYYY-MM-DD`, timestamps
// `YYYY-MM-DDTHH:MM:SS.ffffff` in UTC)

export function canonicalNumber(text: string): string {
  const c = canonicalDecimal(text);
  if (c === undefined) throw new RangeError(`reconcile: not a key number: ${JSON.stringify(text)}`);
  return c;
}

/** Unicode code point order (= UTF-8 byte order), which JS's UTF-16 `<` is not for characters beyond U+FFFF. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      // surrogates (U+10000 and up) sort after U+E000–U+FFFF in code point order
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

export function compareKeys(kinds: KeyKind[], a: string[], b: string[]): number {
  for (let i = 0; i < kinds.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    const c = kinds[i] === 'number' ? compareDecimalText(x, y) : kinds[i] === 'text' ? compareCodePoints(x, y) : x < y ? -1 : 1;
    if (c) return c;
  }
  return 0;
}

/** A timestamp as either side writes it → `YYYY-MM-DDTHH:MM:SS.ffffff` (fixed width: string order is time order). */
function canonicalTimestamp(text: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?Z?$/.exec(text);
  if (!m) throw new RangeError(`reconcile: not a key timestamp: ${JSON.stringify(text)}`);
  return `${m[1]}T${m[2]}.${(m[3] ?? '').padEnd(6, '0')}`;
}

function canonical(kind: KeyKind, v: unknown, what: string): string {
  if (v === null || v === undefined)
    throw new Error(`reconcile: ${what} is NULL (a zero date or placeholder in a key cannot be compared); the table is not reconciled`);
  const text = v instanceof Decimal ? v.text : String(v);
  if (kind === 'number') return canonicalNumber(text);
  if (kind === 'timestamp') return canonicalTimestamp(text);
  return text;
}

// ---------------------------------------------------------------------------------------------------------------
// the source's SQL per dialect

/** MySQL collations whose index order is byte order without padding (MySQL 8's `_0900_bin`, MariaDB's `_nopad_bin`). */
const MYSQL_BYTE_ORDER = /^(utf8mb4|utf8mb3|utf8|ascii)_(nopad_bin|0900_bin)$/i;

async function keyColumns(p: TableProfile, source: Session, dialect: Dialect): Promise<KeyColumn[]> {
  const cols = p.pk.map((name) => {
    const column = p.columns.find((c) => c.name === name);
    if (!column) throw new ConfigError(`reconcile ${p.table}: key column ${name} is not in the profile`);
    const kind = keyKind(column);
    if (!kind)
      throw new ConfigError(
        `reconcile ${p.table}: key column ${name} (${column.columnType}) has no exact order shared with the warehouse (floats, binary, JSON, times are not reconciled)`,
      );
    return { name, kind, column, order: dialect.quote(name), indexed: true };
  });
  const texts = cols.filter((c) => c.kind === 'text');
  if (!texts.length) return cols;
  if (dialect.name === 'postgres') {
    const rows = await source.query({
      text: `SELECT a.attname AS name, COALESCE(co.collname, '') AS collation,
               (SELECT datcollate FROM pg_database WHERE datname = current_database()) AS db_collation
             FROM pg_attribute a LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 100
             WHERE a.attrelid = (quote_ident($1) || '.' || quote_ident($2))::regclass AND a.attnum > 0`,
      params: [p.schema, p.table],
    });
    for (const c of texts) {
      const r = rows.find((x) => x.name === c.name);
      // collation 100 is "default": the database's own
      const coll = String(r?.collation || r?.db_collation || '');
      const q = dialect.quote(c.name);
      if (c.column.dataType === 'uuid') continue; // uuid sorts as its 16 bytes: the order of its lower-case hex text
      if (c.column.dataType === 'text' || c.column.dataType === 'character varying') {
        if (coll === 'C' || coll === 'POSIX') continue;
        c.order = `${q} COLLATE "C"`;
      } else c.order = `concat(${q}) COLLATE "C"`; // the type's text output (char(n) padded, citext, enums, inet)
      c.indexed = false;
    }
    return cols;
  }
  if (dialect.name === 'mysql') {
    const rows = await source.query({
      text: `SELECT COLUMN_NAME AS name, COLLATION_NAME AS collation, DATA_TYPE AS data_type FROM information_schema.COLUMNS
             WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?`,
      params: [p.schema, p.table],
    });
    for (const c of texts) {
      const r = rows.find((x) => String(x.name).toLowerCase() === c.name.toLowerCase());
      if (MYSQL_BYTE_ORDER.test(String(r?.collation ?? ''))) continue;
      c.order = `CAST(CONVERT(${dialect.quote(c.name)} USING utf8mb4) AS BINARY)`;
      c.indexed = false;
    }
    return cols;
  }
  throw new ConfigError(
    `reconcile ${p.table}: text key columns (${texts.map((c) => c.name).join(', ')}) are reconciled on PostgreSQL and MySQL/MariaDB sources only (${dialect.name}'s byte order is not verified here)`,
  );
}

/** One chunk of source keys after `after` (canonical values), in the merge's order. */
function sourceChunk(p: TableProfile, dialect: Dialect, keys: KeyColumn[], after: string[] | undefined, limit: number): Sql {
  if (keys.every((k) => k.indexed) && dialect.name !== 'mysql' && dialect.name !== 'postgres')
    return dialect.pkChunk(p.schema, p.table, p.pk, after, limit);
  const select = keys.map((k) => dialect.quote(k.name)).join(', ');
  const from = dialect.qualify(p.schema, p.table);
  const orderBy = keys.map((k) => k.order).join(', ');
  let where = '';
  const params: unknown[] = [];
  if (after && dialect.name === 'postgres') {
    // a row value: the planner walks an index on the key from there when the order is the index's
    where = ` WHERE (${keys.map((k) => k.order).join(', ')}) > (${keys.map((k, i) => (k.kind === 'text' && !k.indexed ? `$${i + 1}::text` : `$${i + 1}`)).join(', ')})`;
    params.push(...after);
  } else if (after) {
    // MySQL: expanded (MariaDB range-scans only the first column of a row value); numbers as checked literals so
    // they compare as numbers, never through a double (a quoted string against a DECIMAL/BIGINT is a double compare)
    const value = (k: KeyColumn, v: string): string => {
      if (k.kind === 'number') return canonicalNumber(v); // digits only: safe as a literal
      params.push(k.kind === 'timestamp' ? v.replace('T', ' ') : v);
      return k.kind === 'text' && !k.indexed ? 'CAST(? AS BINARY)' : '?';
    };
    const at = (i: number): string => {
      const k = keys[i]!;
      if (i === keys.length - 1) return `${k.order} > ${value(k, after[i]!)}`;
      const gt = `${k.order} > ${value(k, after[i]!)}`;
      const eq = `${k.order} = ${value(k, after[i]!)}`;
      return `(${gt} OR (${eq} AND ${at(i + 1)}))`;
    };
    where = ` WHERE ${at(0)}`;
  }
  return { text: `SELECT ${select} FROM ${from}${where} ORDER BY ${orderBy} LIMIT ${Math.trunc(limit)}`, params };
}

// ---------------------------------------------------------------------------------------------------------------

export interface ReconcileResult {
  sourceKeys: number;
  warehouseKeys: number;
  tombstones: number;
  /** keys at the source the warehouse does not have yet (loaded by this run but not committed, or never loaded) */
  missing: number;
}

export async function reconcile(
  p: TableProfile,
  source: Session,
  dialect: Dialect,
  warehouse: { url: string; schema: string; connectTimeoutMs: number },
  out: SingerWriter,
  logger: Logger,
  chunks: { rows: number; sortedRows: number } = { rows: 50_000, sortedRows: 1_000_000 },
): Promise<ReconcileResult> {
  if (!p.pk.length) throw new ConfigError(`reconcile ${p.table}: the table has no primary key`);
  const keys = await keyColumns(p, source, dialect);
  const kinds = keys.map((k) => k.kind);
  const limit = keys.every((k) => k.indexed) ? chunks.rows : chunks.sortedRows;
  if (!keys.every((k) => k.indexed))
    logger.info(
      `reconcile ${p.stream}: text key ordered by byte value (${keys
        .filter((k) => !k.indexed)
        .map((k) => k.order)
        .join(', ')}): the key index cannot serve that order, each chunk of ${limit} keys is a scan and a sort at the source`,
    );
  const options: ConnectionOptions = {
    url: warehouse.url,
    statementTimeoutMs: 0,
    connectTimeoutMs: warehouse.connectTimeoutMs,
    applicationName: 'tap-sql reconcile',
  };
  const wh = await postgres.connect(options);
  const result: ReconcileResult = { sourceKeys: 0, warehouseKeys: 0, tombstones: 0, missing: 0 };
  try {
    const table = tableNameFor(p.stream);
    const [exists] = await wh.query({
      text: `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2`,
      params: [warehouse.schema, table],
    });
    if (!Number(exists?.n)) {
      logger.info(`reconcile ${p.stream}: no ${warehouse.schema}.${table} in the warehouse yet; nothing to compare`);
      return result;
    }
    // the warehouse's keys as typed in raw (bigint/numeric, text, date, timestamptz), each read as canonical text
    const q = (s: string) => postgres.quote(s);
    const whSelect = keys.map((k) =>
      k.kind === 'timestamp'
        ? `to_char(latest.${q(k.name)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`
        : k.kind === 'text'
          ? `latest.${q(k.name)}`
          : `latest.${q(k.name)}::text`,
    );
    // qualified: an unqualified ORDER BY name would pick the output column (the key as text) and sort 10 before 9
    const whOrder = keys.map((k) => (k.kind === 'text' ? `latest.${q(k.name)} COLLATE "C"` : `latest.${q(k.name)}`)).join(', ');
    const whInnerOrder = keys.map((k) => (k.kind === 'text' ? `${q(k.name)} COLLATE "C"` : q(k.name))).join(', ');
    const whStream = wh.stream(
      {
        text: `SELECT ${whSelect.join(', ')} FROM (SELECT DISTINCT ON (${whInnerOrder}) ${keys.map((k) => q(k.name)).join(', ')}, _sdc_deleted_at
               FROM ${postgres.qualify(warehouse.schema, table)}
               ORDER BY ${whInnerOrder}, _sdc_extracted_at DESC NULLS LAST, _sdc_sequence DESC NULLS LAST) latest
               WHERE _sdc_deleted_at IS NULL ORDER BY ${whOrder}`,
        params: [],
      },
      keys.map(() => TEXT),
    );
    const whKeys = whStream[Symbol.asyncIterator]();
    let whChunk: unknown[][] = [];
    let whAt = 0;
    let whLast: string[] | undefined;
    const nextWh = async (): Promise<string[] | undefined> => {
      if (whAt >= whChunk.length) {
        const n = await whKeys.next();
        if (n.done) return undefined;
        whChunk = n.value;
        whAt = 0;
        if (!whChunk.length) return undefined;
      }
      result.warehouseKeys++;
      const k = whChunk[whAt++]!.map((v, i) => canonical(kinds[i]!, v, `warehouse key ${keys[i]!.name}`));
      if (whLast && compareKeys(kinds, whLast, k) >= 0) throw outOfOrder('warehouse', whLast, k);
      return (whLast = k);
    };
    const deletedAt = new Date().toISOString();
    const prefix = `{"type":"RECORD","stream":${JSON.stringify(p.stream)},"record":`;
    const tombstone = async (k: string[]) => {
      const keyJson = keys
        .map((c, i) => {
          const v = k[i]!;
          const json = c.kind === 'number' ? v : JSON.stringify(c.kind === 'timestamp' ? `${v}Z` : v);
          return `${JSON.stringify(c.name)}:${json}`;
        })
        .join(',');
      await out.writeLine(`${prefix}{${keyJson},"_sdc_deleted_at":"${deletedAt}"},"time_extracted":"${deletedAt}"}`);
      result.tombstones++;
    };
    const outOfOrder = (side: string, a: string[], b: string[]) =>
      new Error(
        `reconcile ${p.table}: the ${side} returned key ${JSON.stringify(b)} after ${JSON.stringify(a)}, out of byte order ` +
          `(a collation this reconciliation does not foresee); the table's reconciliation stops here`,
      );
    let w = await nextWh();
    let after: string[] | undefined;
    const types = keys.map((k) => k.column.type);
    for (;;) {
      let n = 0;
      for await (const chunk of source.stream(sourceChunk(p, dialect, keys, after, limit), types)) {
        for (const row of chunk) {
          const s = keys.map((k, i) => canonical(k.kind, row[i], `source key ${k.name}`));
          if (after && compareKeys(kinds, after, s) >= 0) throw outOfOrder('source', after, s);
          after = s;
          n++;
          result.sourceKeys++;
          while (w && compareKeys(kinds, w, s) < 0) {
            await tombstone(w);
            w = await nextWh();
          }
          if (w && compareKeys(kinds, w, s) === 0) w = await nextWh();
          else result.missing++;
        }
      }
      if (n < limit) break;
    }
    while (w) {
      await tombstone(w);
      w = await nextWh();
    }
    await whKeys.return?.();
  } finally {
    await wh.close();
  }
  logger.info(
    `reconcile ${p.stream}: ${result.sourceKeys} source keys, ${result.warehouseKeys} live warehouse keys, ${result.tombstones} tombstones, ${result.missing} not in the warehouse yet`,
  );
  return result;
}
