// tap-tally-tdl against replies captured from a live TallyPrime (public repositories): the item invoice, the
// Purchase Order and the ledger below are those replies verbatim. A small replay server answers the tap's
// requests with them, the way Tally would (day counts aggregated from the same vouchers), and each test checks
// what a user would see: balanced vouchers, no order posted, no live voucher marked deleted, no silent empty run.
import t from 'tap';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT, query, scratchDb } from './helpers.js';
import { pipeline, runTapAlone, dbtRun } from './pipeline.js';
import { TallySim } from '../sim/tally/server.js';
import { Company } from '../sim/tally/data.js';

const TAP = join(ROOT, 'dist/taps/tap-tally-tdl/main.js');
const COMPANY = 'Bhrama Enterprises';

/** A Sales voucher (accounting view) and an item invoice, as a live TallyPrime exported them. */
const REAL_VOUCHERS = `
    <VOUCHER REMOTEID="f0347998-2c19-4a5e-a4ed-01f589cb92a5-00000005" VCHKEY="f0347998-2c19-4a5e-a4ed-01f589cb92a5-0000b2d1:00000008" VCHTYPE="Sales" OBJVIEW="Accounting Voucher View">
     <DATE TYPE="Date">20250501</DATE>
     <GUID>f0347998-2c19-4a5e-a4ed-01f589cb92a5-00000005</GUID>
     <REQUESTORRULE/>
     <VOUCHERTYPENAME>Sales</VOUCHERTYPENAME>
     <PARTYLEDGERNAME TYPE="String">Amar Enterprises</PARTYLEDGERNAME>
     <VOUCHERNUMBER>1</VOUCHERNUMBER>
     <SERIALMASTER TYPE="String"></SERIALMASTER>
     <ARESERIALMASTER TYPE="String"></ARESERIALMASTER>
     <NUMBERINGSTYLE>Auto Retain</NUMBERINGSTYLE>
     <PERSISTEDVIEW>Accounting Voucher View</PERSISTEDVIEW>
     <ISDELETED>No</ISDELETED>
     <ASORIGINAL>No</ASORIGINAL>
     <ISDEEMEDPOSITIVE TYPE="Logical">Yes</ISDEEMEDPOSITIVE>
     <EFFECTIVEDATE TYPE="Date">20250501</EFFECTIVEDATE>
     <ISINVOICE>No</ISINVOICE>
     <ASPAYSLIP>No</ASPAYSLIP>
     <ISDELETEDVCHRETAINED>No</ISDELETEDVCHRETAINED>
     <ISNEGISPOSSET TYPE="Logical">Yes</ISNEGISPOSSET>
     <ALTERID TYPE="Number"> 6</ALTERID>
     <MASTERID TYPE="Number"> 5</MASTERID>
     <VOUCHERKEY TYPE="Number">196610717909000</VOUCHERKEY>
     <VOUCHERRETAINKEY TYPE="Number">1</VOUCHERRETAINKEY>
     <REUSEHOLEID TYPE="Number">0</REUSEHOLEID>
     <AMOUNT TYPE="Amount">-250000.00</AMOUNT>
     <VOUCHERNUMBERSERIES TYPE="String">Default</VOUCHERNUMBERSERIES>
     <ALLLEDGERENTRIES.LIST>
      <LEDGERNAME TYPE="String">Amar Enterprises</LEDGERNAME>
      <ISDEEMEDPOSITIVE TYPE="Logical">Yes</ISDEEMEDPOSITIVE>
      <ISLASTDEEMEDPOSITIVE TYPE="Logical">Yes</ISLASTDEEMEDPOSITIVE>
      <AMOUNT TYPE="Amount">-250000.00</AMOUNT>
      <VATASSESSABLEVALUE TYPE="Amount"></VATASSESSABLEVALUE>
      <BILLALLOCATIONS.LIST>
       <YEAREND/>
       <NAME/>
       <BILLCREDITPERIOD/>
       <TDSDEDUCTEESECTIONNUMBER/>
       <TDSLEDGERNC/>
       <SERVICETAXLEDGER/>
       <BILLTYPE TYPE="String">On Account</BILLTYPE>
       <SUMNAME/>
       <TDSDEDUCTEEISSPECIALRATE>No</TDSDEDUCTEEISSPECIALRATE>
       <TDSDEDUCTEESPECIALRATE>0</TDSDEDUCTEESPECIALRATE>
       <AMOUNT>-250000.00</AMOUNT>
       <INTERESTCOLLECTION.LIST>       </INTERESTCOLLECTION.LIST>
       <STBILLCATEGORIES.LIST>       </STBILLCATEGORIES.LIST>
      </BILLALLOCATIONS.LIST>
      <COSTTRACKALLOCATIONS.LIST>      </COSTTRACKALLOCATIONS.LIST>
     </ALLLEDGERENTRIES.LIST>
     <ALLLEDGERENTRIES.LIST>
      <LEDGERNAME TYPE="String">Sales</LEDGERNAME>
      <ISDEEMEDPOSITIVE TYPE="Logical">No</ISDEEMEDPOSITIVE>
      <ISLASTDEEMEDPOSITIVE TYPE="Logical">No</ISLASTDEEMEDPOSITIVE>
      <AMOUNT TYPE="Amount">250000.00</AMOUNT>
      <VATASSESSABLEVALUE TYPE="Amount"></VATASSESSABLEVALUE>
      <BILLALLOCATIONS.LIST>      </BILLALLOCATIONS.LIST>
      <COSTTRACKALLOCATIONS.LIST>      </COSTTRACKALLOCATIONS.LIST>
     </ALLLEDGERENTRIES.LIST>
    </VOUCHER>
    <VOUCHER REMOTEID="f0347998-2c19-4a5e-a4ed-01f589cb92a5-00000022" VCHKEY="f0347998-2c19-4a5e-a4ed-01f589cb92a5-0000b2f0:00000010" VCHTYPE="Sales" OBJVIEW="Invoice Voucher View">
     <DATE TYPE="Date">20250601</DATE>
     <GUID>f0347998-2c19-4a5e-a4ed-01f589cb92a5-00000022</GUID>
     <REQUESTORRULE/>
     <VOUCHERTYPENAME>Sales</VOUCHERTYPENAME>
     <PARTYLEDGERNAME TYPE="String">Abc Party</PARTYLEDGERNAME>
     <VOUCHERNUMBER>8</VOUCHERNUMBER>
     <REFERENCE TYPE="String"></REFERENCE>
     <SERIALMASTER TYPE="String"></SERIALMASTER>
     <ARESERIALMASTER TYPE="String"></ARESERIALMASTER>
     <NUMBERINGSTYLE>Auto Retain</NUMBERINGSTYLE>
     <PERSISTEDVIEW>Invoice Voucher View</PERSISTEDVIEW>
     <ISDELETED>No</ISDELETED>
     <ASORIGINAL>No</ASORIGINAL>
     <ISDEEMEDPOSITIVE TYPE="Logical">Yes</ISDEEMEDPOSITIVE>
     <ISINVOICE>Yes</ISINVOICE>
     <ASPAYSLIP>No</ASPAYSLIP>
     <ISDELETEDVCHRETAINED>No</ISDELETEDVCHRETAINED>
     <ISNEGISPOSSET TYPE="Logical">Yes</ISNEGISPOSSET>
     <ALTERID TYPE="Number"> 66</ALTERID>
     <MASTERID TYPE="Number"> 34</MASTERID>
     <VOUCHERKEY TYPE="Number">196743861895184</VOUCHERKEY>
     <VOUCHERRETAINKEY TYPE="Number">29</VOUCHERRETAINKEY>
     <REUSEHOLEID TYPE="Number">0</REUSEHOLEID>
     <AMOUNT TYPE="Amount">-21300.00</AMOUNT>
     <VOUCHERNUMBERSERIES TYPE="String">Default</VOUCHERNUMBERSERIES>
     <ALLINVENTORYENTRIES.LIST>
      <STOCKITEMNAME TYPE="String">Item1</STOCKITEMNAME>
      <ADDLAMOUNT TYPE="Amount"></ADDLAMOUNT>
      <ISDEEMEDPOSITIVE TYPE="Logical">No</ISDEEMEDPOSITIVE>
      <ISLASTDEEMEDPOSITIVE TYPE="Logical">No</ISLASTDEEMEDPOSITIVE>
      <RATE TYPE="Rate">213.00/nos</RATE>
      <DISCOUNT TYPE="Number">0</DISCOUNT>
      <AMOUNT TYPE="Amount">21300.00</AMOUNT>
      <ACTUALQTY TYPE="Quantity"> 100 nos</ACTUALQTY>
      <BILLEDQTY TYPE="Quantity"> 100 nos</BILLEDQTY>
      <BATCHALLOCATIONS.LIST>
       <BATCHNAME TYPE="String">Batch1</BATCHNAME>
       <INDENTNO TYPE="String">&#4; Not Applicable</INDENTNO>
       <ORDERNO TYPE="String">&#4; Not Applicable</ORDERNO>
       <TRACKINGNUMBER TYPE="String">&#4; Not Applicable</TRACKINGNUMBER>
       <ADDLAMOUNT TYPE="Amount"></ADDLAMOUNT>
       <BATCHDISCOUNT TYPE="Number">0</BATCHDISCOUNT>
       <AMOUNT TYPE="Amount">21300.00</AMOUNT>
       <ACTUALQTY TYPE="Quantity"> 100 nos</ACTUALQTY>
       <BILLEDQTY TYPE="Quantity"> 100 nos</BILLEDQTY>
       <BATCHRATE TYPE="Rate">213.00/nos</BATCHRATE>
      </BATCHALLOCATIONS.LIST>
      <ACCOUNTINGALLOCATIONS.LIST>
       <LEDGERNAME TYPE="String">Sales</LEDGERNAME>
       <ISDEEMEDPOSITIVE TYPE="Logical">No</ISDEEMEDPOSITIVE>
       <ISLASTDEEMEDPOSITIVE TYPE="Logical">No</ISLASTDEEMEDPOSITIVE>
       <AMOUNT TYPE="Amount">21300.00</AMOUNT>
       <CATEGORYALLOCATIONS.LIST>       </CATEGORYALLOCATIONS.LIST>
       <BILLALLOCATIONS.LIST>       </BILLALLOCATIONS.LIST>
       <TAXOBJECTALLOCATIONS.LIST>       </TAXOBJECTALLOCATIONS.LIST>
       <COSTTRACKALLOCATIONS.LIST>       </COSTTRACKALLOCATIONS.LIST>
      </ACCOUNTINGALLOCATIONS.LIST>
     </ALLINVENTORYENTRIES.LIST>
     <LEDGERENTRIES.LIST>
      <LEDGERNAME TYPE="String">Abc Party</LEDGERNAME>
      <ISDEEMEDPOSITIVE TYPE="Logical">Yes</ISDEEMEDPOSITIVE>
      <ISLASTDEEMEDPOSITIVE TYPE="Logical">Yes</ISLASTDEEMEDPOSITIVE>
      <AMOUNT TYPE="Amount">-21300.00</AMOUNT>
      <BILLALLOCATIONS.LIST>
       <AMOUNT TYPE="Amount">-21300.00</AMOUNT>
      </BILLALLOCATIONS.LIST>
      <COSTTRACKALLOCATIONS.LIST>      </COSTTRACKALLOCATIONS.LIST>
     </LEDGERENTRIES.LIST>
     <ALLLEDGERENTRIES.LIST>
      <LEDGERNAME TYPE="String">Abc Party</LEDGERNAME>
      <ISDEEMEDPOSITIVE TYPE="Logical">Yes</ISDEEMEDPOSITIVE>
      <ISLASTDEEMEDPOSITIVE TYPE="Logical">Yes</ISLASTDEEMEDPOSITIVE>
      <AMOUNT TYPE="Amount">-21300.00</AMOUNT>
      <VATASSESSABLEVALUE TYPE="Amount"></VATASSESSABLEVALUE>
      <BILLALLOCATIONS.LIST>
       <AMOUNT TYPE="Amount">-21300.00</AMOUNT>
      </BILLALLOCATIONS.LIST>
      <COSTTRACKALLOCATIONS.LIST>      </COSTTRACKALLOCATIONS.LIST>
     </ALLLEDGERENTRIES.LIST>
     <ALLLEDGERENTRIES.LIST>
      <LEDGERNAME TYPE="String">Sales</LEDGERNAME>
      <ISDEEMEDPOSITIVE TYPE="Logical">No</ISDEEMEDPOSITIVE>
      <ISLASTDEEMEDPOSITIVE TYPE="Logical">No</ISLASTDEEMEDPOSITIVE>
      <AMOUNT TYPE="Amount">21300.00</AMOUNT>
      <VATASSESSABLEVALUE TYPE="Amount"></VATASSESSABLEVALUE>
      <INVENTORYALLOCATIONS.LIST>
       <STOCKITEMNAME TYPE="String">Item1</STOCKITEMNAME>
       <ADDLAMOUNT TYPE="Amount"></ADDLAMOUNT>
       <ISDEEMEDPOSITIVE TYPE="Logical">No</ISDEEMEDPOSITIVE>
       <ISLASTDEEMEDPOSITIVE TYPE="Logical">No</ISLASTDEEMEDPOSITIVE>
       <RATE TYPE="Rate">213.00/nos</RATE>
       <DISCOUNT TYPE="Number">0</DISCOUNT>
       <AMOUNT TYPE="Amount">21300.00</AMOUNT>
       <ACTUALQTY TYPE="Quantity"> 100 nos</ACTUALQTY>
       <BILLEDQTY TYPE="Quantity"> 100 nos</BILLEDQTY>
       <CATEGORYALLOCATIONS.LIST>       </CATEGORYALLOCATIONS.LIST>
       <BATCHALLOCATIONS.LIST>
        <BATCHNAME TYPE="String">Batch1</BATCHNAME>
        <INDENTNO TYPE="String">&#4; Not Applicable</INDENTNO>
        <ORDERNO TYPE="String">&#4; Not Applicable</ORDERNO>
        <TRACKINGNUMBER TYPE="String">&#4; Not Applicable</TRACKINGNUMBER>
        <ADDLAMOUNT TYPE="Amount"></ADDLAMOUNT>
        <BATCHDISCOUNT TYPE="Number">0</BATCHDISCOUNT>
        <AMOUNT TYPE="Amount">21300.00</AMOUNT>
        <ACTUALQTY TYPE="Quantity"> 100 nos</ACTUALQTY>
        <BILLEDQTY TYPE="Quantity"> 100 nos</BILLEDQTY>
        <BATCHRATE TYPE="Rate">213.00/nos</BATCHRATE>
       </BATCHALLOCATIONS.LIST>
       <COSTTRACKALLOCATIONS.LIST>       </COSTTRACKALLOCATIONS.LIST>
      </INVENTORYALLOCATIONS.LIST>
     </ALLLEDGERENTRIES.LIST>
    </VOUCHER>`;

/** A Purchase Order (ISOPTIONAL No, ISCANCELLED No) as a live TallyPrime exported it. */
const REAL_PURCHASE_ORDER = `
<VOUCHER REMOTEID="78389433-1b86-42de-bf30-a357884c54ea-00006437" VCHKEY="78389433-1b86-42de-bf30-a357884c54ea-0000b420:00000068" VCHTYPE="Purchase Order" OBJVIEW="Invoice Voucher View">
 <DATE TYPE="Date">20260401</DATE>
 <GUID>78389433-1b86-42de-bf30-a357884c54ea-00006437</GUID>
 <NARRATION TYPE="String">Quantity of goods ordered (Open Order)</NARRATION>
 <REQUESTORRULE/>
 <VOUCHERTYPENAME>Purchase Order</VOUCHERTYPENAME>
 <PARTYLEDGERNAME TYPE="String">Sri Vinayaka Gas Agencies</PARTYLEDGERNAME>
 <VOUCHERNUMBER>ACHIRA/26-27/1A</VOUCHERNUMBER>
 <REFERENCE TYPE="String">ACHIRA/26-27/1A</REFERENCE>
 <SERIALMASTER TYPE="String"></SERIALMASTER>
 <ARESERIALMASTER TYPE="String"></ARESERIALMASTER>
 <NUMBERINGSTYLE>Automatic (Manual Override)</NUMBERINGSTYLE>
 <PERSISTEDVIEW>Invoice Voucher View</PERSISTEDVIEW>
 <ISDELETED>No</ISDELETED>
 <ASORIGINAL>No</ASORIGINAL>
 <ISDEEMEDPOSITIVE TYPE="Logical">No</ISDEEMEDPOSITIVE>
 <ISOPTIONAL TYPE="Logical">No</ISOPTIONAL>
 <EFFECTIVEDATE TYPE="Date">20260401</EFFECTIVEDATE>
 <ISCANCELLED TYPE="Logical">No</ISCANCELLED>
 <ISINVOICE>No</ISINVOICE>
 <ASPAYSLIP>No</ASPAYSLIP>
 <ISDELETEDVCHRETAINED>No</ISDELETEDVCHRETAINED>
 <ISNEGISPOSSET TYPE="Logical">Yes</ISNEGISPOSSET>
 <ALTERID TYPE="Number"> 25700</ALTERID>
 <MASTERID TYPE="Number"> 25655</MASTERID>
 <VOUCHERKEY TYPE="Number">198049531953256</VOUCHERKEY>
 <VOUCHERRETAINKEY TYPE="Number">85</VOUCHERRETAINKEY>
 <REUSEHOLEID TYPE="Number">0</REUSEHOLEID>
 <VOUCHERNUMBERSERIES TYPE="String">Default</VOUCHERNUMBERSERIES>
 <ALLINVENTORYENTRIES.LIST>
  <STOCKITEMNAME TYPE="String">Nitrogen - UHP - Cylinders</STOCKITEMNAME>
  <ADDLAMOUNT TYPE="Amount"></ADDLAMOUNT>
  <ISDEEMEDPOSITIVE TYPE="Logical">Yes</ISDEEMEDPOSITIVE>
  <ISLASTDEEMEDPOSITIVE TYPE="Logical">Yes</ISLASTDEEMEDPOSITIVE>
  <RATE TYPE="Rate">1200.00/Nos</RATE>
  <DISCOUNT TYPE="Number">0</DISCOUNT>
  <AMOUNT TYPE="Amount">-12000.00</AMOUNT>
  <ACTUALQTY TYPE="Quantity"> 10.00 Nos</ACTUALQTY>
  <BILLEDQTY TYPE="Quantity"> 10.00 Nos</BILLEDQTY>
  <BATCHALLOCATIONS.LIST>
   <BATCHNAME TYPE="String">&#4; Any</BATCHNAME>
   <INDENTNO TYPE="String">&#4; Not Applicable</INDENTNO>
   <ORDERNO TYPE="String">ACHIRA/26-27/1A</ORDERNO>
   <TRACKINGNUMBER TYPE="String">&#4; Not Applicable</TRACKINGNUMBER>
   <ADDLAMOUNT TYPE="Amount"></ADDLAMOUNT>
   <BATCHDISCOUNT TYPE="Number">0</BATCHDISCOUNT>
   <AMOUNT TYPE="Amount">-12000.00</AMOUNT>
   <ACTUALQTY TYPE="Quantity"> 10.00 Nos</ACTUALQTY>
   <BILLEDQTY TYPE="Quantity"> 10.00 Nos</BILLEDQTY>
   <BATCHRATE TYPE="Rate">1200.00/Nos</BATCHRATE>
  </BATCHALLOCATIONS.LIST>
  <ACCOUNTINGALLOCATIONS.LIST>
   <LEDGERNAME TYPE="String">Purchase GST 18%</LEDGERNAME>
   <ISDEEMEDPOSITIVE TYPE="Logical">Yes</ISDEEMEDPOSITIVE>
   <ISLASTDEEMEDPOSITIVE TYPE="Logical">Yes</ISLASTDEEMEDPOSITIVE>
   <AMOUNT TYPE="Amount">-12000.00</AMOUNT>
   <BILLALLOCATIONS.LIST>       </BILLALLOCATIONS.LIST>
   <TAXOBJECTALLOCATIONS.LIST>       </TAXOBJECTALLOCATIONS.LIST>
   <COSTTRACKALLOCATIONS.LIST>       </COSTTRACKALLOCATIONS.LIST>
  </ACCOUNTINGALLOCATIONS.LIST>
 </ALLINVENTORYENTRIES.LIST>
 <LEDGERENTRIES.LIST>
  <LEDGERNAME TYPE="String">Sri Vinayaka Gas Agencies</LEDGERNAME>
  <ISDEEMEDPOSITIVE TYPE="Logical">No</ISDEEMEDPOSITIVE>
  <ISLASTDEEMEDPOSITIVE TYPE="Logical">No</ISLASTDEEMEDPOSITIVE>
  <AMOUNT TYPE="Amount">27000.00</AMOUNT>
  <BILLALLOCATIONS.LIST>
   <YEAREND/><NAME/><BILLCREDITPERIOD/><TDSDEDUCTEESECTIONNUMBER/><TDSLEDGERNC/><SERVICETAXLEDGER/>
   <BILLTYPE TYPE="String">On Account</BILLTYPE>
   <SUMNAME/>
   <TDSDEDUCTEEISSPECIALRATE>No</TDSDEDUCTEEISSPECIALRATE>
   <TDSDEDUCTEESPECIALRATE>0</TDSDEDUCTEESPECIALRATE>
   <AMOUNT>27000.00</AMOUNT>
   <INTERESTCOLLECTION.LIST>       </INTERESTCOLLECTION.LIST>
   <STBILLCATEGORIES.LIST>       </STBILLCATEGORIES.LIST>
  </BILLALLOCATIONS.LIST>
  <COSTTRACKALLOCATIONS.LIST>      </COSTTRACKALLOCATIONS.LIST>
 </LEDGERENTRIES.LIST>
</VOUCHER>`;

/** A ledger whose mailing name comes as MAILINGNAME.LIST, as TallyPrime writes it. */
const REAL_LEDGER = `
        <LEDGER NAME="AARAV JEWELS" RESERVEDNAME="">
          <GUID TYPE="String">f0347998-2c19-4a5e-a4ed-01f589cb92a5-00000101</GUID>
          <MASTERID TYPE="Number"> 257</MASTERID>
          <ALTERID TYPE="Number"> 1187</ALTERID>
          <PARENT TYPE="String">Sundry Debtors</PARENT>
          <PARTYGSTIN TYPE="String">09CHJPR2676H1ZR</PARTYGSTIN>
          <ISREVENUE TYPE="Logical">No</ISREVENUE>
          <OPENINGBALANCE TYPE="Amount">-25000.00</OPENINGBALANCE>
          <ADDRESS.LIST TYPE="String">
           <ADDRESS>Panjwani Market,</ADDRESS>
           <ADDRESS>Solapur - 413006</ADDRESS>
          </ADDRESS.LIST>
          <MAILINGNAME.LIST TYPE="String">
           <MAILINGNAME>AARAV JEWELS &amp; Co ₹</MAILINGNAME>
          </MAILINGNAME.LIST>
          <BILLCREDITPERIOD TYPE="Due Date" JD="46234" P="30 Days">30 Days</BILLCREDITPERIOD>
          <LANGUAGENAME.LIST>
            <NAME.LIST TYPE="String"><NAME>AARAV JEWELS</NAME><NAME>आरव ज्वेल्स</NAME></NAME.LIST>
            <LANGUAGEID TYPE="Number"> 1033</LANGUAGEID>
          </LANGUAGENAME.LIST>
        </LEDGER>`;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const objectsOf = (xml: string, el: string) => [...xml.matchAll(new RegExp(`<${el}[ >][\\s\\S]*?</${el}>`, 'g'))].map((m) => m[0]);
const leaf = (o: string, tag: string) => (o.match(new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`)) ?? [])[1]?.trim() ?? '';
const envelope = (objects: string[]) =>
  `<ENVELOPE><HEADER><VERSION>1</VERSION><STATUS>1</STATUS></HEADER><BODY><DESC><CMPINFO><COMPANY>0</COMPANY></CMPINFO></DESC><DATA><COLLECTION>${objects.join('\n')}</COLLECTION></DATA></BODY></ENVELOPE>`;

interface Replay {
  url: string;
  /** request bodies, in order */
  bodies: string[];
  /** how a day count row is written: its day (YYYYMMDD) and count → the row's inner XML */
  dayRow: (day: string, count: number) => string;
  altVchId: number;
  vouchers: string[];
  close: () => Promise<void>;
}

/**
 * Answers the tap like Tally: the company list, the probe, per-day counts of the same vouchers, vouchers by the request's date range, the ledger; every other collection empty. The Purchase
 * Order's `$$IsOrderVch:$VoucherTypeName`, asked as a COMPUTE, is answered Yes for it (its type is an order type).
 */
async function replay(vouchers: string[]): Promise<Replay> {
  const r: Replay = {
    url: '',
    bodies: [],
    dayRow: (day, n) => `<MEDIDAY TYPE="Date">${day}</MEDIDAY><MEDICOUNT TYPE="Number"> ${n}</MEDICOUNT>`,
    altVchId: 100,
    vouchers,
    close: async () => {},
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf16le');
      r.bodies.push(body);
      const id = (body.match(/<ID>([^<]*)<\/ID>/) ?? [])[1] ?? '';
      const from = (body.match(/\$Date &gt;= \$\$Date:&quot;(\d{8})/) ?? [])[1];
      const to = (body.match(/\$Date &lt;= \$\$Date:&quot;(\d{8})/) ?? [])[1];
      const alt = Number((body.match(/\$AlterID &gt; (\d+)/) ?? [])[1] ?? -1);
      const changed = r.vouchers.filter((v) => alt < 0 || Number(leaf(v, 'ALTERID')) > alt);
      let objects: string[] = [];
      if (id === 'MediCompanies')
        objects = [
          `<COMPANY NAME="${COMPANY}"><GUID TYPE="String">f0347998-2c19-4a5e-a4ed-01f589cb92a5</GUID><ALTMSTID TYPE="Number"> 2000</ALTMSTID><ALTVCHID TYPE="Number"> ${r.altVchId}</ALTVCHID><BOOKSFROM TYPE="Date">20250401</BOOKSFROM><LASTVOUCHERDATE TYPE="Date">20260401</LASTVOUCHERDATE></COMPANY>`,
        ];
      else if (id === 'MediProbe')
        objects = ['<GROUP NAME="Capital Account" RESERVEDNAME="Capital Account"><GUID TYPE="String">g-1</GUID></GROUP>'];
      else if (id === 'MediVoucherDays') {
        const days = new Map<string, number>();
        for (const v of changed) days.set(leaf(v, 'DATE'), (days.get(leaf(v, 'DATE')) ?? 0) + 1);
        objects = [...days].map(([d, n]) => `<VOUCHER>${r.dayRow(d, n)}</VOUCHER>`);
      } else if (id === 'MediVouchers' || id === 'MediVoucherSweep') {
        const compute = /<COMPUTE>(\w+) : \$\$IsOrderVch:\$VoucherTypeName<\/COMPUTE>/.exec(body)?.[1];
        objects = changed
          .filter((v) => (!from || leaf(v, 'DATE') >= from) && (!to || leaf(v, 'DATE') <= to))
          .map((v) =>
            compute
              ? v.replace(
                  /<\/VOUCHER>$/,
                  `<${compute} TYPE="Logical">${/Order$/.test(leaf(v, 'VOUCHERTYPENAME')) ? 'Yes' : 'No'}</${compute}></VOUCHER>`,
                )
              : v,
          );
      } else if (id === 'MediLedger') objects = [REAL_LEDGER];
      res.writeHead(200, { 'content-type': 'text/xml; charset=utf-16' }).end(Buffer.from(envelope(objects), 'utf16le'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  r.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  r.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return r;
}

const cfg = (url: string) => ({ url, retries: 0, request_timeout_seconds: 10 });
type Run = Awaited<ReturnType<typeof runTapAlone>>;
const recordsOf = (run: Run, stream: string) => run.records.filter((r) => r.stream === stream).map((r) => r.record);
const vouchersPartition = (run: Run) =>
  (run.state as any)?.bookmarks?.tally_vouchers?.partitions?.find((p: any) => p.context.company === COMPANY);
const INVOICE = 'f0347998-2c19-4a5e-a4ed-01f589cb92a5-00000022';
const ORDER = '78389433-1b86-42de-bf30-a357884c54ea-00006437';

t.test('real replies: an item invoice balances, an order posts nothing, reserved names and list leaves read right', async (t) => {
  const r = await replay([...objectsOf(REAL_VOUCHERS, 'VOUCHER'), REAL_PURCHASE_ORDER]);
  t.teardown(r.close);
  const run = await runTapAlone(TAP, cfg(r.url));
  t.equal(run.code, 0, 'tap exit', { err: run.stderr.slice(-2000) });

  const lines = recordsOf(run, 'tally_voucher_ledger_entries');
  const invoice = lines.filter((l) => l.voucher_guid === INVOICE);
  t.same(
    invoice.map((l) => [l.ledger, Number(l.amount)]),
    [
      ['Abc Party', -21300],
      ['Sales', 21300],
    ],
    "the item invoice's ledger lines are ALLLEDGERENTRIES: the Sales line Tally repeats under the stock line is not counted twice",
  );
  const byVoucher = new Map<string, number>();
  for (const l of lines)
    byVoucher.set(String(l.voucher_guid), (byVoucher.get(String(l.voucher_guid)) ?? 0) + Math.round(Number(l.amount) * 100));
  t.same([...byVoucher.values()], [0, 0], 'each voucher balances: debits equal credits');
  t.equal(lines.filter((l) => l.voucher_guid === ORDER).length, 0, 'the Purchase Order has no ledger lines (it has no ALLLEDGERENTRIES)');

  const vouchers = recordsOf(run, 'tally_vouchers');
  t.same(
    vouchers.map((v) => [v.guid, v.is_order_voucher]),
    [
      ['f0347998-2c19-4a5e-a4ed-01f589cb92a5-00000005', false],
      [INVOICE, false],
      [ORDER, true],
    ],
    'the order flag is read as Tally computes it',
  );
  const body = r.bodies.find((b) => b.includes('<ID>MediVouchers</ID>'))!;
  t.match(body, /<COMPUTE>\w+ : \$\$IsOrderVch:\$VoucherTypeName<\/COMPUTE>/, 'asked with the reference loader’s formula');

  const stock = recordsOf(run, 'tally_voucher_inventory_entries').find((s) => s.voucher_guid === ORDER)!;
  t.equal(stock.batch, null, '"&#4; Any" batch is no batch');
  t.same(
    (stock.batch_allocations as any[]).map((a) => a.batch),
    [null],
    'nor in the allocations',
  );
  const [ledger] = recordsOf(run, 'tally_ledgers');
  t.equal(ledger!.mailing_name, 'AARAV JEWELS & Co ₹', 'MAILINGNAME.LIST is read');
});

t.test('real replies through the target and dbt: orders left out of the facts; an unknown ledger has no key', async (t) => {
  const r = await replay([...objectsOf(REAL_VOUCHERS, 'VOUCHER'), REAL_PURCHASE_ORDER]);
  t.teardown(r.close);
  const db = await scratchDb('tally_real');
  const run = await pipeline(cfg(r.url), db, undefined, { tap: TAP });
  t.equal(run.tapCode, 0, 'tap exit', { err: run.tapErr.slice(-2000) });
  t.equal(run.targetCode, 0, 'target exit', { err: run.targetErr.slice(-2000) });
  t.equal(await dbtRun(db, ['staging.tally+']), 0, 'dbt run');
  const facts = await query<{ voucher_guid: string; ledger_name: string; amount: string; ledger_key: string | null }>(
    db,
    `select voucher_guid, ledger_name, amount::text, ledger_key from tally_analytics.fact_vouchers order by voucher_guid, line_no`,
  );
  t.equal(facts.filter((f) => f.voucher_guid === INVOICE).length, 2, 'the item invoice: two lines');
  const [sales] = await query<{ total: string }>(
    db,
    `select sum(amount)::text total from tally_analytics.fact_vouchers where ledger_name = 'Sales'`,
  );
  t.equal(sales!.total, '271300.00', 'Sales is credited once per voucher (250000 + 21300)');
  t.ok(facts.length > 0, 'the vouchers reached the facts');
  t.same(
    facts.map((f) => f.ledger_key),
    facts.map(() => null),
    'no ledger master of those names was read: no key, not one md5 of the company shared by every line',
  );
  const stock = await query<{ voucher_guid: string; inventory_item_key: string | null }>(
    db,
    `select voucher_guid, inventory_item_key from tally_analytics.fact_stock_movements order by 1`,
  );
  t.same(
    stock.map((s) => [s.voucher_guid, s.inventory_item_key]),
    [[INVOICE, null]],
    'the Purchase Order moves no stock; an item without a master has no key',
  );
  const [raw] = await query<{ n: number }>(db, `select count(*)::int n from raw.tally_vouchers where is_order_voucher`);
  t.equal(raw!.n, 1, 'the order is kept in raw, flagged');

  // an installation upgraded from the tap that wrote the invoice's sales ledger a second time (line 3, an earlier
  // run): re-read in full, the voucher's lines are those of the newest run, the stale line 3 is not one of them
  await query(
    db,
    `insert into raw.tally_voucher_ledger_entries
     select (jsonb_populate_record(null::raw.tally_voucher_ledger_entries, to_jsonb(e) || jsonb_build_object(
       'line_no', 3, '_sdc_received_at', e._sdc_received_at - interval '1 day', '_sdc_load_run_id', null))).*
     from raw.tally_voucher_ledger_entries e where voucher_guid = '${INVOICE}' and line_no = 2`,
  );
  t.equal(await dbtRun(db, ['staging.tally+'], undefined, { fullRefresh: true }), 0, 'dbt run --full-refresh');
  const again = await query<{ line_no: number; amount: string }>(
    db,
    `select line_no::int, amount::text from tally_analytics.fact_vouchers where voucher_guid = '${INVOICE}' order by line_no`,
  );
  t.same(
    again.map((l) => l.line_no),
    [1, 2],
    "a line an older run wrote past the newest run's lines is left out; the invoice still balances",
  );
});

t.test('the day counts are asked over a SOURCECOLLECTION; a grouped day written 1-May-25 is read', async (t) => {
  const r = await replay(objectsOf(REAL_VOUCHERS, 'VOUCHER'));
  t.teardown(r.close);
  r.dayRow = (d, n) =>
    `<MEDIDAY>${Number(d.slice(6))}-${MONTHS[Number(d.slice(4, 6)) - 1]}-${d.slice(2, 4)}</MEDIDAY><MEDICOUNT> ${n}</MEDICOUNT>`;
  const run = await runTapAlone(TAP, cfg(r.url));
  t.equal(run.code, 0, 'tap exit', { err: run.stderr.slice(-2000) });
  t.equal(recordsOf(run, 'tally_vouchers').length, 2, 'both vouchers read');
  const days = r.bodies.find((b) => b.includes('<ID>MediVoucherDays</ID>'))!;
  t.match(
    days,
    /<COLLECTION NAME="MediVoucherDaysSource"><TYPE>Voucher<\/TYPE>.*<FILTER>MediLive<\/FILTER><\/COLLECTION><COLLECTION NAME="MediVoucherDays"><SOURCECOLLECTION>MediVoucherDaysSource<\/SOURCECOLLECTION><BY>MediDay : \$Date<\/BY><AGGRCOMPUTE>MediCount : SUM : \$\$Number:1<\/AGGRCOMPUTE>/,
    'BY/AGGRCOMPUTE on a collection over the filtered Voucher collection, as documented',
  );
  t.ok(
    r.bodies
      .filter((b) => /<ID>Medi(Voucher|ClosingStock)/.test(b))
      .every((b) => b.includes('<SVFROMDATE>1-Apr-2025</SVFROMDATE><SVTODATE>')),
    "voucher and closing stock requests send the report period from the company's books-from date",
  );
});

t.test('an empty day count fails the stream and keeps the bookmark; it is not "0 vouchers"', async (t) => {
  const r = await replay(objectsOf(REAL_VOUCHERS, 'VOUCHER'));
  t.teardown(r.close);
  r.dayRow = () => '<MEDIDAY></MEDIDAY><MEDICOUNT></MEDICOUNT>';
  const run = await runTapAlone(TAP, cfg(r.url));
  t.equal(run.code, 1, 'the run exits 1', { err: run.stderr.slice(-2000) });
  t.match(run.stderr, /tally_vouchers for \\"Bhrama Enterprises\\".*day count\(s\) could not be read/, 'said, with stream and company');
  t.notOk(vouchersPartition(run)?.replication_key_value, 'no voucher bookmark');
  t.ok(
    recordsOf(run, 'tally_quarantine').some((q) => /day count row without a count/.test(String(q.reason))),
    'the row is quarantined with its reason',
  );
});

t.test('one unreadable day count: no live voucher is marked deleted; the next run sweeps', async (t) => {
  const r = await replay(objectsOf(REAL_VOUCHERS, 'VOUCHER'));
  t.teardown(r.close);
  const first = await runTapAlone(TAP, { ...cfg(r.url), companies: [COMPANY] });
  t.equal(first.code, 0, 'first run', { err: first.stderr.slice(-2000) });
  t.ok(vouchersPartition(first)?.memo, 'both vouchers are the live set');
  // the books move on; the count of 1 May comes back unreadable
  r.altVchId = 101;
  const good = r.dayRow;
  r.dayRow = (d, n) => (d === '20250501' ? `<MEDIDAY TYPE="Date">${d}</MEDIDAY><MEDICOUNT TYPE="Number">one</MEDICOUNT>` : good(d, n));
  const second = await runTapAlone(TAP, { ...cfg(r.url), companies: [COMPANY] }, first.state);
  t.equal(second.code, 1, 'the run exits 1', { err: second.stderr.slice(-2000) });
  t.same(recordsOf(second, 'tally_deleted_objects'), [], 'the voucher of 1 May is not reported deleted');
  t.match(second.stderr, /deletion sweep skipped/, 'the skipped sweep is said');
  t.same(vouchersPartition(second), vouchersPartition(first), 'bookmark and live set kept');
  // readable again, and the 1 May voucher really deleted: now the sweep reports it
  r.dayRow = good;
  r.vouchers = r.vouchers.filter((v) => leaf(v, 'DATE') !== '20250501');
  const third = await runTapAlone(TAP, { ...cfg(r.url), companies: [COMPANY] }, second.state ?? first.state);
  t.equal(third.code, 0, 'third run', { err: third.stderr.slice(-2000) });
  t.same(
    recordsOf(third, 'tally_deleted_objects').map((d) => [d.object_type, d.master_id]),
    [['tally_vouchers', 5]],
    'the sweep runs again and finds the deletion',
  );
});

t.test('the report period is sent: vouchers outside the period selected in Tally are read, not swept', async (t) => {
  // books over two financial years; Tally's UI has the second one selected
  const company = new Company({
    name: 'Two Years LLC',
    seed: 303,
    vouchers: 200,
    ledgers: 10,
    stockItems: 6,
    booksFrom: '20240401',
    days: 700,
    orderEvery: 3,
  });
  const sim = new TallySim({ companies: [company] });
  const url = await sim.listen();
  t.teardown(() => sim.close());
  t.equal(company.uiPeriod.from, '20250401', 'the UI period is the last financial year');
  const live = [...company.voucherIndexes()].filter((i) => !company.voucher(i).cancelled);
  t.ok(
    live.some((i) => company.dateOf(i) < '20250401'),
    'some vouchers are in the first year',
  );
  const run = await runTapAlone(TAP, { url, retry_base_ms: 20 });
  t.equal(run.code, 0, 'tap exit', { err: run.stderr.slice(-2000) });
  t.equal(recordsOf(run, 'tally_vouchers').length, live.length, 'every live voucher of both years is read');
  const [stock] = recordsOf(run, 'tally_closing_stock');
  t.equal(stock!.as_of, new Date().toISOString().slice(0, 10), 'closing stock is dated the end of the period asked for');
  const orders = recordsOf(run, 'tally_vouchers').filter((v) => v.is_order_voucher === true);
  t.ok(orders.length > 0, `the simulator's Purchase Orders come flagged (${orders.length})`);
  t.ok(
    orders.every((o) => o.voucher_type === 'Purchase Order'),
    'only they',
  );
  const [unit] = recordsOf(run, 'tally_units');
  t.equal(unit!.additional_units, null, '"&#4; Not Applicable" unit is no unit');
});
