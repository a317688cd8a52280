// Primary-key reconciliation for tables that can hard-delete (OpenDental paysplit): the source's keys (sorted
// chunks, dialect.pkChunk) are merged against the warehouse's live keys (one sorted server-side cursor over
// raw.<stream>); a key the warehouse holds and the source no longer has becomes a tombstone record carrying the
// key and `_sdc_deleted_at`. Neither side is loaded whole. Integer keys only: both sides then sort alike
// (text keys would compare under two different collations).
import type { Logger } from 'winston';
import type { SingerWriter } from '../../kit/singer/writer.js';
import { ConfigError } from '../../kit/singer/errors.js';
import { Decimal } from '../../kit/singer/decimal.js';
import { tableNameFor } from '../../kit/warehouse/identifiers.js';
import type { ConnectionOptions, Dialect, MappedType, Session } from './dialect.js';
import type { TableProfile } from './discovery.js';
import { postgres } from './dialects/postgres.js';

const INT: MappedType = { contract: 'integer', kind: 'int' };

const big = (v: unknown): bigint => BigInt(v instanceof Decimal ? v.text : (v as string | number));

function compare(a: bigint[], b: bigint[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

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
  chunkRows = 50_000,
): Promise<ReconcileResult> {
  if (!p.pk.length) throw new ConfigError(`reconcile ${p.table}: the table has no primary key`);
  for (const k of p.pk)
    if (p.columns.find((c) => c.name === k)?.type.kind !== 'int')
      throw new ConfigError(`reconcile ${p.table}: key column ${k} is not an integer (only integer keys sort alike on both sides)`);
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
    const q = (s: string) => postgres.quote(s);
    const keys = p.pk.map(q).join(', ');
    const whStream = wh.stream(
      {
        text: `SELECT ${keys} FROM (SELECT DISTINCT ON (${keys}) ${keys}, _sdc_deleted_at FROM ${postgres.qualify(warehouse.schema, table)}
               ORDER BY ${keys}, _sdc_extracted_at DESC NULLS LAST, _sdc_sequence DESC NULLS LAST) latest
               WHERE _sdc_deleted_at IS NULL ORDER BY ${keys}`,
        params: [],
      },
      p.pk.map(() => INT),
    );
    const whKeys = whStream[Symbol.asyncIterator]();
    let whChunk: unknown[][] = [];
    let whAt = 0;
    const nextWh = async (): Promise<bigint[] | undefined> => {
      if (whAt >= whChunk.length) {
        const n = await whKeys.next();
        if (n.done) return undefined;
        whChunk = n.value;
        whAt = 0;
        if (!whChunk.length) return undefined;
      }
      result.warehouseKeys++;
      return whChunk[whAt++]!.map(big);
    };
    const deletedAt = new Date().toISOString();
    const prefix = `{"type":"RECORD","stream":${JSON.stringify(p.stream)},"record":`;
    const tombstone = async (k: bigint[]) => {
      const rec = Object.fromEntries(
        p.pk.map((name, i) => [name, k[i]! <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(k[i]) : new Decimal(String(k[i]))]),
      );
      const keyJson = p.pk
        .map((name) => `${JSON.stringify(name)}:${rec[name] instanceof Decimal ? (rec[name] as Decimal).text : rec[name]}`)
        .join(',');
      await out.writeLine(`${prefix}{${keyJson},"_sdc_deleted_at":"${deletedAt}"},"time_extracted":"${deletedAt}"}`);
      result.tombstones++;
    };
    let w = await nextWh();
    let after: unknown[] | undefined;
    for (;;) {
      const page = await source.query(dialect.pkChunk(p.schema, p.table, p.pk, after, chunkRows));
      for (const row of page) {
        const s = p.pk.map((k) => big(row[k.toLowerCase()] ?? row[k]));
        result.sourceKeys++;
        while (w && compare(w, s) < 0) {
          await tombstone(w);
          w = await nextWh();
        }
        if (w && compare(w, s) === 0) w = await nextWh();
        else result.missing++;
      }
      if (page.length < chunkRows) break;
      const last = page[page.length - 1]!;
      after = p.pk.map((k) => String(last[k.toLowerCase()] ?? last[k]));
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
