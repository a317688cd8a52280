// Retention: per zone, whole date partitions older than the zone's retention_days are removed, each one logged.
// A partition holding a staged file (a batch not yet committed, or one a crash left) is not touched.
import type { Logger } from '../../kit/singer/log.js';
import { isStaged, type Store } from './store.js';

const PARTITION = /^(.+\/[^/=]+_date=(\d{4}-\d{2}-\d{2}))\/[^/]+$/;

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
      for (const f of p.files) await store.remove(f);
      removed++;
      logger.info(`retention: removed partition ${dir} (${p.files.length} files, older than ${keep} days in zone ${zone})`);
    }
  }
  return removed;
}
