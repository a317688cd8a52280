// The second path, for what no Partner Central API has: export files (CSV or XLSX) in a folder or under an S3
// prefix, one contract per report (contracts/apn/export_*.yaml: file name token, header names). Each file is read
// once by content hash: the kit keeps the hashes of completed files (UnitDone) and the target's process-once
// keeps a file's rows from landing twice (_source_file_hash + _source_row_number). A file is parsed whole before
// any of its rows is sent, so a malformed file fails alone, naming the file and line, loads nothing, and is
// tried again next run; the other files load and the stream then fails the run (exit 1).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { S3Client, ListObjectsV2Command, GetObjectCommand } from '@aws-sdk/client-s3';
import { defineStream, StreamFailure, UnitDone, type StreamDef } from '../../kit/singer/tap-kit.js';
import type { GeneratedContract } from '../../kit/contracts/generated-contract.js';
import * as apn from '../../generated/contracts/apn.js';
import type { ApnClient } from './client.js';
import type { ApnConfig } from './settings.js';

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
  read(): Promise<Buffer>;
}

/** The export files at the configured place, by name. */
async function listFiles(cfg: ApnConfig): Promise<ExportFile[]> {
  const files: ExportFile[] = [];
  if (cfg.export_path) {
    for (const name of (await readdir(cfg.export_path)).sort()) {
      const path = join(cfg.export_path, name);
      const st = await stat(path);
      if (st.isFile())
        files.push({ uri: `file://${path}`, name, version: null, modified: st.mtime.toISOString(), read: () => readFile(path) });
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
          read: async () => {
            const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
            file.version = got.VersionId && got.VersionId !== 'null' ? got.VersionId : null;
            return Buffer.from(await got.Body!.transformToByteArray());
          },
        };
        files.push(file);
      }
      token = out.NextContinuationToken;
    } while (token);
  }
  return files;
}

/** RFC 4180 CSV: quoted fields with doubled quotes and line breaks, CRLF or LF, a UTF-8 BOM dropped. Rows with their line. */
export function parseCsv(text: string, file: string): Array<{ line: number; cells: string[] }> {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows: Array<{ line: number; cells: string[] }> = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new ExportFileError(`${file} line ${start}: a quoted field is not closed`);
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === '\n') line++;
          cell += ch;
          i++;
        }
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new ExportFileError(`${file} line ${line}: text after a closing quote`);
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          if (text[i] === '"') throw new ExportFileError(`${file} line ${line}: a quote inside an unquoted field`);
          cell += text[i++];
        }
      }
      cells.push(cell);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') {
        i++;
        line++;
      }
      break;
    }
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: start, cells });
  }
  return rows;
}

function cellText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    const o = v as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown; error?: string };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (o.error) return o.error;
    if ('result' in o) return cellText(o.result);
    if ('text' in o) return cellText(o.text);
    return JSON.stringify(v);
  }
  return String(v);
}

/** The first worksheet of an XLSX, read by exceljs' streaming reader; rows with their sheet row number. */
async function parseXlsx(bytes: Buffer, file: string): Promise<Array<{ line: number; cells: Array<string | null> }>> {
  const rows: Array<{ line: number; cells: Array<string | null> }> = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
      sharedStrings: 'cache',
      styles: 'cache',
      worksheets: 'emit',
    });
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as unknown[];
        rows.push({ line: row.number, cells: values.slice(1).map(cellText) });
      }
      break;
    }
  } catch (e) {
    if (e instanceof ExportFileError) throw e;
    throw new ExportFileError(`${file}: not a readable XLSX workbook: ${(e as Error).message}`);
  }
  return rows;
}

/** A file's records by its contract: header names checked, one record per row, lineage added. */
export async function readExport(
  c: GeneratedContract,
  file: Pick<ExportFile, 'uri' | 'name' | 'version' | 'modified'>,
  bytes: Buffer,
  hash: string,
): Promise<Record<string, unknown>[]> {
  const xlsx = /\.xlsx$/i.test(file.name);
  const rows = xlsx ? await parseXlsx(bytes, file.name) : parseCsv(bytes.toString('utf8'), file.name);
  if (!rows.length) throw new ExportFileError(`${file.name}: empty (no header row)`);
  const [header, ...body] = rows;
  const names = header!.cells.map((h) => (h ?? '').trim());
  const cols = c.contract.columns;
  const missing = cols.filter((col) => col.required && !names.includes(col.source)).map((col) => col.source);
  if (missing.length) throw new ExportFileError(`${file.name} line ${header!.line}: missing required column(s) ${missing.join(', ')}`);
  const unknown = names.filter((n) => n && !cols.some((col) => col.source === n));
  if (unknown.length)
    throw new ExportFileError(
      `${file.name} line ${header!.line}: column(s) ${unknown.join(', ')} not in ${c.contract.file.slice(c.contract.file.indexOf('contracts/'))}`,
    );
  const index = cols.map((col) => names.indexOf(col.source));
  return body.map(({ line, cells }) => {
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
    return rec;
  });
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
      for (const f of mine) {
        const bytes = await f.read();
        const hash = createHash('sha256').update(bytes).digest('hex');
        present.add(hash);
        if (ctx.processed.has(hash)) {
          ctx.logger.info(`${f.uri}: already loaded (same content, sha256 ${hash.slice(0, 12)}…), skipped`);
          continue;
        }
        let records: Record<string, unknown>[];
        try {
          records = await readExport(c, f, bytes, hash);
        } catch (e) {
          if (!(e instanceof ExportFileError)) throw e;
          ctx.logger.error(`${f.uri}: ${e.message}; nothing loaded from it, it is read again next run`);
          failed.push(e.message);
          continue;
        }
        yield* records;
        yield new UnitDone(hash);
        ctx.logger.info(`${f.uri}: ${records.length} rows`);
      }
      ctx.forget((h) => !present.has(h));
      if (failed.length) throw new StreamFailure(`${failed.length} export file(s) could not be read: ${failed.join('; ')}`);
    },
  });
}

export const EXPORT_STREAMS = [
  apn.exportFundingClaims,
  apn.exportClaimPayments,
  apn.exportFundingRequestHistory,
  apn.exportEndUsers,
  apn.exportPartnerUsers,
].map(exportStream);
