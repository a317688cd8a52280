// One stream per Indici contract: the contract (generated) plus a fetch that reads the planned files.
import type { Logger } from '../../kit/singer/log.js';
import type { S3Client } from '@aws-sdk/client-s3';
import { defineStream, UnitDone, type StreamDef } from '../../kit/singer/tap-kit.js';
import { ConfigError } from '../../kit/singer/errors.js';
import type { GeneratedContract } from '../../kit/contracts/generated-contract.js';
import type { StreamSchema } from '../../kit/contracts/json-schema.js';
import * as indici from '../../generated/contracts/indici.js';
import { currentListingDigest, isMissingBucket, listVersions } from './s3.js';
import { createHash } from 'node:crypto';
import { plan, type PlannedFile } from './plan.js';
import { RowSplitter, PRODUCTION_LAYOUT, EMAIL_LAYOUT, RecordFormatError, describeCounts, type ByteRow } from './record-format.js';
import type { IndiciConfig } from './settings.js';
import { hashedOnce, pinnedRead, secondRead, spooledBytes, type HashedOnce, type ObjectBytes } from './object-bytes.js';
import { CHECKED_COLUMN, contractFingerprint, rowBytesChecker } from '../../kit/contracts/row-check.js';

export const CONTRACTS = Object.values(indici as Record<string, GeneratedContract>);
export const TOKENS = new Set(CONTRACTS.map((c) => c.contract.source_format!.file_token!));

/** Per-run client: the S3 client plus the plan, computed once and shared by every stream. */
export interface IndiciClient {
  s3: S3Client;
  plan(): Promise<PlannedFile[]>;
  /**
   * The current listing and the config, as one digest (see `finishedUnder`), taken before the plan's versions
   * listing; undefined when the cheap listing is not allowed (then every run lists versions).
   */
  listing(): Promise<string | undefined>;
  /** Files that failed this run; the run exits 1 when any did. */
  failures: string[];
  /** Record and log one failed file (the others go on). */
  fail(error: string): void;
}

export function createClient(s3: S3Client, cfg: IndiciConfig, logger: Logger): IndiciClient {
  let planned: Promise<PlannedFile[]> | undefined;
  let listed: Promise<string | undefined> | undefined;
  const failures: string[] = [];
  // every setting is part of the digest (credentials come from the AWS chain, never the config): a changed
  // filter, range, flag or reprocess request always leads to a full plan
  const settings = JSON.stringify(Object.entries(cfg).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    s3,
    failures,
    listing: () =>
      (listed ??= currentListingDigest(s3, cfg.bucket, cfg.prefix).then(
        (digest) => createHash('sha256').update(settings).update('\n').update(digest).digest('hex'),
        (e: Error) => {
          // a missing bucket fails the version listing next, with its own message: no warning about a fallback
          if (!isMissingBucket(e)) logger.warn(`${e.message}; every run lists object versions instead`);
          return undefined;
        },
      )),
    fail: (error) => {
      failures.push(error);
      logger.error(`file failed: ${error}`);
    },
    plan: () =>
      (planned ??= listVersions(s3, cfg.bucket, cfg.prefix).then((v) => {
        const p = plan(v, cfg, TOKENS);
        logger.info(`considered ${p.length} object versions: ${p.filter((f) => f.decision === 'read').length} to read`);
        // a file no contract can read is in the inventory (indici_s3_objects) and said here, every run that lists
        // it: its rows are in neither raw nor rejects, so it must not pass unnoticed
        // (a 0-byte key ending in '/' is a folder the S3 console made, not a file: at debug only)
        for (const f of p) {
          if (!f.unreadable || !f.isLatest) continue;
          const why = `not loaded: s3://${cfg.bucket}/${f.key} (version ${f.versionId}): ${f.reason}`;
          if (f.key.endsWith('/') && f.size === 0) logger.debug(why);
          else logger.warn(why);
        }
        return p;
      })),
  };
}

/** Operational streams: every object considered (with the decision), rows rejected by the tap, file outcomes. */
export const OBJECTS_STREAM: StreamSchema = {
  stream: 'indici_s3_objects',
  key_properties: ['key', 'version_id'],
  bookmark_properties: [],
  schema: {
    type: 'object',
    properties: {
      key: { type: 'string' },
      version_id: { type: 'string' },
      is_latest: { type: 'boolean' },
      size: { type: 'integer', minimum: 0, maximum: 9007199254740991 },
      etag: { type: 'string' },
      last_modified: { type: ['string', 'null'], format: 'date-time' },
      extract_type: { type: ['string', 'null'] },
      per_org_id: { type: ['string', 'null'] },
      practice_id: { type: ['string', 'null'] },
      date_extracted: { type: ['string', 'null'] },
      load_kind: { type: ['string', 'null'] },
      decision: { type: 'string' },
      reason: { type: 'string' },
      considered_at: { type: 'string', format: 'date-time' },
    },
  },
};
export const REJECTED_ROWS_STREAM: StreamSchema = {
  stream: 'indici_rejected_rows',
  key_properties: [],
  bookmark_properties: [],
  schema: {
    type: 'object',
    properties: {
      stream: { type: 'string' },
      reason: { type: 'string' },
      row_text: { type: 'string' },
      field_count: { type: 'integer', minimum: 0, maximum: 100000 },
      _source_uri: { type: 'string' },
      _source_version_id: { type: ['string', 'null'] },
      _source_file_hash: { type: 'string' },
      _source_row_number: { type: 'integer', minimum: 1, maximum: 9007199254740991 },
      _source_date_extracted: { type: ['string', 'null'] },
      _source_per_org_id: { type: ['string', 'null'] },
      _source_practice_id: { type: ['string', 'null'] },
    },
  },
};
export const FILES_STREAM: StreamSchema = {
  stream: '_medi_files',
  key_properties: [],
  bookmark_properties: [],
  schema: {
    type: 'object',
    properties: {
      stream: { type: 'string' },
      source_uri: { type: 'string' },
      source_version_id: { type: 'string' },
      file_hash: { type: 'string' },
      status: { type: 'string' },
      rows_read: { type: 'integer' },
      rows_rejected: { type: 'integer' },
      error: { type: ['string', 'null'] },
    },
  },
};

/**
 * Skipping a run that cannot find anything: a stream remembers the listing digest under which it last
 * finished with every file processed, together with its processed set. When both are the same again (no
 * object under the prefix uploaded, overwritten, deleted or restored, the same settings, the state as that
 * run left it), the versions listing would plan exactly the files it already has, so it is not asked for.
 * S3 is strongly consistent, so the current listing reflects every completed write.
 */
function finishedUnder(listing: string | undefined, processed: ReadonlySet<string>): string | undefined {
  if (listing === undefined) return undefined;
  return createHash('sha256')
    .update(listing)
    .update([...processed].sort().join('\n'))
    .digest('hex');
}

/** True (and logged) when the stream last finished under this listing with this processed set. */
function nothingChanged(
  stream: string,
  remembered: { finished_under?: string },
  listing: string | undefined,
  processed: ReadonlySet<string>,
  config: IndiciConfig,
  logger: Logger,
): boolean {
  if (remembered.finished_under === undefined || remembered.finished_under !== finishedUnder(listing, processed)) return false;
  logger.info(`stream ${stream}: nothing under s3://${config.bucket}/${config.prefix} changed since it last finished; nothing to read`);
  return true;
}

function streamFor(gen: GeneratedContract): StreamDef<IndiciConfig, IndiciClient> {
  const { contract, singer } = gen;
  const token = contract.source_format!.file_token!;
  const columns = contract.columns.map((c) => c.source);
  const fields = columns.length;
  // columns some files leave out (the supplier's list names one twice): a row short by exactly these is
  // read with them NULL, every other field in its own column
  const absent = (contract.source_format?.may_be_absent ?? []).map((n) => contract.columns.findIndex((c) => c.name === n));
  const isAbsent = new Uint8Array(fields);
  for (const j of absent) isAbsent[j] = 1;
  const shortFields = fields - absent.length;
  const expected = absent.length
    ? `${fields} (or ${shortFields} without ${contract.source_format!.may_be_absent!.join(', ')})`
    : String(fields);
  const wide = { starts: new Int32Array(fields), ends: new Int32Array(fields) };
  // the contract's checks, run here so staging only has to cast the rows that pass (see row-check.ts)
  const passes = rowBytesChecker(contract);
  const fingerprint = contractFingerprint(contract);
  return defineStream<IndiciConfig, IndiciClient>({
    singer,
    async *fetch({ config, client, processed, forget, logger, emit, selected, memo, setMemo, rows: recordRows }) {
      // lineage on every record, after the contract's columns, as the contract lists it (its schema is closed)
      const lineageKeys = contract.lineage ?? [];
      const records = recordRows([...columns, ...lineageKeys]);
      const rowNoAt = fields + lineageKeys.indexOf('_source_row_number');
      const checkedAt = fields + lineageKeys.indexOf(CHECKED_COLUMN);
      if (rowNoAt < fields || checkedAt < fields)
        throw new Error(`contract ${contract.source}/${contract.stream}: lineage must list _source_row_number and ${CHECKED_COLUMN}`);
      const checkedJson = Buffer.from(JSON.stringify(fingerprint));
      const remembered = (memo ?? {}) as { reprocessed?: Record<string, string>; finished_under?: string };
      const honoured: Record<string, string> = { ...(remembered.reprocessed ?? {}) };
      const remindHonoured = (request: string) =>
        logger.info(`reprocess request ${request} was honoured before (${honoured[request]}); remove it from config`);
      const listing = await client.listing();
      if (nothingChanged(singer.stream, remembered, listing, processed, config, logger)) {
        for (const request of config.reprocess) if (honoured[request]) remindHonoured(request);
        return;
      }
      let anyFailed = false;
      const planned = await client.plan();
      forget(goneFrom(planned));
      const candidates = planned.filter((f) => f.decision === 'read' && f.name?.token === token);
      /** some content of this object version was processed (unit ids are `key@versionId#sha256`) */
      const versionProcessed = (f: PlannedFile) => [...processed].some((p) => p.startsWith(`${f.key}@${f.versionId}#`));
      // mode latest skips older batches by design; one that was never loaded is data the warehouse lacks
      const neverLoaded = planned.filter(
        (f) => f.decision === 'skipped' && f.name?.token === token && f.reason.startsWith('older batch') && !versionProcessed(f),
      );
      if (neverLoaded.length)
        logger.warn(
          `mode latest: ${neverLoaded.length} file(s) of older batches were never loaded and are skipped: ${neverLoaded.map((f) => `s3://${config.bucket}/${f.key}`).join(', ')}; mode incremental (or the backfill job) loads them`,
        );
      const files: Array<{ f: PlannedFile; request?: string }> = [];
      for (const f of candidates) {
        const request = f.reprocess;
        if (request && honoured[request]) remindHonoured(request);
        if (request && !honoured[request]) {
          files.push({ f, request });
          continue;
        }
        if (f.versionId !== 'null' && versionProcessed(f)) {
          logger.info(`already processed: s3://${config.bucket}/${f.key} version ${f.versionId}`);
          continue;
        }
        files.push({ f });
      }
      // the target replaces a file's earlier rows only when told on _medi_files; without it, it would skip them
      const requested = files.filter((x) => x.request);
      if (requested.length && !selected(FILES_STREAM.stream)) {
        const which = requested.map((x) => `s3://${config.bucket}/${x.f.key} (${x.request})`).join(', ');
        throw new ConfigError(`reprocess requested for ${which} but stream ${FILES_STREAM.stream} is deselected: select it to reprocess`);
      }
      // Up to `concurrency` objects are read and hashed ahead of the one being emitted (records still go out one
      // file at a time, in plan order).
      const twice = config.download === 'twice';
      const ahead = new Map<number, Promise<ObjectBytes | HashedOnce | Error>>();
      const prefetch = (from: number) => {
        for (let j = from; j < Math.min(files.length, from + Math.max(1, config.concurrency)); j++) {
          if (ahead.has(j)) continue;
          const v = files[j]!.f;
          ahead.set(
            j,
            (twice ? hashedOnce(pinnedRead(client.s3, config.bucket, v)) : spooledBytes(client.s3, config.bucket, v)).catch(
              (e: Error) => e,
            ),
          );
        }
      };
      try {
        for (let k = 0; k < files.length; k++) {
          prefetch(k);
          const { f, request } = files[k]!;
          // the second read is opened now, beside the first, so the server's time to a first byte overlaps the hashing
          const early = twice ? pinnedRead(client.s3, config.bucket, f)() : undefined;
          early?.catch(() => undefined); // a failure is met where it is taken (or dropped), not as an unhandled rejection
          const hashed = await ahead.get(k)!;
          ahead.delete(k);
          const unitPrefix = `${f.key}@${f.versionId}#`;
          const uri = `s3://${config.bucket}/${f.key}`;
          // what the file's name and the S3 read say, the same for every row of the file
          const fileLineage: Record<string, unknown> = {
            _source_uri: uri,
            _source_bucket: config.bucket,
            _source_key: f.key,
            _source_version_id: f.versionId,
            _source_date_extracted: f.name!.dateExtracted,
            _source_per_org_id: f.name!.perOrgId,
            _source_practice_id: f.name!.practiceId,
          };
          const overrides = {
            ...(config.encoding !== 'auto' ? { encoding: config.encoding } : {}),
            ...(config.layout !== 'auto' ? { layout: config.layout === 'production' ? PRODUCTION_LAYOUT : EMAIL_LAYOUT } : {}),
          };
          // hashed before any row: lineage needs the content hash on every row, and the hash decides process-once
          if (hashed instanceof Error) {
            anyFailed = true;
            const error = `${uri} (version ${f.versionId}): ${hashed.message}`;
            client.fail(error);
            void early?.then((o) => o.body.destroy()).catch(() => undefined);
            // recorded as failed like a malformed file, so the warehouse's health and build see it; its content was
            // never read, so it has no hash (UNREAD stands in: the target's file identity needs one)
            await emit(FILES_STREAM.stream, {
              stream: singer.stream,
              source_uri: uri,
              source_version_id: f.versionId,
              file_hash: UNREAD,
              status: 'failed',
              rows_read: 0,
              rows_rejected: 0,
              error,
            });
            continue;
          }
          const object = 'chunks' in hashed ? hashed : secondRead(uri, hashed, pinnedRead(client.s3, config.bucket, f), early);
          const unitId = `${unitPrefix}${object.sha256}`;
          if (!request && processed.has(unitId)) {
            logger.info(`already processed (same content): ${uri} version ${f.versionId}`);
            await object.remove();
            continue;
          }
          if (request) {
            logger.warn(`reprocessing ${uri} version ${f.versionId} (request ${request})`);
            await emit(FILES_STREAM.stream, {
              stream: singer.stream,
              source_uri: uri,
              source_version_id: f.versionId,
              file_hash: object.sha256,
              status: 'reprocess',
              rows_read: 0,
              rows_rejected: 0,
              error: null,
            });
          }
          const splitter = new RowSplitter(absent.length ? [fields, shortFields] : fields, uri, overrides);
          const hash = object.sha256;
          // lineage is the same for every row of a file but the row number and the check mark: encoded once
          const lineageJson = lineageKeys.map((k) =>
            Buffer.from(JSON.stringify(k === '_source_file_hash' ? hash : (fileLineage[k] ?? null))),
          );
          let rowNo = 0;
          let rejected = 0;
          let short = 0;
          let accepted = 0;
          /** rows with a field count of no contract form (the cut last row aside), per count */
          const wrong = new Map<number, number>();
          let wrongRows = 0;
          /** the last row, when no row marker ends it (the file was cut short) */
          let truncated = 0;
          let error: string | undefined;
          // rows too short or too long, and a last row cut short: rejected with their text (emitted after the
          // records of their chunk; held while no row has been accepted, see rejectRagged)
          let ragged: Array<{ rowNo: number; count: number; reason: string; text: string }> = [];
          let raggedBytes = 0;
          const onRow = (row: ByteRow) => {
            rowNo++;
            const isShort = absent.length > 0 && row.count === shortFields;
            if (row.unterminated) {
              // the supplier ends every row, the last too, with the row marker: without it the upload was cut, and the
              // row may be cut inside a value (a field count that fits proves nothing)
              truncated = rowNo;
              const reason = `row ${rowNo} is the last and no row marker ends it: the file is cut short, so the row may be incomplete (${row.count} fields, expected ${expected})`;
              ragged.push({ rowNo, count: row.count, reason, text: row.buf.toString('utf8', row.start, row.end) });
              raggedBytes += row.end - row.start;
              return;
            }
            if (row.count !== fields && !isShort) {
              const reason = `row ${rowNo} has ${row.count} fields, expected ${expected}`;
              if (config.ragged_rows === 'fail')
                throw new RecordFormatError(`${uri}: ${reason}; ragged_rows is "fail", so the file is not loaded further`);
              wrongRows++;
              wrong.set(row.count, (wrong.get(row.count) ?? 0) + 1);
              ragged.push({ rowNo, count: row.count, reason, text: row.buf.toString('utf8', row.start, row.end) });
              raggedBytes += row.end - row.start;
              return;
            }
            accepted++;
            const { buf } = row;
            let { starts, ends } = row;
            if (isShort) {
              // spread the fields over the contract's positions; an absent column is an empty range, NULL below
              short++;
              for (let j = 0, k = 0; j < fields; j++) {
                if (isAbsent[j]) wide.starts[j] = wide.ends[j] = 0;
                else {
                  wide.starts[j] = starts[k]!;
                  wide.ends[j] = ends[k]!;
                  k++;
                }
              }
              ({ starts, ends } = wide);
            }
            records.begin();
            if (!isShort) records.strings(buf, starts, ends, fields);
            else
              for (let j = 0; j < fields; j++) {
                if (isAbsent[j]) records.null(j);
                else records.string(j, buf, starts[j]!, ends[j]!);
              }
            for (let k = fields; k < fields + lineageKeys.length; k++) {
              if (k === rowNoAt) records.integer(k, rowNo);
              else if (k === checkedAt) {
                if (passes(buf, starts, ends, fields)) records.json(k, checkedJson);
                else records.null(k);
              } else records.json(k, lineageJson[k - fields]!);
            }
            records.end();
          };
          // While no row has been accepted the rejects are held (up to 1000 rows or 16 MB of text): a file whose every
          // row has the wrong field count fails, and its rows then go nowhere, rejects included.
          const rejectRagged = async (final = false) => {
            if (!final && accepted === 0 && ragged.length < 1000 && raggedBytes < 16 * 1024 * 1024) return;
            for (const r of ragged) {
              rejected++;
              await emit(REJECTED_ROWS_STREAM.stream, {
                stream: singer.stream,
                reason: r.reason,
                row_text: r.text,
                field_count: r.count,
                _source_uri: uri,
                _source_version_id: f.versionId,
                _source_file_hash: hash,
                _source_row_number: r.rowNo,
                _source_date_extracted: f.name!.dateExtracted,
                _source_per_org_id: f.name!.perOrgId,
                _source_practice_id: f.name!.practiceId,
              });
            }
            ragged = [];
            raggedBytes = 0;
          };
          try {
            for await (const chunk of object.chunks()) {
              splitter.pushBytes(chunk, onRow);
              if (records.size > 0) yield records.take();
              await rejectRagged();
            }
            splitter.endBytes(onRow);
            // a file of another extract type (every row a field more or fewer, or a separator after every last field)
            // fails as one that fits neither layout does: rejecting every row would mark it processed
            if (wrongRows > 0 && wrongRows === rowNo - (truncated ? 1 : 0))
              throw new RecordFormatError(
                `${uri}: every row has the wrong field count (${describeCounts(wrong)}; expected ${expected}): not an extract of this type, or not in its layout; the file is not loaded`,
              );
            if (records.size > 0) yield records.take();
            await rejectRagged(true);
          } catch (e) {
            error = (e as Error).message;
            anyFailed = true;
            client.fail(error);
            records.take(); // rows of the failed file not yet sent are not sent
            ragged = [];
            raggedBytes = 0;
          }
          await object.remove();
          await emit(FILES_STREAM.stream, {
            stream: singer.stream,
            source_uri: uri,
            source_version_id: f.versionId,
            file_hash: hash,
            status: error ? 'failed' : 'processed',
            rows_read: rowNo,
            rows_rejected: rejected,
            error: error ?? null,
          });
          if (!error) {
            logger.info(
              `file loaded: ${uri} version ${f.versionId} sha256 ${hash} encoding ${splitter.detected.encoding} rows ${rowNo} rejected ${rejected}`,
            );
            if (truncated)
              logger.warn(
                `${uri}: no row marker (${splitter.detected.layout?.row}) ends the last row, row ${truncated}: the file is cut short (an interrupted upload?); that row is rejected, not loaded`,
              );
            // a few ragged rows are dirt; most of a file's rows rejected is a file the warehouse mostly lacks
            if (rejected > 0 && rejected * 2 > rowNo)
              logger.warn(
                `${uri}: ${rejected} of ${rowNo} rows (${Math.round((rejected / rowNo) * 100)}%) rejected (indici_rejected_rows has them with their reasons); only ${rowNo - rejected} loaded`,
              );
            if (short > 0)
              logger.info(
                `${uri}: ${short} row(s) without ${contract.source_format!.may_be_absent!.join(', ')} (may_be_absent), read with NULL there`,
              );
            // loaded, but not byte for byte: say how much could not be decoded (set `encoding` if it is wrong)
            if (splitter.replaced > 0)
              logger.warn(
                `${uri}: ${splitter.replaced} character(s) could not be decoded as ${splitter.detected.encoding} and were loaded as U+FFFD`,
              );
            if (splitter.nuls > 0)
              logger.warn(`${uri}: ${splitter.nuls} NUL character(s), which PostgreSQL text cannot hold, were loaded as U+FFFD`);
            if (request) {
              honoured[request] = unitId;
              setMemo({ ...remembered, reprocessed: honoured });
            }
            yield new UnitDone(unitId);
          }
        }
      } finally {
        // files read ahead but not emitted (a failure or an early stop): remove their spools
        for (const p of ahead.values()) void p.then((r) => (r instanceof Error || !('chunks' in r) ? undefined : r.remove()));
      }
      // every file read (none failed): a later run under the same listing has nothing to do
      const { finished_under: _earlier, ...kept } = remembered;
      const under = anyFailed ? undefined : finishedUnder(listing, processed);
      setMemo({ ...kept, ...(Object.keys(honoured).length ? { reprocessed: honoured } : {}), ...(under ? { finished_under: under } : {}) });
    },
  });
}

/** The file hash of a failed file whose bytes could not be read (no SHA-256 to give). */
export const UNREAD = 'unread';

const decisionId = (f: PlannedFile) => `${f.key}@${f.versionId}:${f.decision}:${f.reason}`;

/** A file's unit id: `key@versionId#sha256`. */
const UNIT_ID = /#[0-9a-f]{64}$/;

/**
 * Processed file units whose object version is no longer listed. Nothing is dropped when the listing is
 * empty: an emptied bucket or a mistyped prefix should not cost the record of what was read.
 */
function goneFrom(planned: readonly PlannedFile[]): (id: string) => boolean {
  if (planned.length === 0) return () => false;
  const live = new Set(planned.map((f) => `${f.key}@${f.versionId}`));
  return (id) => UNIT_ID.test(id) && !live.has(id.slice(0, -65));
}

/**
 * Every object version considered, with its decision and reason (an audit of discovery). A decision is
 * recorded once per object version and decision, so a run that finds nothing new writes nothing.
 */
const objects = defineStream<IndiciConfig, IndiciClient>({
  singer: OBJECTS_STREAM,
  async *fetch({ client, processed, forget, memo, setMemo, logger, config }) {
    const consideredAt = new Date().toISOString();
    const listing = await client.listing();
    const remembered = (memo ?? {}) as { finished_under?: string };
    if (nothingChanged(OBJECTS_STREAM.stream, remembered, listing, processed, config, logger)) return;
    const planned = await client.plan();
    // decisions are kept for the versions still listed, so a version gone from the bucket leaves state
    const current = new Set(planned.map(decisionId));
    if (planned.length > 0) forget((id) => !current.has(id));
    for (const f of planned) {
      const id = decisionId(f);
      if (processed.has(id)) continue;
      yield {
        key: f.key,
        version_id: f.versionId,
        is_latest: f.isLatest,
        size: f.size,
        etag: f.etag,
        last_modified: f.lastModified || null,
        extract_type: f.name?.token ?? null,
        per_org_id: f.name?.perOrgId ?? null,
        practice_id: f.name?.practiceId ?? null,
        date_extracted: f.name?.dateExtracted ?? null,
        load_kind: f.kind ?? null,
        decision: f.decision,
        reason: f.reason,
        considered_at: consideredAt,
      };
      yield new UnitDone(id);
    }
    const under = finishedUnder(listing, processed);
    setMemo(under ? { finished_under: under } : undefined);
  },
});

export const STREAMS = [objects, ...CONTRACTS.map(streamFor)];
