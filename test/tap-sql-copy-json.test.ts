// The PostgreSQL bulk path's RECORD lines built from COPY bytes (taps/tap-sql/copy-json.ts) are byte for byte the
// lines the decoded path writes (decodeCopyLine → the engine's row encoder) for the same COPY output: read from the
// real server for every type with its awkward values; likewise MariaDB's row packets (mysql-json.ts) against
// mysql2's rows through the decoded path (escapes, every control character, placeholders, infinities,
// NaN, 64-bit bounds, thousands of doubles of every magnitude), and for bytes no UTF8 server sends (invalid UTF-8).
import t from 'tap';
import { scratchDb, query, DB_PREFIX, mariadb } from './helpers.js';
import { postgres } from '../taps/tap-sql/dialects/postgres.js';
import { mysqlDialect } from '../taps/tap-sql/dialects/mysql.js';
import { CopyRecordEncoder } from '../taps/tap-sql/copy-json.js';
import { decodeCopyLine } from '../taps/tap-sql/copy-text.js';
import { rowEncoder } from '../taps/tap-sql/engine.js';
import { CopyTupleEncoder, TupleBuffer, tupleOf, tuplesEnd } from '../taps/tap-sql/copy-binary.js';
import type { BinaryColumn } from '../kit/singer/batch.js';
import type { MappedType, Session, SourceColumn, Sql } from '../taps/tap-sql/dialect.js';

const TIME = '2026-12-06T00:00:00.000Z';

/** The decoded path's line for each COPY line of `bytes`, as the engine wrote it before the byte path. */
function expected(bytes: Buffer, keys: string[], types: MappedType[], stream: string): string {
  const kinds = types.map((x) => x.kind);
  const elements = types.map((x) => x.element ?? 'text');
  const encode = rowEncoder(keys);
  const text = bytes.toString('utf8');
  return text
    .split('\n')
    .slice(0, -1)
    .map(
      (line) =>
        `{"type":"RECORD","stream":${JSON.stringify(stream)},"record":` +
        encode(decodeCopyLine(line, kinds, elements).slice(0, keys.length)).json +
        `,"time_extracted":"${TIME}"}\n`,
    )
    .join('');
}

const column = (name: string, dataType: string, columnType = dataType): SourceColumn => ({
  name,
  position: 0,
  dataType,
  columnType,
  nullable: true,
  extra: '',
  default: null,
});

t.test('COPY bytes → RECORD lines equal the decoded path for every PostgreSQL type', async (t) => {
  const url = await scratchDb('copyjson');
  const controls = Array.from({ length: 31 }, (_, i) => `chr(${i + 1})`).join(' || ');
  await query(
    url,
    `CREATE TABLE v (id int, txt text, vc varchar(20), n numeric, big bigint, i4 int, sm smallint, f8 double precision, f4 real,
       ok boolean, d date, ts timestamp, tstz timestamptz, tm time, iv interval, j jsonb, arr int[], tarr text[], b bytea,
       bits bit varying(8), u uuid);
     INSERT INTO v VALUES
       (1, ${controls} || chr(127) || '"\\' || E'\\\\N', 'Māori ☃ 😀', 'NaN', 9223372036854775807, 2147483647, -32768, 'NaN', 'Infinity',
        true, '0001-01-01', '0001-01-01 00:00:00', '0001-01-01 00:00:00+00', '23:59:59.999999', '1 year 2 mons', '{"big": 12345678901234567890, "m": 2.50}',
        '{1,2,NULL}', '{"a b","c,d","\\"q\\""}', '\\x00ff10', B'1010', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'),
       (2, E'tab\\tnl\\nret\\rbs\\\\ vt\\v ff\\f bsp\\b', E'\\u2028\\u2029', 'Infinity', -9223372036854775808, -2147483648, 0, '-0', '-Infinity',
        false, 'infinity', 'infinity', '-infinity', '00:00:00', '-1 day', 'null', '{}', '{}', '\\x', B'', NULL),
       (3, '', '\\N', '-Infinity', 9007199254740993, 0, 1, '1e-7', '1.5e-45', NULL, '0044-03-15 BC', '2024-02-29 23:59:59.5', '2024-06-01 01:02:03.123456+12',
        NULL, NULL, '"s"', NULL, NULL, NULL, NULL, NULL),
       (4, 'plain', 'x', '0', -1, -7, -1, '123456789012345.6', '0.1', NULL, '2000-02-29', '2024-01-01', '2024-01-01 00:00:00+00',
        NULL, NULL, '[1, 2.0, 1e400]', NULL, NULL, NULL, NULL, NULL),
       (5, NULL, NULL, '-0.50', 0, NULL, NULL, '1e15', '1e16', NULL, '2024-12-31', '1999-12-31 23:59:59.000001', '2000-01-01 00:00:00.1+00',
        NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
       (6, NULL, NULL, '12345678901234567890.12345678901234567890', 10, NULL, NULL, '5e-324', '3.4028235e38', NULL, '1970-01-01',
        '2024-02-29 12:00:00', '0001-01-01 00:00:00 BC', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
       (7, NULL, NULL, '0.00000000000000000001', 100, NULL, NULL, '1.7976931348623157e308', '-0', NULL, NULL, NULL, NULL, NULL, NULL, NULL,
        NULL, NULL, NULL, NULL, NULL),
       (8, NULL, NULL, '-1', -100, NULL, NULL, '0.000001', '0.0000012345', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
     INSERT INTO v (id, f8, n, d, ts, tstz, txt)
       SELECT 100 + g, CASE WHEN g % 3 = 0 THEN round((random() * 10000)::numeric, (g % 5))::float8
                            ELSE (random() - 0.5) * 10 ^ (floor(random() * 44) - 22) END,
              round((random() * 1e6)::numeric, g % 4), date '1990-01-01' + g, timestamp '2020-01-01' + g * interval '1.234567 s',
              timestamptz '2020-01-01 00:00:00+00' + g * interval '17 min', repeat(chr(32 + g % 95), g % 7)
       FROM generate_series(1, 5000) g`,
  );
  const names = [
    'id',
    'txt',
    'vc',
    'n',
    'big',
    'i4',
    'sm',
    'f8',
    'f4',
    'ok',
    'd',
    'ts',
    'tstz',
    'tm',
    'iv',
    'j',
    'arr',
    'tarr',
    'b',
    'bits',
    'u',
  ];
  const declared = [
    'integer',
    'text',
    'character varying',
    'numeric',
    'bigint',
    'integer',
    'smallint',
    'double precision',
    'real',
    'boolean',
    'date',
    'timestamp without time zone',
    'timestamp with time zone',
    'time without time zone',
    'interval',
    'jsonb',
    'ARRAY',
    'ARRAY',
    'bytea',
    'bit varying',
    'uuid',
  ];
  const types = names.map((n, i) =>
    postgres.mapType(column(n, declared[i]!, n === 'arr' ? 'integer[]' : n === 'tarr' ? 'text[]' : declared[i]!)),
  );
  // the engine's keyset adds the cursor again as a last column, read for the state and not written
  const select = [...names, 'tstz'];
  const allTypes = [...types, { contract: 'string', kind: 'text' } as MappedType];
  const s: Session = await postgres.connect({ url, statementTimeoutMs: 0, connectTimeoutMs: 10_000, applicationName: 'test' });
  t.teardown(() => s.close());
  const chunks: Buffer[] = [];
  for await (const c of (s as unknown as { copyLines(sql: Sql): AsyncIterable<Buffer> }).copyLines({
    text: `SELECT ${select.map((c) => `"${c}"`).join(', ')} FROM v ORDER BY id`,
    params: [],
  }))
    chunks.push(Buffer.from(c));
  t.ok(chunks.length >= 1);
  const all = Buffer.concat(chunks);
  t.ok(all.includes('\\\\N'), 'a text that reads \\N is escaped, not NULL');

  const enc = new CopyRecordEncoder(names, allTypes, 'pg_v');
  let got = '';
  let rows = 0;
  let last: unknown[] | undefined;
  for (const c of chunks) {
    const page = enc.encode(c, TIME);
    got += page.bytes.toString('utf8');
    rows += page.rows;
    last = page.last ?? last;
  }
  const want = expected(all, names, allTypes, 'pg_v');
  t.equal(rows, 5008);
  const g = got.split('\n');
  const w = want.split('\n');
  const firstDiff = g.findIndex((l, i) => l !== w[i]);
  t.equal(firstDiff, -1, 'every line equal', { got: g[firstDiff], want: w[firstDiff] });
  t.equal(got, want, 'the same bytes');
  const lines = all.toString('utf8').split('\n');
  t.same(
    last,
    decodeCopyLine(
      lines[lines.length - 2]!,
      allTypes.map((x) => x.kind),
      allTypes.map((x) => x.element ?? 'text'),
    ),
    'last row decoded',
  );
  // the awkward values are really there
  t.match(got, /"n":null,"big":9223372036854775807/, 'NaN numeric is null, bigint max exact');
  t.match(got, /"big":9007199254740993/, '2^53 + 1 exact');
  t.match(got, /"d":null,"ts":null,"tstz":null/, 'year-1 placeholders are null');
  t.match(got, /"ts":"2024-02-29T23:59:59.5Z","tstz":"2024-05-31T13:02:03.123456Z"/, 'timestamps in UTC');
  t.match(
    got,
    /"txt":"\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e/,
    'controls escaped as JSON.stringify does',
  );
  t.match(got, /\u007f\\"\\\\\\\\N"/, 'DEL, quote, backslash and a literal \\N');
  t.match(got, /"n":-0.50,/, 'numeric scale kept');
});

t.test('PostgreSQL records() read off the socket: the same lines as COPY text, errors fail it, the session survives', async (t) => {
  const url = await scratchDb('copyout');
  // rows from a few bytes to 200 kB (messages split across socket chunks, some in many), a non-ASCII text
  await query(
    url,
    `CREATE TABLE w (id int PRIMARY KEY, txt text, n numeric);
     INSERT INTO w SELECT g, repeat(chr(65 + g % 26), g % 3001) || CASE WHEN g % 1000 = 0 THEN 'Māori ☃' ELSE '' END, g / 7.0
       FROM generate_series(1, 20000) g;
     UPDATE w SET txt = repeat('x', 200000) WHERE id IN (7, 19999)`,
  );
  const keys = ['id', 'txt', 'n'];
  const types: MappedType[] = [
    { contract: 'integer', kind: 'int' },
    { contract: 'string', kind: 'text' },
    { contract: 'decimal', kind: 'decimal' },
  ];
  const s: Session = await postgres.connect({ url, statementTimeoutMs: 0, connectTimeoutMs: 10_000, applicationName: 'test' });
  t.teardown(() => s.close());
  const sql: Sql = { text: 'SELECT id, txt, n FROM w WHERE id > $1 ORDER BY id', params: [0] };
  const chunks: Buffer[] = [];
  for await (const c of (s as unknown as { copyLines(sql: Sql): AsyncIterable<Buffer> }).copyLines(sql)) chunks.push(Buffer.from(c));
  const all = Buffer.concat(chunks);
  const stamp = (x: string) => x.replace(/"time_extracted":"[^"]*"/g, `"time_extracted":"${TIME}"`);
  let got = '';
  let rows = 0;
  let pages = 0;
  let last: unknown[] | undefined;
  for await (const p of s.records!(sql, types, keys, 'w')) {
    got += p.bytes.toString('utf8');
    rows += p.rows;
    pages++;
    last = p.last ?? last;
  }
  t.equal(rows, 20000);
  t.ok(pages > 1, 'written downstream in several pages');
  t.equal(stamp(got), expected(all, keys, types, 'w'), 'the same bytes as the COPY text path');
  t.same(
    last,
    [20000, 'G'.repeat(20000 % 3001) + 'Māori ☃', decodeCopyLine('1\tx\t2857.1428571428571429', ['int', 'text', 'decimal'], [])[2]],
    'the last row decoded',
  );

  // the keyset's cursor read again as its text: selected once, repeated by the session (bytes and bulk rows)
  const rep = postgres.selectPage({
    schema: 'public',
    table: 'w',
    columns: ['id', 'txt', 'n', 'n'],
    where: [],
    params: [],
    orderBy: ['id'],
  });
  t.equal(rep.repeats, 2);
  t.match(rep.text, /^SELECT "id", "txt", "n" FROM/, 'the repeated column is selected once');
  const repTypes = [...types, { contract: 'string', kind: 'text' } as MappedType];
  let repGot = '';
  let repLast: unknown[] | undefined;
  for await (const p of s.records!(rep, repTypes, keys, 'w')) {
    repGot += p.bytes.toString('utf8');
    repLast = p.last ?? repLast;
  }
  t.equal(stamp(repGot), stamp(got), 'the same lines');
  t.same(repLast, [...last!, '2857.1428571428571429'], 'last carries the repeated column as its text');
  for (const bulk of [true, false]) {
    let n = 0;
    for await (const chunk of s.stream(rep, repTypes, { bulk }))
      for (const row of chunk) {
        if (row.length !== 4 || row[3] !== (row[2] as { text: string }).text) t.fail('a row without its repeat', { row });
        n++;
      }
    t.equal(n, 20000, `the decoded path (${bulk ? 'COPY' : 'cursor'}) repeats it too`);
  }

  // an error part way through (division by zero at id 15000) fails the statement, after rows were sent
  const failing: Sql = { text: 'SELECT id, txt, 1 / (id - 15000) AS n FROM w ORDER BY id', params: [] };
  await t.rejects(async () => {
    for await (const p of s.records!(failing, types, keys, 'w')) void p;
  }, /division by zero/);
  t.same(await s.query({ text: 'SELECT count(*)::int AS c FROM w', params: [] }), [{ c: 20000 }], 'session usable after an error');

  // a consumer that stops early: the rest is read and dropped, the session stays usable
  for await (const p of s.records!(sql, types, keys, 'w')) if (p.rows) break;
  t.same(await s.query({ text: 'SELECT max(id) AS m FROM w', params: [] }), [{ m: 20000 }], 'session usable after an early stop');

  // a row the encoder cannot take (a field too many) fails the statement with the encoder's error
  await t.rejects(async () => {
    for await (const p of s.records!({ text: 'SELECT id, txt, n, 1 FROM w', params: [] }, types, keys, 'w')) void p;
  }, /COPY row has more than 3 fields, expected 3/);
  t.same(await s.query({ text: 'SELECT 1 AS one', params: [] }), [{ one: 1 }], 'session usable after an encoder error');
});

t.test('bytes no UTF8 server sends, and escapes COPY never writes, still equal the decoded path', async (t) => {
  const types: MappedType[] = [
    { contract: 'integer', kind: 'int' },
    { contract: 'string', kind: 'text' },
    { contract: 'decimal', kind: 'decimal' },
    { contract: 'date', kind: 'date' },
  ];
  const keys = ['a', 'b', 'c', 'd'];
  const chunks = [
    Buffer.concat([
      Buffer.from('1\tok\\x\\q\\"\t1.50\t2024-01-01\n'),
      Buffer.from('2\tbad '),
      Buffer.from([0xff, 0xc3]),
      Buffer.from('\t007.5\t\\N\n'),
    ]),
    Buffer.from('-0\t\\v\\b\\f\t00\t2024-13-45\n3\t"\\\\"\t.5\t0000-00-00\n'),
  ];
  const enc = new CopyRecordEncoder(keys, types, 's');
  for (const c of chunks) {
    const got = enc.encode(c, TIME).bytes.toString('utf8');
    t.equal(got, expected(c, keys, types, 's'));
  }
  // thousands of generated rows (fixed seed): integers of every form, texts of escapes, controls, quotes and
  // non-ASCII, fields at the row's end, \N in every place
  let seed = 42;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) >>> 8) % n;
  const pick = (xs: string[]) => xs[rnd(xs.length)]!;
  const intField = () => pick(['0', '-0', '7', '-12', '007', '1' + '0'.repeat(rnd(25)), '9223372036854775807', '\\N', '+5']);
  const textPart = () =>
    pick([
      'a',
      'Zz',
      ' ',
      '"',
      '\\\\',
      '\\t',
      '\\n',
      '\\r',
      '\\b',
      '\\f',
      '\\v',
      '\\N',
      '\\x',
      '\\"',
      'é',
      '☃',
      '😀',
      '\x01',
      '\x7f',
      '\\\x02',
    ]);
  const textField = () => (rnd(8) === 0 ? '\\N' : Array.from({ length: rnd(6) }, textPart).join(''));
  const rows: string[] = [];
  for (let i = 0; i < 4000; i++) rows.push([intField(), textField(), pick(['1.5', '-0.50', '\\N', '.5']), '2024-01-01'].join('\t'));
  rows.push('\\N\t\\N\t\\N\t\\N', '1\t\\\\\t1\t\\N');
  const generated = Buffer.from(rows.join('\n') + '\n');
  t.equal(enc.encode(generated, TIME).bytes.toString('utf8'), expected(generated, keys, types, 's'), 'generated rows');
  // texts last in the row (their end is the row's end, not a tab)
  const lastText = Buffer.from(rows.map((r) => r.split('\t').slice(0, 2).join('\t')).join('\n') + '\n');
  const two = new CopyRecordEncoder(['a', 'b'], types.slice(0, 2), 's');
  t.equal(
    two.encode(lastText, TIME).bytes.toString('utf8'),
    expected(lastText, ['a', 'b'], types.slice(0, 2), 's'),
    'texts at the row end',
  );
  const bad = Buffer.from('2\tonly two\n');
  t.throws(() => enc.encode(bad, TIME), /COPY row has 2 fields, expected 4/);
  t.throws(() => enc.encode(Buffer.from('1\t2\t3\t2024-01-01\t5\n'), TIME), /fields, expected 4/);
});

t.test('decimals read in one pass, dates and time stamps at a guessed width: the bytes of the decoded path', async (t) => {
  // every column kind the guess or the one-pass reader takes, in every place of the row (first, middle, last),
  // with widths that change from row to row, placeholders, \N, zones and forms the general path must write
  const types: MappedType[] = [
    { contract: 'decimal', kind: 'decimal' },
    { contract: 'date', kind: 'date' },
    { contract: 'timestamp', kind: 'timestamp' },
    { contract: 'timestamp', kind: 'localtimestamp' },
    { contract: 'integer', kind: 'int' },
    { contract: 'decimal', kind: 'decimal' },
    { contract: 'date', kind: 'date' },
  ];
  let seed = 7;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) >>> 8) % n;
  const pick = (xs: string[]) => xs[rnd(xs.length)]!;
  const dec = () =>
    pick([
      '0',
      '-0',
      '1.50',
      '-0.50',
      '00',
      '007.5',
      '1.',
      '.5',
      '-',
      '1e5',
      '1.2.3',
      'NaN',
      'Infinity',
      '-Infinity',
      '\\N',
      '123456789012345678901234567890.123',
    ]);
  const date = () =>
    pick([
      '2024-01-01',
      '2024-12-31',
      '0001-01-01',
      '0000-00-00',
      '2024-00-10',
      'infinity',
      '-infinity',
      '\\N',
      '12345-01-01',
      '2024-1-01',
      '0044-03-15 BC',
    ]);
  const ts = () =>
    pick([
      '2024-01-01 00:00:00',
      '2024-01-01 00:00:00+00',
      '2024-01-01 00:00:00.5+00',
      '2024-01-01 00:00:00.123456',
      '2024-01-01 12:34:56+05',
      '2024-01-01 12:34:56+00:30',
      '0001-01-01 00:00:00',
      '0001-01-01 00:00:00+00',
      'infinity',
      '\\N',
      '2024-01-01T00:00:00',
      '2024-01-01 00:00',
    ]);
  const int = () => pick(['1', '-7', '\\N', '007']);
  const rows: string[] = [];
  for (let i = 0; i < 6000; i++) {
    // runs of one width now and then, as real columns have (the guess right), between random rows (the guess wrong)
    const same = rnd(3) === 0 && rows.length ? rows[rows.length - 1]! : [dec(), date(), ts(), ts(), int(), dec(), date()].join('\t');
    rows.push(same);
  }
  const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  const lines = rows;
  // the general path throws on some forms (a date that is none): encode row by row, and compare each row that the
  // general path writes; the byte path must throw where it throws
  let compared = 0;
  const enc = new CopyRecordEncoder(keys, types, 's');
  enc.stamp(TIME);
  for (const line of lines) {
    const b = Buffer.from(line + '\n');
    let want: string | undefined;
    try {
      want = expected(b, keys, types, 's');
    } catch {
      want = undefined;
    }
    if (want === undefined) {
      t.throws(() => enc.row(b, 0, b.length - 1), `throws as the general path does: ${line}`);
      enc.take();
      enc.stamp(TIME);
      continue;
    }
    enc.row(b, 0, b.length - 1);
    const got = enc.take().bytes.toString('utf8');
    enc.stamp(TIME);
    if (got !== want) t.equal(got, want, line);
    compared++;
  }
  t.ok(compared > 1000, `${compared} rows compared`);
});

t.test('pg-copy-binary tuples from COPY bytes equal the decoded values written by tupleOf', async (t) => {
  const types: MappedType[] = [
    { contract: 'integer', kind: 'int' },
    { contract: 'string', kind: 'text' },
    { contract: 'string', kind: 'time' },
    { contract: 'string', kind: 'binary' },
    { contract: 'integer', kind: 'int' },
  ];
  const cols: BinaryColumn[] = [
    { name: 'a', kind: 'int8', nullable: true },
    { name: 'b', kind: 'text', nullable: true },
    { name: 'c', kind: 'text', nullable: true },
    { name: 'd', kind: 'text', nullable: true },
    { name: 'e', kind: 'int8', nullable: true },
  ];
  let seed = 11;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) >>> 8) % n;
  const pick = (xs: string[]) => xs[rnd(xs.length)]!;
  const int = () =>
    pick(['0', '-0', '7', '-12', '007', '123456789012345', '1234567890123456', '9223372036854775807', '-9223372036854775808', '\\N']);
  const part = () => pick(['a', ' ', '"', '\\\\', '\\t', '\\n', '\\r', '\\b', '\\f', '\\v', '\\x', 'é', '☃', '😀', '\x01']);
  const text = () => (rnd(8) === 0 ? '\\N' : Array.from({ length: rnd(6) }, part).join(''));
  const rows: Buffer[] = [];
  for (let i = 0; i < 3000; i++)
    rows.push(Buffer.from([int(), text(), pick(['12:00:00', '\\N']), pick(['\\x00ff', '\\x', '\\N']), int()].join('\t') + '\n'));
  rows.push(Buffer.concat([Buffer.from('5\tbad '), Buffer.from([0xff, 0xc3]), Buffer.from('\t\\N\t\\N\t1\n')]));
  const bytes = Buffer.concat(rows);
  const enc = new CopyTupleEncoder(cols, types);
  let start = 0;
  while (start < bytes.length) {
    const nl = bytes.indexOf(10, start);
    enc.row(bytes, start, nl);
    start = nl + 1;
  }
  const got = Buffer.from(enc.take().bytes);
  const want = new TupleBuffer();
  for (const line of bytes.toString('utf8').split('\n').slice(0, -1))
    tupleOf(
      want,
      cols,
      decodeCopyLine(
        line,
        types.map((x) => x.kind),
        types.map(() => 'text'),
      ),
    );
  t.ok(got.equals(want.buf.subarray(0, want.pos)), 'byte for byte');
  t.equal(tuplesEnd(got, 0, rows.length), got.length, 'the tuples walk to the end');
  const big = Buffer.from('1\tx\t\\N\t\\N\t99999999999999999999\n');
  t.throws(
    () => new CopyTupleEncoder(cols, types).row(big, 0, big.length - 1),
    /integer in the SCHEMA/,
    'an integer past int8 is an error',
  );
});

t.test('MariaDB row packets → RECORD lines equal mysql2 rows through the decoded path, across paused chunks', async (t) => {
  const db = `${DB_PREFIX}_copyjson`;
  mariadb(`DROP DATABASE IF EXISTS \`${db}\`; CREATE DATABASE \`${db}\` CHARACTER SET utf8mb4; USE \`${db}\`; SET time_zone = '+00:00'; SET sql_mode = '';
    CREATE TABLE v (id int PRIMARY KEY, txt text, l1 varchar(20) CHARACTER SET latin1, n decimal(30,10), ub bigint unsigned, sb bigint,
      ti tinyint, f float, dbl double, b1 bit(1), b5 bit(5), d date, dt datetime(6), ts timestamp(3) NULL, tm time, j json, vb varbinary(10),
      en enum('a','b'), st set('x','y'), yr year);
    INSERT INTO v VALUES
      (1, CONCAT('ctl', CHAR(1), CHAR(9), CHAR(10), CHAR(13), CHAR(31), CHAR(127), '"q\\\\b', ' Māori ☃ 😀'), 'café', 12345678901234567890.0123456789,
       18446744073709551615, -9223372036854775808, -128, 3.14159, 0.1, b'1', b'10101', '0000-00-00', '0000-00-00 00:00:00', NULL, '-838:59:59',
       '{"big": 12345678901234567890, "m": 2.50}', 0x00ff10, 'b', 'x,y', 2024),
      (2, '', '', -0.5, 0, 9007199254740993, 0, -0, -0, b'0', b'0', '2024-02-29', '2024-02-29 23:59:59.000001', '2024-06-01 01:02:03.5', '00:00:00',
       'null', '', 'a', '', 0),
      (3, NULL, NULL, NULL, NULL, NULL, NULL, 1e-7, 1.7976931348623157e308, NULL, NULL, '2024-00-10', '0001-01-01 00:00:00', NULL, NULL, NULL, NULL,
       NULL, NULL, NULL),
      (4, 'x', 'y', 0, 1, -1, 1, 1e20, 5e-324, NULL, NULL, '1970-01-01', '1970-01-01 00:00:00', '1970-01-01 00:00:01', '12:00:00.5', '[1, 2.0]', NULL,
       NULL, NULL, 1901);
    INSERT INTO v (id, txt, n, dbl, f, d, dt, ts)
      SELECT 100 + seq, REPEAT(CHAR(32 + seq % 95), seq % 7), ROUND(RAND(seq) * 1e6, seq % 4),
             IF(seq % 3 = 0, ROUND(RAND(seq) * 10000, seq % 5), (RAND(seq) - 0.5) * POW(10, FLOOR(RAND(seq + 1) * 44) - 22)),
             RAND(seq) * 100, DATE_ADD('1990-01-01', INTERVAL seq DAY), DATE_ADD('2020-01-01', INTERVAL seq * 1234567 MICROSECOND),
             DATE_ADD('2020-01-01', INTERVAL seq * 17 MINUTE)
      FROM seq_1_to_5000;`);
  t.teardown(() => mariadb(`DROP DATABASE IF EXISTS \`${db}\``));
  const declared: Array<[string, string, string]> = [
    ['id', 'int', 'int(11)'],
    ['txt', 'text', 'text'],
    ['l1', 'varchar', 'varchar(20)'],
    ['n', 'decimal', 'decimal(30,10)'],
    ['ub', 'bigint', 'bigint(20) unsigned'],
    ['sb', 'bigint', 'bigint(20)'],
    ['ti', 'tinyint', 'tinyint(4)'],
    ['f', 'float', 'float'],
    ['dbl', 'double', 'double'],
    ['b1', 'bit', 'bit(1)'],
    ['b5', 'bit', 'bit(5)'],
    ['d', 'date', 'date'],
    ['dt', 'datetime', 'datetime(6)'],
    ['ts', 'timestamp', 'timestamp(3)'],
    ['tm', 'time', 'time'],
    ['j', 'json', 'json'],
    ['vb', 'varbinary', 'varbinary(10)'],
    ['en', 'enum', "enum('a','b')"],
    ['st', 'set', "set('x','y')"],
    ['yr', 'year', 'year(4)'],
  ];
  const names = declared.map(([n]) => n);
  const types = declared.map(([n, d, c]) => mysqlDialect.mapType(column(n, d, c)));
  // the engine's keyset reads the cursor again as a last column (here the varbinary, read as text: a binary charset)
  const allTypes = [...types, { contract: 'string', kind: 'text' } as MappedType];
  const sql: Sql = { text: `SELECT ${[...names, 'vb'].map((c) => `\`${c}\``).join(', ')} FROM v WHERE id > ? ORDER BY id`, params: [0] };
  const s = await mysqlDialect.connect({
    host: '127.0.0.1',
    port: 3306,
    user: 'root',
    database: db,
    statementTimeoutMs: 0,
    connectTimeoutMs: 10_000,
    applicationName: 'test',
  });
  t.teardown(() => s.close());
  const stamp = (x: string) => x.replace(/,"time_extracted":"[^"]*"/g, `,"time_extracted":"${TIME}"`);
  let got = '';
  let rows = 0;
  let pages = 0;
  let last: unknown[] | undefined;
  for await (const p of s.records!(sql, allTypes, names, 'my_v')) {
    got += p.bytes.toString('utf8');
    rows += p.rows;
    pages++;
    last = p.last ?? last;
  }
  const encode = rowEncoder(names);
  let want = '';
  let wantLast: unknown[] | undefined;
  for await (const chunk of s.stream(sql, allTypes)) {
    for (const row of chunk) {
      want += `{"type":"RECORD","stream":"my_v","record":${encode(row.slice(0, names.length)).json},"time_extracted":"${TIME}"}\n`;
      wantLast = row;
    }
  }
  t.equal(rows, 5004);
  t.ok(pages > 1, `several pages (${pages}): the connection was paused and resumed`);
  const g = stamp(got).split('\n');
  const w = want.split('\n');
  const firstDiff = g.findIndex((l, i) => l !== w[i]);
  t.equal(firstDiff, -1, 'every line equal', { got: g[firstDiff], want: w[firstDiff] });
  t.equal(stamp(got), want, 'the same bytes');
  t.same(last, wantLast, 'last row decoded as the decoded path does');
  t.match(got, /"ub":18446744073709551615,"sb":-9223372036854775808/, 'unsigned and signed 64-bit bounds exact');
  t.match(got, /"d":null,"dt":null/, 'zero dates are null');
  t.match(got, /"txt":"ctl\\u0001\\t\\n\\r\\u001f\u007f\\"q\\\\b Māori ☃ 😀","l1":"café"/, 'text escaped as JSON.stringify does');
  // the keyset's repeated cursor selected once (selectPage), repeated by the session on both paths
  const rep = mysqlDialect.selectPage({
    schema: db,
    table: 'v',
    columns: [...names, 'vb'],
    where: ['`id` > ?'],
    params: [0],
    orderBy: ['id'],
  });
  t.equal(rep.repeats, names.indexOf('vb'));
  t.notMatch(rep.text, /`vb`, `vb`|`yr`, `vb`/, 'the repeated column is selected once');
  let repGot = '';
  let repLast: unknown[] | undefined;
  for await (const p of s.records!(rep, allTypes, names, 'my_v')) {
    repGot += p.bytes.toString('utf8');
    repLast = p.last ?? repLast;
  }
  t.equal(stamp(repGot), want, 'records: the same bytes');
  t.same(repLast, wantLast, 'records: the same last row');
  let repWant = '';
  let repWantLast: unknown[] | undefined;
  for await (const chunk of s.stream(rep, allTypes))
    for (const row of chunk) {
      repWant += `{"type":"RECORD","stream":"my_v","record":${encode(row.slice(0, names.length)).json},"time_extracted":"${TIME}"}\n`;
      repWantLast = row;
    }
  t.equal(repWant, want, 'decoded path: the same lines');
  t.same(repWantLast, wantLast, 'decoded path: the same last row');
  // the session still works after an early stop (the rest of the result drained)
  for await (const p of s.records!(sql, allTypes, names, 'my_v')) if (p.rows) break;
  t.same(await s.query({ text: 'SELECT COUNT(*) AS c FROM v', params: [] }), [{ c: 5004 }], 'session usable after an early stop');
});
