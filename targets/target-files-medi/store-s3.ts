// The S3 store (store.ts has the Store contract and the local one). Its own module, imported only for an s3:// root:
// the AWS SDK costs a local run ~20 MB of memory and ~0.1 s of start-up CPU for nothing.
import { createReadStream } from 'node:fs';
import { stat, unlink } from 'node:fs/promises';
import { requireCjs } from '../../kit/cjs.js';
import type * as S3Sdk from '@aws-sdk/client-s3';
import { stagedName, type LockFile, type LockRead, type Store } from './store.js';
import { backoffMs, type RetryPolicy } from '../../kit/http/retry.js';
import { createLogger, type Logger } from '../../kit/singer/log.js';
import { PLUGIN } from './settings.js';

// CommonJS by require, not import (kit/cjs.ts: start-up time)
const { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, ListObjectVersionsCommand, ListObjectsV2Command, PutObjectCommand } =
  requireCjs('@aws-sdk/client-s3') as typeof S3Sdk;
type S3Client = S3Sdk.S3Client;

const s3Status = (e: unknown) => (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
/**
 * Retries of an upload whose body is a file stream, which the SDK never retries itself (a stream once read cannot be
 * sent again): as many attempts as the SDK makes for other requests (maxAttempts 5), from 1 s doubling up to 20 s,
 * or as long as a SlowDown's Retry-After asks (capped likewise).
 */
const UPLOAD_RETRY: RetryPolicy = { retries: 4, baseMs: 1000, maxMs: 20_000 };
const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/** An S3 failure another attempt may get past: throttling (429, 503 SlowDown), a 5xx, a dropped connection or a timeout. */
export function retryableS3(e: unknown): boolean {
  const err = e as { name?: string; code?: string; $retryable?: unknown };
  const status = s3Status(e);
  return (
    err.$retryable !== undefined ||
    status === 429 ||
    (status !== undefined && status >= 500 && status !== 501) ||
    NETWORK_CODES.has(err.code ?? '') ||
    err.name === 'TimeoutError' ||
    err.name === 'RequestTimeout'
  );
}

/** 412: the condition failed; 409 (ConditionalRequestConflict): a concurrent conditional write won the race. */
const lostCondition = (e: unknown) => s3Status(e) === 412 || s3Status(e) === 409;

/**
 * The lock as an S3 object: created with `If-None-Match: *` (S3 refuses the PUT when the key exists), replaced and
 * refreshed with `If-Match: <ETag>` (refused when another run rewrote it), deleted only while it is still ours.
 * On a versioned bucket each write is a version: the previous one is deleted once superseded, so a long run does
 * not leave a version per heartbeat.
 */
class S3LockFile implements LockFile {
  private etag: string | undefined;
  private version: string | undefined;
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly key: string,
  ) {}
  get where(): string {
    return `s3://${this.bucket}/${this.key}`;
  }
  private async put(text: string, cond: { IfNoneMatch: string } | { IfMatch: string }): Promise<boolean> {
    let r;
    try {
      r = await this.client.send(
        new PutObjectCommand({ Bucket: this.bucket, Key: this.key, Body: text, ContentType: 'application/json', ...cond }),
      );
    } catch (e) {
      if (lostCondition(e) || (e as { name?: string }).name === 'NoSuchKey') return false;
      throw e;
    }
    const before = this.version;
    this.etag = r.ETag;
    this.version = r.VersionId && r.VersionId !== 'null' ? r.VersionId : undefined;
    if (before && before !== this.version) await this.deleteVersion(before);
    return true;
  }
  private async deleteVersion(version: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.key, VersionId: version }));
  }
  create(text: string): Promise<boolean> {
    return this.put(text, { IfNoneMatch: '*' });
  }
  async read(): Promise<LockRead | undefined> {
    try {
      const r = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.key }));
      const text = await r.Body!.transformToString('utf8');
      return { text, tag: r.ETag!, modified: r.LastModified! };
    } catch (e) {
      if ((e as { name?: string }).name === 'NoSuchKey' || s3Status(e) === 404) return undefined;
      throw e;
    }
  }
  async replace(tag: string, text: string): Promise<boolean> {
    if (!(await this.put(text, { IfMatch: tag }))) return false;
    // a versioned bucket keeps the stale holder's versions: garbage now that this run holds the key
    if (this.version) await this.dropOtherVersions();
    return true;
  }
  private async dropOtherVersions(): Promise<void> {
    let keyMarker: string | undefined;
    let versionMarker: string | undefined;
    do {
      const r = await this.client.send(
        new ListObjectVersionsCommand({ Bucket: this.bucket, Prefix: this.key, KeyMarker: keyMarker, VersionIdMarker: versionMarker }),
      );
      for (const v of [...(r.Versions ?? []), ...(r.DeleteMarkers ?? [])])
        if (v.Key === this.key && v.VersionId !== this.version) await this.deleteVersion(v.VersionId!);
      keyMarker = r.IsTruncated ? r.NextKeyMarker : undefined;
      versionMarker = r.IsTruncated ? r.NextVersionIdMarker : undefined;
    } while (keyMarker);
  }
  async heartbeat(_ours: string, text: string): Promise<string | undefined> {
    if (!this.etag) return undefined;
    return (await this.put(text, { IfMatch: this.etag })) ? text : undefined;
  }
  async release(ours: string): Promise<boolean> {
    const now = await this.read();
    if (!now || now.text !== ours) return false;
    if (this.version) {
      // the version this run wrote, by id: a version another run wrote since stays
      await this.deleteVersion(this.version);
      return true;
    }
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.key, IfMatch: now.tag }));
    } catch (e) {
      if (lostCondition(e)) return false;
      // a server without conditional deletes (501): the plain delete, right after the read showed it ours
      if (s3Status(e) !== 501) throw e;
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.key }));
    }
    return true;
  }
}

export class S3Store implements Store {
  private readonly bucket: string;
  private readonly prefix: string;
  constructor(
    readonly where: string,
    private readonly client: S3Client,
    private readonly logger: Logger = createLogger(PLUGIN),
  ) {
    const m = /^s3:\/\/([^/]+)\/?(.*)$/.exec(where);
    if (!m) throw new Error(`root ${where} is not s3://bucket/prefix`);
    this.bucket = m[1]!;
    this.prefix = m[2]!.replace(/\/?$/, m[2] ? '/' : '');
  }
  private key(rel: string): string {
    return this.prefix + rel;
  }
  async stage(localFile: string, rel: string): Promise<void> {
    const { size } = await stat(localFile);
    const key = this.key(stagedName(rel));
    // one PutObject: the object exists only once the upload completed (S3 never shows a partial object); each attempt
    // reads the file afresh
    for (let n = 1; ; n++) {
      try {
        await this.client.send(
          new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: createReadStream(localFile), ContentLength: size }),
        );
        break;
      } catch (e) {
        if (!retryableS3(e) || n > UPLOAD_RETRY.retries) {
          if (retryableS3(e))
            (e as Error).message = `uploading s3://${this.bucket}/${key}: ${(e as Error).message} (gave up after ${n} attempts)`;
          throw e;
        }
        const retryAfter = (e as { $response?: { headers?: Record<string, string> } }).$response?.headers?.['retry-after'];
        const wait = backoffMs(UPLOAD_RETRY, n, retryAfter);
        this.logger.warn(
          `uploading s3://${this.bucket}/${key}: ${(e as { name?: string }).name ?? 'Error'} ${(e as Error).message}; retry ${n}/${UPLOAD_RETRY.retries} in ${wait} ms`,
        );
        await new Promise((r) => setTimeout(r, wait));
      }
    }
    await unlink(localFile);
  }
  async promote(rel: string): Promise<void> {
    const from = this.key(stagedName(rel));
    await this.client.send(
      new CopyObjectCommand({
        Bucket: this.bucket,
        Key: this.key(rel),
        CopySource: `${this.bucket}/${from.split('/').map(encodeURIComponent).join('/')}`,
      }),
    );
    await this.remove(stagedName(rel));
  }
  async putText(rel: string, text: string): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: this.key(rel), Body: text, ContentType: 'application/json' }));
  }
  async readText(rel: string): Promise<string | undefined> {
    try {
      const r = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.key(rel) }));
      return await r.Body!.transformToString('utf8');
    } catch (e) {
      if ((e as { name?: string }).name === 'NoSuchKey') return undefined;
      throw e;
    }
  }
  async list(prefix: string): Promise<string[]> {
    const out: string[] = [];
    let token: string | undefined;
    do {
      const r = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: this.key(prefix), ...(token ? { ContinuationToken: token } : {}) }),
      );
      for (const o of r.Contents ?? []) out.push(o.Key!.slice(this.prefix.length));
      token = r.IsTruncated ? r.NextContinuationToken : undefined;
    } while (token);
    return out.sort();
  }
  async exists(rel: string): Promise<boolean> {
    return (await this.list(rel)).includes(rel);
  }
  lockFile(rel: string): LockFile {
    return new S3LockFile(this.client, this.bucket, this.key(rel));
  }
  /**
   * Removed for good: on a versioned bucket (the Indici buckets are; a ministry's may be) a plain delete only adds a
   * delete marker and the data stays as a noncurrent version, so every version and marker of the key is deleted.
   * A bucket under Object Lock refuses that, and the error says so.
   */
  async remove(rel: string): Promise<void> {
    const key = this.key(rel);
    let keyMarker: string | undefined;
    let versionMarker: string | undefined;
    let any = false;
    do {
      const r = await this.client.send(
        new ListObjectVersionsCommand({ Bucket: this.bucket, Prefix: key, KeyMarker: keyMarker, VersionIdMarker: versionMarker }),
      );
      for (const v of [...(r.Versions ?? []), ...(r.DeleteMarkers ?? [])]) {
        if (v.Key !== key) continue;
        any = true;
        await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key, VersionId: v.VersionId }));
      }
      keyMarker = r.IsTruncated ? r.NextKeyMarker : undefined;
      versionMarker = r.IsTruncated ? r.NextVersionIdMarker : undefined;
    } while (keyMarker);
    if (!any) await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}
