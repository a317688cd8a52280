// The second path, for what no Partner Central API has: export files (CSV or XLSX) in a folder or under an S3
// prefix, one contract per report (contracts/apn/export_*.yaml: file name token, header names). Each file is read
// once by content hash: the kit keeps the hashes of completed files (UnitDone) and the target's process-once
// keeps a file's rows from landing twice (_source_file_hash + _source_row_number). Nothing holds a file whole: a
// local file is hashed as it lies (one already loaded is skipped), a new one (or an S3 object) is copied to a
// spool while hashed, then read twice from the spool, as a stream (CSV piece by piece, XLSX by xlsx.ts): a first
// pass checks every row, so a malformed file fails alone, naming the file and line, loads nothing, and is tried
// again next run (the other files load and the stream then fails the run, exit 1); the second sends the rows.
import { readdir, stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { requireCjs } from '../../kit/cjs.js';
import type * as S3Sdk from '@aws-sdk/client-s3';
import { defineStream, StreamFailure, UnitDone, type StreamDef } from '../../kit/singer/tap-kit.js';
import type { GeneratedContract } from '../../kit/contracts/generated-contract.js';
import * as apn from '../../generated/contracts/apn.js';
import type { ApnClient } from './client.js';
import type { ApnConfig } from './settings.js';
import { xlsxRows } from './xlsx.js';
import { spool } from '../../kit/spool.js';

// CommonJS by require, not import (kit/cjs.ts: start-up time)
const { S3Client, ListObjectsV2Command, GetObjectCommand } = requireCjs('@aws-sdk/client-s3') as typeof S3Sdk;

/** A file that cannot be read as its contract says: the message names the file and the line. */
export class ExportFileError extends Error {
  override name = 'ExportFileError';
}

interface ExportFile {
  uri: string;
  name: string;
  /** the object version (versioned S3 buckets); null for files and unversioned objects */
  version: string | null;
  /** when the file or object was last written (lands as _source_date_extracted) */
  modified: string | null;
  /** the local path (files in export_path) */
  path?: string;
  /** the content as a stream */
  open(): Promise<Readable>;
}

/** The export files at the configured place, by name. */
async function listFiles(cfg: ApnConfig): Promise<ExportFile[]> {
  const files: ExportFile[] = [];
  if (cfg.export_path) {
    for (const name of (await readdir(cfg.export_path)).sort()) {
      const path = join(cfg.export_path, name);
      const st = await stat(path);
      if (st.isFile())
        files.push({
          uri: `file://${path}`,
          name,
          path,
          version: null,
          modified: st.mtime.toISOString(),
          open: async () => createReadStream(path),
        });
    }
  }
  if (cfg.export_s3_uri) {
    const m = /^s3:\/\/([^/]+)\/?(.*)$/.exec(cfg.export_s3_uri);
    if (!m) throw new Error(`export_s3_uri must look like s3://bucket/prefix/, not ${cfg.export_s3_uri}`);
    const [, bucket, prefix] = m as unknown as [string, string, string];
    const s3 = new S3Client({
      region: cfg.export_s3_region,
      ...(cfg.export_s3_endpoint_url ? { endpoint: cfg.export_s3_endpoint_url, forcePathStyle: true } : {}),
    });
    let token: string | undefined;
    do {
      const out = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
      for (const o of out.Contents ?? []) {
        const key = o.Key!;
        const file: ExportFile = {
          uri: `s3://${bucket}/${key}`,
          name: key.slice(key.lastIndexOf('/') + 1),
          version: null,
          modified: o.LastModified ? o.LastModified.toISOString() : null,
          open: async () => {
            const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
            file.version = got.VersionId && got.VersionId !== 'null' ? got.VersionId : null;
            return got.Body as Readable;
          },
        };
        files.push(file);
      }
      token = out.NextContinuationToken;
    } while (token);
  }
  return files;
}

/**
 * RFC 4180 CSV read incrementally: quoted fields with doubled quotes and line breaks, CRLF, LF or CR, a UTF-8 BOM
 * dropped. `push` takes text in pieces of any size (a piece may end inside a field, a quote pair or a CRLF) and
 * hands on each complete row with the line it starts on; `end` settles the last row. Blank lines are skipped.
 */
export class CsvParser {
  private line = 1;
  private rowStart = 1;
  private cells: string[] = [];
  private cell = '';
  /** 0 field start, 1 unquoted, 2 quoted, 3 quote seen inside quoted, 4 after closing quote, 5 CR seen */
  private state = 0;
  private first = true;
  /** the last character read inside a quoted field was a CR */
  private quotedCR = false;
  constructor(private readonly file: string) {}

  private fail(what: string, line = this.line): never {
    throw new ExportFileError(`${this.file} line ${line}: ${what}`);
  }

  private endRow(out: Array<{ line: number; cells: string[] }>): void {
    this.cells.push(this.cell);
    this.cell = '';
    if (!(this.cells.length === 1 && this.cells[0] === '')) out.push({ line: this.rowStart, cells: this.cells });
    this.cells = [];
  }

  push(text: string): Array<{ line: number; cells: string[] }> {
    const out: Array<{ line: number; cells: string[] }> = [];
    let i = 0;
    if (this.first && text.length) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) i = 1;
    }
    const n = text.length;
    while (i < n) {
      const c = text.charCodeAt(i);
      switch (this.state) {
        case 5: // after CR: an LF belongs to the same line end
          this.state = 0;
          if (c === 10) {
            i++;
            continue;
          }
        // falls through: the CR alone ended the line
        case 0:
          if (this.cells.length === 0 && this.cell === '') this.rowStart = this.line;
          if (c === 34) {
            this.state = 2;
            i++;
            continue;
          }
          this.state = 1;
        // falls through
        case 1: {
          let j = i;
          while (j < n) {
            const d = text.charCodeAt(j);
            if (d === 44 || d === 10 || d === 13) break;
            if (d === 34) this.fail('a quote inside an unquoted field');
            j++;
          }
          this.cell += text.slice(i, j);
          i = j;
          if (i < n) this.separator(text.charCodeAt(i++), out);
          continue;
        }
        case 2: {
          let j = i;
          while (j < n) {
            const d = text.charCodeAt(j);
            if (d === 34) break;
            // a line break inside the field: LF, CR, or CRLF (whose halves may lie in two pieces) counts once
            if ((d === 10 && !this.quotedCR) || d === 13) this.line++;
            this.quotedCR = d === 13;
            j++;
          }
          this.cell += text.slice(i, j);
          i = j;
          if (i < n) {
            this.quotedCR = false;
            this.state = 3;
            i++;
          }
          continue;
        }
        case 3: // a quote inside a quoted field: doubled, or the field's end
          if (c === 34) {
            this.cell += '"';
            this.state = 2;
            i++;
            continue;
          }
          this.state = 4;
        // falls through
        case 4:
          if (c !== 44 && c !== 10 && c !== 13) this.fail('text after a closing quote');
          this.separator(c, out);
          i++;
          continue;
      }
    }
    return out;
  }

  private separator(c: number, out: Array<{ line: number; cells: string[] }>): void {
    if (c === 44) {
      this.cells.push(this.cell);
      this.cell = '';
      this.state = 0;
      return;
    }
    this.endRow(out);
    this.line++;
    this.state = c === 13 ? 5 : 0;
  }

  end(): Array<{ line: number; cells: string[] }> {
    const out: Array<{ line: number; cells: string[] }> = [];
    if (this.state === 2) this.fail('a quoted field is not closed', this.rowStart);
    if (this.state === 1 || this.state === 3 || this.state === 4 || this.cells.length || this.cell !== '') this.endRow(out);
    this.state = 0;
    return out;
  }
}

/** A whole CSV text's rows (CsvParser in one piece). */
export function parseCsv(text: string, file: string): Array<{ line: number; cells: string[] }> {
  const p = new CsvParser(file);
  return [...p.push(text), ...p.end()];
}

type Row = { line: number; cells: Array<string | null> };

/** A CSV file's rows, read in 256 KiB pieces (UTF-8 decoded across piece boundaries). */
async function* csvRows(path: string, file: string): AsyncGenerator<Row> {
  const p = new CsvParser(file);
  const dec = new StringDecoder('utf8');
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) yield* p.push(dec.write(chunk as Buffer));
  yield* p.push(dec.end());
  yield* p.end();
}

async function* sheetRows(path: string, file: string): AsyncGenerator<Row> {
  try {
    yield* xlsxRows(path);
  } catch (e) {
    if (e instanceof ExportFileError) throw e;
    throw new ExportFileError(`${file}: not a readable XLSX workbook: ${(e as Error).message}`);
  }
}

/** A file's rows: CSV, or the first worksheet of an XLSX (cells as the text the workbook stores). */
export function fileRows(path: string, name: string): AsyncGenerator<Row> {
  return /\.xlsx$/i.test(name) ? sheetRows(path, name) : csvRows(path, name);
}

/** A file's records by its contract: header names checked, one record per row, lineage added. */
export async function* readExport(
  c: GeneratedContract,
  file: Pick<ExportFile, 'uri' | 'name' | 'version' | 'modified'>,
  rows: AsyncIterable<Row>,
  hash: string,
): AsyncGenerator<Record<string, unknown>> {
  const cols = c.contract.columns;
  let names: string[] | undefined;
  let index: number[] = [];
  for await (const { line, cells } of rows) {
    if (!names) {
      names = cells.map((h) => (h ?? '').trim());
      const missing = cols.filter((col) => col.required && !names!.includes(col.source)).map((col) => col.source);
      if (missing.length) throw new ExportFileError(`${file.name} line ${line}: missing required column(s) ${missing.join(', ')}`);
      const unknown = names.filter((n) => n && !cols.some((col) => col.source === n));
      if (unknown.length)
        throw new ExportFileError(
          `${file.name} line ${line}: column(s) ${unknown.join(', ')} not in ${c.contract.file.slice(c.contract.file.indexOf('contracts/'))}`,
        );
      index = cols.map((col) => names!.indexOf(col.source));
      continue;
    }
    if (cells.length > names.length && cells.slice(names.length).some((x) => x !== null && x !== '')) {
      throw new ExportFileError(`${file.name} line ${line}: ${cells.length} fields, the header has ${names.length}`);
    }
    const rec: Record<string, unknown> = {};
    cols.forEach((col, k) => {
      const v = index[k]! < 0 ? null : (cells[index[k]!] ?? null);
      rec[col.source] = v === '' ? null : v;
    });
    for (const col of cols) {
      if (col.required && rec[col.source] === null) throw new ExportFileError(`${file.name} line ${line}: ${col.source} is empty`);
    }
    rec._source_uri = file.uri;
    rec._source_version_id = file.version;
    rec._source_file_hash = hash;
    rec._source_row_number = line;
    rec._source_date_extracted = file.modified;
    yield rec;
  }
  if (!names) throw new ExportFileError(`${file.name}: empty (no header row)`);
}

function exportStream(c: GeneratedContract): StreamDef<ApnConfig, ApnClient> {
  const token = c.contract.source_format!.file_token!;
  return defineStream<ApnConfig, ApnClient>({
    singer: c.singer,
    async *fetch(ctx) {
      if (!ctx.config.export_path && !ctx.config.export_s3_uri) return;
      const mine = (await listFiles(ctx.config)).filter((f) => f.name.toLowerCase().startsWith(token) && /\.(csv|xlsx)$/i.test(f.name));
      const present = new Set<string>();
      const failed: string[] = [];
      const skip = (f: ExportFile, hash: string) => {
        present.add(hash);
        if (!ctx.processed.has(hash)) return false;
        ctx.logger.info(`${f.uri}: already loaded (same content, sha256 ${hash.slice(0, 12)}…), skipped`);
        return true;
      };
      for (const f of mine) {
        // a local file is hashed where it lies first: one already loaded is not copied
        if (f.path && skip(f, await sha256File(f.path))) continue;
        // the content read (S3 object or local file) is copied to a spool while hashed: the rows are read from
        // the bytes the hash names, however the source changes meanwhile
        const spooled = await spool(await f.open(), 'tap-apn-export');
        try {
          const hash = spooled.sha256;
          if (skip(f, hash)) continue;
          // two passes over the spool: the first checks every row (a malformed file loads nothing and names its
          // line), the second sends them; neither holds more than a piece of the file
          let rows = 0;
          try {
            for await (const _ of readExport(c, f, fileRows(spooled.path, f.name), hash)) rows++;
          } catch (e) {
            if (!(e instanceof ExportFileError)) throw e;
            ctx.logger.error(`${f.uri}: ${e.message}; nothing loaded from it, it is read again next run`);
            failed.push(e.message);
            continue;
          }
          yield* readExport(c, f, fileRows(spooled.path, f.name), hash);
          yield new UnitDone(hash);
          ctx.logger.info(`${f.uri}: ${rows} rows (${spooled.bytes} bytes, sha256 ${hash.slice(0, 12)}…)`);
        } finally {
          await spooled.remove();
        }
      }
      ctx.forget((h) => !present.has(h));
      if (failed.length) throw new StreamFailure(`${failed.length} export file(s) could not be read: ${failed.join('; ')}`);
    },
  });
}

async function sha256File(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) h.update(chunk as Buffer);
  return h.digest('hex');
}

export const EXPORT_STREAMS = [
  apn.exportFundingClaims,
  apn.exportClaimPayments,
  apn.exportFundingRequestHistory,
  apn.exportEndUsers,
  apn.exportPartnerUsers,
].map(exportStream);
