// The rules: what an event means to each rule of the config, as notices to send. Rule state (failure
// streaks, de-duplication windows) lives in app.notify_state and is read and written on the caller's
// transaction, the same one that records the event as taken in, so a redelivered event never counts twice.
import type pg from 'pg';
import type { RuleConfig, Severity } from './config.js';
import { syncFacts, type StreamFacts, type SyncFacts } from './sync-facts.js';
import { ltr, type TemplateId } from './templates.js';
import { ruleState, type RuleState } from './state.js';

export interface Notice {
  rule: RuleConfig;
  template: TemplateId;
  severity: Severity;
  /** the severity quiet hours hold it by, when not its own (a recovery goes out as urgently as the alert it clears) */
  urgency?: Severity;
  /** what makes two notices "the same alert" for de-duplication; null: never de-duplicated */
  fingerprint: string | null;
  /** notices with the same group key, pending at once, go out as one message (quality alerts of one run) */
  group: string | null;
  values: Record<string, string | number>;
  /** grouped lines (quality checks), each in both languages */
  items: Array<{ en: string; ar: string }>;
}

export interface IncomingEvent {
  event_id: string;
  subject: string;
  data: Record<string, unknown>;
}

const pct = (share: number) => `${Number((share * 100).toFixed(2))} %`;
const list = (names: string[], max = 5) =>
  names.length > max ? `${names.slice(0, max).join(', ')} (+${names.length - max})` : names.join(', ');

function traceFor(f: SyncFacts): { trace: string; trace_ar: string } {
  const runId = f.load_run_id;
  const t = !runId
    ? // a tap that failed before its loader opened a run: its own log is all there is
      `medi-warehouse health; logs: grep ${f.extractor ?? f.plugin}`
    : f.streams.some((s) => s.files > 0)
      ? 'medi-warehouse health; select stream, status, rows_read, rows_rejected, error from etl.load_run_files ' +
        `where last_load_run_id = '${runId}'; logs: grep ${runId}`
      : `medi-warehouse health; select status, streams, error from etl.load_runs where load_run_id = '${runId}'; logs: grep ${runId}`;
  return { trace: t, trace_ar: ltr(t) };
}

function runValues(f: SyncFacts): Record<string, string | number> {
  // the job's extractor says which source it was (every load of ours is target-postgres-medi)
  const who = f.extractor ?? f.plugin;
  const id = f.load_run_id;
  const none_en = 'No load run: the extractor failed before anything was loaded.';
  const none_ar = 'لا توجد عملية تحميل: فشل المستخرج قبل تحميل أي بيانات.';
  return {
    plugin: who,
    plugin_ar: ltr(who),
    of_plugin: ` (${who})`,
    of_plugin_ar: ` (${ltr(who)})`,
    load_run_id: id || '(none)',
    load_run_id_ar: ltr(id || '-'),
    run_en: id ? `Load run ${id}.` : none_en,
    run_ar: id ? `عملية التحميل ${ltr(id)}.` : none_ar,
    latest_run_en: id ? `Latest load run ${id}.` : none_en,
    latest_run_ar: id ? `آخر عملية تحميل ${ltr(id)}.` : none_ar,
    ingested: f.ingested,
    rejected: f.rejected,
    anomalies: f.anomalies,
    error_en: f.error ? `Error: ${f.error.slice(0, 500)}` : '',
    error_ar: f.error ? `الخطأ: ${ltr(f.error.slice(0, 500))}` : '',
    ...traceFor(f),
  };
}

/** "<streams> (<job>)", without the job when the only name is the job's own (a failure that named no stream). */
function ofJob(values: Record<string, string | number>, names: string[]): Record<string, string | number> {
  return names.length === 1 && names[0] === values.plugin ? { of_plugin: '', of_plugin_ar: '' } : {};
}

function streamLines(streams: StreamFacts[]): { en: string; ar: string } {
  const en = streams.map(
    (s) =>
      `- ${s.stream}: ${s.failed ? `FAILED${s.failed_files ? ` (${s.failed_files} file(s))` : ''}; ` : ''}` +
      `${s.ingested} ingested, ${s.rejected} rejected${s.read ? ` (${pct(s.rejected / s.read)})` : ''}`,
  );
  const ar = streams.map(
    (s) =>
      `- ${ltr(s.stream)}: ${s.failed ? `فشل${s.failed_files ? ` (${s.failed_files} ملفات)` : ''}؛ ` : ''}` +
      `${s.ingested} مُدخلة، ${s.rejected} مرفوضة${s.read ? ` (${ltr(pct(s.rejected / s.read))})` : ''}`,
  );
  return { en: en.join('\n'), ar: ar.join('\n') };
}

/**
 * When a tap fails, its loader sees its input end, commits what came and announces a completed load: that
 * completion is the tail of the failed job (already announced by the tap), not a success. Each failure of an
 * extractor is remembered with when its tap began and failed; a completion is that job's tail when its loader
 * began with that tap (Meltano starts both together: within TAIL_START_S of the tap's start) and no later than
 * the failure. The next run of the job, however soon, began after the failure: a success, which ends the streak.
 * (A tap failure without its start, from an older tap: a completion that began before the failure.) Both times
 * are the ETL host's clock (the tap's and the loader's processes).
 */
const TAIL_START_S = 5;
async function tailOfFailedJob(e: IncomingEvent, client: pg.Client): Promise<boolean> {
  const extractor = typeof e.data.extractor === 'string' ? e.data.extractor : '';
  if (!extractor) return false;
  const state = ruleState(client, '~extractors');
  const time = (v: unknown) => (typeof v === 'string' ? Date.parse(v) : NaN);
  if (e.subject === 'etl.sync.failed') {
    const at = typeof e.data.emitted_at === 'string' ? e.data.emitted_at : new Date().toISOString();
    const prev = await state.get<{ failed_at: string; started_at?: string }>(extractor);
    // a tap's failure (no load run) is remembered; a loader's own failure is a failure of its own, not a tap's
    if (e.data.load_run_id == null && (!prev || Date.parse(prev.failed_at) < Date.parse(at))) {
      const started = typeof e.data.run_started_at === 'string' ? { started_at: e.data.run_started_at } : {};
      await state.set(extractor, { failed_at: at, ...started });
    }
    return false;
  }
  const started = time(e.data.run_started_at);
  if (!Number.isFinite(started)) return false;
  const prev = await state.get<{ failed_at: string; started_at?: string }>(extractor);
  if (prev === undefined) return false;
  const failedAt = Date.parse(prev.failed_at);
  const tapStarted = time(prev.started_at);
  if (!Number.isFinite(tapStarted)) return failedAt >= started;
  return started >= tapStarted - TAIL_START_S * 1000 && started <= failedAt + 1000;
}

/** Every notice the rules make of one event (before de-duplication). */
export async function evaluate(rules: RuleConfig[], e: IncomingEvent, client: pg.Client): Promise<Notice[]> {
  const out: Notice[] = [];
  const isSync = e.subject === 'etl.sync.completed' || e.subject === 'etl.sync.failed';
  if (isSync && (await tailOfFailedJob(e, client))) return [];
  let facts: SyncFacts | undefined;
  for (const rule of rules) {
    if (!rule.on.includes(e.subject)) continue;
    if (rule.plugins.length && isSync && !rule.plugins.includes(String(e.data.plugin)) && !rule.plugins.includes(String(e.data.extractor)))
      continue;
    const base = { rule, severity: rule.severity, group: null, items: [] };
    if (rule.kind === 'quality_alert') {
      out.push({ ...base, ...qualityAlert(e), template: 'quality_alert' });
      continue;
    }
    if (!isSync) continue;
    facts ??= await syncFacts(e.subject, e.data, client);
    const values = runValues(facts);
    if (rule.kind === 'summary') {
      const lines = streamLines(facts.streams);
      out.push({
        ...base,
        template: 'summary',
        // one summary per run and outcome: `medi-warehouse dq` publishes a run's event again when dbt is rebuilt
        fingerprint: facts.load_run_id ? `run:${facts.load_run_id}:${facts.failed ? 'failed' : 'completed'}` : null,
        values: {
          ...values,
          status_en: facts.failed ? 'FAILED' : 'completed',
          status_ar: facts.failed ? 'فشلت' : 'اكتملت',
          streams_en: lines.en,
          streams_ar: lines.ar,
        },
      });
    } else if (rule.kind === 'quarantine_rate') {
      const rows = facts.streams.length
        ? facts.streams
        : [
            {
              stream: facts.plugin,
              read: facts.ingested + facts.rejected,
              ingested: facts.ingested,
              rejected: facts.rejected,
              files: 0,
              failed_files: 0,
              failed: facts.failed,
            },
          ];
      const over = rows.filter((s) => s.read > 0 && s.rejected / s.read > rule.threshold);
      if (!over.length) continue;
      const lines = streamLines(over);
      const names = over.map((s) => s.stream);
      out.push({
        ...base,
        template: 'quarantine_rate',
        fingerprint: `quarantine:${names.join(',')}`,
        values: {
          ...values,
          threshold: pct(rule.threshold),
          streams_list: list(names),
          streams_list_ar: ltr(list(names)),
          streams_en: lines.en,
          streams_ar: lines.ar,
        },
      });
    } else if (rule.kind === 'consecutive_failures') {
      out.push(...(await streaks(rule, facts, values, ruleState(client, rule.name))));
    }
  }
  return out;
}

/** A stream's failure streak in app.notify_state. */
interface Streak {
  count: number;
  alerted: boolean;
  since: string;
  /** the load runs counted (the latest RUNS_KEPT): an event published again for a run does not count twice */
  runs?: string[];
  /** the alert's de-duplication fingerprint, cleared on recovery so the next streak alerts again */
  fingerprint?: string;
}
const RUNS_KEPT = 50;

/** Failure streaks per plugin and stream: one notice when streams reach the threshold, one when they recover. */
async function streaks(rule: RuleConfig, f: SyncFacts, values: Record<string, string | number>, state: RuleState): Promise<Notice[]> {
  // a stream's name is its source's (`<source>_<name>`): one streak whichever plugin reports it; a failure that
  // names no stream counts against the job's extractor (a tap that could not reach its source), else the plugin
  const whole = `*:${f.extractor ?? f.plugin}`;
  const keyOf = (stream: string) => (stream === '*' ? whole : stream);
  const failedStreams = f.failed ? (f.streams.some((s) => s.failed) ? f.streams.filter((s) => s.failed).map((s) => s.stream) : ['*']) : [];
  const okStreams = f.streams.filter((s) => !s.failed).map((s) => s.stream);
  // a load that failed before naming a stream counts against the plugin as a whole ('*'); any success clears it
  if (!f.failed) okStreams.push('*');
  // a failed run of a Meltano job also counts against the job itself, whichever plugin failed and on which
  // stream: a job whose tap fails one night (source down) and whose loader the next (a stream's data) has failed
  // twice in a row, not once on each of two streaks
  const failedKeys = failedStreams.map(keyOf);
  if (f.failed && f.extractor && !failedKeys.includes(whole)) failedKeys.push(whole);
  const reached = await countFailures(rule, f, failedKeys, state);
  const recovered: Array<{ stream: string; count: number }> = [];
  for (const s of okStreams) {
    const prev = await state.get<Streak>(keyOf(s));
    if (!prev) continue;
    if (prev.alerted) recovered.push({ stream: s, count: Number(prev.count) });
    // the streak is over: its alert is no longer "the same alert" as the next streak's, which must go out
    if (prev.fingerprint) await state.set(`dedup:${prev.fingerprint}`, null);
    await state.set(keyOf(s), null);
  }
  // before events named their extractor, a streamless failure of any job counted against the plugin (migration 0023
  // kept such streaks as `*:<plugin>`); completions now name the extractor, so a success of the plugin ends it
  const legacy = `*:${f.plugin}`;
  if (!f.failed && f.extractor && legacy !== whole) {
    const prev = await state.get<Streak>(legacy);
    if (prev) {
      if (prev.alerted) recovered.push({ stream: f.plugin, count: Number(prev.count) });
      if (prev.fingerprint) await state.set(`dedup:${prev.fingerprint}`, null);
      await state.set(legacy, null);
    }
  }
  const label = (names: string[]) => names.map((s) => (s === '*' ? (f.extractor ?? f.plugin) : s));
  const out: Notice[] = [];
  if (reached.length) {
    const streams = reached.map((k) => (k === whole ? '*' : k));
    const names = label(streams);
    const fingerprint = `streak:${reached.join(',')}`;
    for (const k of reached) await state.set(k, { ...(await state.get<Streak>(k)), fingerprint });
    out.push({
      rule,
      template: 'consecutive_failures',
      severity: rule.severity,
      group: null,
      items: [],
      fingerprint,
      values: { ...values, ...ofJob(values, names), count: rule.threshold, streams_list: list(names), streams_list_ar: ltr(list(names)) },
    });
  }
  if (recovered.length && rule.notify_recovery) {
    const names = label(recovered.map((r) => r.stream));
    out.push({
      rule,
      template: 'recovered',
      severity: 'info',
      // quiet hours hold it as they held (or did not hold) the alert it clears: "FAILING" at 23:00 and
      // "Recovered" at 07:00 would leave on call fixing what is already fixed
      urgency: rule.severity,
      group: null,
      items: [],
      fingerprint: null,
      values: {
        ...values,
        ...ofJob(values, names),
        count: Math.max(...recovered.map((r) => r.count)),
        streams_list: list(names),
        streams_list_ar: ltr(list(names)),
      },
    });
  }
  return out;
}

/** Count this load run against each failing stream key, once per run; the keys whose streak reached the threshold. */
async function countFailures(rule: RuleConfig, f: SyncFacts, keys: string[], state: RuleState): Promise<string[]> {
  const reached: string[] = [];
  for (const key of keys) {
    const prev = await state.get<Streak>(key);
    // a run's failure published again (a retried publish, `medi-warehouse dq` after a rebuild) is the same failure
    if (f.load_run_id && prev?.runs?.includes(f.load_run_id)) continue;
    const count = Number(prev?.count ?? 0) + 1;
    if (count === rule.threshold) reached.push(key);
    const runs = f.load_run_id ? [...(prev?.runs ?? []), f.load_run_id].slice(-RUNS_KEPT) : (prev?.runs ?? []);
    await state.set(key, {
      ...prev,
      count,
      alerted: Boolean(prev?.alerted) || count >= rule.threshold,
      since: prev?.since ?? f.load_run_id,
      runs,
    });
  }
  return reached;
}

function qualityAlert(e: IncomingEvent): Pick<Notice, 'fingerprint' | 'group' | 'values' | 'items'> {
  const d = e.data;
  const runId = String(d.load_run_id ?? '');
  const target = `${String(d.table_name ?? '?')}${d.column_name ? `.${String(d.column_name)}` : ''}`;
  const check = String(d.check_name ?? '?');
  const detail = d.details && typeof d.details === 'object' ? JSON.stringify(d.details).slice(0, 200) : '';
  const observed = `observed ${String(d.observed)}, threshold ${String(d.threshold)}`;
  const t = `select * from etl.dq_results where load_run_id = '${runId}' and not passed`;
  return {
    fingerprint: `dq:${target}:${check}`,
    group: `dq:${runId}`,
    values: {
      load_run_id: runId,
      load_run_id_ar: ltr(runId),
      load_run_short: runId.slice(0, 8),
      load_run_short_ar: ltr(runId.slice(0, 8)),
      trace: t,
      trace_ar: ltr(t),
    },
    items: [
      {
        en: `- ${target} ${check}: ${observed}${detail ? ` ${detail}` : ''}`,
        ar:
          `- ${ltr(`${target} ${check}`)}: القيمة المرصودة ${ltr(String(d.observed))}، الحد ${ltr(String(d.threshold))}` +
          (detail ? ` ${ltr(detail)}` : ''),
      },
    ],
  };
}
