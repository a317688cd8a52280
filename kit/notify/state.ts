// Rule state in app.notify_state (failure streaks, de-duplication windows), read with a row lock and written
// on the caller's transaction: the one that records the event as taken in.
import type pg from 'pg';

export interface RuleState {
  get<T extends object = Record<string, unknown>>(key: string): Promise<T | undefined>;
  /** null deletes */
  set(key: string, value: object | null): Promise<void>;
}

export function ruleState(client: pg.Client, rule: string): RuleState {
  return {
    async get<T>(key: string) {
      const sql = `select value from app.notify_state where rule = $1 and key = $2 for update`;
      return (await client.query<{ value: T }>(sql, [rule, key])).rows[0]?.value;
    },
    async set(key, value) {
      if (value === null) {
        await client.query(`delete from app.notify_state where rule = $1 and key = $2`, [rule, key]);
        return;
      }
      await client.query(
        `insert into app.notify_state (rule, key, value) values ($1, $2, $3)
         on conflict (rule, key) do update set value = excluded.value, updated_at = now()`,
        [rule, key, JSON.stringify(value)],
      );
    },
  };
}
