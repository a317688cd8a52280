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

async function* chunked(s: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < s.length; i += size) yield s.slice(i, i + size);
}

async function all(s: string, size = 1 << 16) {
  const out = [];
  for await (const o of tallyObjects(chunked(s, size))) out.push(o);
  return out;
}

const reply = (objects: string) => `<?xml version="1.0"?><ENVELOPE><HEADER><VERSION>1</VERSION><STATUS>1</STATUS></HEADER><BODY><DESC><CMPINFO><LEDGER>3</LEDGER></CMPINFO></DESC><DATA><COLLECTION ISMSTDEPTYPE="Yes">${objects}</COLLECTION></DATA></BODY></ENVELOPE>`;

const SAMPLE = reply(
  '<GROUP NAME="Sundry Debtors" RESERVEDNAME=""><GUID TYPE="String">g-1</GUID><PARENT TYPE="String">&#4; Primary</PARENT><ALTERID TYPE="Number"> 7</ALTERID></GROUP>'
  + '<!-- a comment with <tags> inside --><GROUP NAME="A &amp; B &gt; C" RESERVEDNAME=""><GUID TYPE="String">g-2</GUID><PARENT TYPE="String"><![CDATA[x < y]]></PARENT><NARRATION TYPE="String">line&#13;&#10;two &#1583; bell&#7;</NARRATION></GROUP>'
  + '<GROUP NAME="attr with > inside" RESERVEDNAME=""/>'
  + '<GROUP NAME="مجموعة" RESERVEDNAME=""><ADDRESS.LIST TYPE="String"><ADDRESS>One</ADDRESS><ADDRESS>Two</ADDRESS></ADDRESS.LIST><BILLCREDITPERIOD TYPE="Due Date" JD="46234" P="1-Aug-26">30 Days</BILLCREDITPERIOD></GROUP>',
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

t.test('what is not a well-formed reply fails with a located reason', async (t) => {
  await t.rejects(all(reply('<VOUCHER><DATE>2024</VOUCHER>')), { name: 'TallyXmlError', message: /<\/VOUCHER> closes <DATE>/ });
  await t.rejects(all(reply('<VOUCHER><DATE>2024</DATE></VOUCHER>').slice(0, -40)), { name: 'TallyXmlError', message: /truncated/ });
  await t.rejects(all('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><ENVELOPE>&lol2;</ENVELOPE>'), { name: 'TallyXmlError', message: /entity expansion is refused/ });
  await t.rejects(all(''), { name: 'TallyXmlError', message: /no <ENVELOPE>/ });
  await t.rejects(all('<html><body>Bad gateway</body></html>'), { name: 'TallyXmlError', message: /starts with <html>/ });
  await t.rejects(all('<ENVELOPE><HEADER><VERSION>1</VERSION><STATUS>0</STATUS></HEADER><BODY><DATA><LINEERROR>Could not find Report &apos;X&apos;!</LINEERROR></DATA></BODY></ENVELOPE>'), { name: 'TallyLineError', message: /LINEERROR: Could not find Report/ });
  const e = await all(reply('<A><B></A>')).catch((x: unknown) => x);
  t.ok(e instanceof TallyXmlError && e.offset > 100, 'the error names its offset in the reply');
  t.ok(!(e instanceof TallyLineError));
});

t.test('value conventions', async (t) => {
  t.equal(v.amount('-110000.00'), -110000);
  t.equal(v.amount('-100.00 USD @ 3.6700/USD = -367.00'), -367, 'forex: the base-currency value after =');
  t.equal(v.amount(''), null);
  t.throws(() => v.amount('12,3x4'), { name: 'TallyValueError' });
  t.same(v.quantity(' 10.00 Nos'), { value: 10, unit: 'Nos' });
  t.same(v.quantity(' 1,250.50 Strip = 12 Box'), { value: 1250.5, unit: 'Strip' });
  t.same(v.rate('12.50/Nos'), { value: 12.5, unit: 'Nos' });
  t.same(v.rate('1.00 USD = 3.67/Nos'), { value: 3.67, unit: 'Nos' });
  t.equal(v.date('20240401'), '2024-04-01');
  t.throws(() => v.date('20240231'), /not a calendar date/);
  t.equal(v.logical('Yes'), true);
  t.throws(() => v.logical('Maybe'), /not Yes\/No/);
  t.equal(v.number({ '#text': ' 1187', '@_JD': '1' }), 1187);
});

t.test('id ranges keep the live set small and find deletions', async (t) => {
  const before = new IdRanges();
  for (let i = 1; i <= 1000; i++) before.add(i);
  before.add(5000);
  t.same(before.toJSON(), [[1, 1000], [5000, 5000]]);
  const now = new IdRanges();
  for (let i = 1; i <= 1000; i++) if (i !== 10 && i !== 500) now.add(i);
  now.add(3);
  t.same([...before.minus(now)], [10, 500, 5000]);
  t.same(IdRanges.from(JSON.parse(JSON.stringify(now))).size, 998);
  t.same(now.union(IdRanges.from([[10, 10]])).toJSON(), [[1, 499], [501, 1000]]);
});

t.test('days packed into request batches', async (t) => {
  t.same(packDays([['20240402', 3], ['20240401', 4], ['20240403', 9], ['20240404', 1]], 8), [
    { from: '20240401', to: '20240402', count: 7 }, { from: '20240403', to: '20240403', count: 9 }, { from: '20240404', to: '20240404', count: 1 },
  ]);
});

t.test('retry timing: Retry-After wins (seconds or HTTP date), capped; otherwise doubling backoff', async (t) => {
  const policy = { retries: 3, baseMs: 100, maxMs: 5000 };
  t.equal(parseRetryAfter('2'), 2000);
  t.equal(parseRetryAfter(new Date(Date.now() + 3000).toUTCString())! > 1000, true);
  t.equal(parseRetryAfter('soon'), undefined);
  t.equal(backoffMs(policy, 1, '2'), 2000);
  t.equal(backoffMs(policy, 1, '999'), 5000, 'capped');
  t.equal(backoffMs(policy, 1, undefined, () => 0), 50);
  t.equal(backoffMs(policy, 3, undefined, () => 1), 400);
});
