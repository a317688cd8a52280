// The parts of tap-odoo and its simulator that stand alone: the XML-RPC codec (doubles kept as their text), id
// ranges for deletion checks, the look-back window, value conversion, and the simulator's keyset search.
import t from 'tap';
import { decodeCall, decodeResponse, encodeCall, encodeFault, encodeResponse, XmlRpcFault } from '../taps/tap-odoo/xmlrpc.js';
import { Decimal } from '../kit/singer/decimal.js';
import { missing, toRanges, withIds, withoutIds } from '../taps/tap-odoo/ids.js';
import { SeenWindow } from '../taps/tap-odoo/seen.js';
import { columnValue } from '../taps/tap-odoo/streams.js';
import { Orm, odooDatetime } from '../sim/odoo/orm.js';

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
