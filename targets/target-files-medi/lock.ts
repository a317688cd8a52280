// One run at a time per (root, zone, source): the run lock `<root>/<zone>/<source>/.lock`, taken before the start-up
// clean-up of a crashed run's staged files and held to the end of the run. Without it a second run's start-up would
// remove the first run's staged files as a crash's leftovers, and both would write manifests of the same folder.
// A hidden name: readers' globs (`*.parquet`, `part-*`) and retention (date partitions only) never see it.
import { randomUUID } from 'node:crypto';
import { readlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import type { Logger } from '../../kit/singer/log.js';
import type { LockFile, LockRead } from './store.js';

export const LOCK_NAME = '.lock';

/** What a lock says about its holder. */
export interface LockHolder {
  pid: number;
  host: string;
  /** the holder's PID namespace (Linux): a PID is checked only from the same host and namespace */
  pid_ns?: string;
  started_at: string;
  run_id: string;
  zone: string;
  source: string;
  /** S3: rewritten by each heartbeat (a local lock's heartbeat is its mtime) */
  heartbeat_at?: string;
}

export interface LockTimes {
  /** wait up to this long for a live holder to finish (0: refuse at once) */
  waitSeconds: number;
  /** the holder refreshes the lock this often */
  heartbeatSeconds: number;
  /** a lock not refreshed for longer is stale (its holder is gone) */
  staleSeconds: number;
}

export class LockHeldError extends Error {
  override name = 'LockHeldError';
}
export class LockLostError extends Error {
  override name = 'LockLostError';
}

function pidNamespace(): string | undefined {
  try {
    return readlinkSync('/proc/self/ns/pid');
  } catch {
    return undefined;
  }
}

/** True unless the process is known to be gone (EPERM: alive, another user's). */
function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const h = JSON.parse(text) as LockHolder;
    return h && typeof h === 'object' && typeof h.pid === 'number' && typeof h.host === 'string' ? h : undefined;
  } catch {
    return undefined;
  }
}

function describe(h: LockHolder | undefined): string {
  if (!h) return 'an unreadable lock (being written, or left half-written by a crash)';
  return `pid ${h.pid} on host ${h.host}, started ${h.started_at}, run ${h.run_id}`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class RunLock {
  private timer: NodeJS.Timeout | undefined;
  private beating: Promise<void> = Promise.resolve();
  private lastBeat = Date.now();
  private lost: string | undefined;
  private released = false;

  private constructor(
    private readonly file: LockFile,
    private holder: LockHolder,
    private text: string,
    private readonly times: LockTimes,
    private readonly logger: Logger,
  ) {}

  get where(): string {
    return this.file.where;
  }

  /**
   * Take the lock: create it; else take it over when stale (the holder's process on this host is gone, or its
   * heartbeat is older than staleSeconds); else wait up to waitSeconds for it, polling; else fail naming the lock,
   * its holder and what to do.
   */
  static async acquire(file: LockFile, where: { zone: string; source: string }, times: LockTimes, logger: Logger): Promise<RunLock> {
    const holder: LockHolder = {
      pid: process.pid,
      host: hostname(),
      ...(pidNamespace() ? { pid_ns: pidNamespace() } : {}),
      started_at: new Date().toISOString(),
      run_id: randomUUID(),
      zone: where.zone,
      source: where.source,
    };
    const deadline = Date.now() + times.waitSeconds * 1000;
    let waiting = false;
    for (;;) {
      holder.heartbeat_at = new Date().toISOString();
      const text = JSON.stringify(holder) + '\n';
      if (await file.create(text)) {
        if (waiting) logger.info(`lock ${file.where} taken after waiting for the run before`);
        return new RunLock(file, holder, text, times, logger).start();
      }
      const cur = await file.read();
      if (!cur) continue; // released between our create and read: create again
      const other = parseHolder(cur.text);
      const stale = RunLock.staleness(cur, other, holder, times);
      if (stale) {
        if (await file.replace(cur.tag, text)) {
          logger.warn(`lock ${file.where}: took over a stale lock of ${describe(other)}: ${stale}`);
          return new RunLock(file, holder, text, times, logger).start();
        }
        continue; // another run changed it first: look again
      }
      const left = deadline - Date.now();
      if (left <= 0)
        throw new LockHeldError(
          `another run of zone "${where.zone}" source "${where.source}" holds the lock ${file.where} (${describe(other)}); ` +
            `two runs at once would remove each other's staged files. Wait for it to finish, or set lock_wait_seconds to wait for it; ` +
            `if that run is gone (a holder on another host counts as gone once its lock is not refreshed for lock_stale_seconds, ${times.staleSeconds}), ` +
            `remove ${file.where} and rerun`,
        );
      if (!waiting) {
        logger.info(`lock ${file.where} is held by ${describe(other)}: waiting up to ${Math.ceil(left / 1000)} s (lock_wait_seconds)`);
        waiting = true;
      }
      await sleep(Math.min(1000, left));
    }
  }

  /** Why a lock is stale, or undefined while its holder may be alive. */
  private static staleness(cur: LockRead, other: LockHolder | undefined, me: LockHolder, times: LockTimes): string | undefined {
    if (other && other.host === me.host && other.pid_ns === me.pid_ns) {
      if (other.pid === me.pid) return `its pid is this process's own, so that run has ended`;
      return pidAlive(other.pid) ? undefined : `its process ${other.pid} on this host is gone`;
    }
    const age = (Date.now() - cur.modified.getTime()) / 1000;
    if (age > times.staleSeconds) return `not refreshed for ${Math.round(age)} s, more than lock_stale_seconds (${times.staleSeconds})`;
    return undefined;
  }

  private start(): this {
    this.timer = setInterval(() => {
      this.beating = this.beating.then(() => this.beat());
    }, this.times.heartbeatSeconds * 1000);
    this.timer.unref();
    return this;
  }

  private async beat(): Promise<void> {
    if (this.released || this.lost) return;
    const holder = { ...this.holder, heartbeat_at: new Date().toISOString() };
    const text = JSON.stringify(holder) + '\n';
    try {
      const now = await this.file.heartbeat(this.text, text);
      if (now !== undefined) {
        // an S3 lock now holds the new text; a local one keeps its content (its mtime moved)
        if (now === text) this.holder = holder;
        this.text = now;
        this.lastBeat = Date.now();
      } else {
        this.lost = `the lock ${this.file.where} was taken over or removed while this run held it`;
        this.logger.error(`${this.lost}: the run stops before its next commit`);
      }
    } catch (e) {
      this.logger.warn(`lock ${this.file.where}: heartbeat failed (${(e as Error).message}); retried in ${this.times.heartbeatSeconds} s`);
    }
  }

  /**
   * Throws when this run no longer holds the lock, read afresh (before the start-up clean-up, before staging a
   * batch's files and before its manifest, the commit point), or could not refresh it for lock_stale_seconds.
   */
  async verify(): Promise<void> {
    // after any heartbeat in flight (an S3 heartbeat changes the text), and before the next
    const check = this.beating.then(async () => {
      this.assertHeld();
      if ((await this.file.read())?.text !== this.text) {
        this.lost ??= `the lock ${this.file.where} was taken over or removed while this run held it`;
        this.assertHeld();
      }
    });
    this.beating = check.catch(() => undefined);
    await check;
  }

  /** Throws when this run knows it can no longer be sure it holds the lock. */
  assertHeld(): void {
    if (this.lost) throw new LockLostError(`${this.lost}; another run may be writing the same folder. Nothing more is committed`);
    const since = (Date.now() - this.lastBeat) / 1000;
    if (since > this.times.staleSeconds)
      throw new LockLostError(
        `the lock ${this.file.where} could not be refreshed for ${Math.round(since)} s (lock_stale_seconds ${this.times.staleSeconds}): ` +
          `another run may have taken it over. Nothing more is committed`,
      );
  }

  /** Stop the heartbeat and remove the lock if it is still ours. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    clearInterval(this.timer);
    await this.beating;
    let ours;
    try {
      ours = await this.file.release(this.text);
    } catch (e) {
      // the run's outcome stands (its files and states are out); the lock goes stale and the next run takes it over
      this.logger.warn(
        `lock ${this.file.where} could not be removed (${(e as Error).message}); the next run takes it over once it is stale`,
      );
      return;
    }
    if (ours) this.logger.info(`lock ${this.file.where} released`);
    else this.logger.warn(`lock ${this.file.where} was no longer this run's at the end (taken over or removed); left as it is`);
  }
}
