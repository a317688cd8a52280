// JSON Schema → file column types, exact: decimals keep their precision and scale (never a double), integers are
// int64, date-times are UTC instants in microseconds, structured values are JSON text with the JSON logical type.
// A number a tap marks as a binary float (singer-sdk's x-sql-datatype: "double precision", or "real" for single
// precision, as tap-sql does for MySQL FLOAT/DOUBLE, PostgreSQL real/double precision…) is a DOUBLE: the double its
// text names, for a real the single precision float its text names, widened exactly (PostgreSQL writes a real
// 19.99 as "19.99", MySQL's FLOAT arrives as its double "19.989999771118164": both are 19.989999771118164). CSV
// and JSONL hold the number's text as sent (a real's unless a double reader would read another double from it:
// then the shortest text of its float's double).
//
// | JSON Schema                                        | column (DuckDB → Parquet)                              |
// |----------------------------------------------------|--------------------------------------------------------|
// | string                                             | VARCHAR → BYTE_ARRAY UTF8                              |
// | string, format date-time / date / time             | TIMESTAMPTZ → INT64 TIMESTAMP(UTC, MICROS) / DATE / TIME |
// | integer (bounds within int64 or none)              | BIGINT → INT64                                         |
// | integer whose bounds pass int64                    | DECIMAL(38,0)                                          |
// | number: multipleOf 10^-s, maximum 10^(p-s)         | DECIMAL(p,s) (p from maximum, else 38)                 |
// | number without multipleOf                          | DECIMAL(decimal_default), a value that does not fit fails |
// | number, x-sql-datatype "double precision", no multipleOf | DOUBLE → DOUBLE; a value past a double's range fails |
// | number, x-sql-datatype "real", no multipleOf       | DOUBLE → DOUBLE of the float32 the text names            |
// | boolean                                            | BOOLEAN                                                |
// | object, array, anyOf, several types, no type       | JSON → BYTE_ARRAY with the JSON logical type           |
import type { JsonSchema } from '../../kit/singer/messages.js';

export type ColumnKind = 'varchar' | 'timestamptz' | 'date' | 'time' | 'bigint' | 'decimal' | 'double' | 'boolean' | 'json';

export interface ColumnType {
  kind: ColumnKind;
  precision?: number;
  scale?: number;
  /** double: the source is single precision (x-sql-datatype real): a value is the float its text names */
  single?: boolean;
}

export interface Column {
  name: string;
  type: ColumnType;
}

const INT64_BOUND = 2 ** 63;

/**
 * singer-sdk's annotation naming the SQL type a target is to give a property. Only the SQL standard's two binary
 * float names in it, as tap-sql sends them, make a DOUBLE (a tap asking for such a column asks for a float's
 * rounding); any other name, or a multipleOf beside it (a decimal), is ignored: a decimal never becomes a double.
 */
export const SQL_DATATYPE = 'x-sql-datatype';

function types(schema: JsonSchema): string[] {
  const t = schema.type;
  if (t === undefined) return [];
  return (Array.isArray(t) ? t : [t]).filter((x) => x !== 'null');
}

function unwrapNullableAnyOf(schema: JsonSchema): JsonSchema | undefined {
  const alts = schema.anyOf ?? schema.oneOf;
  if (!alts) return schema;
  const nonNull = alts.filter((a) => !(a.type === 'null' || (Array.isArray(a.type) && a.type.length === 1 && a.type[0] === 'null')));
  return nonNull.length === 1 ? nonNull[0] : undefined;
}

/** Scale from multipleOf (0.01 → 2); undefined when it is not a power of ten. */
function scaleOf(multipleOf: unknown): number | undefined {
  if (typeof multipleOf !== 'number' || !(multipleOf > 0)) return undefined;
  if (multipleOf === 1) return 0;
  const s = Math.round(-Math.log10(multipleOf));
  return s > 0 && s <= 38 && Math.abs(multipleOf - 10 ** -s) < 10 ** -s * 1e-9 ? s : undefined;
}

export function columnType(input: JsonSchema, decimalDefault: { precision: number; scale: number }): ColumnType {
  const schema = unwrapNullableAnyOf(input);
  if (!schema) return { kind: 'json' };
  if (schema !== input) return columnType(schema, decimalDefault);
  const ts = types(schema);
  if (ts.length !== 1) return { kind: 'json' };
  switch (ts[0]) {
    case 'string':
      if (schema.format === 'date-time') return { kind: 'timestamptz' };
      if (schema.format === 'date') return { kind: 'date' };
      if (schema.format === 'time') return { kind: 'time' };
      return { kind: 'varchar' };
    case 'integer': {
      // an exclusive bound (draft-06 on; draft-04's boolean form is rewritten so by messages.ts) bounds as well
      const minimum = schema.minimum ?? schema.exclusiveMinimum;
      const maximum = schema.maximum ?? schema.exclusiveMaximum;
      if ((typeof minimum === 'number' && !(minimum >= -INT64_BOUND)) || (typeof maximum === 'number' && !(maximum <= INT64_BOUND)))
        return { kind: 'decimal', precision: 38, scale: 0 };
      return { kind: 'bigint' };
    }
    case 'number': {
      const asked = schema.multipleOf === undefined && typeof schema[SQL_DATATYPE] === 'string' ? schema[SQL_DATATYPE] : '';
      if (asked === 'double precision') return { kind: 'double' };
      if (asked === 'real') return { kind: 'double', single: true };
      const scale = scaleOf(schema.multipleOf);
      if (scale === undefined) return { kind: 'decimal', ...decimalDefault };
      // pipelinewise/singer-sdk SQL taps: maximum = 10^(precision-scale) with exclusiveMaximum
      const bound = schema.maximum ?? schema.exclusiveMaximum;
      const max = typeof bound === 'number' ? bound : undefined;
      const intDigits = max !== undefined && max >= 1 ? Math.round(Math.log10(max)) : undefined;
      const precision = intDigits !== undefined && 10 ** intDigits === max ? Math.min(38, intDigits + scale) : 38;
      return { kind: 'decimal', precision: Math.max(precision, scale, 1), scale };
    }
    case 'boolean':
      return { kind: 'boolean' };
    default:
      return { kind: 'json' };
  }
}

export function duckType(t: ColumnType): string {
  switch (t.kind) {
    case 'decimal':
      return `DECIMAL(${t.precision},${t.scale})`;
    default:
      return t.kind.toUpperCase();
  }
}

export const typeName = duckType;

/**
 * The type a column keeps when its schema changes from `from` to `to`, if every value of `from` is a value of `to`
 * (int64 → a decimal with 19+ integer digits, a decimal to one with at least as many integer and fraction digits,
 * date → date-time); undefined when it cannot widen.
 */
export function widens(from: ColumnType, to: ColumnType): boolean {
  if (from.kind === to.kind && from.kind !== 'decimal') return true;
  if (from.kind === 'decimal' && to.kind === 'decimal')
    return to.scale! >= from.scale! && to.precision! - to.scale! >= from.precision! - from.scale!;
  if (from.kind === 'bigint' && to.kind === 'decimal') return to.precision! - to.scale! >= 19;
  if (from.kind === 'date' && to.kind === 'timestamptz') return true;
  return false;
}
