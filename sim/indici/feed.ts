// Simulated Indici deliveries: whole batches of extract files, encoded as real ones are (UTF-16LE with
// BOM and production separators by default), uploaded to an S3 bucket with versioning enabled.
import { S3Client, CreateBucketCommand, PutBucketVersioningCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { Contract } from '../../kit/contracts/contract.js';
import type { GeneratedContract } from '../../kit/contracts/generated-contract.js';
import * as indici from '../../generated/contracts/indici.js';
import { indiciRows, PER_ORG_ID, PRACTICE_ID, type RowOptions } from './rows.js';
import { encodeWindows1252 } from '../../kit/text/windows-1252.js';

export const CONTRACTS: Record<string, Contract> = Object.fromEntries(
  Object.values(indici as Record<string, GeneratedContract>).map((g) => [g.contract.stream, g.contract]),
);

export interface FileSpec {
  encoding?: 'utf16le' | 'utf8' | 'windows1252';
  layout?: 'production' | 'email';
  /** UTF-8 only: start with the byte-order mark EF BB BF (UTF-16LE always has FF FE) */
  utf8Bom?: boolean;
  /** written after every row marker, as a file exported on Windows may have (e.g. '\r\n') */
  afterRow?: string;
}

/** Encode rows as an Indici file: every row ends with the row marker; UTF-16LE gets a byte-order mark. */
export function encodeFile(rows: string[][], spec: FileSpec = {}): Buffer {
  const [field, row] = spec.layout === 'email' ? ['|~~|', '|^^|'] : ['|^^|', '|~~|'];
  const text = rows.map((r) => r.join(field) + row + (spec.afterRow ?? '')).join('');
  if (spec.encoding === 'utf8') return Buffer.concat([Buffer.from(spec.utf8Bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]);
  if (spec.encoding === 'windows1252') return encodeWindows1252(text);
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** `685146_535_<Token>_<DateFrom>_<DateTo>_<DateExtracted>`; a full load's window spans 7 days, a delta's 6 hours. */
export function fileName(token: string, dateExtracted: string, kind: 'full' | 'delta'): string {
  const y = 2000 + +dateExtracted.slice(0, 2);
  const to =
    Date.UTC(y, +dateExtracted.slice(2, 4) - 1, +dateExtracted.slice(4, 6), +dateExtracted.slice(6, 8), +dateExtracted.slice(8, 10)) -
    60_000;
  const from = to - (kind === 'full' ? 7 * 24 : 6) * 3600_000;
  const fmt = (t: number) => new Date(t).toISOString().replace(/[-T:]/g, '').slice(0, 12);
  return `${PER_ORG_ID}_${PRACTICE_ID}_${token}_${fmt(from)}_${fmt(to)}_${dateExtracted}`;
}

export async function ensureBucket(s3: S3Client, bucket: string): Promise<void> {
  try {
    await s3.send(new CreateBucketCommand({ Bucket: bucket, CreateBucketConfiguration: { LocationConstraint: 'ap-southeast-2' } }));
  } catch (e) {
    if (!/BucketAlready(OwnedByYou|Exists)/.test((e as Error).name)) throw e;
  }
  await s3.send(new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: 'Enabled' } }));
}

export interface BatchSpec extends FileSpec {
  streams: string[];
  dateExtracted: string;
  kind: 'full' | 'delta';
  rows: number;
  firstKey?: number;
  version?: number;
  dirty?: RowOptions['dirty'];
  prefix?: string;
}

/** Generate and upload one batch; returns the keys written. */
export async function uploadBatch(s3: S3Client, bucket: string, spec: BatchSpec): Promise<string[]> {
  const keys: string[] = [];
  for (const stream of spec.streams) {
    const c = CONTRACTS[stream];
    if (!c) throw new Error(`no Indici contract "${stream}"`);
    const { rows } = indiciRows(c, {
      dateExtracted: spec.dateExtracted,
      firstKey: spec.firstKey ?? 1,
      count: spec.rows,
      version: spec.version ?? 0,
      ...(spec.dirty ? { dirty: spec.dirty } : {}),
    });
    const key = `${spec.prefix ?? 'indici/'}${fileName(c.source_format!.file_token!, spec.dateExtracted, spec.kind)}`;
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: encodeFile(rows, spec) }));
    keys.push(key);
  }
  return keys;
}
