// target-postgres-medi's answers do not depend on the warehouse's own settings or on property names: a date-time
// without an offset is UTC on every server, a column widened to text keeps ISO text whatever the database's
// DateStyle, properties named like Object.prototype's members are columns like any other, and properties a
// SCHEMA lacks are said, not dropped in silence.
import t from 'tap';
import pg from 'pg';
import { pgNumericFits } from '../kit/singer/decimal.js';
import { spawnSync } from 'node:child_process';
import { configFile, query, runTarget, scratchDb, TARGET } from './helpers.js';
import { FILES_TARGET } from './files.js';

const schema = (properties: Record<string, unknown>) =>
  JSON.stringify({ type: 'SCHEMA', stream: 'ev', schema: { type: 'object', properties }, key_properties: ['id'] });
const rec = (record: Record<string, unknown>) => JSON.stringify({ type: 'RECORD', stream: 'ev', record });

t.test("the database's TimeZone and DateStyle change nothing", async (t) => {
  const url = await scratchDb('session_tz');
  const db = new URL(url).pathname.slice(1);
  await query(url, `alter database "${db}" set timezone = 'Pacific/Auckland'; alter database "${db}" set datestyle = 'SQL, DMY'`);
  const ts = { type: 'string', format: 'date-time' };
  const first = [
    schema({ id: { type: 'integer' }, at: ts }),
    rec({ id: 1, at: '2023-01-01T10:00:00' }),
    rec({ id: 2, at: '2023-01-01T10:00:00+05:00' }),
  ];
  for (const fast of [true, false]) {
    const r = await runTarget({ database_url: url, fast_path: fast }, [...first, '{"type":"STATE","value":{}}', ''].join('\n'));
    t.equal(r.code, 0, r.stderr.slice(-2000));
    t.same(
      await query(url, `select id::int, to_char(at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS') utc from raw.ev order by id`),
      [
        { id: 1, utc: '2023-01-01 10:00:00' },
        { id: 2, utc: '2023-01-01 05:00:00' },
      ],
      `no offset: UTC, not Auckland (fast_path ${fast})`,
    );
  }
  // the column widens to text: its old values are written in ISO form, not the database's SQL, DMY
  const widened = await runTarget(
    { database_url: url },
    [schema({ id: { type: 'integer' }, at: { type: 'string' } }), rec({ id: 3, at: 'later' }), ''].join('\n'),
  );
  t.equal(widened.code, 0, widened.stderr.slice(-2000));
  t.same(await query(url, 'select id::int, at from raw.ev order by id'), [
    { id: 1, at: '2023-01-01 10:00:00+00' },
    { id: 2, at: '2023-01-01 05:00:00+00' },
    { id: 3, at: 'later' },
  ]);
});

t.test('properties named __proto__ or constructor; properties the SCHEMA lacks are said', async (t) => {
  const url = await scratchDb('session_names');
  const nullable = { type: ['null', 'string'] };
  for (const fast of [true, false]) {
    const r = await runTarget(
      { database_url: url, fast_path: fast, invalid_record_action: 'reject' },
      [
        schema({ id: { type: 'integer' }, ['__proto__']: nullable, constructor: nullable, toString: nullable }),
        rec({ id: 1 }),
        JSON.stringify({ type: 'RECORD', stream: 'ev', record: { id: 2, constructor: 'c', surprise: 'not in the schema' } }).replace(
          '"id":2',
          '"id":2,"__proto__":"p"',
        ),
        '{"type":"STATE","value":{}}',
        '',
      ].join('\n'),
    );
    t.equal(r.code, 0, r.stderr.slice(-2000));
    t.same(
      await query(url, `select id::int, "__proto__" p, "constructor" c, "toString" s from raw.ev order by id`),
      [
        { id: 1, p: null, c: null, s: null },
        { id: 2, p: 'p', c: 'c', s: null },
      ],
      `absent is NULL, present is loaded (fast_path ${fast})`,
    );
    t.same(await query(url, 'select count(*)::int n from raw.ev__rejects'), [{ n: 0 }], 'nothing rejected');
    t.match(r.stderr, /stream \\"ev\\": line 3 has \\"surprise\\", not in its SCHEMA: not loaded/);
  }
});

t.test('values PostgreSQL would refuse at COPY are rejected or made loadable, never a failed load', async (t) => {
  const url = await scratchDb('session_refused');
  for (const fast of [true, false]) {
    await query(url, 'drop table if exists raw.ev, raw.ev__rejects');
    const input = [
      schema({
        id: { type: 'integer' },
        d: { type: ['null', 'string'], format: 'date' },
        at: { type: ['null', 'string'], format: 'date-time' },
        j: { type: ['null', 'object'] },
        n: { type: ['null', 'number'] },
      }),
      rec({ id: 1, d: '0000-01-01' }),
      rec({ id: 2, at: '0000-01-01T00:00:00Z' }),
      '{"type":"RECORD","stream":"ev","record":{"id":3,"j":{"k":"lone \\udfff","pair":"\\ud83d\\ude00"}}}',
      JSON.stringify({ type: 'RECORD', stream: 'ev', record: { id: 4 }, time_extracted: 'not a time' }),
      JSON.stringify({ type: 'RECORD', stream: 'ev', record: { id: 5 }, time_extracted: 1672531200 }),
      JSON.stringify({ type: 'RECORD', stream: 'ev', record: { id: 6, d: '0001-01-01' }, time_extracted: '2024-01-01T00:00:00Z' }),
      // numbers PostgreSQL's numeric cannot hold (131,072 digits before the point, a scale of 16,383), inside jsonb
      // and in a number column; then the largest and the finest it can
      '{"type":"RECORD","stream":"ev","record":{"id":7,"j":{"big":1e200000}}}',
      '{"type":"RECORD","stream":"ev","record":{"id":8,"j":{"deep":[{"tiny":-2.5E-16383}]}}}',
      '{"type":"RECORD","stream":"ev","record":{"id":9,"n":1e131072}}',
      '{"type":"RECORD","stream":"ev","record":{"id":10,"j":{"edge":9e131071,"fine":1e-16383},"n":-1E+1001}}',
      '{"type":"STATE","value":{}}',
      '',
    ].join('\n');
    const r = await runTarget({ database_url: url, fast_path: fast, invalid_record_action: 'reject' }, input);
    t.equal(r.code, 0, `exit 0 (fast_path ${fast}) ${r.stderr.slice(-1500)}`);
    t.same(await query(url, `select id::int, d::text, j->>'k' k, j->>'pair' pair, _sdc_extracted_at::text x from raw.ev order by id`), [
      { id: 3, d: null, k: 'lone \uFFFD', pair: '\u{1F600}', x: null },
      { id: 4, d: null, k: null, pair: null, x: null },
      { id: 5, d: null, k: null, pair: null, x: null },
      { id: 6, d: '0001-01-01', k: null, pair: null, x: '2024-01-01 00:00:00+00' },
      { id: 10, d: null, k: null, pair: null, x: null },
    ]);
    t.same(
      await query(
        url,
        `select (j->>'edge')::numeric = 9 * 10::numeric ^ 131071 edge, (j->>'fine')::numeric = 1e-16383 fine, n = -1e1001 n from raw.ev where id = 10`,
      ),
      [{ edge: true, fine: true, n: true }],
      'the largest exponent numeric takes loads exactly',
    );
    t.same(
      await query(url, 'select input_line::int from raw.ev__rejects order by 1'),
      [{ input_line: 2 }, { input_line: 3 }, { input_line: 8 }, { input_line: 9 }, { input_line: 10 }],
      'year 0 and numbers beyond numeric rejected, with their lines',
    );
    t.same(
      await query(url, `select input_line::int, record->'j'->>'big' big, errors->>0 why from raw.ev__rejects where input_line = 8`),
      [
        {
          input_line: 8,
          big: '1e200000',
          why: "/j/big is a number PostgreSQL's numeric cannot hold (at most 131,072 digits before the point, 16,383 after)",
        },
      ],
      'the rejected record keeps the number as its text, and the reason names it',
    );
    t.match(r.stderr, /time_extracted \\"not a time\\" is not an ISO 8601 date-time: _sdc_extracted_at is NULL/);
  }
});

t.test('key_properties that change: the natural key follows, or the run says why it cannot', async (t) => {
  const url = await scratchDb('session_rekey');
  const keyed = (keys: string[]) =>
    JSON.stringify({
      type: 'SCHEMA',
      stream: 'ev',
      schema: { type: 'object', properties: { id: { type: 'integer' }, k: { type: 'string' } } },
      key_properties: keys,
    });
  const run = (keys: string[], ...records: Record<string, unknown>[]) =>
    runTarget({ database_url: url }, [keyed(keys), ...records.map(rec), '{"type":"STATE","value":{}}', ''].join('\n'));
  t.equal((await run(['id'], { id: 1, k: 'a' })).code, 0);
  const widened = await run(['id', 'k'], { id: 1, k: 'b' }, { id: 1, k: 'b' });
  t.equal(widened.code, 0, widened.stderr.slice(-1500));
  t.same(
    await query(url, 'select id::int, k from raw.ev order by k'),
    [
      { id: 1, k: 'a' },
      { id: 1, k: 'b' },
    ],
    'merged on (id, k): one row per pair',
  );
  const narrowed = await run(['id'], { id: 2, k: 'c' });
  t.equal(narrowed.code, 1, 'back to (id): the rows there repeat id 1');
  t.match(narrowed.stderr, /key_properties changed from \(id, k\) to \(id\), and rows already in .* repeat the new key/);
});

t.test('a stream named like a rejects table, or a property with an empty name, fails at its SCHEMA naming it', async (t) => {
  const url = await scratchDb('session_names2');
  const r1 = await runTarget(
    { database_url: url, invalid_record_action: 'reject' },
    JSON.stringify({ type: 'SCHEMA', stream: 'ev__rejects', schema: { properties: { id: { type: 'integer' } } }, key_properties: [] }) +
      '\n',
  );
  t.equal(r1.code, 1);
  t.match(r1.stderr, /stream "ev__rejects" would land in table "ev__rejects", a name this target keeps for another stream's rejects/);
  const r2 = await runTarget({ database_url: url }, schema({ id: { type: 'integer' }, '': { type: 'string' } }) + '\n');
  t.equal(r2.code, 1);
  t.match(r2.stderr, /stream "ev": a property with an empty name cannot be a column/);
});

t.test("pgNumericFits agrees with the server's numeric_in at its limits", async (t) => {
  const url = await scratchDb('session_numeric_fits');
  const zeros = (n: number) => '0'.repeat(n);
  const tokens = [
    '1e1000',
    '1e1001',
    '1e-1001',
    '9e131071',
    '1e131072',
    '120e131069',
    '1200e131069',
    '0.00012e131071',
    '1e-16383',
    '1e-16384',
    '0e-16384',
    '-0e-16383',
    '1.5e-16383',
    '0.5e-16383',
    '0e200000',
    '0e2147483647',
    '1E+5',
    '-2.5E-16382',
    `0.${zeros(16382)}1`,
    `0.${zeros(16383)}1`,
    `1${zeros(131071)}`,
    `1${zeros(131072)}`,
    `${zeros(200000)}1.5`,
    `1${zeros(131071)}.5`,
    '1e1073741822',
  ];
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  t.teardown(() => client.end());
  const server: string[] = [];
  for (const v of tokens) {
    try {
      await client.query('select $1::numeric', [v]);
      server.push(`${v.slice(0, 24)}: fits`);
    } catch {
      server.push(`${v.slice(0, 24)}: refused`);
    }
  }
  t.same(
    tokens.map((v) => `${v.slice(0, 24)}: ${pgNumericFits(v) ? 'fits' : 'refused'}`),
    server,
  );
});

t.test("a tap's flags given to a target are refused before any load run; --format is json or markdown", async (t) => {
  const url = await scratchDb('session_cli');
  const cfg = configFile({ database_url: url });
  await runTarget({ database_url: url }, ''); // the warehouse, migrated
  const runs = async () => (await query<{ n: number }>(url, 'select count(*)::int n from etl.load_runs'))[0]!.n;
  const before = await runs();
  for (const target of [TARGET, FILES_TARGET]) {
    for (const argv of [['--discover'], ['--test'], ['--catalog', cfg], ['--state', cfg], ['--properties=x.json']]) {
      const r = spawnSync(process.execPath, [target, '--config', cfg, ...argv], { input: '', encoding: 'utf8' });
      t.equal(r.status, 1, `${argv.join(' ')}: exit 1`);
      t.match(r.stderr, /is a tap's option: a target reads Singer messages from stdin/, `${argv[0]!.split('=')[0]} named`);
    }
    const xml = spawnSync(process.execPath, [target, '--about', '--format', 'xml'], { encoding: 'utf8' });
    t.equal(xml.status, 1, '--format xml: exit 1');
    t.match(xml.stderr, /--format takes json or markdown; got "xml"/);
    const help = spawnSync(process.execPath, [target, '--help'], { encoding: 'utf8' });
    t.notMatch(help.stdout, /--discover|--catalog/, "a target's usage lists no tap flags");
  }
  t.equal(await runs(), before, 'no load run started');
});

t.test('two streams mapping to one table in different runs: the second is refused, naming both', async (t) => {
  const url = await scratchDb('session_table_owner');
  const run = (stream: string, id: number) =>
    runTarget(
      { database_url: url },
      [
        JSON.stringify({ type: 'SCHEMA', stream, schema: { properties: { id: { type: 'integer' } } }, key_properties: ['id'] }),
        JSON.stringify({ type: 'RECORD', stream, record: { id } }),
        '{"type":"STATE","value":{}}',
        '',
      ].join('\n'),
    );
  t.equal((await run('public-items', 1)).code, 0, 'public-items loads into raw.public_items');
  const other = await run('public.items', 2);
  t.equal(other.code, 1, 'public.items, a later run, is refused');
  t.match(other.stderr, /stream "public\.items" would land in table "raw"\."public_items", which holds stream "public-items"/);
  t.equal((await run('public-items', 3)).code, 0, 'its own stream still loads');
  t.same(await query(url, 'select id::int from raw.public_items order by id'), [{ id: 1 }, { id: 3 }], 'no row of the other stream');
  // a table from before the mark is marked by its next load, then holds its stream alike
  await query(url, `set role medi_loader; create table raw.legacy_items (id bigint)`);
  t.equal((await run('legacy-items', 4)).code, 0, 'an unmarked table takes its stream');
  t.equal((await run('legacy.items', 5)).code, 1, 'and refuses another from then on');
});
