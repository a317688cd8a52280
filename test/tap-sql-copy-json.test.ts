// The PostgreSQL bulk path's RECORD lines built from COPY bytes (taps/tap-sql/copy-json.ts) are byte for byte the
// lines the decoded path writes (decodeCopyLine → the engine's row encoder) for the same COPY output: read from the
// real server for every type with its awkward values (escapes, every control character, placeholders, infinities,
// NaN, 64-bit bounds, thousands of doubles of every magnitude), and for bytes no UTF8 server sends (invalid UTF-8).
import t from 'tap';
import { scratchDb, query } from './helpers.js';
import { postgres } from '../taps/tap-sql/dialects/postgres.js';
import { CopyRecordEncoder } from '../taps/tap-sql/copy-json.js';
import { decodeCopyLine } from '../taps/tap-sql/copy-text.js';
import { rowEncoder } from '../taps/tap-sql/engine.js';
import type { MappedType, Session, SourceColumn } from '../taps/tap-sql/dialect.js';

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
  for await (const c of s.copyLines!({ text: `SELECT ${select.map((c) => `"${c}"`).join(', ')} FROM v ORDER BY id`, params: [] }))
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
  const bad = Buffer.from('2\tonly two\n');
  t.throws(() => enc.encode(bad, TIME), /COPY row has 2 fields, expected 4/);
  t.throws(() => enc.encode(Buffer.from('1\t2\t3\t2024-01-01\t5\n'), TIME), /fields, expected 4/);
});
