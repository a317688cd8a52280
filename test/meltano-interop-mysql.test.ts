// Interop: pipelinewise-tap-mysql 1.6.0 (MySQL / MariaDB) into target-postgres-medi under `meltano run` with the
// target's defaults, against a scratch MariaDB database: decimal(38,10) and decimal(12,2) (the tap puts
// multipleOf 1e-10 / 0.01 on them), bigint unsigned max, datetime(6), time, enum, json, tinyint(1), text.
// Every value is compared exactly and every column's type checked; an incremental rerun (the tap re-reads the
// row at its bookmark, `>=`) leaves no duplicate.
import t from 'tap';
import { spawnSync } from 'node:child_process';
import { query, scratchDb } from './helpers.js';
import { meltano, meltanoEnv } from './meltano.js';

const MYSQL = {
  host: process.env.TEST_MYSQL_HOST ?? '127.0.0.1',
  port: process.env.TEST_MYSQL_PORT ?? '3306',
  user: process.env.TEST_MYSQL_USER ?? 'root',
};

/** Run SQL on the MariaDB server with its own client (utf8mb4, so text arrives as written). */
function mysql(sql: string): void {
  const r = spawnSync('mysql', ['-h', MYSQL.host, '-P', MYSQL.port, '-u', MYSQL.user, '--default-character-set=utf8mb4', '-e', sql], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`mysql failed (${r.status}): ${r.stderr || r.error?.message}`);
}

t.test('meltano run tap-mysql target-postgres-medi: every value exact, types right, no duplicates on rerun', async (t) => {
  const db = `${process.env.MEDI_TEST_DB_PREFIX ?? 'medi_test'}_mysql`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  mysql(`DROP DATABASE IF EXISTS \`${db}\`; CREATE DATABASE \`${db}\` CHARACTER SET utf8mb4;
    CREATE TABLE \`${db}\`.all_types (
      id int PRIMARY KEY, d38 decimal(38,10), money decimal(12,2), ubig bigint unsigned, sbig bigint, dt6 datetime(6), t time, t6 time(6),
      e enum('open','closed'), j json, flag tinyint(1), txt text, updated_at datetime(6) NOT NULL);
    INSERT INTO \`${db}\`.all_types VALUES
      (1, 1234567890123456789012345678.1234567890, 0.07, 18446744073709551615, -9223372036854775808, '9999-12-31 23:59:59.999999',
       '00:00:00', '23:59:59.999999', 'open', '{"big": 12345678901234567890, "money": 2.50}', 1, 'M\u0101ori \u2603\\ttab\\nnl \\\\ back', '2025-01-01'),
      (2, -0.0000000001, 19.99, 0, 9223372036854775807, '1000-01-01 00:00:00.000001', '9:05:01', '12:00:00.5', 'closed', '[]', 0, '', '2025-01-02'),
      (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-01-03')`);
  t.teardown(() => mysql(`DROP DATABASE IF EXISTS \`${db}\``));
  // the tap insists on a non-empty password (singer-python's required keys; Meltano drops empty values), so it
  // reads as a user of its own, as it would in production
  mysql(`CREATE USER IF NOT EXISTS 'medi_interop'@'%' IDENTIFIED BY 'interop'; CREATE USER IF NOT EXISTS 'medi_interop'@'localhost' IDENTIFIED BY 'interop';
    GRANT SELECT ON \`${db}\`.* TO 'medi_interop'@'%'; GRANT SELECT ON \`${db}\`.* TO 'medi_interop'@'localhost'`);
  const dst = await scratchDb('interop_mysql_dst');
  const env = meltanoEnv({
    INTEROP_MYSQL_HOST: MYSQL.host,
    INTEROP_MYSQL_PORT: MYSQL.port,
    INTEROP_MYSQL_USER: 'medi_interop',
    INTEROP_MYSQL_PASSWORD: 'interop',
    INTEROP_MYSQL_DATABASE: db,
    DATABASE_URL: dst,
  });
  const table = `raw.${db}_all_types`;
  for (const run of [1, 2]) {
    const r = await meltano(['run', 'tap-mysql', 'target-postgres-medi'], env);
    t.equal(r.code, 0, `run ${run}: exit status`, { output: r.stderr.slice(-3000) });
  }
  t.same(
    await query(
      dst,
      `select column_name, data_type from information_schema.columns where table_schema = 'raw' and table_name = $1
      and column_name not like '\\_sdc%' order by column_name`,
      [`${db}_all_types`],
    ),
    [
      ['d38', 'numeric'],
      ['dt6', 'timestamp with time zone'],
      ['e', 'text'],
      ['flag', 'boolean'],
      ['id', 'bigint'],
      ['j', 'text'],
      ['money', 'numeric'],
      ['sbig', 'bigint'],
      ['t', 'time without time zone'],
      ['t6', 'time without time zone'],
      ['txt', 'text'],
      ['ubig', 'numeric'],
      ['updated_at', 'timestamp with time zone'],
    ].map(([column_name, data_type]) => ({ column_name, data_type })),
    'column types (MariaDB json is longtext, so text)',
  );
  t.same(
    await query(
      dst,
      `select id::int, d38::text, money::text, ubig::text, sbig::text, (dt6 at time zone 'UTC')::text as dt6, t::text, t6::text, e, j,
      flag, txt, (updated_at at time zone 'UTC')::text as updated_at from ${table} order by id`,
    ),
    [
      {
        id: 1,
        d38: '1234567890123456789012345678.1234567890',
        money: '0.07',
        ubig: '18446744073709551615',
        sbig: '-9223372036854775808',
        dt6: '9999-12-31 23:59:59.999999',
        t: '00:00:00',
        t6: '23:59:59.999999',
        e: 'open',
        j: '{"big": 12345678901234567890, "money": 2.50}',
        flag: true,
        txt: 'M\u0101ori \u2603\ttab\nnl \\ back',
        updated_at: '2025-01-01 00:00:00',
      },
      {
        id: 2,
        d38: '-0.0000000001',
        money: '19.99',
        ubig: '0',
        sbig: '9223372036854775807',
        dt6: '1000-01-01 00:00:00.000001',
        t: '09:05:01',
        t6: '12:00:00.5',
        e: 'closed',
        j: '[]',
        flag: false,
        txt: '',
        updated_at: '2025-01-02 00:00:00',
      },
      {
        id: 3,
        d38: null,
        money: null,
        ubig: null,
        sbig: null,
        dt6: null,
        t: null,
        t6: null,
        e: null,
        j: null,
        flag: null,
        txt: null,
        updated_at: '2025-01-03 00:00:00',
      },
    ],
    'every value exactly as in MariaDB',
  );
  t.same(
    await query(dst, `select count(*)::int as n from ${table}`),
    [{ n: 3 }],
    'the row at the bookmark, read again by the rerun, did not land twice',
  );
});
