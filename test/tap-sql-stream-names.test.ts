// tap-sql's stream names stay what they were when other tables appear. A table's name is its own: the plain
// folded name (`order_items`) belongs to the table spelled exactly so, any other spelling that folds to it
// (`Order Items`, `OrderItems`) is that name and a short hash of its own name, whether or not the plain one
// exists. It used to depend on the neighbours: `Order Items` alone was `<source>_order_items`, and a new table
// `order_items` renamed it to `<source>_order_items_<hash>` (bookmark ignored, the table read again into a new raw
// table, its committed contract's staging fed no more), silently. A name a committed contract (or the catalog)
// gives a table is kept; a stream that changes name anyway is said, with both names, and a bookmark never moves
// to another table with the name.
import t from 'tap';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { ROOT, DB_PREFIX, configFile, mariadb } from './helpers.js';
import { runTapAlone } from './pipeline.js';
import type { TableProfile } from '../taps/tap-sql/discovery.js';

const TAP = join(ROOT, 'dist/taps/tap-sql/main.js');
const DB = `${DB_PREFIX}_tapsql_names`;

const contractsDir = () => join(mkdtempSync(join(tmpdir(), 'medi-sql-names-')), 'ni');
const config = (dir: string) => ({
  dialect: 'mysql',
  host: '127.0.0.1',
  user: 'root',
  database: DB,
  source: 'ni',
  lag_seconds: 0,
  contracts_dir: dir,
});
const streamsOf = (records: Array<{ stream: string; record: Record<string, unknown> }>) =>
  [...new Set(records.map((r) => r.stream))].sort();
const idsIn = (records: Array<{ stream: string; record: Record<string, unknown> }>, stream: string) =>
  records.filter((r) => r.stream === stream).map((r) => Number(r.record.id));

function fresh(sql: string): void {
  mariadb(`DROP DATABASE IF EXISTS \`${DB}\`; CREATE DATABASE \`${DB}\`; USE \`${DB}\`; ${sql}`);
}
const ORDER_ITEMS_SPACED = 'CREATE TABLE `Order Items` (id int AUTO_INCREMENT PRIMARY KEY, v varchar(10));';
const ORDER_ITEMS = 'CREATE TABLE order_items (id int AUTO_INCREMENT PRIMARY KEY, w varchar(10));';

t.teardown(() => void mariadb(`DROP DATABASE IF EXISTS \`${DB}\``));

t.test('a new table folding to the same name renames no existing stream', async (t) => {
  fresh(`${ORDER_ITEMS_SPACED} INSERT INTO \`Order Items\` (v) VALUES ('a'), ('b'), ('c');`);
  const cfg = config(contractsDir());
  const first = await runTapAlone(TAP, cfg);
  t.equal(first.code, 0, 'first run', { stderr: first.stderr.slice(-2000) });
  const [spaced, ...rest] = streamsOf(first.records).filter((s) => s !== 'ni__row_counts');
  t.same(rest, [], 'one table, one stream');
  t.same(idsIn(first.records, spaced!), [1, 2, 3]);

  mariadb(`USE \`${DB}\`; ${ORDER_ITEMS} INSERT INTO order_items (w) VALUES ('x'), ('y'); INSERT INTO \`Order Items\` (v) VALUES ('d');`);
  const second = await runTapAlone(TAP, cfg, first.state);
  t.equal(second.code, 0, 'second run', { stderr: second.stderr.slice(-2000) });
  t.same(idsIn(second.records, spaced!), [4], `\`Order Items\` is still ${spaced}, resumed from its bookmark`);
  t.ok(
    second.records.some((r) => r.stream === 'ni_order_items' && r.record.w === 'x'),
    'the new table spelled as the plain name has the plain name',
  );
  t.not(spaced, 'ni_order_items', 'so `Order Items` never had it');
  t.notMatch(second.stderr, /renamed|is now stream/, 'nothing to warn about');

  // --discover names them the same way as the run (a catalog selects by these names)
  const disc = spawnSync(process.execPath, [TAP, '--config', configFile(cfg), '--discover'], { encoding: 'utf8' });
  t.equal(disc.status, 0, disc.stderr.slice(-2000));
  const named = Object.fromEntries(
    JSON.parse(disc.stdout).streams.map((s: { tap_stream_id: string; metadata: Array<{ metadata: Record<string, unknown> }> }) => [
      s.metadata[0]!.metadata['table-name'] ?? s.tap_stream_id,
      s.tap_stream_id,
    ]),
  );
  t.same(named, { 'Order Items': spaced, order_items: 'ni_order_items', ni__row_counts: 'ni__row_counts' });
});

t.test("a committed contract's stream name is kept when another table would take it", async (t) => {
  // as contracts:discover wrote it before this rule: `Order Items` alone was `order_items`
  fresh(`${ORDER_ITEMS_SPACED} INSERT INTO \`Order Items\` (v) VALUES ('a'), ('b'), ('c'), ('d');
    ${ORDER_ITEMS} INSERT INTO order_items (w) VALUES ('x'), ('y');`);
  const dir = contractsDir();
  mkdirSync(dir, { recursive: true });
  const contract = {
    source: 'ni',
    stream: 'order_items',
    description: 'Order lines, as the shop keeps them.',
    landing: 'typed',
    natural_key: ['id'],
    replication_key: 'id',
    scd: { type: 1 },
    discovered: { table: 'Order Items', strategy: 'append', cursor: 'id' },
    columns: [
      { name: 'id', source: 'id', type: 'integer', required: true, source_type: 'int(11) not null auto_increment' },
      { name: 'v', source: 'v', type: 'string', source_type: 'varchar(10)', pii: 'none' },
    ],
  };
  writeFileSync(join(dir, 'order_items.yaml'), YAML.stringify(contract));
  // its bookmark, written before the tap recorded a bookmark's table
  const state = { bookmarks: { ni_order_items: { keyset: { cursor: 3, pk: [] }, replication_key: 'id', replication_key_value: 3 } } };
  const run = await runTapAlone(TAP, config(dir), state);
  t.equal(run.code, 0, { stderr: run.stderr.slice(-2000) });
  t.same(idsIn(run.records, 'ni_order_items'), [4], '`Order Items` keeps its contract stream and resumes after its bookmark');
  const other = streamsOf(run.records).filter((s) => s !== 'ni_order_items' && s !== 'ni__row_counts');
  t.equal(other.length, 1);
  t.match(other[0], /^ni_order_items_[0-9a-f]{8}$/, 'the table spelled order_items gets the hashed name instead');
  t.same(idsIn(run.records, other[0]!), [1, 2]);
  t.match(run.stderr, /order_items.*is table Order Items's/, 'and the log says why');
  t.match((run.state as any).bookmarks.ni_order_items, { table: 'Order Items' }, 'the bookmark now names its table');

  // as Meltano runs it: --discover, every stream selected, then the run with that catalog and the same old state
  const disc = spawnSync(process.execPath, [TAP, '--config', configFile(config(dir)), '--discover'], { encoding: 'utf8' });
  t.equal(disc.status, 0, disc.stderr.slice(-2000));
  const catalog = JSON.parse(disc.stdout) as { streams: Array<{ metadata: Array<{ metadata: Record<string, unknown> }> }> };
  for (const e of catalog.streams) e.metadata[0]!.metadata.selected = true;
  const meltanoRun = await runTapAlone(TAP, config(dir), state, catalog);
  t.equal(meltanoRun.code, 0, { stderr: meltanoRun.stderr.slice(-2000) });
  t.same(idsIn(meltanoRun.records, 'ni_order_items'), [4], 'with the catalog too');
  t.same(idsIn(meltanoRun.records, other[0]!), [1, 2]);

  // contracts:discover keeps the committed name (and what was added by hand) and writes the new table's contract
  const cli = [join(ROOT, 'dist/kit/contracts/discover-cli.js'), 'sql', '--config', configFile(config(dir)), '--out', dir];
  const r = spawnSync(process.execPath, cli, { encoding: 'utf8' });
  t.equal(r.status, 0, 'contracts:discover', { stderr: r.stderr.slice(-2000) });
  t.same(readdirSync(dir).sort(), ['order_items.yaml', `${other[0]!.slice('ni_'.length)}.yaml`].sort());
  const kept = YAML.parse(readFileSync(join(dir, 'order_items.yaml'), 'utf8'));
  t.match(kept, { stream: 'order_items', description: 'Order lines, as the shop keeps them.', discovered: { table: 'Order Items' } });
});

t.test('a stream that changes name anyway is said, naming both; a bookmark stays with its table', async (t) => {
  fresh(`${ORDER_ITEMS_SPACED} INSERT INTO \`Order Items\` (v) VALUES ('a'), ('b'), ('c');`);
  // a bookmark of the name `Order Items` had before this rule, and no contract naming it
  const legacy = { bookmarks: { ni_order_items: { keyset: { cursor: 3, pk: [] }, replication_key: 'id', replication_key_value: 3 } } };
  const run = await runTapAlone(TAP, config(contractsDir()), legacy);
  t.equal(run.code, 0, { stderr: run.stderr.slice(-2000) });
  const [now] = streamsOf(run.records).filter((s) => s !== 'ni__row_counts');
  t.match(now, /^ni_order_items_[0-9a-f]{8}$/);
  t.match(
    run.stderr,
    new RegExp(`table Order Items was stream \\\\"ni_order_items\\\\".*is now stream \\\\"${now}\\\\"`),
    'the rename is warned about, with both names',
  );

  // the plain name's own table appears: it must not resume from the bookmark another table left under that name
  mariadb(`USE \`${DB}\`; ${ORDER_ITEMS} INSERT INTO order_items (w) VALUES ('x'), ('y'), ('z'), ('w');`);
  const owned = { bookmarks: { ni_order_items: { table: 'Order Items', keyset: { cursor: 3, pk: [] }, replication_key: 'id' } } };
  const next = await runTapAlone(TAP, config(contractsDir()), owned);
  t.equal(next.code, 0, { stderr: next.stderr.slice(-2000) });
  t.same(idsIn(next.records, 'ni_order_items'), [1, 2, 3, 4], 'order_items read whole: the bookmark was not its own');
  t.match(next.stderr, /bookmark is table Order Items's/);
  // an old bookmark that could be either table's: read whole too
  const both = await runTapAlone(TAP, config(contractsDir()), legacy);
  t.same(idsIn(both.records, 'ni_order_items'), [1, 2, 3, 4], 'an old bookmark two tables could own is not guessed at');
  t.match(both.stderr, /could be table Order Items's \(now stream \\"ni_order_items_[0-9a-f]{8}\\"\)/);

  // both had hashed names (of database and table) before this rule: each rename is said
  const old = (table: string) => `ni_order_items_${createHash('sha256').update(`${DB}\u0000${table}`).digest('hex').slice(0, 8)}`;
  const hashed = {
    bookmarks: { [old('Order Items')]: { keyset: { cursor: 3, pk: [] } }, [old('order_items')]: { keyset: { cursor: 2, pk: [] } } },
  };
  const renamed = await runTapAlone(TAP, config(contractsDir()), hashed);
  t.equal(renamed.code, 0);
  t.match(renamed.stderr, new RegExp(`table Order Items was stream \\\\"${old('Order Items')}\\\\".*is now stream \\\\"${now}\\\\"`));
  t.match(
    renamed.stderr,
    new RegExp(`table order_items was stream \\\\"${old('order_items')}\\\\".*is now stream \\\\"ni_order_items\\\\"`),
  );
});

t.test('the naming rule: a function of the table alone, across schemas too', async (t) => {
  const { assignStreams } = await import('../taps/tap-sql/discovery.js');
  const p = (schema: string, table: string) => ({ schema, table, name: '', stream: '' }) as unknown as TableProfile;
  const names = (ps: TableProfile[], home: string, schemas = 2, upperCase = false) =>
    Object.fromEntries(
      assignStreams(ps, { source: 's', home, multiSchema: schemas !== 1, upperCase }).map((x) => [`${x.schema}.${x.table}`, x.stream]),
    );
  const alone = names([p('public', 'orders'), p('public', 'MixedCase'), p('sales', 'invoices')], 'public');
  const crowded = names(
    [
      p('public', 'orders'),
      p('public', 'MixedCase'),
      p('sales', 'invoices'),
      p('sales', 'orders'),
      p('public', 'mixed_case'),
      p('public', 'Mixed_Case'),
      p('public', 'invoices'),
      p('public', 'sales__invoices'),
    ],
    'public',
  );
  for (const [k, v] of Object.entries(alone)) t.equal(crowded[k], v, `${k} keeps ${v}`);
  t.equal(alone['public.orders'], 's_orders');
  t.equal(alone['sales.invoices'], 's_sales__invoices', 'another schema: <schema>__<table>');
  t.match(alone['public.MixedCase'], /^s_mixed_case_[0-9a-f]{8}$/);
  t.equal(crowded['public.mixed_case'], 's_mixed_case');
  t.equal(crowded['public.invoices'], 's_invoices');
  t.match(crowded['public.sales__invoices'], /^s_sales__invoices_[0-9a-f]{8}$/, 'a home name with __ is no other schema');
  t.equal(new Set(Object.values(crowded)).size, Object.keys(crowded).length, 'every stream its own');
  // Oracle: unquoted identifiers are upper case, so ORDERS is the plain spelling
  t.same(names([p('OD', 'ORDERS'), p('OD', 'orders')], 'OD', 1, true), {
    'OD.ORDERS': 's_orders',
    'OD.orders': names([p('OD', 'orders')], 'OD', 1, true)['OD.orders'],
  });
  t.match(names([p('OD', 'orders')], 'OD', 1, true)['OD.orders'], /^s_orders_[0-9a-f]{8}$/);
  // a home table's hash is of its own name: the same source restored under another database name keeps its streams
  t.equal(names([p('db1', 'Order Items')], 'db1', 1)['db1.Order Items'], names([p('db2', 'Order Items')], 'db2', 1)['db2.Order Items']);
});
