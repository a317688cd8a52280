// The parts of tap-odoo and its simulator that stand alone: the XML-RPC codec (doubles kept as their text), id
// ranges for deletion checks, the look-back window, value conversion, and the simulator's keyset search.
import t from 'tap';
import { decodeCall, decodeResponse, encodeCall, encodeFault, encodeResponse, XmlRpcFault } from '../taps/tap-odoo/xmlrpc.js';
import { Decimal } from '../kit/singer/decimal.js';
import { missing, toRanges, withIds, withoutIds } from '../taps/tap-odoo/ids.js';
import { SeenWindow } from '../taps/tap-odoo/seen.js';
import { columnValue } from '../taps/tap-odoo/streams.js';
import { Orm, odooDatetime } from '../sim/odoo/orm.js';
import { faultLine, majorVersion } from '../taps/tap-odoo/client.js';
import { contractFor } from '../taps/tap-odoo/discover-contracts.js';
import * as odoo from '../generated/contracts/odoo.js';
import type { GeneratedContract } from '../kit/contracts/generated-contract.js';
import { settings } from '../taps/tap-odoo/settings.js';
import { floatRepr } from '../sim/odoo/server.js';

t.test('XML-RPC: calls and responses round-trip; doubles keep their text; faults and big integers', async (t) => {
  const params = [
    'medi',
    2,
    'k',
    'crm.lead',
    'search_read',
    [[['write_date', '>=', '2025-01-01 00:00:00']]],
    { fields: ['name'], limit: 5, context: { active_test: false, lang: 'ar_001' } },
  ];
  t.same(decodeCall(encodeCall('execute_kw', params)), { method: 'execute_kw', params }, 'a call round-trips');
  const v = decodeResponse(
    encodeResponse([
      {
        id: 1,
        name: 'R&D <Saudi> مرحبا',
        expected_revenue: new Decimal('0.30000000000000004'),
        big: new Decimal('1e+16'),
        tags: [],
        partner_id: false,
        nil: null,
      },
    ]),
  ) as Array<Record<string, unknown>>;
  t.equal(v[0]!.name, 'R&D <Saudi> مرحبا', 'text with markup characters and Arabic');
  t.ok(
    v[0]!.expected_revenue instanceof Decimal && (v[0]!.expected_revenue as Decimal).text === '0.30000000000000004',
    'a <double> is its exact text',
  );
  t.equal((v[0]!.big as Decimal).text, '1e+16', "Python's exponent form kept");
  t.same([v[0]!.tags, v[0]!.partner_id, v[0]!.nil], [[], false, null], 'empty array, false, nil');
  const i8 = decodeResponse(
    '<?xml version="1.0"?><methodResponse><params><param><value><i8>9007199254740993</i8></value></param></params></methodResponse>',
  );
  t.equal((i8 as Decimal).text, '9007199254740993', 'an integer past 2^53 stays exact');
  t.equal(
    decodeResponse('<methodResponse><params><param><value>plain</value></param></params></methodResponse>'),
    'plain',
    'an untyped value is a string',
  );
  let fault: unknown;
  try {
    decodeResponse(encodeFault(4, 'You do not have enough rights'));
  } catch (e) {
    fault = e;
  }
  t.ok(fault instanceof XmlRpcFault && fault.faultCode === 4 && fault.faultString.includes('rights'), 'a fault carries code and string');
  t.throws(
    () => decodeResponse('<methodResponse><params><param><value><double>12,5</double></value></param></params></methodResponse>'),
    /<double> holds "12,5"/,
    'a bad double is an error naming it',
  );
});

t.test('id ranges and the ids gone since the last list', async (t) => {
  t.same(toRanges([1, 2, 3, 5, 9, 10]), [
    [1, 3],
    [5, 5],
    [9, 10],
  ]);
  t.same(
    missing(
      [
        [1, 3],
        [5, 5],
        [9, 10],
      ],
      [1, 3, 9, 10, 11],
    ),
    [2, 5],
    'deleted ids found; a new id is not a deletion',
  );
  t.same(missing(toRanges([]), [1]), []);
  const known: Array<[number, number]> = [
    [1, 3],
    [9, 10],
  ];
  t.same(
    withIds(known, [12, 4, 11, 4, 2]),
    [
      [1, 4],
      [9, 12],
    ],
    'ids sent join the set in any order, adjacent ranges merge',
  );
  t.same(
    known,
    [
      [1, 3],
      [9, 10],
    ],
    'the set given is not changed',
  );
  t.same(
    withoutIds(
      [
        [1, 4],
        [9, 12],
      ],
      [1, 3, 10, 11, 12, 20],
    ),
    [
      [2, 2],
      [4, 4],
      [9, 9],
    ],
    'tombstoned ids leave the set (range ends, middles, whole tails)',
  );
  t.same(withIds([], []), [], 'nothing sent, nothing known');
});

t.test('the look-back window skips versions already sent and forgets those before the window', async (t) => {
  const w = new SeenWindow({ seen: [[1, '2025-01-01 00:00:00']] });
  t.ok(w.has(1, '2025-01-01 00:00:00'));
  t.notOk(w.has(1, '2025-01-01 00:00:05'), 'a newer version of the same id is new');
  w.add(2, '2025-01-01 00:10:00');
  w.prune('2025-01-01 00:05:00');
  t.same(w.toJSON(), [[2, '2025-01-01 00:10:00']], 'versions before the window dropped from the memo');
});

t.test('values as Odoo sends them', async (t) => {
  const col = (type: string, source_type: string, kind = 'value') =>
    ({ column: 'c', field: 'c', kind, type, source_type, required: false }) as Parameters<typeof columnValue>[0];
  t.equal(columnValue(col('string', 'char'), false), null, 'false → NULL for a char');
  t.equal(columnValue(col('boolean', 'boolean'), false), false, 'false stays false for a boolean');
  t.equal(columnValue(col('integer', 'many2one', 'm2o_id'), [7, 'Riyadh']), 7);
  t.equal(columnValue(col('string', 'many2one', 'm2o_name'), [7, 'Riyadh']), 'Riyadh');
  t.equal(columnValue(col('integer', 'many2one', 'm2o_id'), false), null);
  // display_name is False when the related record's name is empty (Odoo sends [id, false])
  t.equal(columnValue(col('string', 'many2one', 'm2o_name'), [7, false]), null, 'a nameless many2one: name NULL');
  t.equal(columnValue(col('integer', 'many2one', 'm2o_id'), [7, false]), 7, 'and its id kept');
  t.equal(columnValue(col('timestamp', 'datetime'), '2025-03-01 13:04:05'), '2025-03-01T13:04:05Z', 'UTC datetime');
  t.equal(columnValue(col('date', 'date'), '2025-03-01'), '2025-03-01');
  t.same(columnValue(col('json', 'many2many'), [3, 4]), [3, 4]);
});

t.test('simulator: whole-second keyset pages read every record once, ties included, in (write_date, id) order', async (t) => {
  const orm = new Orm({ 'crm.lead': 100 });
  orm.write('crm.lead', 5, { name: 'moved to now' });
  orm.create('crm.lead', { name: 'late' }, orm.baseWriteSeconds(50));
  const all = orm.search('crm.lead', [], { order: 'write_date asc, id asc', context: { active_test: false } });
  const key = (id: number) => `${orm.record('crm.lead', id).write_date as string}|${String(id).padStart(6, '0')}`;
  t.same(
    all,
    [...all].sort((a, b) => (key(a) < key(b) ? -1 : 1)),
    'ordered by write_date then id',
  );
  t.equal(all.length, 101);
  const seen: number[] = [];
  let cursor: { t: string; id: number } | undefined;
  const plus = (s: string) => odooDatetime(Date.parse(s.replace(' ', 'T') + 'Z') / 1000 + 1);
  for (;;) {
    const domain = cursor
      ? [
          '|',
          ['write_date', '>=', plus(cursor.t)],
          '&',
          '&',
          ['write_date', '>=', cursor.t],
          ['write_date', '<', plus(cursor.t)],
          ['id', '>', cursor.id],
        ]
      : [];
    const page = orm.search('crm.lead', domain, { order: 'write_date asc, id asc', limit: 5, context: { active_test: false } });
    seen.push(...page);
    if (page.length < 5) break;
    const last = page[page.length - 1]!;
    cursor = { t: orm.record('crm.lead', last).write_date as string, id: last };
  }
  t.same(seen, all, 'pages of 5 over runs of 7 ids per second: each record once');
  t.equal(orm.search('crm.lead', [['active', '=', false]]).length > 0, true, 'some leads archived');
  t.ok(orm.search('crm.lead', []).length < 101, 'active_test hides archived leads by default');
  const big = new Orm({ 'crm.lead': 1_000_000 });
  const t0 = Date.now();
  const from = odooDatetime(big.baseWriteSeconds(900_000));
  const page = big.search('crm.lead', [['write_date', '>=', from]], {
    order: 'write_date asc, id asc',
    limit: 500,
    context: { active_test: false },
  });
  t.equal(page[0], Math.floor((900_000 - 1) / 7) * 7 + 1, 'a keyset page deep in a million leads starts at its first id of that second');
  t.ok(Date.now() - t0 < 2000, `and costs the page, not the table (${Date.now() - t0} ms)`);
  const t1 = Date.now();
  const ids = big.search('crm.lead', [['id', '>', 999_990]], { order: 'id', limit: 100, context: { active_test: false } });
  t.same(
    ids,
    [999_991, 999_992, 999_993, 999_994, 999_995, 999_996, 999_997, 999_998, 999_999, 1_000_000],
    'id paging starts past the last id',
  );
  t.ok(Date.now() - t1 < 2000, `without scanning the ids before it (${Date.now() - t1} ms)`);
});

t.test('the server version: plain, Odoo Online (saas~) and missing', async (t) => {
  t.equal(majorVersion([17, 0, 0, 'final', 0, ''], '17.0'), 17);
  // Odoo Online builds: odoo/release.py version_info = ('saas~18', 4, 0, 'final', 0, 'e'), version 'saas~18.4+e'
  t.equal(majorVersion(['saas~18', 4, 0, 'final', 0, 'e'], 'saas~18.4+e'), 18, 'saas~18 in version_info');
  t.equal(majorVersion(undefined, 'saas~17.2+e'), 17, 'saas~17.2 in the version string');
  t.equal(majorVersion(undefined, '19.0+e'), 19);
  t.ok(Number.isNaN(majorVersion(undefined, '')), 'nothing said: NaN');
});

t.test("the fault's useful line: the exception of a Python traceback, chained or not", async (t) => {
  // XML-RPC fault 1 carries traceback.format_exception's text (addons/rpc/controllers/xmlrpc.py)
  const chained = [
    'Traceback (most recent call last):',
    '  File "/usr/lib/python3/dist-packages/odoo/orm/models.py", line 3851, in _determine_fields_to_fetch',
    '    field = self._fields[field_name]',
    '            ~~~~~~~~~~~~^^^^^^^^^^^^',
    "KeyError: 'x_use_case'",
    '',
    'The above exception was the direct cause of the following exception:',
    '',
    'Traceback (most recent call last):',
    '  File "/usr/lib/python3/dist-packages/odoo/service/model.py", line 156, in execute_kw',
    '    res = execute(db, uid, obj, method, *args, **kw or {})',
    '          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
    '  File "/usr/lib/python3/dist-packages/odoo/orm/models.py", line 3853, in _determine_fields_to_fetch',
    '    raise ValueError(f"Invalid field {field_name!r} on {self._name!r}") from e',
    "ValueError: Invalid field 'x_use_case' on 'crm.lead'",
    '',
  ].join('\n');
  t.equal(faultLine(chained), "Invalid field 'x_use_case' on 'crm.lead'", 'the last exception, not a source line');
  t.equal(
    faultLine('You do not have enough rights to access the field "phone" on Lead (crm.lead).\n\nOperation: read'),
    'You do not have enough rights to access the field "phone" on Lead (crm.lead).',
    'a message without a traceback: its first line',
  );
  t.equal(faultLine('odoo.exceptions.MissingError: Record does not exist'), 'Record does not exist', 'exception name dropped');
});

t.test('selection values are documented, never enforced: no odoo stream schema has an enum', async (t) => {
  // res.partner.tz is Selection(_tzs) (every pytz zone) and lang the installed languages: the list is the server's
  const hasEnum = (v: unknown): boolean =>
    Array.isArray(v) ? v.some(hasEnum) : !!v && typeof v === 'object' && ('enum' in v || Object.values(v).some(hasEnum));
  const CONTRACTS = Object.values(odoo as Record<string, GeneratedContract>);
  const partner = CONTRACTS.find((c) => c.singer.stream === 'odoo_res_partner')!;
  t.ok(
    partner.contract.columns.some((c) => c.name === 'tz'),
    'res.partner has tz',
  );
  for (const c of CONTRACTS) t.notOk(hasEnum(c.singer.schema), `${c.singer.stream}: no enum`);
  const doc = contractFor(
    'res.partner',
    {
      id: { type: 'integer', string: 'ID', store: true },
      write_date: { type: 'datetime', string: 'Last Updated on', store: true },
      tz: { type: 'selection', string: 'Timezone', store: true, selection: [['Asia/Kuwait', 'Asia/Kuwait']] },
    },
    ['en_US'],
    false,
    '19.0',
  );
  const tz = doc.columns.find((c) => c.name === 'tz') as Record<string, unknown>;
  t.notOk('domain' in tz, 'discovery writes no domain for a selection');
  t.match(tz.description, /Asia\/Kuwait/, 'its values go to the description');
});

t.test('settings say what Odoo does', async (t) => {
  // odoo/orm/environments.py companies: no allowed_company_ids → user._get_company_ids(), every company of the user
  t.match(settings.find((s) => s.name === 'companies')?.description, /every company the user may access/);
});

t.test("simulator floats are Python's repr", async (t) => {
  t.equal(floatRepr(1e16), '1e+16');
  t.equal(floatRepr(1e-5), '1e-05');
  t.equal(floatRepr(1.5e-7), '1.5e-07');
  t.equal(floatRepr(0.0001), '0.0001');
  t.equal(floatRepr(250000), '250000.0');
  t.equal(floatRepr(0.1 + 0.2), '0.30000000000000004');
  t.equal(floatRepr(1234567890123456), '1234567890123456.0', 'under 1e16: no exponent');
  t.equal(floatRepr(-2.5e22), '-2.5e+22');
  t.equal(floatRepr(0), '0.0');
});
