// `queries`: named SQL templates read as extra streams. `:since` and `:until` become the dialect's bind
// placeholders (outside quotes and comments) and their values travel as parameters, never inside the SQL text.
import type { Logger } from '../../kit/singer/log.js';
import type { SingerWriter } from '../../kit/singer/writer.js';
import { recordEncoder } from '../../kit/singer/tap-kit.js';
import { APPEND_ONLY } from '../../kit/singer/messages.js';
import { ConfigError, redact } from '../../kit/singer/errors.js';
import { Decimal } from '../../kit/singer/decimal.js';
import { greater } from '../../kit/singer/json-rows.js';
import type { ColumnType } from '../../kit/contracts/contract.js';
import type { Dialect, MappedType, Session, ValueKind } from './dialect.js';
import { sqlTimestamp, tableSchema, type Engine, type SyncState } from './engine.js';
import type { TableProfile } from './discovery.js';
import type { SqlConfig } from './settings.js';
import { BatchLane } from './batch-lane.js';
import { TupleBuffer, tupleOf } from './copy-binary.js';
import { JSONL, PG_COPY_BINARY } from '../../kit/singer/batch.js';

const KIND: Record<ColumnType, ValueKind> = {
  string: 'text',
  integer: 'int',
  decimal: 'decimal',
  boolean: 'bool',
  date: 'date',
  timestamp: 'timestamp',
  json: 'json',
};

/** Replace `:since`/`:until` by placeholders, skipping quoted text, quoted identifiers, comments and `::` casts. */
export function bindTemplate(
  sql: string,
  values: { since: unknown; until: unknown },
  dialect: Dialect,
): { text: string; params: unknown[] } {
  const params: unknown[] = [];
  let text = '';
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i]!;
    if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      while (j < sql.length && !(sql[j] === ch && sql[j + 1] !== ch)) j += sql[j] === ch ? 2 : 1;
      text += sql.slice(i, j + 1);
      i = j + 1;
    } else if (ch === '-' && sql[i + 1] === '-') {
      const j = sql.indexOf('\n', i);
      text += j < 0 ? sql.slice(i) : sql.slice(i, j);
      i = j < 0 ? sql.length : j;
    } else if (ch === ':' && sql[i + 1] === ':') {
      text += '::';
      i += 2;
    } else if (ch === ':' && /^:(since|until)\b/.test(sql.slice(i))) {
      const name = sql.slice(i + 1, i + 6) as 'since' | 'until';
      params.push(values[name]);
      text += dialect.placeholder(params.length);
      i += 6;
    } else {
      text += ch;
      i++;
    }
  }
  return { text, params };
}

export async function queryStreams(
  cfg: SqlConfig,
  dialect: Dialect,
  session: Session,
  state: SyncState,
  out: SingerWriter,
  logger: Logger,
  engine: Engine,
): Promise<void> {
  for (const [name, q] of Object.entries(cfg.queries)) {
    if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new ConfigError(`queries: stream name "${name}" must be snake_case`);
    if (!q.sql || !q.columns || !Object.keys(q.columns).length) throw new ConfigError(`queries.${name}: needs sql and columns`);
    const cols = Object.entries(q.columns).map(([c, t], i) => ({
      name: c,
      position: i + 1,
      dataType: t,
      columnType: t,
      nullable: true,
      extra: '',
      default: null,
      type: { contract: t, kind: KIND[t] } as MappedType,
    }));
    const pk = q.key_properties ?? [];
    const pseudo = { pk, stream: name } as unknown as TableProfile;
    const schema = tableSchema(pseudo, cols, false);
    // the batch lane (batch-lane.ts): each chunk's records to batch files, as the engine's tables
    const lane = out instanceof BatchLane ? out : undefined;
    const tuples = lane?.binaryColumns(
      schema,
      cols.map((c) => c.name),
    );
    await out.write({
      type: 'SCHEMA',
      stream: name,
      schema,
      key_properties: pk,
      ...(q.replication_key ? { bookmark_properties: [q.replication_key] } : {}),
      [APPEND_ONLY]: true,
    });
    const bm = cfg.mode === 'range' ? {} : (state.bookmarks[name] ??= {});
    const kept: unknown = bm.replication_key_value;
    const since =
      cfg.mode === 'range' ? (cfg.range_from ?? null) : ((kept instanceof Decimal ? kept.text : kept) ?? cfg.range_from ?? null);
    const until = cfg.mode === 'range' ? (cfg.range_to ?? null) : sqlTimestamp(Date.now() - cfg.lag_seconds * 1000);
    const sql = bindTemplate(q.sql, { since, until }, dialect);
    const encode = recordEncoder(cols.map((c) => c.name));
    const rk = q.replication_key ? cols.findIndex((c) => c.name === q.replication_key) : -1;
    let max: string | number | null = since as string | number | null;
    let n = 0;
    try {
      for await (const chunk of session.stream(
        sql,
        cols.map((c) => c.type),
      )) {
        const suffix = `,"time_extracted":"${new Date().toISOString()}"}`;
        const tb = tuples ? new TupleBuffer() : undefined;
        let lines = '';
        for (const row of chunk) {
          if (tb) tupleOf(tb, tuples!, row);
          else if (lane) lines += encode(row).json + '\n';
          else await out.writeLine(`{"type":"RECORD","stream":${JSON.stringify(name)},"record":` + encode(row).json + suffix);
          const v = rk >= 0 ? row[rk] : undefined;
          const value = v instanceof Decimal ? v.text : (v as string | number | null | undefined);
          if (value !== null && value !== undefined && greater(max ?? undefined, value)) max = value;
        }
        if (tb) await lane!.records(name, PG_COPY_BINARY, tb.buf.subarray(0, tb.pos), chunk.length);
        else if (lane && chunk.length) await lane.records(name, JSONL, Buffer.from(lines), chunk.length);
        n += chunk.length;
      }
    } catch (e) {
      engine.failures.push(`${name}: ${redact((e as Error).message)}`);
      logger.error(`query stream ${name} failed: ${redact((e as Error).message)}`);
      continue;
    }
    if (rk >= 0 && max !== null && cfg.mode !== 'range') {
      bm.replication_key = q.replication_key!;
      bm.replication_key_value = max;
    }
    await out.write({ type: 'STATE', value: state });
    logger.info(`query stream ${name}: ${n} records`);
  }
}
