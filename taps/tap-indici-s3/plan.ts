// Which objects a run reads: every object version under the prefix is considered and gets a decision
// (read, or skipped with a reason), so the inventory shows why each file was or was not loaded.
import { parseFileName, FileNameError, type ExtractFileName } from './file-name.js';
import type { ObjectVersion } from './s3.js';
import type { IndiciConfig } from './settings.js';

export interface PlannedFile extends ObjectVersion {
  name?: ExtractFileName;
  kind?: 'full' | 'delta';
  decision: 'read' | 'skipped';
  reason: string;
  /** the `reprocess` request (from config) that names this object version */
  reprocess?: string;
  /** skipped because no contract can read it (a name that does not parse, an unknown extract type) */
  unreadable?: boolean;
}

/** The loader's heuristic (the supplier states none): a window of 24 hours or more is a full load. */
function kindOf(n: ExtractFileName): 'full' | 'delta' {
  const t = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(4, 6) - 1, +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12));
  return t(n.dateTo) - t(n.dateFrom) >= 24 * 3600_000 ? 'full' : 'delta';
}

/** The reprocess request (from config) that names this object version, if any: `key` or `key@versionId`. */
function reprocessRequest(
  cfg: Pick<IndiciConfig, 'reprocess'>,
  v: Pick<ObjectVersion, 'key' | 'versionId' | 'isLatest'>,
): string | undefined {
  return (cfg.reprocess ?? []).find((r) => r === `${v.key}@${v.versionId}` || (r === v.key && v.isLatest));
}

export function plan(versions: ObjectVersion[], cfg: IndiciConfig, tokens: Set<string>): PlannedFile[] {
  const files: PlannedFile[] = versions.map((v) => {
    const requested = reprocessRequest(cfg, v);
    if (!v.isLatest && !requested) return { ...v, decision: 'skipped', reason: 'superseded by a newer version of the same key' };
    let name: ExtractFileName;
    try {
      name = parseFileName(v.key, { perOrg: cfg.name_widths.per_org, practice: cfg.name_widths.practice });
    } catch (e) {
      return { ...v, decision: 'skipped', reason: e instanceof FileNameError ? e.message : String(e), unreadable: true };
    }
    const kind = kindOf(name);
    const base = { ...v, name, kind };
    const flags = cfg.extract_flags[name.token] ?? {};
    if (!tokens.has(name.token)) {
      const near = [...tokens].find((t) => t.toLowerCase() === name.token.toLowerCase());
      return {
        ...base,
        decision: 'skipped',
        reason: `extract type ${name.token} has no contract${near ? ` (tokens are case-sensitive: did the supplier mean ${near}?)` : ''}`,
        unreadable: true,
      };
    }
    if (flags.enabled === false) return { ...base, decision: 'skipped', reason: `extract type ${name.token} disabled by extract_flags` };
    if (flags[kind] === false) return { ...base, decision: 'skipped', reason: `${kind} loads of ${name.token} disabled by extract_flags` };
    if (cfg.per_org_ids.length && !cfg.per_org_ids.includes(name.perOrgId))
      return { ...base, decision: 'skipped', reason: `PerOrgID ${name.perOrgId} not selected` };
    if (cfg.practice_ids.length && !cfg.practice_ids.includes(name.practiceId))
      return { ...base, decision: 'skipped', reason: `PracticeID ${name.practiceId} not selected` };
    if (requested) return { ...base, decision: 'read', reason: `reprocess requested (${requested})`, reprocess: requested };
    if (cfg.mode === 'backfill') {
      if (cfg.backfill_from && name.dateExtracted < cfg.backfill_from)
        return { ...base, decision: 'skipped', reason: `before backfill_from ${cfg.backfill_from}` };
      if (cfg.backfill_to && name.dateExtracted > cfg.backfill_to)
        return { ...base, decision: 'skipped', reason: `after backfill_to ${cfg.backfill_to}` };
      if (cfg.backfill_prefix && !v.key.startsWith(cfg.backfill_prefix))
        return { ...base, decision: 'skipped', reason: `outside backfill_prefix ${cfg.backfill_prefix}` };
    }
    return {
      ...base,
      decision: 'read',
      reason: cfg.mode === 'backfill' ? 'in backfill range' : cfg.mode === 'latest' ? 'newest batch' : 'every batch, oldest first',
    };
  });
  if (cfg.mode === 'latest') {
    // newest DateExtracted per extract type (and organisation/practice)
    const newest = new Map<string, string>();
    for (const f of files)
      if (f.decision === 'read' && f.name && !f.reprocess) {
        const g = `${f.name.perOrgId}/${f.name.practiceId}/${f.name.token}`;
        if ((newest.get(g) ?? '') < f.name.dateExtracted) newest.set(g, f.name.dateExtracted);
      }
    for (const f of files)
      if (
        f.decision === 'read' &&
        f.name &&
        !f.reprocess &&
        newest.get(`${f.name.perOrgId}/${f.name.practiceId}/${f.name.token}`) !== f.name.dateExtracted
      ) {
        f.decision = 'skipped';
        f.reason = `older batch than ${newest.get(`${f.name.perOrgId}/${f.name.practiceId}/${f.name.token}`)} (mode latest)`;
      }
  }
  // oldest batch first, so SCD history and upserts see versions in order; then key for determinism
  return files.sort(
    (a, b) =>
      (a.name?.dateExtracted ?? '').localeCompare(b.name?.dateExtracted ?? '') ||
      a.key.localeCompare(b.key) ||
      a.versionId.localeCompare(b.versionId),
  );
}
