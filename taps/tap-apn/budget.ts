// The daily call budget. Each stream partition (stream × catalog) keeps in its memo the calls of its runs of the
// last 24 h as [hour, calls] pairs (`ledger`) and its last run's count (`last`). Before the first call the run adds
// up what the last 24 h used and what this run plans (each partition's last count, or first_run_call_estimate)
// and refuses to start when that exceeds daily_call_budget; the client stops a run that reaches the budget anyway.
import { readFileSync } from 'node:fs';
import { ConfigError } from '../../kit/singer/errors.js';

export interface CallMemo {
  ledger?: Array<[number, number]>;
  last?: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The ledger kept after a run: entries of the last 24 h plus this run's calls in the current hour. */
export function ledgerAfter(memo: CallMemo | undefined, calls: number, now = Date.now()): Array<[number, number]> {
  const hour = Math.floor(now / HOUR) * HOUR;
  const kept = (memo?.ledger ?? []).filter(([h]) => h > now - DAY);
  const same = kept.find(([h]) => h === hour);
  if (same) same[1] += calls;
  else if (calls) kept.push([hour, calls]);
  return kept;
}

/** Every partition memo of a Singer state (root and partitioned bookmarks). */
function memos(state: unknown): CallMemo[] {
  const bookmarks = (state as { bookmarks?: Record<string, any> } | undefined)?.bookmarks ?? {};
  const out: CallMemo[] = [];
  for (const bm of Object.values(bookmarks)) {
    if (bm?.memo) out.push(bm.memo as CallMemo);
    for (const p of bm?.partitions ?? []) if (p?.memo) out.push(p.memo as CallMemo);
  }
  return out;
}

export interface Plan {
  used: number;
  planned: number;
  allowance: number;
}

/**
 * The calls this run may make (budget less the last 24 h), after checking that its plan fits. `partitions` is the
 * number of stream × catalog partitions the run will read; those without an earlier run count first_run_call_estimate.
 */
export function planCalls(state: unknown, partitions: number, budget: number, firstRunEstimate: number, now = Date.now()): Plan {
  const list = memos(state);
  const used = list.reduce((n, m) => n + (m.ledger ?? []).filter(([h]) => h > now - DAY).reduce((k, [, c]) => k + c, 0), 0);
  const measured = list.filter((m) => typeof m.last === 'number');
  const planned = measured.reduce((n, m) => n + m.last!, 0) + Math.max(0, partitions - measured.length) * firstRunEstimate;
  if (used + planned > budget) {
    throw new ConfigError(
      `refusing to start: this run plans about ${planned} Partner Central calls and ${used} were made in the last 24 h; ` +
        `together ${used + planned} exceed daily_call_budget ${budget}. Raise daily_call_budget (the account quota is 100,000 reads a day) or run later.`,
    );
  }
  return { used, planned, allowance: budget - used };
}

/** The state file a run was given (`--state FILE`), read before the kit reads it, for the plan. */
export function stateFromArgv(argv: string[]): unknown {
  const i = argv.indexOf('--state');
  if (i < 0 || !argv[i + 1]) return undefined;
  try {
    return JSON.parse(readFileSync(argv[i + 1]!, 'utf8'));
  } catch (e) {
    throw new ConfigError(`cannot read state ${argv[i + 1]}: ${(e as Error).message}`);
  }
}
