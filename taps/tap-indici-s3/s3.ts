// S3 access for the Indici feed: list object versions (a versioned bucket keeps every delivery) and
// stream an object version's bytes. Credentials come from the standard AWS chain and are never logged.
import { requireCjs } from '../../kit/cjs.js';
import type * as S3Sdk from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { IndiciConfig } from './settings.js';
import { emitMetric } from '../../kit/singer/log.js';
import { LeanHttpHandler } from '../../kit/http/lean-handler.js';

// CommonJS by require, not import (kit/cjs.ts: start-up time)
const { S3Client, ListObjectVersionsCommand, ListObjectsV2Command, GetObjectCommand, HeadBucketCommand } = requireCjs(
  '@aws-sdk/client-s3',
) as typeof S3Sdk;
type S3Client = S3Sdk.S3Client;

export interface ObjectVersion {
  key: string;
  versionId: string;
  isLatest: boolean;
  size: number;
  etag: string;
  lastModified: string;
}

export function s3Client(cfg: IndiciConfig): S3Client {
  const client = new S3Client({
    region: cfg.region,
    ...(cfg.endpoint_url ? { endpoint: cfg.endpoint_url, forcePathStyle: true } : {}),
    maxAttempts: 5,
    // objects of a few GB: read off the socket into one reused buffer (the SDK's default handler costs several
    // times the CPU to receive them, on the path before the first row can go out)
    requestHandler: new LeanHttpHandler(),
  });
  // singer-sdk style http_request_duration for every S3 call (time to response headers, body excluded)
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const t0 = Date.now();
      let status: number | undefined;
      try {
        const out = await next(args);
        status = (out.response as { statusCode?: number }).statusCode;
        return out;
      } catch (e) {
        status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
        throw e;
      } finally {
        emitMetric({
          type: 'timer',
          metric: 'http_request_duration',
          value: (Date.now() - t0) / 1000,
          tags: {
            endpoint: context.commandName ?? 'S3',
            http_status_code: status ?? null,
            status: status && status < 400 ? 'succeeded' : 'failed',
          },
        });
      }
    },
    { step: 'deserialize', name: 'mediHttpRequestDuration' },
  );
  // A body stream may fail before anyone reads it (a second read opened early waits while the first is hashed), and
  // the SDK hands on its own stream, not the handler's: a ChecksumStream when S3 sends a checksum (it does for every
  // object stored since 2025). With no 'error' listener a dropped connection would end the process; heard here, the
  // error still reaches the reader (a read of a failed stream rejects with it), which resumes by Range.
  client.middlewareStack.add(
    (next) => async (args) => {
      const out = await next(args);
      const body = (out.output as { Body?: unknown }).Body;
      if (body instanceof Readable) body.on('error', () => undefined);
      return out;
    },
    { step: 'initialize', name: 'mediBodyErrorHeard', priority: 'high' },
  );
  return client;
}

export class S3AccessError extends Error {
  override name = 'S3AccessError';
}

function wrap(what: string, e: unknown): S3AccessError {
  const err = e as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const status = err.$metadata?.httpStatusCode;
  // HEAD replies carry no body: the SDK then says "NotFound … UnknownError" / "Forbidden … UnknownError"
  const meaning =
    err.name === 'NoSuchBucket' || (status === 404 && err.name === 'NotFound')
      ? 'no such bucket (or not visible to these credentials)'
      : status === 403 && err.message === 'UnknownError'
        ? 'access denied to these credentials'
        : (err.message ?? '');
  return new S3AccessError(`${what}: ${err.name ?? 'Error'}${status ? ` (HTTP ${status})` : ''}: ${meaning}`, {
    cause: e,
  });
}

/** The bucket itself is missing: nothing else about the listing is worth saying. */
export function isMissingBucket(e: unknown): boolean {
  const cause = (e as { cause?: { name?: string } }).cause;
  return cause?.name === 'NoSuchBucket';
}

export async function checkBucket(client: S3Client, bucket: string): Promise<void> {
  try {
    await client.send(new HeadBucketCommand({ Bucket: bucket }));
  } catch (e) {
    throw wrap(`bucket ${bucket}`, e);
  }
}

/** Every version of every object under the prefix (delete markers excluded), paginated. */
export async function listVersions(client: S3Client, bucket: string, prefix: string): Promise<ObjectVersion[]> {
  const out: ObjectVersion[] = [];
  let keyMarker: string | undefined;
  let versionMarker: string | undefined;
  try {
    for (;;) {
      const page = await client.send(
        new ListObjectVersionsCommand({ Bucket: bucket, Prefix: prefix, KeyMarker: keyMarker, VersionIdMarker: versionMarker }),
      );
      for (const v of page.Versions ?? []) {
        if (!v.Key) continue;
        out.push({
          key: v.Key,
          versionId: v.VersionId ?? 'null',
          isLatest: v.IsLatest ?? true,
          size: v.Size ?? 0,
          etag: (v.ETag ?? '').replace(/"/g, ''),
          lastModified: v.LastModified?.toISOString() ?? '',
        });
      }
      if (!page.IsTruncated) break;
      keyMarker = page.NextKeyMarker;
      versionMarker = page.NextVersionIdMarker;
    }
  } catch (e) {
    throw wrap(`listing s3://${bucket}/${prefix}`, e);
  }
  return out;
}

/**
 * A digest of the objects currently under the prefix (key, ETag, last-modified time, size of each), from
 * ListObjectsV2. Any upload, overwrite, delete or restore changes it. Much cheaper than the versions listing:
 * S3 lists only current objects (a bucket with years of noncurrent versions lists them all for
 * ListObjectVersions), and the S3 simulator here took 0.01 s against 1.9 s for one 378 MB object.
 */
export async function currentListingDigest(client: S3Client, bucket: string, prefix: string): Promise<string> {
  const hash = createHash('sha256');
  let token: string | undefined;
  try {
    for (;;) {
      const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
      for (const o of page.Contents ?? [])
        hash.update(`${o.Key}\t${(o.ETag ?? '').replace(/"/g, '')}\t${o.LastModified?.toISOString() ?? ''}\t${o.Size ?? 0}\n`);
      if (!page.IsTruncated || !page.NextContinuationToken) break;
      token = page.NextContinuationToken;
    }
  } catch (e) {
    throw wrap(`listing s3://${bucket}/${prefix} (current objects)`, e);
  }
  return hash.digest('hex');
}

export interface OpenedVersion {
  body: Readable;
  /** the ETag of what is being read (quotes removed) */
  etag: string;
}

/**
 * An object version's bytes (from byte `from` on, if given), by its version id, "null" too: S3 addresses the null
 * version (an object stored before versioning was enabled, or in a bucket never versioned) by versionId=null, where
 * a read without one gets whatever is current. `ifMatch` (an ETag) makes S3 refuse (412) if the object is no longer
 * that content: an overwrite of an object in a bucket whose versioning is suspended or off replaces the null version.
 */
export async function openVersion(
  client: S3Client,
  bucket: string,
  v: ObjectVersion,
  opts: { ifMatch?: string; from?: number } = {},
): Promise<OpenedVersion> {
  try {
    const res = await client.send(
      new GetObjectCommand({
        Bucket: bucket,
        Key: v.key,
        VersionId: v.versionId,
        ...(opts.ifMatch ? { IfMatch: `"${opts.ifMatch}"` } : {}),
        ...(opts.from ? { Range: `bytes=${opts.from}-` } : {}),
      }),
    );
    return { body: res.Body as Readable, etag: (res.ETag ?? '').replace(/"/g, '') };
  } catch (e) {
    if ((e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 412)
      throw new S3AccessError(
        `reading s3://${bucket}/${v.key} (version ${v.versionId}): overwritten since it was listed (ETag no longer ${opts.ifMatch}, HTTP 412): not read now; the next run lists and reads the new content`,
        { cause: e },
      );
    throw wrap(`reading s3://${bucket}/${v.key} (version ${v.versionId})`, e);
  }
}
