// Exactly-once under a look-back: each run re-reads from `bookmark − lookback_seconds` (a late commit can
// carry an instant before the bookmark), and skips the versions an earlier run already sent. The memo keeps
// the key (resource id + versionId, or `d:` + id + version for a deletion) of everything sent at or after
// the next run's look-back start, with its instant; older keys are dropped, as the next run cannot see them.

import { compareInstants } from './time.js';

type Memo = { seen?: Record<string, string>; at?: string; keys?: string[] };

export class SeenWindow {
  private readonly previous = new Map<string, string>();
  private readonly current = new Map<string, string>();

  constructor(memo: unknown) {
    const m = (memo ?? {}) as Memo;
    for (const [k, at] of Object.entries(m.seen ?? {})) this.previous.set(k, at);
    // the memo of earlier versions: the keys sent at the newest instant
    if (m.at) for (const k of m.keys ?? []) this.previous.set(k, m.at);
  }

  /**
   * Whether `key` was already sent (by an earlier run, or earlier in this one); records it either way. `at`
   * is its instant, or '' when only the server knows it (kept while the server still returns the entry).
   */
  seen(key: string, at: string): boolean {
    const dup = this.previous.has(key) || this.current.has(key);
    this.current.set(key, at);
    return dup;
  }

  /** The memo for the next run, whose look-back starts at `horizon`. */
  memo(horizon: string | undefined): Memo {
    const seen: Record<string, string> = {};
    const keep = (k: string, at: string) => {
      if (horizon === undefined || (at !== '' && compareInstants(at, horizon) >= 0)) seen[k] = at;
    };
    for (const [k, at] of this.previous) keep(k, at);
    for (const [k, at] of this.current) {
      if (at === '') seen[k] = at;
      else keep(k, at);
    }
    return { seen };
  }
}
