// target-files-medi end to end: records with the values that break lesser writers (38-digit decimals, integers past
// 2^53, microsecond date-times with offsets, Arabic and emoji text, quotes and newlines, JSON, NULL next to '') go
// through the real target into Parquet (zstd, snappy), CSV (plain, gzip) and JSONL (gzip); every file is read back
// by DuckDB and by pyarrow/Python and every value compared with the input, and the manifests with the files.
import t from 'tap';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decimal, stringifyExact } from '../kit/singer/decimal.js';
import { canonDecimal, epochMicros, manifests, readWithDuckdb, readWithPython, runFilesTarget, type Col, type Row } from './files.js';

const SCHEMA = {
  type: 'SCHEMA',
  stream: 'claims',
  key_properties: ['claim_id'],
  schema: {
    type: 'object',
    properties: {
      claim_id: { type: 'integer' },
      // a SQL tap's numeric(38,10): multipleOf 10^-10, maximum 10^28 (exclusive)
      amount: {
        type: ['number', 'null'],
        multipleOf: 1e-10,
        maximum: 1e28,
        exclusiveMaximum: true,
        minimum: -1e28,
        exclusiveMinimum: true,
      },
      // a contract's decimal: no scale given, decimal_default applies
      quantity: { type: ['number', 'null'] },
      submitted_at: { type: ['string', 'null'], format: 'date-time' },
      service_date: { type: ['string', 'null'], format: 'date' },
      is_paid: { type: ['boolean', 'null'] },
      details: {},
      patient_name: { type: ['string', 'null'] },
    },
  },
};

const COLUMNS: Col[] = [
  { name: 'claim_id', type: 'BIGINT' },
  { name: 'amount', type: 'DECIMAL(38,10)' },
  { name: 'quantity', type: 'DECIMAL(38,9)' },
  { name: 'submitted_at', type: 'TIMESTAMPTZ' },
  { name: 'service_date', type: 'DATE' },
  { name: 'is_paid', type: 'BOOLEAN' },
  { name: 'details', type: 'JSON' },
  { name: 'patient_name', type: 'VARCHAR' },
];

interface Input {
  record: Record<string, unknown>;
  /** the canonical text of every value, computed from what was sent */
  expect: Row;
  /** JSON text of `details` as sent */
}

const NAMES = [
  'محمد عبد الله',
  'فاطمة الزهراء',
  'Ngāti Whātua 🌿',
  'O\'Brien, "Jack"',
  'line one\nline two',
  'crlf\r\nend',
  '',
  ' spaced ',
  'tab\there',
];
const OFFSETS = ['Z', '+05:30', '-09:00', '+13:45', '+00:00'];

function build(n: number): { lines: string[]; inputs: Input[] } {
  const inputs: Input[] = [];
  const edge: Array<Record<string, unknown>> = [
    {
      claim_id: new Decimal('9223372036854775807'),
      amount: new Decimal('9999999999999999999999999999.9999999999'),
      quantity: new Decimal('12345678901234567890123456789.123456789'),
    },
    {
      claim_id: new Decimal('-9223372036854775808'),
      amount: new Decimal('-9999999999999999999999999999.9999999999'),
      quantity: new Decimal('-0.000000001'),
    },
    { claim_id: new Decimal('9007199254740993'), amount: new Decimal('0.0000000001'), quantity: 0 },
    { claim_id: 9007199254740991, amount: new Decimal('1.10'), quantity: new Decimal('2.50') },
    { claim_id: 0, amount: new Decimal('1e-10'), quantity: new Decimal('1.5E+3') },
  ];
  for (let i = 0; i < n; i++) {
    const e = edge[i] ?? {};
    const amount =
      e.amount ??
      (i % 11 === 0 ? null : new Decimal(`${i % 2 ? '-' : ''}${(i * 7919) % 100000}.${String((i * 104729) % 10 ** 10).padStart(10, '0')}`));
    const quantity = e.quantity ?? (i % 13 === 0 ? null : new Decimal(`${i}.${String(i % 1000).padStart(3, '0')}`));
    const us = String((i * 37) % 1_000_000).padStart(6, '0');
    const submitted =
      i % 17 === 0
        ? null
        : `2024-${String((i % 3) + 1).padStart(2, '0')}-${String((i % 4) + 1).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:07.${us}${OFFSETS[i % OFFSETS.length]}`;
    const service = i % 19 === 0 ? null : `20${String(10 + (i % 3))}-02-${String((i % 5) + 24).padStart(2, '0')}`;
    const paid = i % 5 === 0 ? null : i % 2 === 0;
    const detailsText =
      i % 23 === 0 ? null : `{"codes":["Z${i}","ع${i}"],"fee":${i}.10,"big":123456789012345678901234567890,"nested":{"ok":${i % 2 === 0}}}`;
    const name = i % 29 === 0 ? null : `${NAMES[i % NAMES.length]} #${i}`;
    const claimId = e.claim_id ?? i + 1000;
    const record = {
      claim_id: claimId,
      amount,
      quantity,
      submitted_at: submitted,
      service_date: service,
      is_paid: paid,
      details: detailsText === null ? null : `@@DETAILS${i}@@`,
      patient_name: name,
    };
    inputs.push({
      record,
      expect: {
        claim_id: String(claimId instanceof Decimal ? claimId.text : claimId),
        amount: amount === null ? null : canonDecimal(plainOf(String(amount))),
        quantity: quantity === null ? null : canonDecimal(plainOf(String(quantity))),
        submitted_at: submitted === null ? null : epochMicros(submitted),
        service_date: service,
        is_paid: paid === null ? null : String(paid),
        details: detailsText,
        patient_name: name,
      },
    });
  }
  const lines = [JSON.stringify(SCHEMA)];
  inputs.forEach((inp, i) => {
    let line = stringifyExact({ type: 'RECORD', stream: 'claims', record: inp.record, time_extracted: '2026-01-02T03:04:05Z' });
    line = line.replace(`"@@DETAILS${i}@@"`, inp.expect.details ?? 'null');
    lines.push(line);
    if ((i + 1) % 250 === 0) lines.push(JSON.stringify({ type: 'STATE', value: { bookmarks: { claims: { position: i + 1 } } } }));
  });
  return { lines, inputs };
}

/** 1.5E+3 → 1500, 1e-10 → 0.0000000001: exponent forms in plain digits (test-side, independent of the target). */
function plainOf(s: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?[eE]([+-]?\d+)$/.exec(s);
  if (!m) return s;
  const digits = m[2]! + (m[3] ?? '');
  const point = m[2]!.length + Number(m[4]);
  const padded = point <= 0 ? '0'.repeat(1 - point) + digits : digits.padEnd(point, '0');
  const at = Math.max(point, 1);
  const int = padded.slice(0, at).replace(/^0+(?=\d)/, '');
  const frac = padded.slice(at);
  return m[1]! + int + (frac ? '.' + frac : '');
}

const ROWS = 2000;
const { lines, inputs } = build(ROWS);
const byId = new Map(inputs.map((i) => [i.expect.claim_id!, i.expect]));

const variants = [
  { format: 'parquet', compression: 'zstd', partition_by: { claims: 'submitted_at' } },
  { format: 'parquet', compression: 'snappy', partition_by: { '*': '_extracted' } },
  { format: 'csv', compression: 'none', partition_by: { claims: 'service_date' } },
  { format: 'csv', compression: 'gzip', partition_by: { claims: 'submitted_at' } },
  { format: 'jsonl', compression: 'gzip', partition_by: { claims: 'service_date' } },
  // Singer key order is not fixed and Python's json.dumps writes ", " and ": ": the record first, spaces everywhere
  { format: 'parquet', compression: 'zstd', partition_by: { claims: 'submitted_at' }, reordered: true },
  // the general path alone (every line JSON-parsed) writes the same values
  { format: 'parquet', compression: 'snappy', partition_by: { claims: 'submitted_at' }, reordered: true, fast_path: false },
  { format: 'csv', compression: 'none', partition_by: { claims: 'service_date' }, fast_path: false },
] as const;

/** A RECORD line with its keys in another order and Python's separators (JSON text unchanged otherwise). */
function reorder(line: string): string {
  const head = '{"type":"RECORD","stream":"claims","record":';
  const tail = ',"time_extracted":"2026-01-02T03:04:05Z"}';
  if (!line.startsWith(head) || !line.endsWith(tail)) return line;
  const record = line.slice(head.length, -tail.length).replace(/":/g, '": ').replace(/,"/g, ', "');
  return `{"record": ${record}, "time_extracted": "2026-01-02T03:04:05Z", "stream": "claims", "type": "RECORD"}`;
}

for (const v of variants) {
  t.test(
    `${v.format} (${v.compression}${'reordered' in v ? ', keys reordered' : ''}${'fast_path' in v ? ', fast_path off' : ''}): every value read back exactly by DuckDB and by ${v.format === 'jsonl' ? 'Python json' : 'pyarrow'}`,
    async (t) => {
      const root = mkdtempSync(join(tmpdir(), 'files-t-'));
      const r = await runFilesTarget(
        {
          root,
          zone: 'raw',
          source: 'moh',
          format: v.format,
          compression: v.compression,
          partition_by: v.partition_by,
          batch_size_rows: 700,
          fast_path: !('fast_path' in v),
        },
        ('reordered' in v ? lines.map(reorder) : lines).join('\n') + '\n',
      );
      t.equal(r.code, 0, 'exit status', { stderr: r.stderr.slice(-2000) });
      // most lines take the fast path (fast-record.ts), the rest (exponents, escapes…) the general one: both are read back
      const fast = Number(/"fast_path_records":(\d+)/.exec(r.stderr)?.[1]);
      if ('fast_path' in v) t.equal(fast, 0, 'fast_path off: every line parsed');
      else t.ok(fast > ROWS / 2 && fast < ROWS, `${fast} of ${ROWS} records took the fast path`);
      t.same(r.states.at(-1), { bookmarks: { claims: { position: ROWS } } }, 'last state covers every row');
      const ms = manifests(root, 'raw', 'moh');
      t.ok(ms.length >= 2, `${ms.length} batches committed (batch_size_rows 700)`);
      const files = ms.flatMap((m) => m.files);
      t.equal(
        files.reduce((n, f) => n + f.rows, 0),
        ROWS,
        'the manifests count every row once',
      );
      const seen = new Map<string, Row>();
      let duplicates = 0;
      const python = readWithPython(
        v.format,
        files.map((f) => join(root, f.path)),
        COLUMNS,
      );
      for (const f of files) {
        const path = join(root, f.path);
        const bytes = readFileSync(path);
        t.equal(createHash('sha256').update(bytes).digest('hex'), f.sha256, `${f.path}: SHA-256 as in its manifest`);
        t.equal(bytes.length, f.bytes, `${f.path}: size as in its manifest`);
        t.match(
          f.path,
          new RegExp(
            `^raw/moh/claims/[a-z_]+_date=(\\d{4}-\\d{2}-\\d{2}|__HIVE_DEFAULT_PARTITION__)/part-[0-9TZ-]+\\.${v.format}${v.compression === 'gzip' ? '\\.gz' : ''}$`,
          ),
        );
        const duck = await readWithDuckdb(v.format, path, COLUMNS);
        const py = python[path]!;
        t.equal(duck.length, f.rows, `${f.path}: DuckDB reads the manifest's row count`);
        t.same(py.rows, duck, `${f.path}: pyarrow/Python and DuckDB read the same values`);
        if (v.format === 'parquet')
          t.same(
            py.schema,
            {
              claim_id: 'int64',
              amount: 'decimal128(38, 10)',
              quantity: 'decimal128(38, 9)',
              submitted_at: 'timestamp[us, tz=UTC]',
              service_date: 'date32[day]',
              is_paid: 'bool',
              details: 'extension<arrow.json>',
              patient_name: 'string',
            },
            'Parquet physical/logical types: DECIMAL, INT64, TIMESTAMP(UTC, µs), DATE, BOOLEAN, JSON, UTF8',
          );
        for (const row of duck) {
          if (seen.has(row.claim_id!)) duplicates++;
          seen.set(row.claim_id!, row);
          // partition folder agrees with the row
          if (
            (v.partition_by as Record<string, string>).claims === 'service_date' &&
            !f.partition.endsWith(row.service_date ?? '__HIVE_DEFAULT_PARTITION__')
          )
            t.fail(`claim ${row.claim_id} (service_date ${row.service_date}) filed under ${f.partition}`);
        }
      }
      t.equal(duplicates, 0, 'no row read twice');
      t.equal(seen.size, ROWS, 'every row read back');
      let mismatches = 0;
      for (const [k, want] of byId) {
        const got = seen.get(k);
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          if (mismatches++ < 5) t.same(got, want, `claim ${k}`);
        }
      }
      t.equal(mismatches, 0, 'every value equals the input exactly');
      t.same(
        readdirSync(root, { recursive: true }).filter((p) => String(p).endsWith('.tmp')),
        [],
        'no staged file left behind',
      );
    },
  );
}

t.test('schema change: a widening change starts a new file; a narrowing one fails naming the column', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'files-t-'));
  const s1 = {
    type: 'SCHEMA',
    stream: 'visits',
    key_properties: ['id'],
    schema: { properties: { id: { type: 'integer' }, fee: { type: 'number', multipleOf: 0.01, maximum: 1e8 } } },
  };
  const s2 = {
    ...s1,
    schema: {
      properties: {
        id: { type: 'integer' },
        fee: { type: 'number', multipleOf: 0.0001, maximum: 1e10 },
        ward: { type: ['string', 'null'] },
      },
    },
  };
  const rec = (r: Record<string, unknown>) => stringifyExact({ type: 'RECORD', stream: 'visits', record: r });
  const input = [
    JSON.stringify(s1),
    rec({ id: 1, fee: new Decimal('12.34') }),
    JSON.stringify(s2),
    rec({ id: 2, fee: new Decimal('99999.1234'), ward: 'جناح ٣' }),
    JSON.stringify({ type: 'STATE', value: { v: 1 } }),
  ].join('\n');
  const r = await runFilesTarget({ root, source: 'hims' }, input + '\n');
  t.equal(r.code, 0, 'widening accepted', { stderr: r.stderr.slice(-1000) });
  const files = manifests(root, 'raw', 'hims').flatMap((m) => m.files);
  t.equal(files.length, 2, 'one file per schema');
  t.same(
    files.map((f) => f.columns.map((c) => c.type).join(' ')),
    ['BIGINT DECIMAL(10,2)', 'BIGINT DECIMAL(14,4) VARCHAR'],
    'each file has the schema its rows arrived with',
  );
  const second = await readWithDuckdb('parquet', join(root, files[1]!.path), [
    { name: 'id', type: 'BIGINT' },
    { name: 'fee', type: 'DECIMAL(14,4)' },
    { name: 'ward', type: 'VARCHAR' },
  ]);
  t.same(second, [{ id: '2', fee: '99999.1234', ward: 'جناح ٣' }]);

  // a later run whose schema narrows fee (scale 4 → 2) fails before writing, naming the column
  const narrow = { ...s1, schema: { properties: { id: { type: 'integer' }, fee: { type: 'string' } } } };
  const r2 = await runFilesTarget(
    { root, source: 'hims' },
    [JSON.stringify(narrow), JSON.stringify({ type: 'RECORD', stream: 'visits', record: { id: 3, fee: 'x' } })].join('\n') + '\n',
  );
  t.equal(r2.code, 1, 'narrowing fails');
  t.match(r2.stderr, /stream "visits" column "fee" changes type from DECIMAL\(14,4\) to VARCHAR, which cannot widen/);

  // a SCHEMA that drops a column does not clear its type: bringing it back as another type must still widen, within a
  // run and in the next one (the manifest keeps every column the stream's files have had)
  const without = { ...s1, schema: { properties: { id: { type: 'integer' } } } };
  const r3 = await runFilesTarget(
    { root, source: 'hims' },
    [JSON.stringify(without), rec({ id: 4 }), JSON.stringify(narrow), rec({ id: 5, fee: 'x' }), '{"type":"STATE","value":{}}'].join('\n') +
      '\n',
  );
  t.equal(r3.code, 1, 'dropped, then back as text: fails in the same run');
  t.match(r3.stderr, /line 3: stream "visits" column "fee" changes type from DECIMAL\(14,4\) to VARCHAR/);
  const r4 = await runFilesTarget(
    { root, source: 'hims' },
    [JSON.stringify(without), rec({ id: 6 }), '{"type":"STATE","value":{}}'].join('\n') + '\n',
  );
  t.equal(r4.code, 0, r4.stderr.slice(-1000));
  const r5 = await runFilesTarget(
    { root, source: 'hims' },
    [JSON.stringify(narrow), rec({ id: 7, fee: 'x' }), '{"type":"STATE","value":{}}'].join('\n') + '\n',
  );
  t.equal(r5.code, 1, 'and in a run after one whose SCHEMA had no fee');
  t.match(r5.stderr, /column "fee" changes type from DECIMAL\(14,4\) to VARCHAR/);
});

t.test('a value that would be rounded or truncated fails naming its line and column', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'files-t-'));
  const s = {
    type: 'SCHEMA',
    stream: 'bills',
    key_properties: [],
    schema: { properties: { amt: { type: 'number', multipleOf: 0.01 }, at: { type: 'string', format: 'date-time' } } },
  };
  const cases: Array<[Record<string, unknown>, RegExp]> = [
    [
      { amt: new Decimal('1.005'), at: '2024-01-01T00:00:00Z' },
      /line 2: stream "bills" column "amt": 1.005 has more than 2 decimal places/,
    ],
    [{ amt: 1, at: '2024-01-01T00:00:00.1234567Z' }, /line 2: stream "bills" column "at": .* finer than microseconds/],
    [{ amt: 'ten', at: '2024-01-01T00:00:00Z' }, /line 2: stream "bills" column "amt": expected a number, got "ten"/],
  ];
  for (const [record, err] of cases) {
    const r = await runFilesTarget(
      { root, source: 'x' },
      [JSON.stringify(s), stringifyExact({ type: 'RECORD', stream: 'bills', record })].join('\n') + '\n',
    );
    t.equal(r.code, 1);
    t.match(r.stderr, err);
  }
});

t.test('days and times that do not exist fail naming line and column, on the fast path and the general one', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'files-t-'));
  const s = {
    type: 'SCHEMA',
    stream: 'visits',
    key_properties: [],
    schema: {
      properties: {
        at: { type: ['string', 'null'], format: 'date-time' },
        day: { type: ['string', 'null'], format: 'date' },
        tod: { type: ['string', 'null'], format: 'time' },
      },
    },
  };
  const cases: Array<[Record<string, unknown>, RegExp]> = [
    [{ at: '2024-02-30T10:00:00Z' }, /column "at": 2024-02-30T10:00:00Z names no such date and time/],
    [{ at: '2024-03-01T23:59:60Z' }, /column "at": .* names no such date and time/],
    [{ at: '2024-03-01T25:00:00+05:00' }, /column "at": .* names no such date and time/],
    [{ day: '2023-02-29' }, /column "day": 2023-02-29 names no such day/],
    [{ day: '2023-13-45' }, /column "day": 2023-13-45 names no such day/],
    [{ tod: '25:61:61' }, /column "tod": 25:61:61 names no such time of day/],
  ];
  for (const fast of [true, false])
    for (const [record, err] of cases) {
      const r = await runFilesTarget(
        { root, source: 'x', fast_path: fast },
        [JSON.stringify(s), JSON.stringify({ type: 'RECORD', stream: 'visits', record })].join('\n') + '\n',
      );
      t.equal(r.code, 1, `${JSON.stringify(record)} (fast_path ${fast})`);
      t.match(r.stderr, new RegExp(`line 2: stream "visits" ${err.source}`));
    }
  // the spellings that do exist, written in the forms DuckDB reads: lower-case t and z, ±HH, ±HHMM, no seconds
  // before an offset, 24:00:00, 29 February of a leap year; filed under their UTC date (a partition of ±HH too)
  const ok = [
    { at: '2024-03-01t10:00:00z', day: '2024-02-29', tod: '24:00:00' },
    { at: '2024-03-01T10:00+05', day: '2000-02-29', tod: '23:59:59.999999' },
    { at: '2024-03-01T01:30:00+0530', day: null, tod: '00:30:00+02:00' },
    { at: '2024-03-01T01:30:00+0530', day: null, tod: null },
  ];
  const out = mkdtempSync(join(tmpdir(), 'files-t-'));
  const r = await runFilesTarget(
    { root: out, source: 'x', partition_by: { visits: 'at' } },
    [
      JSON.stringify(s),
      ...ok.map((record) => JSON.stringify({ type: 'RECORD', stream: 'visits', record })),
      '{"type":"STATE","value":{}}',
    ].join('\n') + '\n',
  );
  t.equal(r.code, 0, r.stderr.slice(-2000));
  const cols = [
    { name: 'at', type: 'TIMESTAMPTZ' },
    { name: 'day', type: 'DATE' },
    { name: 'tod', type: 'TIME' },
  ];
  const rows: Row[] = [];
  for (const f of manifests(out, 'raw', 'x').flatMap((m) => m.files))
    rows.push(...(await readWithDuckdb('parquet', join(out, f.path), cols)));
  t.same(
    rows.map((x) => x.at).sort(),
    ['2024-03-01T10:00:00Z', '2024-03-01T05:00:00Z', '2024-02-29T20:00:00Z', '2024-02-29T20:00:00Z'].map(epochMicros).sort(),
    'each instant exact',
  );
  // a time of day with an offset is its UTC time of day, as a date-time is its instant
  t.same(rows.map((x) => x.tod).sort(), ['22:30:00', '23:59:59.999999', '24:00:00', null]);
  t.same(readdirSync(join(out, 'raw/x/visits')).sort(), ['at_date=2024-02-29', 'at_date=2024-03-01']);
});

t.test('names a file layout cannot hold fail at their SCHEMA, naming them', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'files-t-'));
  const schema = (stream: string, properties: Record<string, unknown>) =>
    JSON.stringify({ type: 'SCHEMA', stream, key_properties: [], schema: { properties } }) + '\n';
  const cases: Array<[string, RegExp]> = [
    [schema('../../escaped', { id: { type: 'integer' } }), /line 1: stream "..\/..\/escaped" cannot be a folder of the layout/],
    [schema('a/b', { id: { type: 'integer' } }), /stream "a\/b" cannot be a folder/],
    [schema('_batches', { id: { type: 'integer' } }), /stream "_batches" cannot be a folder/],
    [schema('s', { ID: { type: 'integer' }, id: { type: 'integer' } }), /properties "ID" and "id", which differ only in case/],
    [schema('s', { '': { type: 'integer' } }), /a property with an empty name/],
  ];
  for (const [input, err] of cases) {
    const r = await runFilesTarget({ root, source: 'x' }, input);
    t.equal(r.code, 1);
    t.match(r.stderr, err);
  }
  t.notOk(existsSync(join(root, 'escaped')), 'nothing written outside the source folder');
  t.same(
    readdirSync(join(root, 'raw/x')).filter((n) => !n.startsWith('.')),
    [],
    'nor inside it (the run lock aside)',
  );
});

t.test('time_extracted without an offset is UTC whatever the machine zone; a lone surrogate in a JSON value is U+FFFD', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'files-t-'));
  const s = {
    type: 'SCHEMA',
    stream: 'notes',
    key_properties: [],
    schema: { properties: { id: { type: 'integer' }, doc: { type: 'object' } } },
  };
  const input =
    [
      JSON.stringify(s),
      '{"type":"RECORD","stream":"notes","time_extracted":"2024-05-01T02:00:00","record":{"id":1,"doc":{"x":"\\ud800 y"}}}',
      '{"type":"STATE","value":{}}',
    ].join('\n') + '\n';
  const r = await runFilesTarget({ root, source: 'x' }, input, { env: { TZ: 'Asia/Kolkata' } });
  t.equal(r.code, 0, r.stderr.slice(-2000));
  t.same(readdirSync(join(root, 'raw/x/notes')), ['_extracted_date=2024-05-01'], 'filed under the UTC date, not the local one');
  const [file] = manifests(root, 'raw', 'x').flatMap((m) => m.files);
  const rows = await readWithDuckdb('parquet', join(root, file!.path), [{ name: 'doc', type: 'JSON' }]);
  t.same(rows, [{ doc: '{"x":"\uFFFD y"}' }]);
});

t.test('a batch that fails before its manifest leaves no staged file behind', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'files-t-'));
  const s = {
    type: 'SCHEMA',
    stream: 'v',
    key_properties: [],
    schema: { properties: { id: { type: 'integer' }, d: { type: 'string', format: 'date' } } },
  };
  const input =
    [
      JSON.stringify(s),
      '{"type":"RECORD","stream":"v","record":{"id":1,"d":"2024-01-01"}}',
      '{"type":"RECORD","stream":"v","record":{"id":2,"d":"2024-01-02"}}',
      '{"type":"STATE","value":{"n":2}}',
    ].join('\n') + '\n';
  // two partitions, two files: the failure comes after the first is staged
  const r = await runFilesTarget({ root, source: 'x', partition_by: { v: 'd' } }, input, { env: { MEDI_TEST_FAIL_AT: 'staged:1' } });
  t.equal(r.code, 1);
  t.match(r.stderr, /MEDI_TEST_FAIL_AT staged:1/);
  t.same(r.states, [], 'no state released');
  const left = readdirSync(root, { recursive: true }).filter((f) => String(f).endsWith('.tmp'));
  t.same(left, [], 'no staged file left');
});
