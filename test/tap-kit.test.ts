// The tap kit against a sample tap: CLI modes, catalog selection by breadcrumb metadata, kit-kept bookmarks.
import t from 'tap';
import { PassThrough } from 'node:stream';
import { JsonRows, greater } from '../kit/singer/json-rows.js';
import { writeFileSync, mkdtempSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, execFileSync } from 'node:child_process';
import { defineStream, runTap, discover, recordEncoder, UnitDone, type TapDef } from '../kit/singer/tap-kit.js';
import { HimsSim } from '../sim/hims/server.js';
import { Hospital } from '../sim/hims/data.js';
import { ROOT } from './helpers.js';
import { loadConfig, type Settings } from '../kit/singer/settings.js';

const settings: Settings = [
  { name: 'api_url', kind: 'string', required: true, description: 'Base URL' },
  { name: 'token', kind: 'password', sensitive: true, description: 'API token' },
  { name: 'page_size', kind: 'integer', default: 2, description: 'Page size' },
];
const seen: Array<{ stream: string; since: unknown; partition: unknown }> = [];
const rows = [
  { id: 1, name: 'a', updated: '2025-01-01', ward: 'A' },
  { id: 2, name: 'b', updated: '2025-01-03', ward: 'A' },
  { id: 3, name: 'c', updated: '2025-01-02', ward: 'B' },
];
const rowsOf = (ward: string) => rows.filter((r) => r.ward === ward);
const patients = defineStream<{ api_url: string }, null>({
  singer: {
    stream: 'patients',
    key_properties: ['id'],
    bookmark_properties: ['updated'],
    schema: {
      type: 'object',
      properties: { id: { type: 'integer' }, name: { type: 'string' }, updated: { type: 'string' }, ward: { type: 'string' } },
    },
  },
  partitions: () => [{ ward: 'A' }, { ward: 'B' }],
  async *fetch({ partition, since }) {
    seen.push({ stream: 'patients', since, partition });
    for (const r of rows) if (r.ward === partition.ward && (since === undefined || r.updated > String(since))) yield r;
  },
});
const wards = defineStream<{ api_url: string }, null>({
  singer: {
    stream: 'wards',
    key_properties: ['code'],
    bookmark_properties: [],
    schema: { type: 'object', properties: { code: { type: 'string' } } },
  },
  async *fetch() {
    seen.push({ stream: 'wards', since: undefined, partition: {} });
    yield { code: 'A' };
  },
});
const tap: TapDef<{ api_url: string }, null> = {
  about: {
    name: 'tap-sample',
    namespace: 'tap_sample',
    executable: 'tap-sample',
    pluginType: 'extractors',
    description: 'sample',
    version: '0.0.0',
    capabilities: ['catalog', 'discover', 'state', 'about'],
    settings,
  },
  settings,
  streams: [patients, wards],
  client: () => null,
};

// the same source, emitted through the kit's row encoder instead of one object per record
const patientsEncoded = defineStream<{ api_url: string }, null>({
  ...patients,
  async *fetch({ partition, since, encoder }) {
    const encode = encoder(['id', 'name', 'updated', 'ward']);
    for (const r of rows)
      if (r.ward === partition.ward && (since === undefined || r.updated > String(since))) yield encode([r.id, r.name, r.updated, r.ward]);
  },
});
const tapEncoded: TapDef<{ api_url: string }, null> = { ...tap, streams: [patientsEncoded, wards] };

async function run(argv: string[], which = tap): Promise<{ code: number; out: string; messages: Array<Record<string, any>> }> {
  const sink = new PassThrough();
  let out = '';
  sink.setEncoding('utf8');
  sink.on('data', (d: string) => (out += d));
  const code = await runTap(which, argv, sink);
  const messages = argv.some((a) => ['--about', '--discover', '--version'].includes(a))
    ? []
    : out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l));
  return { code, out, messages };
}

function file(obj: unknown): string {
  const f = join(mkdtempSync(join(tmpdir(), 'tapkit-')), 'f.json');
  writeFileSync(f, JSON.stringify(obj));
  return f;
}

t.test('bookmark order: numbers as numbers, also when written as text (a bigint cursor); dates and text as text', async (t) => {
  const past: Array<[string | number | undefined, string | number]> = [
    ['9', '10'],
    [9, '10'],
    ['9', 10],
    ['9.99', '10.0'],
    ['9.5', '100'],
    ['-10', '-9'],
    ['-1', '0'],
    ['9007199254740993', '9007199254740994'],
    ['9007199254740995', '10000000000000000000'],
    ['2024-01-01T00:00:00Z', '2024-01-01T00:00:01Z'],
    ['2024-01-01T09:59:59.999Z', '2024-01-01T10:00:00Z'],
    ['Zeta', 'b'],
    [undefined, '0'],
  ];
  for (const [a, b] of past) {
    t.ok(greater(a, b), `${b} is past ${a}`);
    if (a !== undefined) t.notOk(greater(b, a), `${a} is not past ${b}`);
  }
  t.notOk(greater('10', '10.0'), 'equal numbers: neither is past the other');
  t.notOk(greater('10', undefined));
});

t.test('--about (json and markdown) lists the declared settings; --version', async (t) => {
  const j = await run(['--about', '--format', 'json']);
  const about = JSON.parse(j.out);
  // singer-sdk's shape (what Meltano Hub reads): settings are a JSON Schema object
  t.same(Object.keys(about), ['name', 'description', 'version', 'sdk_version', 'supported_python_versions', 'capabilities', 'settings']);
  // the tap's own settings, then what the kit adds to every tap (the batch lane's batch_config, as singer-sdk names it)
  t.same(Object.keys(about.settings.properties), ['api_url', 'token', 'page_size', 'batch_config']);
  t.ok(about.capabilities.includes('batch'));
  t.match(about.settings, { type: 'object', required: ['api_url'], $schema: 'https://json-schema.org/draft/2020-12/schema' });
  t.same(about.settings.properties.api_url, { type: ['string'], description: 'Base URL' });
  t.same(about.settings.properties.token, { type: ['string', 'null'], description: 'API token', secret: true, writeOnly: true });
  t.same(about.settings.properties.page_size, { type: ['integer', 'null'], default: 2, description: 'Page size' });
  t.match((await run(['--about', '--format', 'markdown'])).out, /\| `page_size` \| integer \| `2` \|/);
  t.equal((await run(['--version'])).out, 'tap-sample 0.0.0\n');
});

const sdkTap = join(ROOT, '.meltano/extractors/tap-postgres/venv/bin/tap-postgres');
const noSdkTap = existsSync(sdkTap) ? false : 'tap-postgres is not installed (meltano install extractor tap-postgres)';
t.test('--about json has the keys and annotations of a real singer-sdk tap (MeltanoLabs tap-postgres)', { skip: noSdkTap }, async (t) => {
  const sdk = JSON.parse(execFileSync(sdkTap, ['--about', '--format', 'json'], { encoding: 'utf8' }));
  const ours = JSON.parse((await run(['--about', '--format', 'json'])).out);
  t.same(Object.keys(ours), Object.keys(sdk));
  t.same(Object.keys(ours.settings).sort(), [...Object.keys(sdk.settings), 'required'].sort());
  t.equal(ours.settings.$schema, sdk.settings.$schema);
  const sdkProps = sdk.settings.properties;
  t.same(ours.settings.properties.token, { ...sdkProps.password, description: 'API token' }, 'a secret is marked as singer-sdk marks one');
  t.same(ours.settings.properties.page_size, { ...sdkProps.port, default: 2, description: 'Page size' }, 'an optional integer, defaulted');
});

t.test('--test=schema writes every SCHEMA and nothing else, as singer-sdk taps do; --test checks the connection', async (t) => {
  const cfg = file({ api_url: 'http://x' });
  seen.length = 0;
  const r = await run(['--config', cfg, '--test=schema']);
  t.equal(r.code, 0);
  t.same(
    r.messages.map((m) => [m.type, m.stream]),
    [
      ['SCHEMA', 'patients'],
      ['SCHEMA', 'wards'],
    ],
  );
  t.same(r.messages[0]!.bookmark_properties, ['updated']);
  t.same(r.messages[0]!.key_properties, ['id']);
  t.same(seen, [], 'no stream was read');
  t.equal((await run(['--config', file({}), '--test=schema'])).code, 1, 'the config is still checked');
  const c = await run(['--config', cfg, '--test']);
  t.equal(c.code, 0);
  t.equal(c.out, '', 'the connection test writes no messages');
  t.equal((await run(['--config', cfg, '--test=records'])).code, 2, 'an unknown --test value is a usage error');
});

t.test('tap-hims: extra_headers is sensitive (it carries Authorization headers)', async (t) => {
  const himsTap = join(ROOT, 'dist/taps/tap-hims/main.js');
  const aboutText = execFileSync(process.execPath, [himsTap, '--about', '--format', 'json'], { encoding: 'utf8' });
  const about = JSON.parse(aboutText);
  t.match(about.settings.properties.extra_headers, { secret: true, writeOnly: true });
  const lock = JSON.parse(readFileSync(join(ROOT, 'plugins/extractors/tap-hims--medi.lock'), 'utf8'));
  // a secret is never declared to Meltano, which would write it into .meltano/run/*.config.json: the tap reads it
  // from its own environment variable (kit/singer/settings.ts meltanoSettings)
  t.notOk(
    lock.settings.find((s: { name: string }) => s.name === 'extra_headers'),
    'and so left out of the Meltano definition',
  );
});

t.test('--discover: breadcrumb metadata with key and replication key automatic', async (t) => {
  const cat = JSON.parse((await run(['--discover'])).out);
  const p = cat.streams[0];
  t.equal(p.tap_stream_id, 'patients');
  t.same(p.metadata[0].metadata['valid-replication-keys'], ['updated']);
  t.same(p.metadata.find((m: any) => m.breadcrumb[1] === 'id').metadata.inclusion, 'automatic');
  t.same(p.metadata.find((m: any) => m.breadcrumb[1] === 'name').metadata.inclusion, 'available');
});

t.test('a missing required setting fails with its name and env var', async (t) => {
  const r = await run(['--config', file({})]);
  t.equal(r.code, 1);
});

t.test('a config key that is no setting is said, with the setting it is closest to', async (t) => {
  const said: string[] = [];
  const write = process.stderr.write;
  process.stderr.write = ((chunk: string) => (said.push(String(chunk)), true)) as typeof process.stderr.write;
  try {
    const cfg = loadConfig('tap-test', settings, [file({ api_url: 'http://x', api_ulr: 'typo', zzz_qqq_www: 1 })], {});
    t.equal(cfg.api_url, 'http://x');
  } finally {
    process.stderr.write = write;
  }
  const text = said.join('');
  t.match(text, /config key \\"api_ulr\\" is not a declared setting of tap-test \(did you mean \\"api_url\\"\?\)/);
  t.match(text, /config key \\"zzz_qqq_www\\" is not a declared setting of tap-test;/);
});

t.test('sync: bookmarks kept per partition by the kit; state resumes; selection honoured', async (t) => {
  const cfg = file({ api_url: 'http://x' });
  seen.length = 0;
  const first = await run(['--config', cfg]);
  t.equal(first.code, 0);
  t.same(
    first.messages.filter((m) => m.type === 'RECORD').map((m) => m.record.id ?? m.record.code),
    [1, 2, 3, 'A'],
  );
  const last = first.messages.filter((m) => m.type === 'STATE').at(-1)!.value;
  t.same(last.bookmarks.patients.partitions, [
    { context: { ward: 'A' }, replication_key_value: '2025-01-03' },
    { context: { ward: 'B' }, replication_key_value: '2025-01-02' },
  ]);
  // resume: the kit hands each partition its own bookmark
  seen.length = 0;
  const second = await run(['--config', cfg, '--state', file(last)]);
  t.same(
    seen.filter((s) => s.stream === 'patients').map((s) => s.since),
    ['2025-01-03', '2025-01-02'],
  );
  t.equal(second.messages.filter((m) => m.type === 'RECORD' && m.stream === 'patients').length, 0, 'nothing new after resume');

  // catalog: deselect the wards stream and the name property
  const cat = discover(tap.streams);
  cat.streams[1]!.metadata[0]!.metadata.selected = false;
  cat.streams[0]!.metadata[0]!.metadata.selected = true;
  cat.streams[0]!.metadata.find((m) => m.breadcrumb[1] === 'name')!.metadata.selected = false;
  cat.streams[0]!.metadata.find((m) => m.breadcrumb[1] === 'id')!.metadata.selected = false; // automatic: ignored
  const third = await run(['--config', cfg, '--catalog', file(cat)]);
  t.same([...new Set(third.messages.filter((m) => m.type !== 'STATE').map((m) => m.stream))], ['patients']);
  t.same(Object.keys(third.messages.find((m) => m.type === 'RECORD')!.record).sort(), ['id', 'updated', 'ward']);
  t.same(Object.keys(third.messages.find((m) => m.type === 'SCHEMA')!.schema.properties).sort(), ['id', 'updated', 'ward']);
});

t.test('encoded records: the same messages, selection and bookmarks as records yielded as objects', async (t) => {
  const cfg = file({ api_url: 'http://x' });
  const strip = (ms: Array<Record<string, any>>) =>
    ms.map(({ time_extracted, ...m }) => {
      if (m.type === 'RECORD') t.match(time_extracted, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      return m;
    });
  t.same(strip((await run(['--config', cfg], tapEncoded)).messages), strip((await run(['--config', cfg])).messages));
  const cat = discover(tap.streams);
  cat.streams[0]!.metadata.find((m) => m.breadcrumb[1] === 'name')!.metadata.selected = false;
  const argv = [
    '--config',
    cfg,
    '--catalog',
    file(cat),
    '--state',
    file({ bookmarks: { patients: { partitions: [{ context: { ward: 'A' }, replication_key_value: '2025-01-01' }] } } }),
  ];
  const encoded = strip((await run(argv, tapEncoded)).messages);
  t.same(encoded, strip((await run(argv)).messages));
  t.same(
    encoded.filter((m) => m.type === 'RECORD' && m.stream === 'patients').map((m) => m.record),
    [
      { id: 2, updated: '2025-01-03', ward: 'A' },
      { id: 3, updated: '2025-01-02', ward: 'B' },
    ],
  );
  t.same(
    encoded
      .filter((m) => m.type === 'STATE')
      .at(-1)!
      .value.bookmarks.patients.partitions.map((p: any) => p.replication_key_value),
    ['2025-01-03', '2025-01-02'],
  );
});

t.test('recordEncoder: exactly JSON.stringify of the same object, for every kind of value', async (t) => {
  const values = [
    'plain',
    '',
    'quote " and backslash \\',
    'tab\tnewline\ncr\r nul\u0000 unit\u001f',
    'ā Māori é 中文',
    'emoji 😀 pair',
    'lone high \ud83d end',
    'lone low \ude00',
    '\u007f del \u2028 sep',
    null,
    0,
    -1.5,
    12345678901234,
    true,
    false,
    { a: [1, 'x'] },
  ];
  const keys = values.map((_, i) => `k${i} "q"`);
  const encode = recordEncoder(keys);
  const obj = Object.fromEntries(keys.map((k, i) => [k, values[i]]));
  t.equal(encode(values).json, JSON.stringify(obj));
  t.same(JSON.parse(encode(values).json), obj);
  // deselected keys and undefined values are left out; the replication value travels with the record
  const e2 = recordEncoder(['a', 'b', 'c', 'd'], new Set(['b']), 'c');
  const r = e2(['x', 'y', 7, undefined]);
  t.equal(r.json, '{"a":"x","c":7}');
  t.equal(r.replicationValue, 7);
  t.equal(recordEncoder(['a'], new Set(['a']))(['x']).json, '{}');
  t.equal(recordEncoder(['a', 'b'])([undefined, 'y']).json, '{"b":"y"}');
  t.equal(recordEncoder(['a'], new Set(), 'a')([null]).replicationValue, undefined);
});

t.test('JsonRows: the same JSON as JSON.stringify, from UTF-8 bytes; deselected keys left out', async (t) => {
  const texts = [
    'plain',
    '',
    'quote " and backslash \\',
    'tab\tnewline\ncr\r nul\u0000 unit\u001f bs\b ff\f',
    'ā Māori é 中文',
    'emoji 😀 pair',
    '\u007f del \u2028 sep',
  ];
  const keys = [...texts.map((_, i) => `k${i} "q"`), 'constant', 'n', 'none'];
  const rows = new JsonRows(keys, new Set(), undefined, undefined, 16); // a tiny buffer: every record makes it grow
  const expected: string[] = [];
  for (let r = 0; r < 3; r++) {
    const src = Buffer.from(texts.join(''));
    rows.begin();
    let at = 0;
    texts.forEach((x, i) => {
      const len = Buffer.byteLength(x);
      rows.string(i, src, at, at + len);
      at += len;
    });
    rows.json(texts.length, Buffer.from(JSON.stringify({ uri: 's3://b/k' })));
    rows.integer(texts.length + 1, r * 1e12);
    rows.null(texts.length + 2);
    rows.end();
    expected.push(
      JSON.stringify({ ...Object.fromEntries(texts.map((x, i) => [keys[i], x])), constant: { uri: 's3://b/k' }, n: r * 1e12, none: null }),
    );
  }
  const batch = rows.take();
  t.equal(batch.count, 3);
  const got = batch.ends.map((e, i) => batch.bytes.toString('utf8', i ? batch.ends[i - 1] : 0, e));
  t.same(got, expected);
  const dropped = new JsonRows(['a', 'b', 'c'], new Set(['a', 'c']));
  dropped.begin();
  dropped.string(0, Buffer.from('x'), 0, 1);
  dropped.integer(1, 5);
  dropped.null(2);
  dropped.end();
  const d = dropped.take();
  t.equal(d.bytes.toString(), '{"b":5}');
  dropped.begin();
  dropped.end();
  t.equal(dropped.take().bytes.toString(), '{}', 'take() starts over');
});

t.test('a stream yielding byte-encoded batches emits what the object path emits', async (t) => {
  const wardRows = [
    { code: 'A', name: 'Ward "A"' },
    { code: 'B', name: 'Wārd B' },
    { code: 'C', name: '' },
  ];
  const wardsSchema = {
    stream: 'wards',
    key_properties: ['code'],
    bookmark_properties: [],
    schema: { type: 'object' as const, properties: { code: { type: 'string' }, name: { type: 'string' } } },
  };
  const asObjects = defineStream<{ api_url: string }, null>({
    singer: wardsSchema,
    async *fetch() {
      yield* wardRows;
    },
  });
  const asBytes = defineStream<{ api_url: string }, null>({
    singer: wardsSchema,
    async *fetch({ rows }) {
      const b = rows(['code', 'name']);
      for (const w of wardRows) {
        const src = Buffer.from(w.code + w.name);
        b.begin();
        b.string(0, src, 0, w.code.length);
        b.string(1, src, w.code.length, src.length);
        b.end();
        if (w.code === 'B') yield b.take(); // batches of any size, the last one too
      }
      yield b.take();
    },
  });
  const cfg = file({ api_url: 'http://x' });
  const strip = (ms: Array<Record<string, any>>) => ms.map(({ time_extracted: _t, ...m }) => m);
  const objects = strip((await run(['--config', cfg], { ...tap, streams: [asObjects] })).messages);
  const bytes = strip((await run(['--config', cfg], { ...tap, streams: [asBytes] })).messages);
  t.same(bytes, objects);
  t.equal(bytes.filter((m) => m.type === 'RECORD').length, 3);
  // a deselected property is left out of byte-encoded records too
  const cat = discover([asBytes]);
  cat.streams[0]!.metadata.find((m) => m.breadcrumb[1] === 'name')!.metadata.selected = false;
  const narrowed = (await run(['--config', cfg, '--catalog', file(cat)], { ...tap, streams: [asBytes] })).messages;
  t.same(
    narrowed.filter((m) => m.type === 'RECORD').map((m) => m.record),
    [{ code: 'A' }, { code: 'B' }, { code: 'C' }],
  );
  // bare records (a builder made without the kit's envelope) are refused: the run fails, nothing half-written
  const bare = defineStream<{ api_url: string }, null>({
    singer: wardsSchema,
    async *fetch() {
      const b = new JsonRows(['code']);
      b.begin();
      b.string(0, Buffer.from('A'), 0, 1);
      b.end();
      yield b.take();
    },
  });
  const refused = await run(['--config', cfg], { ...tap, streams: [bare] });
  t.equal(refused.code, 1);
  t.equal(refused.messages.filter((m) => m.type === 'RECORD').length, 0);
});

t.test('byte-encoded batches carry their greatest replication key value to the bookmark', async (t) => {
  const keyed = defineStream<{ api_url: string }, null>({
    ...patients,
    async *fetch({ partition, since, rows }) {
      const b = rows(['id', 'name', 'updated', 'ward']);
      for (const r of [...rowsOf(partition.ward as string)].filter((r) => since === undefined || r.updated > String(since))) {
        const src = Buffer.from(r.name + r.updated + r.ward);
        b.begin();
        b.integer(0, r.id);
        b.string(1, src, 0, r.name.length);
        b.string(2, src, r.name.length, r.name.length + r.updated.length);
        b.string(3, src, src.length - r.ward.length, src.length);
        b.end();
        yield b.take(); // one batch per record: the bookmark is the greatest over batches
      }
    },
  });
  const cfg = file({ api_url: 'http://x' });
  const strip = (ms: Array<Record<string, any>>) => ms.map(({ time_extracted: _t, ...m }) => m);
  t.same(
    strip((await run(['--config', cfg], { ...tap, streams: [keyed, wards] })).messages),
    strip((await run(['--config', cfg])).messages),
  );
});

// A stream that remembers, as tap-hims does, which records at its bookmark instant it already sent (a `ge`
// query returns them again) and which source files it has read.
const remembering = defineStream<{ api_url: string }, null>({
  singer: {
    stream: 'visits',
    key_properties: ['id'],
    bookmark_properties: ['at'],
    schema: { type: 'object', properties: { id: { type: 'integer' }, at: { type: 'string' } } },
  },
  async *fetch({ since, memo, setMemo, processed }) {
    const sentAtBookmark = new Set((memo as number[] | undefined) ?? []);
    for (const r of [
      { id: 1, at: '2025-01-01' },
      { id: 2, at: '2025-01-02' },
      { id: 3, at: '2025-01-02' },
    ]) {
      if (since !== undefined && (r.at < String(since) || (r.at === since && sentAtBookmark.has(r.id)))) continue;
      if (processed.has(`file-${r.id}`)) continue;
      yield r;
      yield new UnitDone(`file-${r.id}`);
    }
    setMemo([2, 3]);
  },
});

t.test('FULL_TABLE chosen in the catalog over an existing state reads every record and leaves the state as it was', async (t) => {
  const cfg = file({ api_url: 'http://x' });
  const visitsTap = { ...tap, streams: [remembering] };
  const first = await run(['--config', cfg], visitsTap);
  const state = first.messages.filter((m) => m.type === 'STATE').at(-1)!.value;
  t.match(state.bookmarks.visits, { replication_key_value: '2025-01-02', memo: [2, 3] });
  const again = await run(['--config', cfg, '--state', file(state)], visitsTap);
  t.equal(again.messages.filter((m) => m.type === 'RECORD').length, 0, 'incremental: nothing new');

  const cat = discover([remembering]);
  cat.streams[0]!.metadata[0]!.metadata['replication-method'] = 'FULL_TABLE';
  const full = await run(['--config', cfg, '--state', file(state), '--catalog', file(cat)], visitsTap);
  t.equal(full.code, 0);
  t.same(
    full.messages.filter((m) => m.type === 'RECORD').map((m) => m.record.id),
    [1, 2, 3],
    'records at the old bookmark are read too',
  );
  t.notOk(full.messages.find((m) => m.type === 'SCHEMA')!.bookmark_properties, 'no bookmark properties announced');
  t.same(full.messages.filter((m) => m.type === 'STATE').at(-1)!.value, state, "the stream's state is left for the next incremental run");
});

t.test('FULL_TABLE chosen for tap-hims over its state: every patient again, also those at the bookmark instant', async (t) => {
  const sim = new HimsSim({ hospital: new Hospital({ patients: 30, appointments: 10 }) });
  await sim.listen();
  t.teardown(() => sim.close());
  const himsRun = (args: string[]) =>
    new Promise<Array<Record<string, any>>>((resolve, reject) => {
      const config = file({ base_url: `${sim.url}/fhir`, page_size: 7 });
      const child = spawn(process.execPath, [join(ROOT, 'dist/taps/tap-hims/main.js'), '--config', config, ...args]);
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      child.stderr.resume();
      child.on('error', reject);
      child.on('close', (code) => {
        if (code === 0)
          resolve(
            out
              .split('\n')
              .filter(Boolean)
              .map((l) => JSON.parse(l)),
          );
        else reject(new Error(`tap-hims exited ${code}`));
      });
    });
  const patients = (ms: Array<Record<string, any>>) => ms.filter((m) => m.type === 'RECORD' && m.stream === 'hims_patients');
  const cat = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'dist/taps/tap-hims/main.js'), '--discover'], { encoding: 'utf8' }));
  cat.streams = cat.streams.filter((s: { stream: string }) => s.stream === 'hims_patients');
  const first = await himsRun(['--catalog', file(cat)]);
  t.equal(patients(first).length, 30);
  const state = first.filter((m) => m.type === 'STATE').at(-1)!.value;
  t.ok(Object.keys(state.bookmarks.hims_patients.memo.seen).length > 0, 'the memo holds the patients sent within the look-back');
  cat.streams[0].metadata[0].metadata['replication-method'] = 'FULL_TABLE';
  const full = await himsRun(['--catalog', file(cat), '--state', file(state)]);
  t.same(
    patients(full)
      .map((m) => m.record.id)
      .sort(),
    patients(first)
      .map((m) => m.record.id)
      .sort(),
  );
  t.equal(sim.requests.filter((r) => r.path.includes('_lastUpdated=')).length, 0, 'no _lastUpdated filter: the whole table');
});
