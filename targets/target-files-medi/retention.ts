// Retention: per zone, whole date partitions older than the zone's retention_days are removed, each one logged.
// A partition holding a staged file (a batch not yet committed, or one a crash left) is not touched, nor one holding
// a file written within those days: a backfill's old dates (or a late record) stay their full term after delivery,
// not removed by the very run that delivered them.
import type { Logger } from '../../kit/singer/log.js';
import { isStaged, type Store } from './store.js';

const PARTITION = /^(.+\/[^/=]+_date=(\d{4}-\d{2}-\d{2}))\/[^/]+$/;
/** The UTC day a file was written, from its name: part-<the writing run's start, YYYYMMDDTHHMMSS…Z>-… (loader.ts). */
const WRITTEN = /\/\.?part-(\d{4})(\d{2})(\d{2})T\d{6}/;
const writtenOn = (key: string) => {
  const m = WRITTEN.exec(key);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
};

export async function applyRetention(store: Store, days: Record<string, number>, now: Date, logger: Logger): Promise<number> {
  let removed = 0;
  for (const [zone, keep] of Object.entries(days)) {
    if (typeof keep !== 'number' || !Number.isInteger(keep) || keep < 0) {
      logger.warn(`retention_days for zone "${zone}" is not a whole number of days; retention skipped for it`);
      continue;
    }
    const cutoff = new Date(now.getTime() - keep * 86_400_000).toISOString().slice(0, 10);
    const partitions = new Map<string, { date: string; files: string[] }>();
    for (const key of await store.list(`${zone}/`)) {
      const m = PARTITION.exec(key);
      if (!m) continue;
      const p = partitions.get(m[1]!) ?? { date: m[2]!, files: [] };
      p.files.push(key);
      partitions.set(m[1]!, p);
    }
    for (const [dir, p] of partitions) {
      if (p.date >= cutoff) continue;
      if (p.files.some(isStaged)) {
        logger.warn(`retention: ${dir} is older than ${keep} days but holds a file of an unfinished batch; left in place`);
        continue;
      }
      const recent = p.files.find((f) => (writtenOn(f) ?? '') >= cutoff);
      if (recent) {
        logger.info(`retention: ${dir} is dated more than ${keep} days ago but ${recent} was written since; kept until it is as old`);
        continue;
      }
      for (const f of p.files) await store.remove(f);
      removed++;
      logger.info(`retention: removed partition ${dir} (${p.files.length} files, older than ${keep} days in zone ${zone})`);
    }
  }
  return removed;
}
