// Where finished files go: a local folder or an S3 prefix, behind the few operations the commit protocol needs.
// A file is staged under a hidden temporary name beside its final one (durable: fsync, or a completed upload),
// and promoted to its final name only after the batch's manifest is durable (rename, or server-side copy).
import { createReadStream } from 'node:fs';
import { copyFile, link, mkdir, open, readdir, readFile, rename, rm, rmdir, stat, unlink, utimes } from 'node:fs/promises';
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
  /** The run lock's file or object at `rel` (lock.ts): the few conditional operations a lock needs. */
  lockFile(rel: string): LockFile;
}

/** A lock file's content as read, with what identifies this version of it and when it was last written or touched. */
export interface LockRead {
  text: string;
  /** local: the content itself; S3: the ETag */
  tag: string;
  modified: Date;
}

/**
 * The primitives of a run lock (lock.ts decides who holds it). Each write is conditional, so two runs cannot both
 * believe they hold it: create only where nothing is, replace only the version that was read.
 */
export interface LockFile {
  /** for messages: the file's path or the object's s3:// URL */
  readonly where: string;
  /** Create it with `text` unless it exists (false then). */
  create(text: string): Promise<boolean>;
  read(): Promise<LockRead | undefined>;
  /** Replace the version `tag` (a stale holder's) by `text`; false when it changed or went meanwhile. */
  replace(tag: string, text: string): Promise<boolean>;
  /**
   * Refresh the holder's heartbeat (`ours`: the content now, `text`: with its new time): resolves to the content the
   * lock holds after it, or undefined when it is no longer ours.
   */
  heartbeat(ours: string, text: string): Promise<string | undefined>;
  /** Remove it if it is still ours (`ours`: the content this run last wrote); false when it was not. */
  release(ours: string): Promise<boolean>;
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
  lockFile(rel: string): LockFile {
    return new LocalLockFile(this.abs(rel));
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

const errCode = (e: unknown) => (e as NodeJS.ErrnoException).code;

/**
 * A local lock file: created with O_EXCL (`wx`), so of two runs creating it one gets EEXIST. Its content never
 * changes (a torn rewrite could be read half-written); the heartbeat is its mtime.
 */
class LocalLockFile implements LockFile {
  constructor(readonly where: string) {}
  async create(text: string): Promise<boolean> {
    await mkdir(dirname(this.where), { recursive: true });
    let fh;
    try {
      fh = await open(this.where, 'wx');
    } catch (e) {
      if (errCode(e) === 'EEXIST') return false;
      throw e;
    }
    try {
      await fh.writeFile(text);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fsyncPath(dirname(this.where), true);
    return true;
  }
  async read(): Promise<LockRead | undefined> {
    try {
      const text = await readFile(this.where, 'utf8');
      const { mtime } = await stat(this.where);
      return { text, tag: text, modified: mtime };
    } catch (e) {
      if (errCode(e) === 'ENOENT') return undefined;
      throw e;
    }
  }
  /**
   * Take over a stale lock: move it aside (rename is atomic: of two runs taking over, one moves it and the other
   * finds nothing, or the winner's new lock), check that what was moved is the stale one read, then create ours
   * with O_EXCL. A live lock moved aside by mistake (the other run took over first) is put back with link(), which
   * fails rather than overwrite a lock created meanwhile.
   */
  async replace(tag: string, text: string): Promise<boolean> {
    const aside = `${this.where}.takeover-${process.pid}-${Date.now()}`;
    try {
      await rename(this.where, aside);
    } catch (e) {
      if (errCode(e) === 'ENOENT') return this.create(text);
      throw e;
    }
    const moved = await readFile(aside, 'utf8');
    if (moved !== tag) {
      try {
        await link(aside, this.where);
      } catch (e) {
        if (errCode(e) !== 'EEXIST') throw e;
        // a third run created one in the moment it was away: the run moved aside finds its lock gone at its next
        // check (lock.ts verify) and stops; this one stops here
        throw new Error(`lock ${this.where}: three runs contended for a stale lock at once; this one stops, rerun it later`, {
          cause: e,
        });
      } finally {
        await unlink(aside);
      }
      return false;
    }
    await unlink(aside);
    return this.create(text);
  }
  async heartbeat(ours: string): Promise<string | undefined> {
    if ((await this.read())?.text !== ours) return undefined;
    const now = new Date();
    await utimes(this.where, now, now);
    return ours;
  }
  async release(ours: string): Promise<boolean> {
    if ((await this.read())?.text !== ours) return false;
    await unlink(this.where);
    return true;
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
