// The dialect registry: the `dialect` setting's value → its implementation (loaded on demand, so a dialect's
// driver is only needed when it is used).
import { ConfigError } from '../../../kit/singer/errors.js';
import type { Dialect } from '../dialect.js';

const MODULES: Record<string, { file: string; export: string }> = {
  postgres: { file: './postgres.js', export: 'postgres' },
  mysql: { file: './mysql.js', export: 'mysqlDialect' },
  mssql: { file: './mssql.js', export: 'mssql' },
  oracle: { file: './oracle.js', export: 'oracle' },
};

export async function loadDialect(name: string): Promise<Dialect> {
  const m = MODULES[name];
  if (!m) throw new ConfigError(`dialect "${name}" is not one of ${Object.keys(MODULES).join(', ')}`);
  let mod: Record<string, unknown>;
  try {
    mod = (await import(m.file)) as Record<string, unknown>;
  } catch (e) {
    throw new ConfigError(`dialect "${name}" is not available in this build: ${(e as Error).message}`);
  }
  const d = mod[m.export] ?? mod.default;
  if (!d) throw new ConfigError(`dialect module ${m.file} exports no ${m.export}`);
  return d as Dialect;
}
