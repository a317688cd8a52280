// JSON Schema → PostgreSQL column types. Scalars map to native types; everything structured to jsonb.
//
// | JSON Schema                                   | PostgreSQL        |
// |-----------------------------------------------|-------------------|
// | string                                        | text              |
// | string, format date-time                      | timestamptz       |
// | string, format date / time                    | date / time       |
// | integer (unbounded, or bounds within int64)   | bigint; widened to numeric when a value outside int64 arrives |
// | integer whose minimum or maximum is beyond int64 | numeric (e.g. MySQL bigint unsigned) |
// | number                                        | numeric (exact decimal of the sent text) |
// | boolean                                       | boolean           |
// | object, array, property-less object           | jsonb             |
// | anyOf/oneOf, multi-type (["string","integer"]) | jsonb (null does not count as a type) |
// | no type at all ({})                           | jsonb             |
import type { JsonSchema } from '../../kit/singer/messages.js';

export const PG_TYPES = ['text', 'timestamptz', 'date', 'time', 'bigint', 'numeric', 'boolean', 'jsonb'] as const;
export type PgType = (typeof PG_TYPES)[number];

const INT64_BOUND = 2 ** 63;

function types(schema: JsonSchema): string[] {
  const t = schema.type;
  if (t === undefined) return [];
  return (Array.isArray(t) ? t : [t]).filter((x) => x !== 'null');
}

/** anyOf [{type: X}, {type: null}] is just a nullable X; unwrap it. */
function unwrapNullableAnyOf(schema: JsonSchema): JsonSchema | undefined {
  const alts = schema.anyOf ?? schema.oneOf;
  if (!alts) return schema;
  const nonNull = alts.filter((a) => !(a.type === 'null' || (Array.isArray(a.type) && a.type.length === 1 && a.type[0] === 'null')));
  return nonNull.length === 1 ? nonNull[0] : undefined;
}

export function pgTypeFor(input: JsonSchema): PgType {
  const schema = unwrapNullableAnyOf(input);
  if (!schema) return 'jsonb';
  if (schema !== input) return pgTypeFor(schema);
  // a tap's choice among the types this target makes, and only those: the text goes into DDL, so anything else
  // (`varchar(3)`, or SQL after a closing parenthesis) is never used; the schema's own type decides then
  const asked = schema['x-pg-type'];
  if (typeof asked === 'string' && (PG_TYPES as readonly string[]).includes(asked)) return asked as PgType;
  const ts = types(schema);
  if (ts.length !== 1) return 'jsonb';
  switch (ts[0]) {
    case 'string':
      if (schema.format === 'date-time') return 'timestamptz';
      if (schema.format === 'date') return 'date';
      if (schema.format === 'time') return 'time';
      return 'text';
    case 'integer': {
      // SDK taps send no bounds: ids and foreign keys are bigint, and a value past int64 widens the column
      // (loader.ts) instead of failing. Declared bounds beyond int64 (an unsigned bigint) start as numeric.
      // The bounds arrive as doubles: int64's own limits (pipelinewise-tap-mysql sends 9223372036854775807) read
      // as ±2^63, so only a bound past that is beyond int64; a value past int64 widens the column anyway.
      // an exclusive bound (draft-06 on; draft-04's boolean form is rewritten so by messages.ts) bounds as well
      const minimum = schema.minimum ?? schema.exclusiveMinimum;
      const maximum = schema.maximum ?? schema.exclusiveMaximum;
      if (typeof minimum === 'number' && !(minimum >= -INT64_BOUND)) return 'numeric';
      if (typeof maximum === 'number' && !(maximum <= INT64_BOUND)) return 'numeric';
      return 'bigint';
    }
    case 'number':
      return 'numeric';
    case 'boolean':
      return 'boolean';
    default:
      return 'jsonb';
  }
}

/** Can a column of type `from` hold every value of type `to` after ALTER … TYPE? Used for schema drift. */
export function widen(from: PgType, to: PgType): PgType | undefined {
  if (from === to) return from;
  if (from === 'bigint' && to === 'numeric') return 'numeric';
  if (from === 'numeric' && to === 'bigint') return 'numeric';
  if (from === 'jsonb' || to === 'jsonb') return undefined;
  if (from === 'text' || to === 'text') return 'text';
  return 'text';
}
