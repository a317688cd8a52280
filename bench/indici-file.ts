// The bench:indici input, shared by bench/indici.ts and bench/indici-cpu.ts: N appointment rows as one UTF-16LE
// Indici file (production separators) and as a plain UTF-8 TSV, made once and reused; and the multipart upload.
import { createWriteStream, mkdirSync, renameSync, existsSync, createReadStream } from 'node:fs';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { CreateMultipartUploadCommand, UploadPartCommand, CompleteMultipartUploadCommand, type S3Client } from '@aws-sdk/client-s3';
import { CONTRACTS } from '../sim/indici/feed.js';
import { indiciRows } from '../sim/indici/rows.js';

export const BENCH_OUT = resolve('bench/out');
export const BENCH_DATE_EXTRACTED = '2508181044';

/** The same rows twice: as an Indici file and as a plain UTF-8 TSV for psql. */
export async function benchFiles(rows: number): Promise<{ indiciFile: string; tsvFile: string }> {
  mkdirSync(BENCH_OUT, { recursive: true });
  const contract = CONTRACTS.appointments!;
  const indiciFile = join(BENCH_OUT, `indici-appointments-${rows}.dat`);
  const tsvFile = join(BENCH_OUT, `indici-appointments-${rows}.tsv`);
  if (existsSync(indiciFile) && existsSync(tsvFile)) return { indiciFile, tsvFile };
  const a = createWriteStream(`${indiciFile}.part`);
  const b = createWriteStream(`${tsvFile}.part`);
  a.write(Buffer.from([0xff, 0xfe]));
  for (let first = 1; first <= rows; first += 10_000) {
    const chunk = indiciRows(contract, {
      dateExtracted: BENCH_DATE_EXTRACTED,
      firstKey: first,
      count: Math.min(10_000, rows - first + 1),
    }).rows;
    const okA = a.write(Buffer.from(chunk.map((r) => r.join('|^^|') + '|~~|').join(''), 'utf16le'));
    const okB = b.write(chunk.map((r) => r.join('\t')).join('\n') + '\n');
    // both listeners are set before waiting: awaiting one drain and then the other missed the second
    // event, and with nothing else pending Node exited silently, leaving truncated files behind
    await Promise.all([okA ? undefined : once(a, 'drain'), okB ? undefined : once(b, 'drain')]);
  }
  a.end();
  b.end();
  await Promise.all([once(a, 'finish'), once(b, 'finish')]);
  // complete files only: a run stopped half-way must not leave a short file that later runs reuse
  renameSync(`${indiciFile}.part`, indiciFile);
  renameSync(`${tsvFile}.part`, tsvFile);
  return { indiciFile, tsvFile };
}

/** Upload `file` as `key`, multipart in 64 MB parts: moto spends many minutes on a single 2 GB request body. */
export async function uploadMultipart(client: S3Client, bucket: string, key: string, file: string): Promise<void> {
  const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key }));
  const parts: Array<{ ETag: string; PartNumber: number }> = [];
  const partSize = 64 * 1024 * 1024;
  let partNumber = 1;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flushPart = async () => {
    const body = Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    const r = await client.send(
      new UploadPartCommand({ Bucket: bucket, Key: key, UploadId, PartNumber: partNumber, Body: body, ContentLength: body.length }),
    );
    parts.push({ ETag: r.ETag!, PartNumber: partNumber++ });
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 8 * 1024 * 1024 })) {
    pending.push(chunk as Buffer);
    pendingBytes += (chunk as Buffer).length;
    if (pendingBytes >= partSize) await flushPart();
  }
  if (pendingBytes > 0) await flushPart();
  await client.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId, MultipartUpload: { Parts: parts } }));
}
