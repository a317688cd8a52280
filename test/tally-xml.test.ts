// The Tally reply reader and value parsers on their own: any chunking gives the same objects; the quirks of
// real replies (&#4; reserved names, control-character references, CDATA, comments, attributes with '>')
// parse; what is not XML, or tries entity expansion, fails with a located reason. Plus the small pieces the
// incremental logic rests on: id ranges, day packing, retry timing.
import t from 'tap';
import { tallyObjects, TallyXmlError, TallyLineError, RESERVED_MARK } from '../taps/tap-tally-tdl/xml-objects.js';
import * as v from '../taps/tap-tally-tdl/values.js';
import { IdRanges } from '../taps/tap-tally-tdl/id-ranges.js';
import { packDays } from '../taps/tap-tally-tdl/tdl.js';
import { backoffMs, parseRetryAfter } from '../kit/http/retry.js';
import { Decimal, stringifyExact } from '../kit/singer/decimal.js';

async function* chunked(s: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < s.length; i += size) yield s.slice(i, i + size);
}

async function all(s: string, size = 1 << 16) {
  const out = [];
  for await (const o of tallyObjects(chunked(s, size))) out.push(o);
  return out;
}

const reply = (objects: string) =>
  `<?xml version="1.0"?><ENVELOPE><HEADER><VERSION>1</VERSION><STATUS>1</STATUS></HEADER><BODY><DESC><CMPINFO><LEDGER>3</LEDGER></CMPINFO></DESC><DATA><COLLECTION ISMSTDEPTYPE="Yes">${objects}</COLLECTION></DATA></BODY></ENVELOPE>`;

const SAMPLE = reply(
  '<GROUP NAME="Sundry Debtors" RESERVEDNAME=""><GUID TYPE="String">g-1</GUID><PARENT TYPE="String">&#4; Primary</PARENT><ALTERID TYPE="Number"> 7</ALTERID></GROUP>' +
    '<!-- a comment with <tags> inside --><GROUP NAME="A &amp; B &gt; C" RESERVEDNAME=""><GUID TYPE="String">g-2</GUID><PARENT TYPE="String"><![CDATA[x < y]]></PARENT><NARRATION TYPE="String">line&#13;&#10;two &#1583; bell&#7;</NARRATION></GROUP>' +
    '<GROUP NAME="attr with > inside" RESERVEDNAME=""/>' +
    '<GROUP NAME="مجموعة" RESERVEDNAME=""><ADDRESS.LIST TYPE="String"><ADDRESS>One</ADDRESS><ADDRESS>Two</ADDRESS></ADDRESS.LIST><BILLCREDITPERIOD TYPE="Due Date" JD="46234" P="1-Aug-26">30 Days</BILLCREDITPERIOD></GROUP>',
);

t.test('the same objects however the reply is chunked', async (t) => {
  const whole = await all(SAMPLE);
  t.equal(whole.length, 4);
  for (const size of [1, 2, 3, 7, 64]) t.same(await all(SAMPLE, size), whole, `chunks of ${size}`);
  const [a, b, c, d] = whole.map((o) => o.node);
  t.equal(v.parent(a!.PARENT), null, '&#4; Primary → no parent');
  t.ok(String(a!.PARENT).startsWith(RESERVED_MARK));
  t.equal(v.number(a!.ALTERID), 7);
  t.equal(b!['@_NAME'], 'A & B > C');
  t.equal(b!.NARRATION, 'line\r\ntwo د bell', 'CR LF kept, other references decoded, control characters dropped');
  t.equal(c!['@_NAME'], 'attr with > inside');
  t.equal(v.list(d!['ADDRESS.LIST'], 'ADDRESS'), 'One\nTwo');
  t.equal(v.dueDays(d!.BILLCREDITPERIOD), 30);
  t.equal(d!['@_NAME'], 'مجموعة');
});

t.test('a long tag read over many chunks is scanned once; a tag past 1 MiB is refused', async (t) => {
  // quotes and ">" inside the value, cut anywhere by the chunks: the resumed scan keeps its quote state
  const name = 'x"y>'.replace('"', "'").repeat(100_000); // 400,000 characters
  const [o] = await all(reply(`<GROUP NAME="${name}" RESERVEDNAME=""><GUID>g</GUID></GROUP>`), 4093);
  t.equal(o!.node['@_NAME'], name);
  await t.rejects(all(reply(`<GROUP NAME="${'n'.repeat(1_100_000)}"/>`), 65_536), {
    name: 'TallyXmlError',
    message: /a tag longer than 1048576 characters/,
  });
});

t.test('what is not a well-formed reply fails with a located reason', async (t) => {
  await t.rejects(all(reply('<VOUCHER><DATE>2024</VOUCHER>')), { name: 'TallyXmlError', message: /<\/VOUCHER> closes <DATE>/ });
  await t.rejects(all(reply('<VOUCHER><DATE>2024</DATE></VOUCHER>').slice(0, -40)), { name: 'TallyXmlError', message: /truncated/ });
  await t.rejects(all('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><ENVELOPE>&lol2;</ENVELOPE>'), {
    name: 'TallyXmlError',
    message: /entity expansion is refused/,
  });
  await t.rejects(all(''), { name: 'TallyXmlError', message: /no <ENVELOPE>/ });
  await t.rejects(all('<html><body>Bad gateway</body></html>'), { name: 'TallyXmlError', message: /starts with <html>/ });
  await t.rejects(
    all(
      '<ENVELOPE><HEADER><VERSION>1</VERSION><STATUS>0</STATUS></HEADER><BODY><DATA><LINEERROR>Could not find Report &apos;X&apos;!</LINEERROR></DATA></BODY></ENVELOPE>',
    ),
    { name: 'TallyLineError', message: "Tally LINEERROR: Could not find Report 'X'!" },
  );
  await t.rejects(
    all(
      '<ENVELOPE><HEADER><VERSION>1</VERSION><STATUS>0</STATUS></HEADER><BODY><DATA><LINEERROR>Could not find Collection &apos;A &amp; B&apos; &lt;x&gt; &#1583;</LINEERROR></DATA></BODY></ENVELOPE>',
    ),
    { message: "Tally LINEERROR: Could not find Collection 'A & B' <x> د" },
    'LINEERROR text is read as XML means it, not with its entities',
  );
  const e = await all(reply('<A><B></A>')).catch((x: unknown) => x);
  t.ok(e instanceof TallyXmlError && e.offset > 100, 'the error names its offset in the reply');
  t.ok(!(e instanceof TallyLineError));
});

t.test('a leaf repeated where one value is expected is unreadable, not null; plain-value lists are fine', async (t) => {
  const [o] = await all(
    reply(
      '<LEDGER NAME="L10" RESERVEDNAME=""><ADDRESS.LIST TYPE="String"><ADDRESS>One</ADDRESS><ADDRESS>Two</ADDRESS></ADDRESS.LIST><ISREVENUE TYPE="Logical">No</ISREVENUE><ISREVENUE TYPE="Logical">Yes</ISREVENUE><ALLLEDGERENTRIES.LIST><AMOUNT>1.00</AMOUNT></ALLLEDGERENTRIES.LIST><ALLLEDGERENTRIES.LIST><AMOUNT>-1.00</AMOUNT></ALLLEDGERENTRIES.LIST></LEDGER>',
    ),
  );
  t.throws(() => v.singleLeaves(o!.node), { name: 'TallyValueError', message: '<ISREVENUE> appears 2 times where one value is expected' });
  const [ok] = await all(
    reply(
      '<LEDGER NAME="L10"><ADDRESS.LIST TYPE="String"><ADDRESS>One</ADDRESS><ADDRESS>Two</ADDRESS></ADDRESS.LIST><ALLLEDGERENTRIES.LIST><AMOUNT>1.00</AMOUNT></ALLLEDGERENTRIES.LIST><ALLLEDGERENTRIES.LIST><AMOUNT>-1.00</AMOUNT></ALLLEDGERENTRIES.LIST></LEDGER>',
    ),
  );
  t.doesNotThrow(() => v.singleLeaves(ok!.node));
  const [nested] = await all(
    reply('<VOUCHER><ALLLEDGERENTRIES.LIST><AMOUNT>1.00</AMOUNT><AMOUNT>2.00</AMOUNT></ALLLEDGERENTRIES.LIST></VOUCHER>'),
  );
  t.throws(() => v.singleLeaves(nested!.node), { message: '<AMOUNT> appears 2 times where one value is expected' }, 'inside lists too');
});

t.test('value conventions', async (t) => {
  t.equal(v.amount('-110000.00'), '-110000.00');
  t.equal(v.amount('-100.00 USD @ 3.6700/USD = -367.00'), '-367.00', 'forex: the base-currency value after =');
  t.equal(v.amount('-$ 100.00 @ ₹ 83.25/$ = -₹ 8325.00'), '-8325.00');
  t.equal(v.amount('$ 100.00 @ ₹ 83.25/$ = ₹ 8325.00'), '8325.00');
  t.equal(v.amount('$ 100.00 Dr @ ₹ 83.25/$ = ₹ 8325.00 Dr'), '-8325.00');
  t.equal(v.amount('$ 100.00 @ ₹ 83.25/$ = -₹ 8325.00'), '-8325.00', 'an unsigned foreign amount takes the base value sign');
  // a foreign amount and a base value of opposite signs: which one is the debit cannot be known
  for (const bad of ['-$ 100.00 @ ₹ 83.25/$ = ₹ 8325.00', '$ 100.00 Dr @ ₹ 83.25/$ = ₹ 8325.00', '(-)$ 100.00 @ ₹ 83.25/$ = ₹ 8325.00'])
    t.throws(() => v.amount(bad), { name: 'TallyValueError', message: /opposite signs/ }, `contradictory forex: ${bad}`);
  t.equal(v.amount(''), null);
  t.throws(() => v.amount('12,3x4'), { name: 'TallyValueError' });
  t.same(v.quantity(' 10.00 Nos'), { value: '10.00', unit: 'Nos' });
  t.same(v.quantity(' 1,250.50 Strip = 12 Box'), { value: '1250.50', unit: 'Strip' });
  t.same(v.rate('12.50/Nos'), { value: '12.50', unit: 'Nos' });
  t.same(v.rate('1.00 USD = 3.67/Nos'), { value: '3.67', unit: 'Nos' });
  t.equal(v.date('20240401'), '2024-04-01');
  t.throws(() => v.date('20240231'), /not a calendar date/);
  // the grouped day of a BY $Date aggregate: YYYYMMDD, or the 'd-MMM-yy' the reference loader parses
  t.equal(v.groupedDay('20240401'), '2024-04-01');
  t.equal(v.groupedDay('1-Apr-24'), '2024-04-01');
  t.equal(v.groupedDay('31-Mar-2025'), '2025-03-31');
  t.equal(v.groupedDay('15-dec-99'), '1999-12-15');
  t.equal(v.groupedDay(''), null);
  t.throws(() => v.groupedDay('30-Feb-24'), /not a calendar date/);
  t.throws(() => v.groupedDay('1-Foo-24'), { name: 'TallyValueError' });
  t.equal(v.logical('Yes'), true);
  t.throws(() => v.logical('Maybe'), /not Yes\/No/);
  t.equal(v.number({ '#text': ' 1187', '@_JD': '1' }), 1187);
});

t.test('amounts as Tally prints them: exact decimal text, negative = debit', async (t) => {
  // [as printed, as stored]; Dr = debit = negative, Cr = credit = positive; a printed minus negates what it is on
  const table: Array<[string, string]> = [
    ['1,50,000.00 Dr', '-150000.00'],
    ['5,00,000.00 Cr', '500000.00'],
    ['(-)1,000.00', '-1000.00'],
    ['(-)1,000.00 Cr', '-1000.00'],
    ['(-)1,000.00 Dr', '1000.00'],
    ['-1,000.00 Cr', '-1000.00'],
    ['1,50,000.00', '150000.00'],
    ['12,34,56,789.50 Dr', '-123456789.50'],
    ['99,99,99,99,99,99,999.99 Cr', '999999999999999.99'],
    ['1,23,45,67,89,01,23,45,678.91 Dr', '-123456789012345678.91'],
    ['150,000.00 Dr', '-150000.00'],
    ['1,000.00Dr', '-1000.00'],
    ['1,000.00 dr', '-1000.00'],
    ['1,000.00 Cr.', '1000.00'],
    ['  25000.00 ', '25000.00'],
    ['-110000.00', '-110000.00'],
    ['0.00 Dr', '0.00'],
    ['(-)0.50', '-0.50'],
    ['₹ 1,50,000.00 Dr', '-150000.00'],
    ['₹1,50,000.00', '150000.00'],
    ['(-)₹ 2,500.00', '-2500.00'],
    ['-₹ 2,500.00', '-2500.00'],
    ['$ 100.00 @ ₹ 83.25/$ = ₹ 8,325.00 Dr', '-8325.00'],
    ['-100.00 USD @ 3.6700/USD = (-)367.00', '-367.00'],
    ['1,50,000.00\u00a0Dr', '-150000.00'],
  ];
  for (const [printed, stored] of table) t.equal(v.amount(printed), stored, printed);
  // 17 significant digits: a double would have rounded it
  t.equal(v.amount('1,23,45,67,89,01,23,456.78 Cr'), '1234567890123456.78');
  t.equal(v.amount('12,34,56,78,90,12,345.67 Dr'), '-123456789012345.67');
  const unreadable = [
    '1,5,000.00',
    '1,50,0O0.00 Dr',
    '12,3456.00',
    'Dr',
    '(-)',
    '1,50,000.00 Dr Cr',
    '₹',
    '1.000,00',
    '--5.00',
    '#VALUE!',
    '1.2.3',
    '= ',
    '5,00,000.00 Cr extra',
  ];
  for (const bad of unreadable) {
    const quoted = new RegExp(`"${bad.trim().replace(/[.*+?^${}()|[\]\\$]/g, '\\$&')}" is not`);
    t.throws(() => v.amount(bad), { name: 'TallyValueError', message: quoted }, `unreadable: ${bad}`);
  }
  t.same(v.quantity(' 1,25,000.00 Nos'), { value: '125000.00', unit: 'Nos' }, 'quantity with Indian grouping');
  t.same(v.quantity('(-)5.00 Strip'), { value: '-5.00', unit: 'Strip' }, 'negative closing quantity');
  t.same(v.rate('₹ 1,250.00/Nos'), { value: '1250.00', unit: 'Nos' }, 'rate with symbol and grouping');
  t.throws(() => v.quantity('1,2,3 Nos'), { name: 'TallyValueError' });
  t.equal(v.negate('12.50'), '-12.50');
  t.equal(v.negate('-12.50'), '12.50');
  t.equal(v.negate('0.00'), '0.00');
});

t.test('decimals reach the Singer line as the exact number token', async (t) => {
  const record = { a: new Decimal('-123456789012345.67'), b: [{ amount: new Decimal('0.10') }], s: 'x' };
  const line = stringifyExact({ type: 'RECORD', record });
  t.equal(line, '{"type":"RECORD","record":{"a":-123456789012345.67,"b":[{"amount":0.10}],"s":"x"}}');
  t.equal(stringifyExact({ s: '-1.00' }), '{"s":"-1.00"}', 'a string stays a string');
  for (const bad of ['1,5', '1.', '.5', '', '0x10', 'NaN', '1e']) {
    t.throws(() => new Decimal(bad), RangeError, `${JSON.stringify(bad)} rejected`);
  }
  // one class for every exact decimal: FHIR's exponents too; leading zeros (Tally's PLAIN allows them) are no JSON token
  t.equal(stringifyExact({ a: new Decimal('1.5E-3'), b: new Decimal('-007.50'), c: new Decimal('0.0') }), '{"a":1.5E-3,"b":-7.50,"c":0.0}');
  t.same(JSON.parse(stringifyExact([new Decimal('007.50')])), [7.5], 'valid JSON');
  t.equal(JSON.stringify({ a: new Decimal('1.10') }), '{"a":"1.10"}', 'plain JSON.stringify: the text as a string, no mark');
});

t.test('id ranges keep the live set small and find deletions', async (t) => {
  const before = new IdRanges();
  for (let i = 1; i <= 1000; i++) before.add(i);
  before.add(5000);
  t.same(before.toJSON(), [
    [1, 1000],
    [5000, 5000],
  ]);
  const now = new IdRanges();
  for (let i = 1; i <= 1000; i++) if (i !== 10 && i !== 500) now.add(i);
  now.add(3);
  t.same([...before.minus(now)], [10, 500, 5000]);
  t.same(IdRanges.from(JSON.parse(JSON.stringify(now))).size, 998);
  t.same(now.union(IdRanges.from([[10, 10]])).toJSON(), [
    [1, 499],
    [501, 1000],
  ]);
});

t.test('days packed into request batches', async (t) => {
  t.same(
    packDays(
      [
        ['20240402', 3],
        ['20240401', 4],
        ['20240403', 9],
        ['20240404', 1],
      ],
      8,
    ),
    [
      { from: '20240401', to: '20240402', count: 7 },
      { from: '20240403', to: '20240403', count: 9 },
      { from: '20240404', to: '20240404', count: 1 },
    ],
  );
});

t.test('retry timing: Retry-After wins (seconds or HTTP date), capped; otherwise doubling backoff', async (t) => {
  const policy = { retries: 3, baseMs: 100, maxMs: 5000 };
  t.equal(parseRetryAfter('2'), 2000);
  t.equal(parseRetryAfter(new Date(Date.now() + 3000).toUTCString())! > 1000, true);
  t.equal(parseRetryAfter('soon'), undefined);
  t.equal(backoffMs(policy, 1, '2'), 2000);
  t.equal(backoffMs(policy, 1, '999'), 5000, 'capped');
  t.equal(
    backoffMs(policy, 1, undefined, () => 0),
    50,
  );
  t.equal(
    backoffMs(policy, 3, undefined, () => 1),
    400,
  );
});
