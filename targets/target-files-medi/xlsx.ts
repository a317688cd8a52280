// XLSX for small extracts: one sheet per file, a header row, then the rows as DuckDB reads them from the spool.
// Excel keeps numbers as doubles and date-times without zone or microseconds, so a value goes in as a number only
// where the double is exactly that value (integers within 2^53, decimals whose text a double gives back, every value
// of a DOUBLE column: a binary float's); other
// values, and every date-time (ISO 8601 UTC with microseconds) and date, go in as their exact text.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Column } from './type-map.js';

/** A worksheet's rows, the header row included (Excel 2007 and later). */
export const XLSX_MAX_ROWS = 1_048_576;

export class SheetTooLargeError extends Error {
  override name = 'SheetTooLargeError';
  constructor(
    readonly stream: string,
    readonly rows: number,
  ) {
    super(
      `stream "${stream}": ${rows.toLocaleString('en')} rows for one XLSX file, past a sheet's ${XLSX_MAX_ROWS.toLocaleString('en')} rows ` +
        '(header included); XLSX is for small extracts: use format parquet or csv, or partition the stream more finely',
    );
  }
}

/** The characters a cell holds (Excel's limit). */
export const XLSX_MAX_CELL = 32_767;

export class CellTooLongError extends Error {
  override name = 'CellTooLongError';
  constructor(stream: string, column: string, row: number, length: number) {
    super(
      `stream "${stream}" column "${column}", row ${row} of its XLSX file: ${length.toLocaleString('en')} characters, past a cell's ` +
        `${XLSX_MAX_CELL.toLocaleString('en')}; use format parquet or csv for such text`,
    );
  }
}

/**
 * A string as a cell's text keeps every character: XML 1.0 has no control characters (and reads CR as LF), so
 * those are written as OOXML's _xHHHH_ escapes, and text that looks like one has its underscore escaped (_x005F_).
 */
export function xlsxText(s: string): string {
  return s.replace(
    /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** SELECT list turning the spool's typed columns into the text the cells are made from. */
export function xlsxSelect(columns: Column[], source: (i: number) => string): string {
  return columns
    .map((c, i) => {
      const v = source(i);
      switch (c.type.kind) {
        case 'boolean':
          return `${v} AS ${ident(c.name)}`;
        case 'timestamptz':
          return `strftime(${v}, '%Y-%m-%dT%H:%M:%S.%fZ') AS ${ident(c.name)}`;
        default:
          return `${v}::VARCHAR AS ${ident(c.name)}`;
      }
    })
    .join(', ');
}

function cell(c: Column, v: unknown, stream: string, row: number): unknown {
  if (v === null || v === undefined) return null;
  switch (c.type.kind) {
    case 'bigint':
    case 'decimal': {
      const text = String(v);
      const n = Number(text);
      const canon = text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
      return String(n) === canon ? n : text;
    }
    case 'double':
      // the number's text as the tap sent it: the double it names (a binary float column: that double is the value)
      return Number(String(v));
    case 'boolean':
      return v;
    default: {
      const text = String(v);
      if (text.length > XLSX_MAX_CELL) throw new CellTooLongError(stream, c.name, row, text.length);
      return xlsxText(text);
    }
  }
}

/** Write the rows of `sql` (columns in order) as one sheet; returns the rows written. */
export async function writeXlsx(db: DuckDBConnection, sql: string, columns: Column[], out: string, sheet: string): Promise<number> {
  // loaded here, for xlsx only: ExcelJS costs every other run ~27 MB of memory and start-up time
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet(sheet.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'data');
  ws.addRow(columns.map((c) => xlsxText(c.name))).commit();
  const result = await db.stream(sql);
  let rows = 0;
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    for (const r of chunk.getRows()) {
      rows++;
      ws.addRow(r.map((v, i) => cell(columns[i]!, v, sheet, rows))).commit();
    }
  }
  ws.commit();
  await wb.commit();
  return rows;
}
