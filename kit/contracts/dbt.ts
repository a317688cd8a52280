// Contract → dbt: sources.yml, the checked/staging/rejects models and their tests. Staging is built as
// source → renamed → typed; a row whose field fails a check goes to rejects with the reasons.
import YAML from 'yaml';
import type { Contract, ContractColumn } from './contract.js';
import { streamName } from './contract.js';
import { tableNameFor } from '../../targets/target-postgres-medi/identifiers.js';

const HEADER = (c: Contract) => `-- generated from ${c.file.slice(c.file.indexOf('contracts/'))} by \`npm run codegen\`; do not edit`;

function q(ident: string): string {
  return '"' + ident.replace(/"/g, '""') + '"';
}

function sqlString(s: string): string {
  return "'" + s.replace(/'/g, "''") + "'";
}

/** jsonb_build_object takes at most 100 arguments: build in slices and concatenate. */
function jsonbObject(pairs: Array<[string, string]>): string {
  const parts: string[] = [];
  for (let i = 0; i < pairs.length; i += 40) {
    parts.push(`jsonb_build_object(\n      ${pairs.slice(i, i + 40).map(([k, v]) => `${sqlString(k)}, ${v}`).join(',\n      ')}\n    )`);
  }
  return parts.length ? parts.join('\n    || ') : "'{}'::jsonb";
}

const LINEAGE_SELECT = [
  '_source_uri as source_uri',
  '_source_version_id as source_version_id',
  '_source_file_hash as source_file_hash',
  '_source_row_number as source_row_number',
  '_source_date_extracted as date_extracted',
  '_sdc_load_run_id as load_run_id',
];

export function checkedModel(c: Contract): string {
  const src = `{{ medi_source('raw_${c.source}', '${tableNameFor(streamName(c))}', ${JSON.stringify(c.columns.map((x) => x.source))}, ${JSON.stringify(c.lineage ?? [])}) }}`;
  const renamed = c.columns.map((col) => `    ${renameExpr(col)} as ${q(col.name)}`);
  const typed = c.columns.map((col) => `    {{ medi_cast(${sqlString(col.name)}, ${sqlString(col.type)}) }} as ${q(col.name)}`);
  const errors = c.columns.map((col): [string, string] => [col.name, `{{ medi_check(${sqlString(col.name)}, ${sqlString(col.type)}, required=${col.required ? 'true' : 'false'}, domain=${col.domain ? JSON.stringify(col.domain) : 'none'}) }}`]);
  const lineage = c.lineage ? LINEAGE_SELECT : ['_sdc_load_run_id as load_run_id'];
  return `${HEADER(c)}
-- Every raw row once, with typed values and field_errors ('{}' when the row is valid).
{{ config(materialized='table') }}

with source as (
  ${src}
),

renamed as (
  select
${renamed.join(',\n')},
    ${lineage.join(',\n    ')},
    -- the source row as landed, field by field (raw is lossless), for rejects
    ${jsonbObject(c.columns.map((col) => [col.source, `source.${q(col.source)}`])).replace(/\n/g, '\n  ')} as source_row
  from source
),

typed as (
  select
${typed.join(',\n')},
    ${lineage.map((l) => l.split(' as ')[1]).join(',\n    ')},
    source_row,
    jsonb_strip_nulls(
    ${jsonbObject(errors)}
    ) as field_errors
  from renamed
)

select * from typed
`;
}

function renameExpr(col: ContractColumn): string {
  // trims spaces, tabs and line breaks (some files put a newline after each row marker)
  let e = `nullif(btrim(source.${q(col.source)}, E' \\t\\r\\n'), '')`;
  for (const nv of col.null_values ?? []) e = `nullif(${e}, ${sqlString(nv)})`;
  return e;
}

export function stagingModel(c: Contract): string {
  const key = c.natural_key.map(q).join(', ');
  const order = c.lineage ? 'date_extracted desc nulls last, source_row_number desc' : 'load_run_id desc';
  const cols = [...c.columns.map((col) => q(col.name)), ...(c.lineage ? LINEAGE_SELECT.map((l) => l.split(' as ')[1]) : ['load_run_id'])];
  return `${HEADER(c)}
-- Valid rows, one per natural key: the newest DateExtracted wins (then the later row), whatever order
-- batches were loaded in, so a backfill of an older batch cannot overwrite newer data.
{{ config(materialized='table', indexes=[{'columns': [${c.natural_key.map((k) => sqlString(k)).join(', ')}], 'unique': true}]) }}

with checked as (
  select * from {{ ref('stg_${c.source}__${c.stream}__checked') }}
  where field_errors = '{}'::jsonb
),

ranked as (
  select *, row_number() over (partition by ${key} order by ${order}) as version_rank
  from checked
)

select
  ${cols.join(',\n  ')}
from ranked
where version_rank = 1
`;
}

export function rejectsModel(c: Contract): string {
  const lineage = c.lineage ? LINEAGE_SELECT.map((l) => l.split(' as ')[1]) : ['load_run_id'];
  // rows the tap could not even split into the contract's fields (wrong field count) land in
  // raw.<source>_rejected_rows; they belong to this stream's rejects too, so read = ingested + rejected
  const tapRejects = c.source_format?.kind === 'positional'
    ? `
union all

{{ medi_tap_rejects('raw_${c.source}', '${c.source}_rejected_rows', '${tableNameFor(streamName(c))}') }}`
    : '';
  return `${HEADER(c)}
-- Rows that failed a contract check: the row as landed and a JSON object of field → reason.
{{ config(materialized='table') }}

select
  ${lineage.join(',\n  ')},
  source_row,
  field_errors
from {{ ref('stg_${c.source}__${c.stream}__checked') }}
where field_errors <> '{}'::jsonb
${tapRejects}
`;
}

export function sourcesYaml(source: string, contracts: Contract[]): string {
  const doc = {
    version: 2,
    sources: [{
      name: `raw_${source}`,
      schema: "{{ var('raw_schema', 'raw') }}",
      description: `Raw ${source} streams landed by target-postgres-medi (append-only, lossless).`,
      tables: [
        ...contracts.map((c) => ({
          name: tableNameFor(streamName(c)),
          description: c.description,
          columns: c.columns.map((col) => ({ name: col.source, description: col.description ?? `${col.type}${col.pii && col.pii !== 'none' ? ` (PII: ${col.pii})` : ''}` })),
        })),
        ...(contracts.some((c) => c.source_format?.kind === 'positional')
          ? [{ name: `${source}_rejected_rows`, description: 'Rows the tap rejected before landing (wrong field count), with the row text and reason.' }]
          : []),
      ],
    }],
  };
  return `# generated from contracts/${source}/*.yaml by \`npm run codegen\`; do not edit\n${YAML.stringify(doc, { lineWidth: 0 })}`;
}

export function modelsYaml(source: string, contracts: Contract[]): string {
  const models: unknown[] = [];
  for (const c of contracts) {
    const base = `stg_${c.source}__${c.stream}`;
    models.push({
      name: base,
      description: c.description,
      data_tests: [{ medi_unique_combination: { arguments: { columns: c.natural_key } } }],
      columns: c.columns.map((col) => {
        const tests: unknown[] = [];
        if (col.required) tests.push('not_null');
        if (col.domain) tests.push({ accepted_values: { arguments: { values: col.domain } } });
        return { name: col.name, description: col.description ?? '', ...(col.pii && col.pii !== 'none' ? { meta: { pii: col.pii } } : {}), ...(tests.length ? { data_tests: tests } : {}) };
      }),
    });
    models.push({ name: `${base}__checked`, description: `Every raw ${c.stream} row with typed values and field_errors.` });
    models.push({
      name: `${base}__rejects`,
      description: `Raw ${c.stream} rows that failed a contract check, with the row and field_errors.`,
      columns: [{ name: 'field_errors', data_tests: ['not_null'] }],
    });
  }
  return `# generated from contracts/${source}/*.yaml by \`npm run codegen\`; do not edit\n${YAML.stringify({ version: 2, models }, { lineWidth: 0 })}`;
}

/** Domain table rows (source, stream, column, value) for every contract domain: one seed, joinable. */
export function domainSeed(contracts: Contract[]): string {
  const rows = ['source,stream,column_name,value'];
  for (const c of contracts) for (const col of c.columns) for (const v of col.domain ?? []) rows.push([c.source, c.stream, col.name, v].map(csv).join(','));
  return rows.join('\n') + '\n';
}

function csv(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
