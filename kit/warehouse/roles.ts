// Each step runs as its role in its own session (README "Roles"): the target switches to the loader here.
import type pg from 'pg';
import { LOADER_ROLE, NOTIFIER_ROLE, TRANSFORMER_ROLE } from './migrate.js';

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * Switch a target session to medi_loader. A landing schema other than raw that does not exist yet is made first,
 * by the login (the loader may not create schemas), owned by the loader and readable by the transformer as raw is.
 */
export async function becomeLoader(client: pg.Client, schema: string): Promise<void> {
  if ((await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).rowCount === 0) {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${ident(schema)} AUTHORIZATION ${LOADER_ROLE}`);
    await client.query(`GRANT USAGE ON SCHEMA ${ident(schema)} TO ${TRANSFORMER_ROLE}`);
    await client.query(
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${LOADER_ROLE} IN SCHEMA ${ident(schema)} GRANT SELECT ON TABLES TO ${TRANSFORMER_ROLE}`,
    );
  }
  await client.query(`SET ROLE ${LOADER_ROLE}`);
}

/**
 * Connect a medi-notify session and switch it to medi_notifier (migrations/0020: the outbox and the queue, load
 * runs and staging rejects read-only), whoever logged in: a notifier bug cannot touch raw, core or the audit.
 */
export async function connectAsNotifier(client: pg.Client): Promise<pg.Client> {
  await client.connect();
  await client.query(`SET ROLE ${NOTIFIER_ROLE}`);
  return client;
}
