// Where finished files go: a local folder or an S3 prefix, behind the few operations the commit protocol needs.
// A file is staged under a hidden temporary name beside its final one (durable: fsync, or a completed upload),
// and promoted to its final name only after the batch's manifest is durable (rename, or server-side copy).
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, open, readdir, readFile, rename, rm, rmdir, stat, unlink } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';

export interface Store {
  /** for messages: the root as the user gave it */
  readonly where: string;
  /** Make a finished local file durable under `rel`'s staged (temporary) name. */
  stage(localFile: string, rel: string): Promise<void>;
  /** Give a staged file its final name. */
  promote(rel: string): Promise<void>;
  /** Write a small text file so it appears whole or not at all. */
  putText(rel: string, text: string): Promise<void>;
  readText(rel: string): Promise<string | undefined>;
  /** Every file under `prefix` (relative keys, '/'-separated). */
  list(prefix: string): Promise<string[]>;
  exists(rel: string): Promise<boolean>;
  remove(rel: string): Promise<void>;
}

/** `dir/part-1.parquet` → `dir/.part-1.parquet.tmp`: hidden from readers' globs, and recognisable after a crash. */
export function stagedName(rel: string): string {
  return posix.join(posix.dirname(rel), `.${posix.basename(rel)}.tmp`);
}
export function isStaged(rel: string): boolean {
  const base = posix.basename(rel);
  return base.startsWith('.') && base.endsWith('.tmp');
}
export function finalName(staged: string): string {
  return posix.join(posix.dirname(staged), posix.basename(staged).slice(1, -'.tmp'.length));
}

async function fsyncPath(path: string, dir = false): Promise<void> {
  const fh = await open(path, dir ? 'r' : 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

export class LocalStore implements Store {
  constructor(private readonly root: string) {}
  get where(): string {
    return this.root;
  }
  private abs(rel: string): string {
    return join(this.root, ...rel.split('/'));
  }
  /** mkdir -p, fsyncing each directory's parent that gained an entry, so the path survives a power cut. */
  private async ensureDir(dir: string): Promise<void> {
    const missing: string[] = [];
    for (let d = dir; ; d = dirname(d)) {
      try {
        await stat(d);
        break;
      } catch {
        missing.unshift(d);
        if (dirname(d) === d) break;
      }
    }
    if (!missing.length) return;
    await mkdir(dir, { recursive: true });
    for (const d of missing) await fsyncPath(dirname(d), true);
  }
  async stage(localFile: string, rel: string): Promise<void> {
    const target = this.abs(stagedName(rel));
    await this.ensureDir(dirname(target));
    try {
      await rename(localFile, target);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
      await copyFile(localFile, target);
      await unlink(localFile);
    }
    await fsyncPath(target);
    await fsyncPath(dirname(target), true);
  }
  async promote(rel: string): Promise<void> {
    await rename(this.abs(stagedName(rel)), this.abs(rel));
    await fsyncPath(dirname(this.abs(rel)), true);
  }
  async putText(rel: string, text: string): Promise<void> {
    const target = this.abs(rel);
    await this.ensureDir(dirname(target));
    const tmp = this.abs(stagedName(rel));
    const fh = await open(tmp, 'w');
    try {
      await fh.writeFile(text);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, target);
    await fsyncPath(dirname(target), true);
  }
  async readText(rel: string): Promise<string | undefined> {
    try {
      return await readFile(this.abs(rel), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  }
  async list(prefix: string): Promise<string[]> {
    const out: string[] = [];
    const walk = async (rel: string) => {
      let entries;
      try {
        entries = await readdir(this.abs(rel), { withFileTypes: true });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw e;
      }
      for (const e of entries) {
        const child = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) await walk(child);
        else out.push(child);
      }
    };
    await walk(prefix.replace(/\/$/, ''));
    return out.sort();
  }
  async exists(rel: string): Promise<boolean> {
    try {
      await stat(this.abs(rel));
      return true;
    } catch {
      return false;
    }
  }
  async remove(rel: string): Promise<void> {
    await rm(this.abs(rel), { force: true });
    // drop folders left empty, up to (not including) the root
    for (let d = dirname(this.abs(rel)); d.length > this.root.length && d.startsWith(this.root); d = dirname(d)) {
      try {
        await rmdir(d);
      } catch {
        break;
      }
    }
  }
}

/** SHA-256 (hex) and size of a local file. */
export async function fileDigest(path: string): Promise<{ sha256: string; bytes: number }> {
  const { createHash } = await import('node:crypto');
  const h = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    h.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: h.digest('hex'), bytes };
}
