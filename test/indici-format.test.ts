// Indici file format: names (both forms), encoding and separator detection, splitting across chunk
// boundaries, NHI check digits (the fact sheet's worked examples).
import t from 'tap';
import { parseFileName, FileNameError } from '../taps/tap-indici-s3/file-name.js';
import {
  detectEncoding,
  detectLayout,
  RowSplitter,
  PRODUCTION_LAYOUT,
  EMAIL_LAYOUT,
  SAMPLE_CAP,
  type Layout,
} from '../taps/tap-indici-s3/record-format.js';
import { encodeFile } from '../sim/indici/feed.js';
import { encodeWindows1252 as windows1252, decodeWindows1252 } from '../kit/text/windows-1252.js';
import { nhiFormat } from '../kit/indici/nhi.js';
import { MarkerScanner } from '../kit/text/marker-scan.js';

/** What String.split makes of decoded text: rows on the row marker (a blank tail after the last is no row), then fields. */
function naive(decoded: string, layout: Layout = PRODUCTION_LAYOUT): string[][] {
  return decoded
    .split(layout.row)
    .filter((p, i, all) => !(i === all.length - 1 && /^\s*$/.test(p)))
    .map((r) => r.split(layout.field));
}

t.test('file names: underscored and run-together forms, .csv, bad dates', async (t) => {
  t.match(parseFileName('indici/685146_535_Allergies_202508180544_202508181044_2508181044'), {
    perOrgId: '685146',
    practiceId: '535',
    token: 'Allergies',
    dateFrom: '202508180544',
    dateTo: '202508181044',
    dateExtracted: '2508181044',
    form: 'underscored',
  });
  t.match(parseFileName('685146_535_Patient_202508180544_202508181044_2508181044.CSV'), { token: 'Patient' });
  t.match(parseFileName('x/685146535Appointments2025081805442025081810442508181044'), {
    perOrgId: '685146',
    practiceId: '535',
    token: 'Appointments',
    form: 'run-together',
  });
  t.throws(() => parseFileName('685146_535_Patient_202513180544_202508181044_2508181044'), FileNameError);
  t.throws(() => parseFileName('685146_535_Patient_202508180544_202508181044_2508181043'), /earlier than DateTo/);
  t.throws(() => parseFileName('readme.txt'), /not an Indici extract name/);
  // days the calendar lacks: 31 February, 29 February of a common year, 31 April
  t.throws(
    () => parseFileName('685146_535_Vaccine_202502251043_202502311043_2502311044.CSV'),
    /DateTo 202502311043 is not a valid date-time/,
  );
  t.throws(
    () => parseFileName('685146_535_Vaccine_202502291043_202503011043_2503011044'),
    /DateFrom 202502291043 is not a valid date-time/,
  );
  t.throws(
    () => parseFileName('685146_535_Vaccine_202504291043_202504301043_2504311044'),
    /DateExtracted 2504311044 is not a valid date-time/,
  );
  t.match(parseFileName('685146_535_Vaccine_202402281043_202402291043_2402291044'), { dateTo: '202402291043' }, '29 February 2024 exists');
});

t.test('encoding from the byte-order mark', async (t) => {
  t.same(detectEncoding(Buffer.from([0xff, 0xfe, 0x41, 0])), { encoding: 'utf16le', bomLength: 2 });
  t.same(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x41])), { encoding: 'utf8', bomLength: 3 });
  t.same(detectEncoding(Buffer.from('AB')), { encoding: 'utf8', bomLength: 0 });
});

t.test('encoding without a byte-order mark: UTF-16 recognised by its zero bytes, either byte order', async (t) => {
  const text = '685146|^^|Ngāti Whātua|^^|2025-01-29 18:18:11.347|~~|';
  t.same(detectEncoding(Buffer.from(text, 'utf16le')), { encoding: 'utf16le', bomLength: 0 });
  t.same(detectEncoding(Buffer.from(text, 'utf16le').swap16()), { encoding: 'utf16be', bomLength: 0 });
  t.same(detectEncoding(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])), {
    encoding: 'utf16be',
    bomLength: 2,
  });
  t.same(detectEncoding(Buffer.from(text)), { encoding: 'utf8', bomLength: 0 });
  const rows = [
    ['1', 'Ngāti', 'x'],
    ['2', '', 'y'],
  ];
  const le = Buffer.from(rows.map((r) => r.join('|^^|') + '|~~|').join(''), 'utf16le');
  for (const [name, bytes] of [
    ['LE, no BOM', le],
    ['BE, no BOM', Buffer.from(le).swap16()],
    ['BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()])],
  ] as const) {
    for (const size of [1, 3, 7, bytes.length]) {
      const sp = new RowSplitter(3, 'f');
      const got: string[][] = [];
      for (let i = 0; i < bytes.length; i += size) got.push(...sp.push(bytes.subarray(i, i + size)));
      got.push(...sp.end());
      t.same(got, rows, `${name}, chunks of ${size}`);
    }
  }
});

t.test('empty extracts give no rows (not a layout error); one row without its row marker is read', async (t) => {
  for (const [name, bytes] of [
    ['0 bytes', Buffer.alloc(0)],
    ['UTF-16 BOM only', Buffer.from([0xff, 0xfe])],
    ['UTF-8 BOM only', Buffer.from([0xef, 0xbb, 0xbf])],
    ['a line break', Buffer.from('\r\n', 'utf16le')],
  ] as const) {
    const sp = new RowSplitter(3, name);
    t.same([...sp.push(bytes), ...sp.end()], [], name);
  }
  const sp = new RowSplitter(3, 'one');
  t.same([...sp.push(Buffer.from('1|~~|a|~~|b')), ...sp.end()], [['1', 'a', 'b']], 'e-mail layout told apart by its field count alone');
  t.throws(
    () => {
      const bad = new RowSplitter(5, 's3://b/one');
      bad.push(Buffer.from('1|~~|a|~~|b'));
      bad.end();
    },
    /s3:\/\/b\/one: fits neither layout for 5 fields/,
    'a lone row that fits neither still fails with the file named',
  );
});

/** Rows of `bytes` read by a RowSplitter in chunks of `size`, and whether each row ended with its row marker. */
function splitAll(bytes: Buffer, size: number, fields: number, overrides = {}): { rows: string[][]; unterminated: boolean[] } {
  const sp = new RowSplitter(fields, 's3://b/k', overrides);
  const rows: string[][] = [];
  const unterminated: boolean[] = [];
  const onRow = (r: { buf: Buffer; starts: Int32Array; ends: Int32Array; count: number; unterminated: boolean }) => {
    rows.push(Array.from({ length: r.count }, (_, j) => r.buf.toString('utf8', r.starts[j], r.ends[j])));
    unterminated.push(r.unterminated);
  };
  for (let i = 0; i < bytes.length; i += size) sp.pushBytes(bytes.subarray(i, i + size), onRow);
  sp.endBytes(onRow);
  return { rows, unterminated };
}

t.test('a first row longer than the 64 KB head: the layout is detected all the same, whatever the chunks', async (t) => {
  const rows = (len: number) => [
    ['1', 'x'.repeat(len), 'a'],
    ['2', 'short', 'b'],
    ['3', '', 'c'],
  ];
  // 40,000 characters (80 KB in UTF-16) and 600,000 (1.2 MB): past the head, and past a 1 MB spool chunk
  for (const len of [40_000, 600_000])
    for (const spec of [{ encoding: 'utf16le' as const }, { encoding: 'utf8' as const, layout: 'email' as const }]) {
      const bytes = encodeFile(rows(len), spec);
      // 16 KB: a network read (download twice); 1 MB: a spool read; the whole file at once
      for (const size of [16 * 1024, 64 * 1024 + 1, 1024 * 1024, bytes.length]) {
        const got = splitAll(bytes, size, 3);
        t.same(got.rows, rows(len), `${len} characters, ${spec.encoding}${spec.layout ? ' e-mail layout' : ''}, chunks of ${size}`);
      }
    }
  // no row ends within the cap in either layout: a clear failure that says what to set
  const endless = Buffer.from('1|^^|' + 'x'.repeat(SAMPLE_CAP) + '|^^|a|~~|');
  t.throws(
    () => splitAll(endless, 1024 * 1024, 3),
    /s3:\/\/b\/k: no row ends in the first 64 MB in either layout \(they hold a "\|\^\^\|" and no "\|~~\|"\): the first row is longer than 64 MB, or the file is in neither layout; if its rows are that long, set layout/,
  );
  t.same(
    splitAll(endless, 1024 * 1024, 3, { layout: PRODUCTION_LAYOUT }).rows.map((r) => r[2]),
    ['a'],
    'with layout set, it is read',
  );
});

t.test('a last row without its row marker is handed over marked unterminated (the file was cut short)', async (t) => {
  const rows = [
    ['1', 'a', '2025-09-01 10:42:00.000'],
    ['2', 'b', '2025-09-01 10:42:00.000'],
  ];
  const whole = encodeFile(rows);
  const cut = whole.subarray(0, whole.length - ':00.000|~~|'.length * 2);
  for (const size of [3, 64, cut.length]) {
    t.same(
      splitAll(cut, size, 3),
      {
        rows: [rows[0], ['2', 'b', '2025-09-01 10:42']],
        unterminated: [false, true],
      },
      `cut inside the last value, chunks of ${size}`,
    );
    t.same(splitAll(whole, size, 3).unterminated, [false, false], `whole file, chunks of ${size}`);
  }
  // a final line break after the last row marker is no row
  t.same(splitAll(encodeFile(rows, { afterRow: '\r\n' }), 7, 3).unterminated, [false, false], 'CR LF after the last marker');
});

t.test('separators: production and e-mail layouts detected; neither fails with the file named', async (t) => {
  const rows = [
    ['1', 'a', 'b'],
    ['2', 'c', 'd'],
  ];
  t.same(detectLayout(rows.map((r) => r.join('|^^|') + '|~~|').join(''), 3, 'f'), PRODUCTION_LAYOUT);
  t.same(detectLayout(rows.map((r) => r.join('|~~|') + '|^^|').join(''), 3, 'f'), EMAIL_LAYOUT);
  t.throws(
    () => detectLayout(rows.map((r) => r.join(',') + '\n').join(''), 3, 's3://b/k'),
    { name: 'RecordFormatError' },
    'plain CSV fits neither',
  );
  t.throws(
    () => detectLayout(rows.map((r) => r.join('|^^|') + '|~~|').join(''), 5, 's3://b/k'),
    /s3:\/\/b\/k: fits neither layout for 5 fields/,
  );
  // another extract type: one field more on every row (the old average tolerance let 65 for 64 through)
  const wide = Array.from({ length: 50 }, (_, i) => Array.from({ length: 65 }, (_, j) => `${i}.${j}`));
  t.throws(
    () => detectLayout(wide.map((r) => r.join('|^^|') + '|~~|').join(''), 64, 's3://b/appointments'),
    /s3:\/\/b\/appointments: fits neither layout for 64 fields per row .*: read as the production layout it has 50 rows of 65 fields; read as the e-mail layout it has /,
  );
  // a field separator after every row's last field
  t.throws(
    () => detectLayout(rows.map((r) => r.join('|^^|') + '|^^||~~|').join(''), 3, 's3://b/k'),
    /read as the production layout it has 2 rows of 4 fields/,
  );
  // a few ragged rows are dirt, not another layout; blank rows count for neither side, in a small sample as in a big one
  const some = [...rows, ['3', 'e'], ['4', 'f', 'g']];
  t.same(detectLayout(some.map((r) => r.join('|^^|') + '|~~|').join(''), 3, 'f'), PRODUCTION_LAYOUT, 'one ragged row of four');
  t.same(detectLayout('1|^^|a|^^|b|~~|\r\n|~~|\r\n|~~|2|^^|c|^^|d|~~|', 3, 'f'), PRODUCTION_LAYOUT, 'blank rows between two rows');
});

t.test('splitting is the same whatever the chunk boundaries (UTF-16 split mid-character, markers split)', async (t) => {
  const rows = Array.from({ length: 500 }, (_, i) => [String(i), `Ngāti ${i} "quoted", comma`, 'line\r\nbreak', '']);
  for (const spec of [{ encoding: 'utf16le' as const }, { encoding: 'utf8' as const, layout: 'email' as const }]) {
    const bytes = encodeFile(rows, spec);
    for (const size of [1, 3, 7, 4096, bytes.length]) {
      const sp = new RowSplitter(4, 'f');
      const got: string[][] = [];
      for (let i = 0; i < bytes.length; i += size) got.push(...sp.push(bytes.subarray(i, i + size)));
      got.push(...sp.end());
      t.same(got, rows, `${spec.encoding} in ${size}-byte chunks`);
    }
  }
});

t.test('byte splitting agrees with String.split of the decoded text: pipes inside values, lone surrogates, bad UTF-8', async (t) => {
  // values with parts of the markers (a split must take the leftmost whole marker, as String.split does)
  const values = ['a|^b', '|', '||', '^^', '|^^', 'x|~', '~~|y', 'ā|中😀', '', 'tail|'];
  const rows = Array.from({ length: 60 }, (_, i) => Array.from({ length: 4 }, (_, j) => values[(i * 4 + j) % values.length]!));
  const text = rows.map((r) => r.join('|^^|') + '|~~|').join('') + '\r\n';
  const cases: Array<[string, Buffer, string]> = [
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), text],
    // a lone surrogate (high, then low) in UTF-16: U+FFFD, as a string round trip gives
    [
      'UTF-16LE lone surrogates',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace('x|~', 'x\ud800|~').replace('~~|y', '\udc00~~|y'), 'utf16le')]),
      text.replace('x|~', 'x\ufffd|~').replace('~~|y', '\ufffd~~|y'),
    ],
    // invalid UTF-8 bytes: U+FFFD each, as a string decoder gives
    [
      'UTF-8 with invalid bytes',
      Buffer.concat([Buffer.from(text.slice(0, 40)), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(text.slice(40))]),
      Buffer.concat([Buffer.from(text.slice(0, 40)), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(text.slice(40))]).toString('utf8'),
    ],
  ];
  for (const [name, bytes, decoded] of cases) {
    const want = naive(decoded);
    for (const size of [1, 2, 3, 5, 64, bytes.length]) {
      const sp = new RowSplitter(4, 'f', { layout: PRODUCTION_LAYOUT });
      const got: string[][] = [];
      for (let i = 0; i < bytes.length; i += size) got.push(...sp.push(bytes.subarray(i, i + size)));
      got.push(...sp.end());
      t.same(got, want, `${name}, chunks of ${size}`);
    }
  }
});

t.test(
  'the WebAssembly scan splits as the JavaScript scan and String.split do: dense markers, overlaps, any chunking, 1 MB windows',
  async (t) => {
    t.ok(
      MarkerScanner.create(Buffer.from('|^^|'), Buffer.from('|~~|')),
      'WebAssembly SIMD runs on this machine (else only the JavaScript scan is tested)',
    );
    // texts made mostly of marker pieces, so markers overlap, straddle chunks and windows, and nearly match
    const pieces = ['|^^|', '|~~|', '|', '^', '~', '^^', '~~', '|^', '~|', '|^^', '~~|', 'a', 'ā', '中', '😀', '\r\n', ' '];
    let seed = 20261206;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), Math.floor((seed / 2147483648) * n));
    const text = (len: number) => Array.from({ length: len }, () => pieces[rnd(pieces.length)]!).join('');
    const read = (bytes: Buffer, layout: Layout, chunks: number[], scan?: 'js') => {
      const sp = new RowSplitter(4, 'f', { encoding: 'utf8', layout, ...(scan ? { scan } : {}) });
      const got: string[][] = [];
      let i = 0;
      for (let k = 0; i < bytes.length; k++) {
        const size = chunks[k % chunks.length]!;
        got.push(...sp.push(bytes.subarray(i, i + size)));
        i += size;
      }
      got.push(...sp.end());
      return got;
    };
    let cases = 0;
    for (let n = 0; n < 400; n++) {
      const decoded = text(rnd(3) === 0 ? rnd(40) : rnd(2000));
      const bytes = Buffer.from(decoded);
      const layout = n % 2 ? PRODUCTION_LAYOUT : EMAIL_LAYOUT;
      const want = naive(decoded, layout);
      const chunks = [1 + rnd(64), 1 + rnd(7), 1 + rnd(4096)];
      const wasm = read(bytes, layout, chunks);
      const js = read(bytes, layout, chunks, 'js');
      if (!t.same(wasm, want, `text ${n} (${bytes.length} bytes, chunks ${chunks.join('/')}): WebAssembly = String.split`)) break;
      if (!t.same(js, want, `text ${n}: JavaScript = String.split`)) break;
      cases++;
    }
    t.equal(cases, 400, 'every generated text split alike');
    // one push of 3 MB: the scan runs in 1 MB windows, and markers straddle their edges
    const big = text(1_500_000);
    const bytes = Buffer.from(big);
    t.ok(bytes.length > 3 << 20, `${bytes.length} bytes in one push`);
    t.same(read(bytes, PRODUCTION_LAYOUT, [bytes.length]), naive(big, PRODUCTION_LAYOUT), 'one push of several windows = String.split');
    // overlapping markers placed on a window's edge, at each offset (the window is 1 MB; the next starts after a marker)
    for (let d = 0; d < 16; d++) {
      const edge = 'a'.repeat((1 << 20) - d) + '|^^|^^|~~|~~|^^|~~|^^|~~~|' + 'b|^^|c|~~|';
      t.same(
        read(Buffer.from(edge), PRODUCTION_LAYOUT, [edge.length]),
        naive(edge, PRODUCTION_LAYOUT),
        `markers ${d} bytes before a window's edge`,
      );
    }
  },
);

t.test('a BOM-less file that is no UTF-8 is read as Windows-1252; invalid UTF-8 in a UTF-8 file is counted', async (t) => {
  const rows = [
    ['1', 'Zoë O’Brien – café', 'x'],
    ['2', '', '€5 “quoted”'],
  ];
  const ascii = Array.from({ length: 3000 }, (_, i) => [String(i + 3), `plain ascii row ${i}`, 'y']);
  const read = (bytes: Buffer, size: number, overrides = {}) => {
    const sp = new RowSplitter(3, 'f', overrides);
    const got: string[][] = [];
    for (let i = 0; i < bytes.length; i += size) got.push(...sp.push(bytes.subarray(i, i + size)));
    got.push(...sp.end());
    return { got, encoding: sp.encoding, replaced: sp.replaced };
  };
  for (const [name, all] of [
    ['in the head', rows],
    ['after 64 KB of ASCII', [...ascii, ...rows]],
  ] as Array<[string, string[][]]>) {
    const bytes = encodeFile(all, { encoding: 'windows1252' });
    for (const size of [1, 7, 64 * 1024 + 3, bytes.length]) {
      if (size === 1 && all.length > 2) continue; // a byte at a time over 100 KB proves nothing more
      t.same(read(bytes, size), { got: all, encoding: 'windows1252', replaced: 0 }, `${name}, chunks of ${size}`);
    }
  }
  const utf8 = encodeFile(rows, { encoding: 'utf8' });
  t.same(read(utf8, 5), { got: rows, encoding: 'utf8', replaced: 0 }, 'UTF-8 without a BOM stays UTF-8');
  // a UTF-8 file with one stray Windows-1252 byte among real UTF-8: U+FFFD, counted
  const stray = Buffer.concat([utf8, windows1252('3|^^|é|^^|z|~~|')]);
  t.same(
    read(stray, stray.length),
    { got: [...rows, ['3', '\ufffd', 'z']], encoding: 'utf8', replaced: 1 },
    'stray byte after UTF-8: replaced and counted',
  );
  // a BOM or the setting says UTF-8: never guessed otherwise
  const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), windows1252('1|^^|é|^^|z|~~|')]);
  t.same(
    read(withBom, withBom.length),
    { got: [['1', '\ufffd', 'z']], encoding: 'utf8', replaced: 1 },
    'UTF-8 BOM: invalid bytes replaced, counted',
  );
  t.same(read(encodeFile(rows, { encoding: 'windows1252' }), 64, { encoding: 'utf8' }).encoding, 'utf8', 'encoding setting utf8 is kept');
  t.throws(() => windows1252('Ngāti'), /no Windows-1252 byte/, 'the simulator refuses a character the code page lacks');
  const every = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
  const text = decodeWindows1252(every).toString('utf8');
  t.equal([...text].length, 256, 'every byte is one character');
  t.same(
    [text[0x80], text[0x92], text[0x96], text[0x9f], text[0xe9], text[0x81]],
    ['€', '’', '–', 'Ÿ', 'é', '\u0081'],
    'the code page, not Latin-1, for 0x80-0x9F',
  );
  t.same(windows1252(text), every, 'and back, byte for byte');
});

t.test('NUL, which PostgreSQL text cannot hold, reads as U+FFFD and is counted, in every encoding', async (t) => {
  const rows = [
    ['1', 'before\u0000after', '\u0000'],
    ['2', 'plain', 'x'],
  ];
  const want = [
    ['1', 'before\ufffdafter', '\ufffd'],
    ['2', 'plain', 'x'],
  ];
  for (const spec of [
    { encoding: 'utf16le' as const },
    { encoding: 'utf8' as const },
    { encoding: 'windows1252' as const, layout: 'email' as const },
  ]) {
    const bytes = encodeFile(rows, spec);
    for (const size of [1, 5, bytes.length]) {
      const sp = new RowSplitter(3, 'f');
      const got: string[][] = [];
      for (let i = 0; i < bytes.length; i += size) got.push(...sp.push(bytes.subarray(i, i + size)));
      got.push(...sp.end());
      t.same({ got, nuls: sp.nuls }, { got: want, nuls: 2 }, `${spec.encoding}, chunks of ${size}`);
    }
  }
});

t.test('a UTF-16 file ending in half a code unit: the stray byte reads as U+FFFD (a row of its own), in both byte orders', async (t) => {
  const text = '1|^^|a|^^|b|~~|2|^^|c|^^|d|~~|';
  for (const [name, body] of [
    ['LE', Buffer.from(text, 'utf16le')],
    ['BE', Buffer.from(text, 'utf16le').swap16()],
  ] as const) {
    const bytes = Buffer.concat([body, Buffer.from([0x41])]);
    for (const size of [1, 3, bytes.length]) {
      const sp = new RowSplitter(3, 'f', { encoding: name === 'LE' ? 'utf16le' : 'utf16be' });
      const got: string[][] = [];
      for (let i = 0; i < bytes.length; i += size) got.push(...sp.push(bytes.subarray(i, i + size)));
      got.push(...sp.end());
      // the last "row" has one field where 3 are expected: the tap rejects it as ragged, with its text
      t.same(got, [['1', 'a', 'b'], ['2', 'c', 'd'], ['\ufffd']], `${name}, chunks of ${size}`);
    }
  }
});

t.test('NHI check characters: both formats, the fact sheet examples', async (t) => {
  const cases: Array<[string, string | undefined]> = [
    ['ZAC5361', 'original'],
    ['JBX3656', 'original'],
    ['ZWX5200', 'original'],
    ['ZZZ0044', undefined],
    ['ZBN77VL', 'new'],
    ['ZZZ00AC', 'new'],
    ['ZYZ89XY', 'new'],
    ['ZAD96LT', undefined],
    ['ZZZ0121', 'original'],
    ['LAA5555', undefined],
    ['ZZZ00AA', undefined],
    ['IOA1234', undefined],
    ['zac5361', 'original'],
  ];
  for (const [nhi, want] of cases) t.equal(nhiFormat(nhi), want, nhi);
});
