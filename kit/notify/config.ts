// medi-notify's rules file (YAML): channels, rules, quiet hours, retry and consumer settings, read and checked
// once at start so a mistake is named before any event is taken off the stream. `${VAR}` in a value is read
// from the environment (webhook URLs and addresses are secrets; they stay out of the file).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { EventSubject } from '../events.js';

export type Severity = 'info' | 'warning' | 'critical';
export const SEVERITIES: readonly Severity[] = ['info', 'warning', 'critical'];
export type ChannelType = 'email' | 'slack' | 'teams' | 'queue';
export type RuleKind = 'summary' | 'consecutive_failures' | 'quarantine_rate' | 'quality_alert';
const KINDS: readonly RuleKind[] = ['summary', 'consecutive_failures', 'quarantine_rate', 'quality_alert'];

export interface ChannelConfig {
  name: string;
  type: ChannelType;
  /** email: recipients and sender */
  to: string[];
  from: string;
  /** email: smtp://user:pass@host:port or smtps://… (default: MEDI_NOTIFY_SMTP_URL) */
  smtp_url: string;
  /** slack / teams: the incoming webhook */
  webhook_url: string;
  /** teams: `adaptive` (Workflows webhooks, the default) or `messagecard` (legacy Office 365 connectors) */
  format: 'adaptive' | 'messagecard';
  /** queue: one app.notification_queue row per user, with this `channel` value */
  user_ids: string[];
  queue_channel: string;
}

export interface RuleConfig {
  name: string;
  kind: RuleKind;
  /** NATS subjects the rule reads (defaults per kind) */
  on: string[];
  channels: string[];
  severity: Severity;
  /** consecutive_failures: failures in a row; quarantine_rate: the share of rows read (0.01 = 1 %) */
  threshold: number;
  /** identical notices (same rule and subject; a summary's subject is its run) within this many seconds collapse into one, counted */
  dedup_window_s: number;
  /** quality_alert: alerts of one load run arriving within this many seconds go out as one message */
  group_s: number;
  /** consecutive_failures: say so when a failing stream succeeds again */
  notify_recovery: boolean;
  /** only events from these plugins (empty: all) */
  plugins: string[];
}

export interface NotifyConfig {
  time_zone: string;
  /** minutes after local midnight; `from` > `to` spans midnight */
  quiet_hours: { from: number; to: number; except: Severity[] } | null;
  retry: { initial_s: number; max_s: number };
  nats: { stream: string; consumer: string; ack_wait_s: number; deliver: 'new' | 'all' };
  /** how often the delivery loop looks for due deliveries when nothing woke it */
  poll_s: number;
  channels: Map<string, ChannelConfig>;
  rules: RuleConfig[];
}

export class NotifyConfigError extends Error {
  override name = 'NotifyConfigError';
  constructor(
    readonly file: string,
    readonly where: string,
    message: string,
  ) {
    super(`${file}: ${where}: ${message}`);
  }
}

/** The subjects the pipeline publishes (kit/events.ts); a rule `on` anything else would never fire. */
export const SUBJECTS: readonly EventSubject[] = ['etl.sync.completed', 'etl.sync.failed', 'etl.data.quality.alert'];

const DEFAULT_ON: Record<RuleKind, EventSubject[]> = {
  summary: ['etl.sync.completed', 'etl.sync.failed'],
  consecutive_failures: ['etl.sync.failed', 'etl.sync.completed'],
  quarantine_rate: ['etl.sync.completed', 'etl.sync.failed'],
  quality_alert: ['etl.data.quality.alert'],
};
const DEFAULT_SEVERITY: Record<RuleKind, Severity> = {
  summary: 'info',
  consecutive_failures: 'critical',
  quarantine_rate: 'warning',
  quality_alert: 'warning',
};
const DEFAULT_THRESHOLD: Partial<Record<RuleKind, number>> = { consecutive_failures: 3, quarantine_rate: 0.01 };

// the settings each level of the file takes: anything else is a typo (`treshold:`) that would be ignored silently
const TOP_KEYS = ['time_zone', 'quiet_hours', 'retry', 'nats', 'poll', 'channels', 'rules'];
const QUIET_KEYS = ['from', 'to', 'except'];
const RETRY_KEYS = ['initial', 'max'];
const NATS_KEYS = ['stream', 'consumer', 'ack_wait', 'deliver'];
const CHANNEL_KEYS: Record<ChannelType, string[]> = {
  email: ['type', 'to', 'from', 'smtp_url'],
  slack: ['type', 'webhook_url'],
  teams: ['type', 'webhook_url', 'format'],
  queue: ['type', 'user_ids', 'queue_channel'],
};
const RULE_KEYS = ['name', 'kind', 'on', 'channels', 'severity', 'threshold', 'dedup_window', 'group', 'notify_recovery', 'plugins'];
const TEAMS_FORMATS = ['adaptive', 'messagecard'];

type Fail = (where: string) => (m: string) => never;

const kindOf = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a mapping' : JSON.stringify(v);

/** `v` as a mapping (absent: empty), with only the `known` keys. */
function mapping(v: unknown, known: string[], where: string, fail: Fail, what = 'a mapping'): Record<string, unknown> {
  if (v === undefined) return {};
  if (!v || typeof v !== 'object' || Array.isArray(v)) return fail(where)(`must be ${what}, not ${kindOf(v)}`);
  const unknown = Object.keys(v).filter((k) => !known.includes(k));
  if (unknown.length) fail(where)(`unknown setting ${unknown.join(', ')} (known: ${known.join(', ')})`);
  return v as Record<string, unknown>;
}

/** Seconds from `30`, `"30s"`, `"15m"`, `"6h"`, `"1d"`. */
export function seconds(v: unknown, fail: (m: string) => never): number {
  if (typeof v === 'number' && v >= 0) return v;
  const m = typeof v === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$/.exec(v) : null;
  if (!m) return fail(`${JSON.stringify(v)} is not a duration (a number of seconds, or like 30s, 15m, 6h, 1d)`);
  return Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[(m[2] ?? 's') as 's'];
}

function clock(v: unknown, fail: (m: string) => never): number {
  const m = typeof v === 'string' ? /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(v) : null;
  if (!m) return fail(`${JSON.stringify(v)} is not a time of day (HH:MM)`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Replace `${VAR}` with the environment's value; a variable that is not set is an error naming it. */
function substitute(v: unknown, env: NodeJS.ProcessEnv, fail: (m: string) => never): unknown {
  if (typeof v === 'string') {
    return v.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => env[name] ?? fail(`environment variable ${name} is not set`));
  }
  if (Array.isArray(v)) return v.map((x) => substitute(x, env, fail));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, substitute(x, env, fail)]));
  return v;
}

const strings = (v: unknown): string[] => (v === undefined || v === null ? [] : (Array.isArray(v) ? v : [v]).map(String));

export function loadNotifyConfig(file: string, env: NodeJS.ProcessEnv = process.env): NotifyConfig {
  const err =
    (where: string) =>
    (m: string): never => {
      throw new NotifyConfigError(file, where, m);
    };
  let parsed: unknown;
  try {
    parsed = parse(readFileSync(file, 'utf8')) ?? {};
  } catch (e) {
    throw new NotifyConfigError(file, 'file', (e as Error).message);
  }
  const doc = mapping(parsed, TOP_KEYS, 'file', err, 'a mapping of settings (channels, rules, …)');
  const time_zone = String(doc.time_zone ?? 'UTC');
  try {
    new Intl.DateTimeFormat('en', { timeZone: time_zone });
  } catch {
    err('time_zone')(`${time_zone} is not an IANA time zone`);
  }
  const q = doc.quiet_hours === undefined || doc.quiet_hours === null ? null : mapping(doc.quiet_hours, QUIET_KEYS, 'quiet_hours', err);
  const quiet_hours = q
    ? {
        from: clock(q.from, err('quiet_hours.from')),
        to: clock(q.to, err('quiet_hours.to')),
        except: strings(q.except ?? ['critical']) as Severity[],
      }
    : null;
  for (const s of quiet_hours?.except ?? []) if (!SEVERITIES.includes(s)) err('quiet_hours.except')(`unknown severity ${s}`);
  const r = mapping(doc.retry, RETRY_KEYS, 'retry', err);
  const retry = { initial_s: seconds(r.initial ?? 5, err('retry.initial')), max_s: seconds(r.max ?? '10m', err('retry.max')) };
  const n = mapping(doc.nats, NATS_KEYS, 'nats', err);
  const deliver = String(n.deliver ?? 'new');
  if (deliver !== 'new' && deliver !== 'all') err('nats.deliver')(`must be new or all, not ${deliver}`);
  const nats = {
    stream: String(n.stream ?? 'MEDI_ETL'),
    consumer: String(n.consumer ?? 'medi-notify'),
    ack_wait_s: seconds(n.ack_wait ?? 30, err('nats.ack_wait')),
    deliver: deliver as 'new' | 'all',
  };

  const channels = new Map<string, ChannelConfig>();
  const channelsDoc = doc.channels ?? {};
  if (typeof channelsDoc !== 'object' || Array.isArray(channelsDoc))
    err('channels')(`must be a mapping of name: {type: …}, not ${kindOf(channelsDoc)}`);
  for (const [name, raw] of Object.entries(channelsDoc)) {
    const where = `channels.${name}`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) err(where)(`must be a mapping with a type, not ${kindOf(raw)}`);
    const type = String((raw as Record<string, unknown>).type) as ChannelType;
    if (!Object.hasOwn(CHANNEL_KEYS, type)) err(where)(`type must be email, slack, teams or queue, not ${type}`);
    const c = substitute(mapping(raw, CHANNEL_KEYS[type], where, err), env, err(where)) as Record<string, unknown>;
    if (c.format !== undefined && !TEAMS_FORMATS.includes(String(c.format)))
      err(`${where}.format`)(`must be adaptive or messagecard, not ${String(c.format)}`);
    const ch: ChannelConfig = {
      name,
      type,
      to: strings(c.to)
        .flatMap((a) => a.split(','))
        .map((a) => a.trim())
        .filter(Boolean),
      from: String(c.from ?? ''),
      smtp_url: String(c.smtp_url ?? env.MEDI_NOTIFY_SMTP_URL ?? ''),
      webhook_url: String(c.webhook_url ?? ''),
      format: c.format === 'messagecard' ? 'messagecard' : 'adaptive',
      user_ids: strings(c.user_ids),
      queue_channel: String(c.queue_channel ?? 'in_app'),
    };
    if (type === 'email' && (!ch.to.length || !ch.from)) err(where)('an email channel needs `to` and `from`');
    if (type === 'email' && !/^smtps?:\/\//.test(ch.smtp_url)) err(where)('needs smtp_url (smtp:// or smtps://), or MEDI_NOTIFY_SMTP_URL');
    if ((type === 'slack' || type === 'teams') && !/^https?:\/\//.test(ch.webhook_url)) err(where)('needs webhook_url (an http(s) URL)');
    if (type === 'queue' && !ch.user_ids.length) err(where)('a queue channel needs user_ids');
    channels.set(name, ch);
  }

  const rules: RuleConfig[] = [];
  if (doc.rules !== undefined && !Array.isArray(doc.rules)) err('rules')(`must be a list of rules (- name: …), not ${kindOf(doc.rules)}`);
  for (const [i, item] of ((doc.rules ?? []) as unknown[]).entries()) {
    const named = item && typeof item === 'object' && 'name' in item ? ` (${String((item as { name: unknown }).name)})` : '';
    const where = `rules[${i}]${named}`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) err(where)(`must be a mapping with a kind, not ${kindOf(item)}`);
    const raw = mapping(item, RULE_KEYS, where, err);
    const kind = String(raw.kind) as RuleKind;
    if (!KINDS.includes(kind)) err(where)(`kind must be one of ${KINDS.join(', ')}, not ${String(raw.kind)}`);
    const name = String(raw.name ?? kind);
    if (rules.some((x) => x.name === name)) err(where)(`a second rule named ${name}`);
    const rule: RuleConfig = {
      name,
      kind,
      on: raw.on ? strings(raw.on) : DEFAULT_ON[kind],
      channels: strings(raw.channels),
      severity: (raw.severity ?? DEFAULT_SEVERITY[kind]) as Severity,
      threshold: Number(raw.threshold ?? DEFAULT_THRESHOLD[kind] ?? 0),
      dedup_window_s: seconds(raw.dedup_window ?? (kind === 'summary' ? '7d' : '6h'), err(`${where}.dedup_window`)),
      group_s: seconds(raw.group ?? (kind === 'quality_alert' ? 30 : 0), err(`${where}.group`)),
      notify_recovery: raw.notify_recovery !== false,
      plugins: strings(raw.plugins),
    };
    if (!SEVERITIES.includes(rule.severity)) err(where)(`unknown severity ${rule.severity}`);
    // a subject this kind does not read would make the rule silently never fire
    for (const s of rule.on)
      if (!DEFAULT_ON[kind].includes(s as EventSubject))
        err(`${where}.on`)(
          `${s} is not ${SUBJECTS.includes(s as EventSubject) ? `read by a ${kind} rule` : 'a subject the pipeline publishes'} (${DEFAULT_ON[kind].join(', ')})`,
        );
    if (!rule.channels.length) err(where)('names no channel');
    for (const c of rule.channels) if (!channels.has(c)) err(where)(`channel ${c} is not defined under channels`);
    if (kind === 'consecutive_failures' && !(Number.isInteger(rule.threshold) && rule.threshold >= 1))
      err(where)('threshold must be a whole number of failures ≥ 1');
    if (kind === 'quarantine_rate' && !(rule.threshold >= 0 && rule.threshold < 1))
      err(where)('threshold is a share of rows read: 0.01 is 1 %');
    rules.push(rule);
  }
  if (!rules.length) err('rules')('no rule: nothing would ever be sent');
  return { time_zone, quiet_hours, retry, nats, poll_s: seconds(doc.poll ?? 5, err('poll')), channels, rules };
}
