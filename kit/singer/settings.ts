// Settings are declared once per plugin; config parsing, --about, env vars and meltano.yml all derive from it.
import { readFileSync } from 'node:fs';
import { ConfigError } from './errors.js';
import { createLogger } from './log.js';

export type SettingKind = 'string' | 'integer' | 'boolean' | 'array' | 'object' | 'password' | 'options';

export interface SettingSpec {
  name: string;
  kind: SettingKind;
  description: string;
  default?: unknown;
  required?: boolean;
  sensitive?: boolean;
  options?: string[];
}

export type Settings = readonly SettingSpec[];

export const isSecret = (s: SettingSpec): boolean => s.kind === 'password' || s.sensitive === true;

/** The environment variable that can carry a setting: `<PLUGIN>_<SETTING>` upper-cased, as Meltano does. */
export function envName(plugin: string, setting: string): string {
  return `${plugin}_${setting}`.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

function coerce(spec: SettingSpec, value: unknown, origin: string): unknown {
  if (value === undefined || value === null || value === '') return value === '' && spec.kind === 'string' ? '' : undefined;
  switch (spec.kind) {
    case 'integer': {
      const n = typeof value === 'number' ? value : Number(String(value).trim());
      if (!Number.isInteger(n)) throw new ConfigError(`setting "${spec.name}" (${origin}) must be an integer`);
      return n;
    }
    case 'boolean': {
      if (typeof value === 'boolean') return value;
      const s = String(value).toLowerCase().trim();
      if (['true', '1', 'yes', 'on'].includes(s)) return true;
      if (['false', '0', 'no', 'off'].includes(s)) return false;
      throw new ConfigError(`setting "${spec.name}" (${origin}) must be true or false`);
    }
    case 'array':
    case 'object': {
      if (typeof value !== 'string') return value;
      try {
        return JSON.parse(value);
      } catch {
        if (spec.kind === 'array')
          return value
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
        throw new ConfigError(`setting "${spec.name}" (${origin}) must be JSON`);
      }
    }
    case 'options': {
      const s = String(value);
      if (spec.options && !spec.options.includes(s)) {
        throw new ConfigError(`setting "${spec.name}" (${origin}) must be one of ${spec.options.join(', ')}; got "${s}"`);
      }
      return s;
    }
    default:
      return String(value);
  }
}

/**
 * Merge config files (later wins), then `<PLUGIN>_<SETTING>` environment variables (win over files),
 * then defaults; coerce and check required settings.
 */
export function loadConfig(
  plugin: string,
  specs: Settings,
  files: string[],
  env: NodeJS.ProcessEnv = process.env,
): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const file of files) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new ConfigError(`cannot read config file ${file}: ${(e as Error).message}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new ConfigError(`config file ${file} must hold a JSON object`);
    Object.assign(merged, parsed);
  }
  const out: Record<string, unknown> = { ...merged };
  const names = new Set(specs.map((x) => x.name));
  for (const key of Object.keys(merged))
    if (!names.has(key)) {
      // a misspelt key (table_overrides for overrides) would otherwise do nothing, silently
      const near = nearest(key, [...names]);
      createLogger(plugin).warn(
        `config key "${key}" is not a declared setting of ${plugin}${near ? ` (did you mean "${near}"?)` : ''}; \`${plugin} --about\` lists the settings`,
      );
    }
  for (const spec of specs) {
    const envValue = env[envName(plugin, spec.name)];
    let value = coerce(spec, merged[spec.name], 'config');
    if (envValue !== undefined && envValue !== '') value = coerce(spec, envValue, `env ${envName(plugin, spec.name)}`);
    if (value === undefined) value = spec.default;
    if (value === undefined && spec.required)
      throw new ConfigError(`setting "${spec.name}" is required (config key "${spec.name}" or env ${envName(plugin, spec.name)})`);
    if (value !== undefined) out[spec.name] = value;
  }
  return out;
}

/** The setting name closest to `key` (a shared word, or few edits away), if one is close enough to suggest. */
function nearest(key: string, names: string[]): string | undefined {
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const n of names) {
    let d = editDistance(key.toLowerCase(), n.toLowerCase());
    if (words(key).some((w) => words(n).includes(w))) d = Math.min(d, key.length / 2);
    if (d < bestScore) [best, bestScore] = [n, d];
  }
  return bestScore <= Math.max(2, key.length / 2) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

const JSON_TYPE: Record<SettingKind, string> = {
  string: 'string',
  password: 'string',
  options: 'string',
  integer: 'integer',
  boolean: 'boolean',
  array: 'array',
  object: 'object',
};

/**
 * The settings as a JSON Schema object, as singer-sdk prints them in `--about` (its `config_jsonschema`): an
 * optional setting may be null, a secret is marked `secret` and `writeOnly`, choices are an `enum`.
 */
export function settingsJsonSchema(specs: Settings): Record<string, unknown> {
  const properties: Record<string, Record<string, unknown>> = {};
  for (const s of specs) {
    const type = JSON_TYPE[s.kind];
    const p: Record<string, unknown> = { type: s.required ? [type] : [type, 'null'] };
    if (s.default !== undefined) p.default = s.default;
    p.description = s.description;
    if (s.kind === 'password' || s.sensitive) Object.assign(p, { secret: true, writeOnly: true });
    if (s.options) p.enum = s.options;
    properties[s.name] = p;
  }
  const required = specs.filter((s) => s.required).map((s) => s.name);
  return { type: 'object', properties, ...(required.length ? { required } : {}), $schema: 'https://json-schema.org/draft/2020-12/schema' };
}

/**
 * The settings block of a Meltano plugin definition, derived from the same declaration. Secrets (sensitive
 * settings) are left out: Meltano writes every setting it knows into .meltano/run/<plugin>/*.config.json, readable
 * by other users and kept after a killed run. The plugin reads them from its `<PLUGIN>_<SETTING>` environment
 * variable itself, which Meltano passes through.
 */
export function meltanoSettings(plugin: string, specs: Settings): Record<string, unknown>[] {
  return specs
    .filter((s) => !isSecret(s))
    .map((s) => {
      const out: Record<string, unknown> = { name: s.name, kind: s.kind === 'password' ? 'string' : s.kind, description: s.description };
      if (s.default !== undefined) out.value = s.default;
      if (s.options) {
        out.kind = 'options';
        out.options = s.options.map((o) => ({ label: o, value: o }));
      }
      out.env = envName(plugin, s.name);
      return out;
    });
}

/**
 * Meltano hands nested object settings to a plugin's environment flattened (batch_config as
 * `{"encoding.format": "pg-copy-binary"}`), and the environment wins over the config file: nest dotted keys again.
 */
export function unflatten(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const path = k.split('.');
    let at = out;
    for (const part of path.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
    at[path.at(-1)!] = unflatten(v);
  }
  return out;
}
