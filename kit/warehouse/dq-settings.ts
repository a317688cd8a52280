// The data-quality step's two settings, declared on the dbt-postgres utility in meltano.yml (dq_reject_rate_max,
// dq_on_fail) and read here from the variables Meltano exports them as: each stream's reject-rate threshold, and
// whether a stream over it fails the job or is only alerted.
import { contractPath, REJECT_RATE_MAX, streamName, type Contract } from '../contracts/contract.js';

export const REJECT_RATE_ENV = 'MEDI_DQ_REJECT_RATE_MAX';
export const ON_FAIL_ENV = 'MEDI_DQ_ON_FAIL';

export type OnFail = 'fail' | 'alert';

export interface RejectThreshold {
  max: number;
  /** where `max` came from, for the check's details: the setting, the contract file, or the default */
  from: string;
}

export interface DqSettings {
  onFail: OnFail;
  rejectRateMax(c: Contract): RejectThreshold;
}

export class DqSettingError extends Error {
  override name = 'DqSettingError';
  constructor(
    readonly setting: string,
    readonly value: string,
    reason: string,
  ) {
    super(`${setting}=${JSON.stringify(value)}: ${reason}`);
  }
}

/** A share written `0.02` or `2%`, within 0..1. */
function share(value: string, whole: string): number {
  const m = /^(\d+(?:\.\d+)?|\.\d+)(%?)$/.exec(value.trim());
  const n = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
  if (!(n >= 0 && n <= 1)) {
    throw new DqSettingError(REJECT_RATE_ENV, whole, `"${value.trim()}" is not a share between 0 and 1 (e.g. 0.02 or 2%)`);
  }
  return n;
}

/**
 * Read the settings from `env`. MEDI_DQ_REJECT_RATE_MAX: a share for every stream and/or `stream=share` entries,
 * comma-separated (`1%,indici_appointments=5%`); a stream's own entry wins, then the bare share, then the contract's
 * `reject_rate_max`, then REJECT_RATE_MAX. MEDI_DQ_ON_FAIL: `fail` (default) or `alert`. Empty means unset.
 */
export function dqSettings(contracts: Contract[], env: NodeJS.ProcessEnv = process.env): DqSettings {
  const onFail = (env[ON_FAIL_ENV] ?? '').trim() || 'fail';
  if (onFail !== 'fail' && onFail !== 'alert') throw new DqSettingError(ON_FAIL_ENV, onFail, 'must be fail or alert');
  const raw = (env[REJECT_RATE_ENV] ?? '').trim();
  let all: number | undefined;
  const perStream = new Map<string, number>();
  for (const entry of raw ? raw.split(',') : []) {
    const eq = entry.indexOf('=');
    if (eq < 0) {
      if (all !== undefined) throw new DqSettingError(REJECT_RATE_ENV, raw, 'more than one share for every stream');
      all = share(entry, raw);
      continue;
    }
    const stream = entry.slice(0, eq).trim();
    if (!contracts.some((c) => streamName(c) === stream)) {
      throw new DqSettingError(
        REJECT_RATE_ENV,
        raw,
        `names stream "${stream}", which no contract declares (streams are named <source>_<stream>, e.g. indici_appointments)`,
      );
    }
    perStream.set(stream, share(entry.slice(eq + 1), raw));
  }
  return {
    onFail,
    rejectRateMax(c) {
      const own = perStream.get(streamName(c));
      if (own !== undefined) return { max: own, from: `${REJECT_RATE_ENV} (${streamName(c)})` };
      if (all !== undefined) return { max: all, from: REJECT_RATE_ENV };
      if (c.reject_rate_max !== undefined) return { max: c.reject_rate_max, from: contractPath(c) };
      return { max: REJECT_RATE_MAX, from: 'contract default' };
    },
  };
}
