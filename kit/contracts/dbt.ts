// Contract → dbt: sources.yml, the checked/staging/rejects models and their tests. Staging is built as
// source → renamed → typed; a row whose field fails a check goes to rejects with the reasons.
import { createHash } from 'node:crypto';
import YAML from 'yaml';
import type { Contract, ContractColumn } from './contract.js';
import { streamName } from './contract.js';
import { tableNameFor } from '../warehouse/identifiers.js';
import { CHECKED_COLUMN, CHECK_RULES_VERSION, contractFingerprint } from './row-check.js';

const HEADER = (c: Contract) => `-- generated from ${c.file.slice(c.file.indexOf('contracts/'))} by \`npm run codegen\`; do not edit`;

/**
 * dbt reads YAML 1.1 (PyYAML), where a bare `no`, `yes`, `on` or `off` is a boolean: a selection key `no` (Odoo's
 * invoice_status) would become False in accepted_values. Written as 1.1, such strings are quoted.
 */
const DBT_YAML = { lineWidth: 0, version: '1.1' } as const;

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
    parts.push(
      `jsonb_build_object(\n      ${pairs
        .slice(i, i + 40)
        .map(([k, v]) => `${sqlString(k)}, ${v}`)
        .join(',\n      ')}\n    )`,
    );
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
  '_sdc_batched_at as loaded_at',
];

/** The names LINEAGE_SELECT gives its columns in stg and core. */
const LINEAGE_NAMES = LINEAGE_SELECT.map((l) => l.split(' as ')[1]!);

export function checkedModel(c: Contract): string {
  const src = `{{ medi_source('raw_${c.source}', '${tableNameFor(streamName(c))}', ${JSON.stringify(c.columns.map((x) => x.source))}, ${JSON.stringify(c.lineage ?? [])}) }}`;
  const renamed = c.columns.map((col) => `    ${renameExpr(col)} as ${q(col.name)}`);
  const ok = (col: ContractColumn) => `__ok_${col.name}`;
  // each column's validity is computed once, then used by both its cast and its error
  const checks = c.columns.map(
    (col) =>
      `    {{ medi_valid(${sqlString(col.name)}, ${sqlString(col.type)}${col.domain ? `, domain=${JSON.stringify(col.domain)}` : ''}) }} as ${q(ok(col))}`,
  );
  const bad = c.columns.map((col) => (col.required ? `${q(col.name)} is null or not ${q(ok(col))}` : `not ${q(ok(col))}`));
  // every column cast (and, for a mapped domain, its code), the cast macro call given per column
  const castColumns = (cast: (col: ContractColumn) => string) =>
    c.columns.flatMap((col) => [
      `    ${cast(col)} as ${q(col.name)}`,
      ...(col.domain_codes ? [`    ${domainCode(col)} as ${q(`${col.name}_code`)}`] : []),
    ]);
  const typed = castColumns((col) => `{{ medi_cast_checked(${sqlString(col.name)}, ${sqlString(col.type)}, ${sqlString(ok(col))}) }}`);
  const errors = c.columns
    .filter((col) => col.required || col.type !== 'string' || col.domain)
    .map((col): [string, string] => [
      col.name,
      `{{ medi_error_checked(${sqlString(col.name)}, ${sqlString(col.type)}, ${sqlString(ok(col))}, required=${col.required ? 'true' : 'false'}, domain=${col.domain ? JSON.stringify(col.domain) : 'none'}) }}`,
    ]);
  const lineage = c.lineage ? LINEAGE_SELECT : ['_sdc_load_run_id as load_run_id'];
  const incremental = isIncremental(c);
  // typed_at: when this build typed the row (its transaction's time); incremental core models read what is new
  const lineageNames = [...(c.lineage ? LINEAGE_NAMES : ['load_run_id']), ...(incremental ? ['transaction_timestamp() as typed_at'] : [])];
  const rawCols = c.columns.map((col): [string, string] => [col.source, q(`__raw_${col.name}`)]);
  // a tap that runs the contract's checks itself (kit/contracts/row-check.ts) marks passing rows with the
  // contract's fingerprint: those are only cast, and only the others go through the checks below
  const marked = c.lineage?.includes(CHECKED_COLUMN) ? sqlString(contractFingerprint(c)) : undefined;
  const unmarked = marked ? `\n  where ${CHECKED_COLUMN} is distinct from ${marked}` : '';
  const checkedHere = `select
${typed.join(',\n')},
  ${lineageNames.join(',\n  ')},
  -- the source row as landed, field by field (raw is lossless), for rejects
  case when __has_error then
    ${jsonbObject(rawCols).replace(/\n/g, '\n  ')}
  end as source_row,
  case when __has_error then jsonb_strip_nulls(
    ${jsonbObject(errors).replace(/\n/g, '\n  ')}
  ) else '{}'::jsonb end as field_errors
from flagged`;
  const trustedSelect = `-- Rows the tap marked as passing every check of this contract as it stands (the fingerprint of its columns'
-- types, required flags, domains and null spellings, and of the rules' version): they are only cast. Unmarked
-- rows, and rows marked under other rules, are checked above. Neither this nor \`trimmed\` is fenced or
-- materialized, so PostgreSQL casts these rows in parallel workers (measured ~2× faster than in one process).
select
${castColumns((col) => `{{ medi_cast_valid(${sqlString(col.name)}, ${sqlString(col.type)}) }}`).join(',\n')},
  ${lineageNames.join(',\n  ')},
  null::jsonb as source_row,
  '{}'::jsonb as field_errors
from trimmed
where ${CHECKED_COLUMN} = ${marked}`;
  // Incremental where raw rows carry their file and row number: a build types only the rows landed since the
  // last one (macros/medi_incremental.sql), so a nightly build no longer re-types all history. The signature
  // (this model's text and the check rules' version) guards against appending rows typed under other rules.
  const config = incremental
    ? `{{ config(materialized='incremental', incremental_strategy='append', on_schema_change='fail', pre_hook=['{{ medi_source_zone() }}', '{{ medi_since_set() }}', '{{ medi_checked_forget() }}', '{{ medi_checked_stats() }}'], post_hook="{{ medi_checked_sign(${sqlString(SIGNATURE)}) }}", ${CHECKED_INDEXES(c)}) }}
{{ medi_checked_guard(${sqlString(SIGNATURE)}) }}`
    : `{{ config(materialized='table', pre_hook='{{ medi_source_zone() }}') }}`;
  const source = incremental
    ? `select * from (
    ${src}
  ) landed{% if is_incremental() %}
  -- only rows not typed yet: none of their (load run, file)'s rows from theirs on is here (a file's rows are
  -- committed in row order; coalesce: a missing lineage value must still match itself, or its rows would be
  -- typed again at every build). Raw is read only from the last build's bound (medi_since, macros/
  -- medi_incremental.sql), through its BRIN index; this table by its (load run, row number) index, one probe per
  -- new row, which stays cheap however few rows PostgreSQL expects to be new
  where {{ medi_since('landed._sdc_batched_at') }} and not exists (
    select 1 from {{ this }} seen
    where seen.load_run_id = landed._sdc_load_run_id and coalesce(seen.source_row_number, 0) >= coalesce(landed._source_row_number, 0)
      and coalesce(seen.source_uri, '') = coalesce(landed._source_uri, '') and coalesce(seen.source_version_id, '') = coalesce(landed._source_version_id, '')
      and coalesce(seen.source_file_hash, '') = coalesce(landed._source_file_hash, '')
  ){% endif %}`
    : src;
  const model = `${HEADER(c)}
-- Every raw row once, with typed values and field_errors ('{}' when the row is valid). Each column is checked
-- once; the reasons and the row as landed are only assembled for rows that fail. Timestamps are read in the
-- source's zone, set for this model's transaction (medi_source_zone).
${config}

with source as (
  ${source}
),

-- read by both branches when the tap marks checked rows, so not materialized: each branch scans raw itself
trimmed as not materialized (
  select
${renamed.join(',\n')},
${c.columns.map((col) => `    source.${q(col.source)} as ${q(`__raw_${col.name}`)}`).join(',\n')},
    ${[...lineage, ...(marked ? [CHECKED_COLUMN] : [])].join(',\n    ')}
  from source
),

renamed as (
  -- OFFSET 0 here too: folded into the checks, each trimmed value was recomputed at every use (a date
  -- check uses its value ~9 times), which cost ~20% of this model
  select * from trimmed${unmarked}
  offset 0
),

validated as (
  -- OFFSET 0 keeps this subquery from being folded into its users, so each check runs once per row
  select * from (
    select
      renamed.*,
  ${checks.join(',\n  ')}
    from renamed
    offset 0
  ) checked
),

flagged as (
  select
    validated.*,
    (${bad.join('\n      or ')}) as __has_error
  from validated
)

${marked ? `${trustedSelect}\n\nunion all\n\n${checkedHere}` : checkedHere}
`;
  if (!incremental) return model;
  const signature = createHash('sha256')
    .update(JSON.stringify([CHECK_RULES_VERSION, model]))
    .digest('hex')
    .slice(0, 16);
  return model.replaceAll(SIGNATURE, signature);
}

/** Whether a contract's typed staging (and the core built from it) is incremental: its raw rows carry their file and row. */
function isIncremental(c: Contract): boolean {
  return c.lineage?.includes('_source_row_number') ?? false;
}

/**
 * The typed staging's indexes, for builds that read only what is new: (load run, row number) to tell a new raw row
 * from one typed already (a BRIN on loaded_at was tried: rows appended after a VACUUM land in old pages' free space,
 * so every block range soon spans every load); typed_at for the newest typed (the marks core and rejects keep);
 * the natural key, for a core model's rebuild of the keys a delta names.
 */
const CHECKED_INDEXES = (c: Contract) =>
  `indexes=[{'columns': ['load_run_id', 'coalesce(source_row_number, 0)']}, {'columns': ['typed_at']}, {'columns': [${c.natural_key.map(sqlString).join(', ')}]}]`;

/** Stands for the model's signature until the text it is computed from is complete. */
const SIGNATURE = '@@medi-signature@@';

/** The canonical code of a mapped domain value (the same mapping as the medi_domains seed); NULL when unmapped. */
function domainCode(col: ContractColumn): string {
  const whens = Object.entries(col.domain_codes!)
    .map(([v, code]) => `when ${sqlString(v)} then ${sqlString(code)}`)
    .join(' ');
  return `(case ${q(col.name)} ${whens} end)`;
}

/** A column and, for a mapped domain, its `_code` companion. */
function withCodes(col: ContractColumn): string[] {
  return col.domain_codes ? [q(col.name), q(`${col.name}_code`)] : [q(col.name)];
}

function renameExpr(col: ContractColumn): string {
  // trims spaces, tabs and line breaks (some files put a newline after each row marker)
  let e = `nullif(btrim(source.${q(col.source)}, E' \\t\\r\\n'), '')`;
  for (const nv of col.null_values ?? []) e = `nullif(${e}, ${sqlString(nv)})`;
  return e;
}

/**
 * Which of several valid versions of one natural key is the newest: the latest DateExtracted; within one
 * batch, where a first delivery's full load and delta both carry a key (fact sheet), the file whose name sorts
 * last (the same name but for a later DateFrom: the delta's narrower window; the name alone, not the object key:
 * a full load under `full/` and its delta under `delta/` compared by the whole key let the folder decide); for one name delivered twice (a
 * corrected file: a new object version or an overwrite), the content loaded last; then the content hash and
 * the later row. So the choice never depends on where rows lie in raw (the row number alone tied across two
 * files and PostgreSQL picked either), and across batches never on load order.
 */
const WITHIN_BATCH =
  "regexp_replace(source_uri, '^.*/', '') desc, source_uri desc, loaded_at desc, source_file_hash desc, source_row_number desc";
const NEWEST_FIRST = `date_extracted desc nulls last, ${WITHIN_BATCH}`;

/** Each valid typed row's rank among its natural key's versions, newest first (1 = the version staging keeps). */
function versionRank(c: Contract): string {
  return `row_number() over (partition by ${c.natural_key.map(q).join(', ')} order by ${c.lineage ? NEWEST_FIRST : 'load_run_id desc'}) as version_rank`;
}

export function stagingModel(c: Contract): string {
  const cols = [
    ...c.columns.flatMap(withCodes),
    ...(c.lineage ? LINEAGE_NAMES : ['load_run_id']),
    ...(isIncremental(c) ? ['typed_at'] : []),
  ];
  return `${HEADER(c)}
-- Valid rows, one per natural key: the newest DateExtracted wins (within a batch: the delta over the full
-- load, then the later row), whatever order batches were loaded in, so a backfill of an older batch cannot
-- overwrite newer data.
-- A view: the typed rows are already materialized once (the checked model), and the core model that reads
-- this is the one table built from it, so a second full copy only cost time (for 200k appointment rows the
-- fact built through this view took 1.6 s, against 1.3 s for a staging table plus 1.2 s for the fact).
{{ config(materialized='view') }}

with checked as (
  select * from {{ ref('stg_${c.source}__${c.stream}__checked') }}
  where field_errors = '{}'::jsonb
),

ranked as (
  select *, ${versionRank(c)}
  from checked
)

select
  ${cols.join(',\n  ')}
from ranked
where version_rank = 1
`;
}

export function rejectsModel(c: Contract): string {
  const lineage = c.lineage ? LINEAGE_NAMES : ['load_run_id'];
  // rows the tap could not even split into the contract's fields (wrong field count) land in
  // raw.<source>_rejected_rows; they belong to this stream's rejects too, so read = ingested + rejected
  // the organisation a rejected row belongs to, so readers' row-level security can separate rejects too: the
  // row's own PerOrgID as landed (checked rows keep it in source_row), NULL for a source without one
  const orgColumn = c.columns.find((col) => col.name === 'per_org_id');
  const perOrg = orgColumn ? `nullif(btrim(source_row ->> ${sqlString(orgColumn.source)}), '') as per_org_id` : 'null::text as per_org_id';
  const tapRejects =
    c.source_format?.kind === 'positional'
      ? `
union all

{{ medi_tap_rejects('raw_${c.source}', '${c.source}_rejected_rows', '${tableNameFor(streamName(c))}'${isIncremental(c) ? ', incremental=true' : ''}) }}`
      : '';
  const checked = `{{ ref('stg_${c.source}__${c.stream}__checked') }}`;
  // Incremental with its typed staging: a build appends the rejects typed (or tap-rejected rows loaded) since its
  // last one, and forgets those of reprocessed files (macros/medi_incremental.sql, medi_tap_rejects.sql).
  const config = isIncremental(c)
    ? `{{ config(materialized='incremental', incremental_strategy='append', on_schema_change='fail', indexes=[{'columns': ['load_run_id', 'coalesce(source_row_number, 0)']}], pre_hook=['{{ medi_since_set() }}', '{{ medi_rejects_forget() }}'], post_hook=["{{ medi_mark_set('stg_${c.source}__${c.stream}__rejects', ref('stg_${c.source}__${c.stream}__checked')) }}"]) }}`
    : `{{ config(materialized='table') }}`;
  // rows typed since the last build that this table does not hold yet: a checked model rebuilt alone
  // (--full-refresh) types every row again, and appending them all would count each reject twice
  const newOnly = isIncremental(c)
    ? `{% if is_incremental() %} and {{ medi_typed_since(own_typed_at=false) }}
  and not exists (
    select 1 from {{ this }} r
    where r.load_run_id = typed.load_run_id and coalesce(r.source_row_number, 0) = coalesce(typed.source_row_number, 0)
      and r.source_uri is not distinct from typed.source_uri and r.source_version_id is not distinct from typed.source_version_id
      and r.source_file_hash is not distinct from typed.source_file_hash
  ){% endif %}`
    : '';
  return `${HEADER(c)}
-- Rows that failed a contract check: the row as landed and a JSON object of field → reason.
${config}

select
  ${lineage.join(',\n  ')},
  source_row,
  field_errors,
  ${perOrg}
from ${checked} typed
where field_errors <> '{}'::jsonb${newOnly}
${tapRejects}
`;
}

export function sourcesYaml(source: string, contracts: Contract[]): string {
  const doc = {
    version: 2,
    sources: [
      {
        name: `raw_${source}`,
        schema: "{{ var('raw_schema', 'raw') }}",
        description: `Raw ${source} streams landed by target-postgres-medi (append-only, lossless).`,
        tables: [
          ...contracts.map((c) => ({
            name: tableNameFor(streamName(c)),
            description: c.description,
            columns: c.columns.map((col) => ({
              name: col.source,
              description: col.description ?? `${col.type}${col.pii && col.pii !== 'none' ? ` (PII: ${col.pii})` : ''}`,
            })),
          })),
          ...(contracts.some(isSqlContract)
            ? [
                {
                  name: rowCountsTable(source),
                  description:
                    'tap-sql: per table per run, the records written and, after a whole-table read, the rows the source held (staging tests compare them).',
                },
              ]
            : []),
          ...(contracts.some((c) => c.source_format?.kind === 'positional')
            ? [
                {
                  name: `${source}_rejected_rows`,
                  description: 'Rows the tap rejected before landing (wrong field count), with the row text and reason.',
                },
              ]
            : []),
        ],
      },
    ],
  };
  return `# generated from contracts/${source}/*.yaml by \`npm run codegen\`; do not edit\n${YAML.stringify(doc, DBT_YAML)}`;
}

/** A staging model's columns in YAML: description, PII class, not_null / accepted_values from the contract. */
function columnDocs(c: Contract): unknown[] {
  return c.columns.flatMap((col) => {
    const tests: unknown[] = [];
    if (col.required) tests.push('not_null');
    if (col.domain) tests.push({ accepted_values: { arguments: { values: col.domain } } });
    const doc = {
      name: col.name,
      description: col.description ?? '',
      ...(col.pii && col.pii !== 'none' ? { meta: { pii: col.pii } } : {}),
      ...(tests.length ? { data_tests: tests } : {}),
    };
    if (!col.domain_codes) return [doc];
    const codes = [...new Set(Object.values(col.domain_codes))];
    return [
      doc,
      {
        name: `${col.name}_code`,
        description: `Canonical code of ${col.name} (contract domain map; seed medi_domains).`,
        data_tests: [{ accepted_values: { arguments: { values: codes } } }],
      },
    ];
  });
}

export function modelsYaml(source: string, contracts: Contract[]): string {
  const models: unknown[] = typedModelsYaml(contracts.filter((c) => c.landing === 'typed'));
  for (const c of contracts.filter((x) => x.landing === 'text')) {
    const base = `stg_${c.source}__${c.stream}`;
    models.push({
      name: base,
      description: c.description,
      data_tests: [{ medi_unique_combination: { arguments: { columns: c.natural_key } } }],
      columns: columnDocs(c),
    });
    models.push({ name: `${base}__checked`, description: `Every raw ${c.stream} row with typed values and field_errors.` });
    models.push({
      name: `${base}__rejects`,
      description: `Raw ${c.stream} rows that failed a contract check, with the row and field_errors.`,
      columns: [{ name: 'field_errors', data_tests: ['not_null'] }],
    });
  }
  return `# generated from contracts/${source}/*.yaml by \`npm run codegen\`; do not edit\n${YAML.stringify({ version: 2, models }, DBT_YAML)}`;
}

/**
 * The domain mapping table (source, stream, column, value, code) for every contract domain: one seed,
 * joinable from BI. Staging computes `_code` columns from the same contract mapping inline (no join).
 */
export function domainSeed(contracts: Contract[]): string {
  const rows = ['source,stream,column_name,value,code'];
  for (const c of contracts)
    for (const col of c.columns)
      for (const v of col.domain ?? []) rows.push([c.source, c.stream, col.name, v, col.domain_codes?.[v] ?? v].map(csv).join(','));
  return rows.join('\n') + '\n';
}

function csv(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Core model for a contract that declares one. NHI columns appear only as a keyed hash and their format
 * (original / new / invalid); every row keeps object version, file hash, DateExtracted and load run id.
 * SCD2 dimensions are rebuilt from every valid staged version in staging's order, so the history is the same
 * whatever order batches were loaded in: tracked attributes type 2, every other column type 1 within its row.
 */
/** fact_appointments → appointment, fact_diagnoses → diagnosis, fact_allergies → allergy, dim_patient → patient */
function entityOf(model: string): string {
  const base = model.replace(/^(dim|fact)_/, '');
  if (base.endsWith('ses')) return base.replace(/ses$/, 'sis');
  if (base.endsWith('ies')) return base.replace(/ies$/, 'y');
  return base.replace(/s$/, '');
}

/**
 * Hooks of a model built incrementally from typed staging: its marks (macros/medi_incremental.sql), so its next
 * build reads only the rows typed after this one.
 */
const CORE_MARKS = (c: Contract, model: string) =>
  `pre_hook=['{{ medi_since_set() }}'], post_hook=["{{ medi_mark_set('${model}', ref('stg_${c.source}__${c.stream}__checked')) }}"]`;

/** An NHI column as core keeps it: only its keyed hash and its format (original / new / invalid). */
function nhiColumns(col: ContractColumn): string[] {
  return [
    `etl.nhi_hash(${q(col.name)}) as ${q(`${col.name}_hash`)}`,
    `coalesce(etl.nhi_format(${q(col.name)}), case when ${q(col.name)} is not null then 'invalid' end) as ${q(`${col.name}_format`)}`,
  ];
}

export function coreModel(c: Contract): string | undefined {
  if (!c.core) return undefined;
  const model = c.core.model;
  const entity = entityOf(model);
  const key = c.natural_key.map(q);
  const cols = c.columns.flatMap((col) => (col.pii === 'nhi' ? nhiColumns(col) : withCodes(col)));
  const lineage = ['source_version_id', 'source_file_hash', 'date_extracted', 'load_run_id'];
  // DateExtracted is a wall-clock time in the source's zone: read as UTC (the explicit +00) and back to a timestamp it
  // is the digits as written whatever the session's zone (to_timestamp alone reads them in the session's zone, which
  // moved a time in its DST gap by an hour)
  const extractedAt = `(to_timestamp('20' || date_extracted || '+00', 'YYYYMMDDHH24MITZH') at time zone 'UTC' at time zone '{{ var("source_time_zone") }}')`;
  if (model.startsWith('dim_') && c.scd.type === 2) {
    const tracked = (c.scd.tracked && c.scd.tracked.length ? c.scd.tracked : c.columns.map((x) => x.name)).map(q);
    const byKey = `partition by ${key.join(', ')}`;
    // oldest first, in staging's order (the reverse of version_rank), so the last version is the one staging keeps
    const oldestFirst = `${byKey} order by version_rank desc`;
    const inRun = `${byKey}, run order by version_rank desc`;
    const checkedRef = `{{ ref('stg_${c.source}__${c.stream}__checked') }}`;
    const sk = `{'columns': ['${entity}_sk'], 'unique': true}`;
    // Incremental: a build rebuilds the history of the keys that rows typed since its last build name (delete+insert
    // on the key), from every valid version of those keys, with the same windows as a full build; other keys'
    // rows are not read.
    const dimConfig = isIncremental(c)
      ? `-- Incremental: a build replaces the rows of only the keys that rows typed since its last build name, each
-- key's history computed again from all of its typed versions, so the table is what a full build gives.
{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key=[${c.natural_key.map(sqlString).join(', ')}], on_schema_change='fail', indexes=[${sk}, {'columns': [${c.natural_key.map(sqlString).join(', ')}]}], ${CORE_MARKS(c, model)}) }}`
      : `{{ config(materialized='table', indexes=[${sk}]) }}`;
    const touchedOnly = isIncremental(c)
      ? `{% if is_incremental() %}
    and (${key.join(', ')}) in (
      select ${key.join(', ')} from ${checkedRef} where field_errors = '{}'::jsonb and {{ medi_typed_since(own_typed_at=false) }}
    ){% endif %}`
      : '';
    return `${HEADER(c)}
-- SCD2: one row per run of unchanged tracked attributes (${(c.scd.tracked ?? []).join(', ') || 'all columns'}),
-- valid from the run's first version. Tracked attributes are type 2 (a change opens a row); every other column
-- and the lineage are type 1 within their row: the run's newest version's. So the current row is the version
-- staging keeps, in every column, and an older batch loaded late only adds or extends history before it.
${dimConfig}

with versions as (
  select *,
    ${extractedAt} as extracted_at,
    md5(row(${tracked.join(', ')})::text) as attr_hash,
    ${versionRank(c)}
  from ${checkedRef}
  where field_errors = '{}'::jsonb${touchedOnly}
),

-- one version per key and DateExtracted, the one staging ranks first: a first delivery's full load and delta
-- share a DateExtracted, and two versions valid from the same instant are no history
per_batch as (
  select * from (
    select *, row_number() over (${byKey}, extracted_at order by version_rank) as batch_rank
    from versions
  ) v
  where batch_rank = 1
),

ordered as (
  select *, lag(attr_hash) over (${oldestFirst}) as prev_hash
  from per_batch
),

-- runs numbered oldest first: a version whose tracked attributes differ from the one before starts a run
runs as (
  select *, count(*) filter (where prev_hash is distinct from attr_hash) over (${oldestFirst} rows unbounded preceding) as run
  from ordered
),

-- each run's first version (its start and surrogate key) beside its newest (every value)
bounded as (
  select *,
    first_value(extracted_at) over (${inRun}) as run_from,
    first_value(source_row_number) over (${inRun}) as run_first_row_number,
    row_number() over (${byKey}, run order by version_rank) as newest_in_run
  from runs
)

select
  -- the run's start as text in UTC (medi_instant_text), not in the session's zone: the same keys under any PGTZ
  md5(concat_ws('|', ${key.join(', ')}, {{ medi_instant_text('run_from') }}, run_first_row_number::text)) as ${entity}_sk,
  ${cols.join(',\n  ')},
  run_from as valid_from,
  lead(run_from) over (${byKey} order by run) as valid_to,
  lead(run_from) over (${byKey} order by run) is null as is_current,
  ${lineage.join(',\n  ')}
from bounded
where newest_in_run = 1
`;
  }
  const keyList = c.natural_key.map(sqlString).join(', ');
  const index = `indexes=[{'columns': [${keyList}], 'unique': true}]`;
  const select = (from: string) => `select
  md5(concat_ws('|', ${key.join(', ')})) as ${entity}_sk,
  ${cols.join(',\n  ')},
  ${extractedAt} as extracted_at,
  ${lineage.join(',\n  ')}${isIncremental(c) ? ',\n  typed_at' : ''}
from ${from}`;
  if (!isIncremental(c)) {
    return `${HEADER(c)}
-- One row per natural key (${c.natural_key.join(', ')}): the newest staged version.
{{ config(materialized='table', ${index}) }}

${select(`{{ ref('stg_${c.source}__${c.stream}') }}`)}
`;
  }
  const checked = `{{ ref('stg_${c.source}__${c.stream}__checked') }}`;
  return `${HEADER(c)}
-- One row per natural key (${c.natural_key.join(', ')}): the newest staged version. Incremental: a build
-- replaces only the keys that rows typed since its last build name (delete+insert on the key), each with its
-- newest valid version among all typed rows, chosen as staging chooses; so the table is what a full build
-- gives, backfills of older batches included, without ranking all history every night.
-- depends_on: ${checked}
{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key=[${keyList}], on_schema_change='fail', ${index}, ${CORE_MARKS(c, model)}) }}

{% if is_incremental() %}
with touched as (
  select distinct ${key.join(', ')} from ${checked}
  where field_errors = '{}'::jsonb and {{ medi_typed_since() }}
),

newest as (
  select * from (
    select *, ${versionRank(c)}
    from ${checked}
    where field_errors = '{}'::jsonb and (${key.join(', ')}) in (select * from touched)
  ) ranked
  where version_rank = 1
)
{% else %}
with newest as (
  select * from {{ ref('stg_${c.source}__${c.stream}') }}
)
{% endif %}

${select('newest')}
`;
}

export function coreYaml(contracts: Contract[]): string {
  const models = contracts
    .filter((c) => c.core)
    .map((c) => {
      const entity = entityOf(c.core!.model);
      const scd2 = c.core!.model.startsWith('dim_') && c.scd.type === 2;
      return {
        name: c.core!.model,
        description: `${c.description} Core ${scd2 ? 'SCD2 dimension' : c.core!.model.startsWith('dim_') ? 'dimension' : 'fact'}.`,
        data_tests: scd2
          ? [
              { medi_unique_combination: { arguments: { columns: [...c.natural_key, 'valid_from', `${entity}_sk`] } } },
              { medi_one_current: { arguments: { columns: c.natural_key } } },
            ]
          : [{ medi_unique_combination: { arguments: { columns: c.natural_key } } }],
        columns: [
          { name: `${entity}_sk`, data_tests: ['not_null', 'unique'] },
          ...(c.landing === 'typed'
            ? [{ name: 'is_deleted', data_tests: ['not_null'] }]
            : [{ name: 'source_file_hash', data_tests: ['not_null'] }]),
          { name: 'load_run_id', data_tests: ['not_null'] },
        ],
      };
    });
  return `# generated from contracts/*/*.yaml by \`npm run codegen\`; do not edit\n${YAML.stringify({ version: 2, models }, DBT_YAML)}`;
}

const PG_TYPES: Record<ContractColumn['type'], string> = {
  string: 'text',
  integer: 'bigint',
  decimal: 'numeric',
  boolean: 'boolean',
  date: 'date',
  timestamp: 'timestamptz',
  json: 'jsonb',
};

/**
 * A typed stream's raw table (or its empty stand-in) with each column's type; _sdc_deleted_at is a deletion the
 * tap saw (a status that means deleted, or a key reconciliation's tombstone, which carries the key alone), NULL
 * on a raw table that never had one.
 */
function typedSource(c: Contract): string {
  const types = { ...Object.fromEntries(c.columns.map((col) => [col.source, PG_TYPES[col.type]])), _sdc_deleted_at: 'timestamptz' };
  return `{{ medi_source_typed('raw_${c.source}', '${tableNameFor(streamName(c))}', ${JSON.stringify(types)}) }}`;
}

/** Each raw column cast to its contract type under its contract name, one a line. */
function typedCasts(c: Contract, indent: string): string {
  return c.columns.map((col) => `${indent}${q(col.source)}::${PG_TYPES[col.type]} as ${q(col.name)}`).join(',\n');
}

/**
 * Staging for a typed stream (an API source whose records arrive typed and are validated by the target):
 * raw is append-only, so this keeps the newest version of each natural key — highest replication key, then
 * the latest received — whatever order or how many times versions were loaded.
 */
export function typedStagingModel(c: Contract): string {
  const cursor = c.replication_key ? q(c.columns.find((x) => x.name === c.replication_key)!.source) : undefined;
  const key = c.natural_key.map((k) => q(c.columns.find((x) => x.name === k)!.source)).join(', ');
  const newest = [...(cursor ? [`${cursor} desc nulls last`] : []), '_sdc_received_at desc', '_sdc_sequence desc'].join(', ');
  const version = cursor
    ? `-- a tombstone has no cursor value: the key's values are those of its newest version, and it is deleted when a
  -- tombstone arrived no earlier than that version (the versions a tombstone names were read before it)
  row_number() over (partition by ${key} order by (_sdc_deleted_at is not null and ${cursor} is null), ${newest}) as version_rank,
  max(_sdc_received_at) filter (where _sdc_deleted_at is not null and ${cursor} is null) over (partition by ${key}) as _tombstone_received_at,
  max(_sdc_deleted_at) filter (where _sdc_deleted_at is not null and ${cursor} is null) over (partition by ${key}) as _tombstone_deleted_at`
    : `row_number() over (partition by ${key} order by ${newest}) as version_rank`;
  const deletedAt = cursor
    ? `case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end`
    : '_sdc_deleted_at';
  return `${HEADER(c)}
-- The newest version of each ${c.natural_key.join(', ')}: ${c.replication_key ? `the highest ${c.replication_key}, then ` : ''}the latest received; _deleted_at says when the source deleted it${c.replication_key ? ' (its status, or a tombstone: the key alone, received after the version)' : ''}.
{{ config(materialized='table', indexes=[{'columns': [${c.natural_key.map((k) => sqlString(k)).join(', ')}], 'unique': true}]) }}

with source as (
  ${typedSource(c)}
),

ranked as (
  select source.*,
  ${version}
  from source
)

select
${typedCasts(c, '  ')},
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  ${deletedAt} as _deleted_at
from ranked
where version_rank = 1
`;
}

/** A tap-sql source's organisation, for core's row-level security (macros/medi_star_org.sql). */
const ORG = (c: Contract) => `{{ sql_per_org_id(${sqlString(c.source)}) }}`;

/** A typed contract's column as core selects it: an NHI as its keyed hash and format, a mapped domain with its code. */
function typedCoreColumns(col: ContractColumn): string[] {
  if (col.pii === 'nhi') return nhiColumns(col);
  return col.domain_codes ? [q(col.name), `${domainCode(col)} as ${q(`${col.name}_code`)}`] : [q(col.name)];
}

/**
 * Core model for a typed (tap-sql) contract that declares one. A fact, or a dimension of SCD type 1: every key's
 * newest version, as staging keeps it, with a surrogate key; a key the source deleted (a soft-delete status or a
 * reconciliation tombstone) stays, marked is_deleted with its deleted_at, so facts that point at it still join.
 * A dimension of SCD type 2: one row per run of unchanged tracked attributes over every version raw holds (each
 * run of the tap lands the versions it read), ordered by the replication key (the source's own change time) and
 * then arrival, valid from the run's first version's replication key (else when it was extracted); the current
 * row is staging's version, marked deleted as there. Rebuilt in full (materialized table) on each build.
 */
export function typedCoreModel(c: Contract): string | undefined {
  if (!c.core) return undefined;
  const model = c.core.model;
  const entity = entityOf(model);
  const key = c.natural_key.map(q);
  const sk = `md5(concat_ws('|', ${sqlString(c.source)}, ${key.map((k) => `${k}::text`).join(', ')}`;
  const cols = c.columns.flatMap(typedCoreColumns);
  const staging = `{{ ref('stg_${c.source}__${c.stream}') }}`;
  const indexes = `indexes=[{'columns': ['${entity}_sk'], 'unique': true}, {'columns': [${c.natural_key.map(sqlString).join(', ')}]}]`;
  if (!(model.startsWith('dim_') && c.scd.type === 2)) {
    return `${HEADER(c)}
-- Core ${model.startsWith('dim_') ? 'dimension' : 'fact'} of ${c.source}.${c.stream}: every ${c.natural_key.join(', ')}'s newest version (staging's), with a
-- surrogate key; a key the source deleted stays, marked is_deleted (deleted_at: when the tap saw it go).
{{ config(materialized='table', ${indexes}) }}

select
  ${sk})) as ${q(`${entity}_sk`)},
  ${cols.join(',\n  ')},
  _deleted_at is not null as is_deleted,
  _deleted_at as deleted_at,
  extracted_at,
  load_run_id,
  ${ORG(c)} as per_org_id
from ${staging}
`;
  }
  const cursorCol = c.replication_key ? c.columns.find((x) => x.name === c.replication_key) : undefined;
  const cursor = cursorCol ? q(cursorCol.source) : undefined;
  const tracked = (c.scd.tracked && c.scd.tracked.length ? c.scd.tracked : c.columns.map((x) => x.name)).map(q);
  const byKey = `partition by ${key.join(', ')}`;
  // oldest first: the source's change time, then arrival (a version read twice keeps its first arrival's place)
  const oldestFirst = `${byKey} order by ${cursor ? 'changed_at nulls first, ' : ''}_sdc_received_at, _sdc_sequence`;
  // a date cursor starts its day at midnight UTC (::timestamptz alone took the session's zone)
  const changedAt =
    cursorCol?.type === 'timestamp'
      ? `${cursor}::timestamptz`
      : cursorCol?.type === 'date'
        ? `(${cursor}::date::timestamp at time zone 'UTC')`
        : '_sdc_extracted_at';
  return `${HEADER(c)}
-- Core SCD2 dimension of ${c.source}.${c.stream}: one row per run of unchanged tracked attributes (${(c.scd.tracked ?? []).join(', ') || 'all columns'})
-- over every version raw holds, oldest first by ${c.replication_key ?? 'extraction time'} then arrival; valid from the run's first version's
-- ${cursorCol && ['timestamp', 'date'].includes(cursorCol.type) ? c.replication_key : 'extraction time'}. Untracked columns are the run's newest version's; the current row is staging's version,
-- and a key the source deleted has its current row marked is_deleted (deleted_at: when the tap saw it go).
{{ config(materialized='table', ${indexes}) }}

with source as (
  ${typedSource(c)}
),

versions as (
  select
${typedCasts(c, '    ')},
    ${changedAt} as changed_at,
    _sdc_received_at, _sdc_sequence, _sdc_extracted_at as extracted_at, _sdc_load_run_id as load_run_id
  from source
  -- a tombstone (the key alone) is no version: staging's _deleted_at marks the key
  where _sdc_deleted_at is null${cursor ? ` or ${cursor} is not null` : ''}
),

hashed as (
  select *, md5(row(${tracked.join(', ')})::text) as attr_hash from versions
),

ordered as (
  select *, lag(attr_hash) over (${oldestFirst}) as prev_hash from hashed
),

-- runs numbered oldest first: a version whose tracked attributes differ from the one before starts a run
runs as (
  select *, count(*) filter (where prev_hash is distinct from attr_hash) over (${oldestFirst} rows unbounded preceding) as run
  from ordered
),

bounded as (
  select *,
    min(changed_at) over (${byKey}, run) as run_from,
    min(_sdc_received_at) over (${byKey}, run) as run_received_at,
    row_number() over (${byKey}, run order by ${cursor ? 'changed_at desc nulls last, ' : ''}_sdc_received_at desc, _sdc_sequence desc) as newest_in_run,
    max(run) over (${byKey}) as last_run
  from runs
),

deleted as (
  select ${key.join(', ')}, _deleted_at from ${staging}
)

-- the surrogate key names the run by its start (and first arrival), so it stays when later versions arrive; both
-- as text in UTC (medi_instant_text), so the keys do not depend on the session's zone
select
  ${sk}, {{ medi_instant_text('run_from') }}, {{ medi_instant_text('run_received_at') }})) as ${q(`${entity}_sk`)},
  ${cols.join(',\n  ')},
  run_from as valid_from,
  lead(run_from) over (${byKey} order by run) as valid_to,
  run = last_run as is_current,
  run = last_run and _deleted_at is not null as is_deleted,
  case when run = last_run then _deleted_at end as deleted_at,
  extracted_at,
  load_run_id,
  ${ORG(c)} as per_org_id
from bounded
left join deleted using (${key.join(', ')})
where newest_in_run = 1
`;
}

export function typedModelsYaml(contracts: Contract[]): unknown[] {
  return contracts.map((c) => ({
    name: `stg_${c.source}__${c.stream}`,
    description: c.description,
    data_tests: [{ medi_unique_combination: { arguments: { columns: c.natural_key } } }, ...rowCountTests(c)],
    columns: columnDocs(c).map((doc) => withReference(doc as ColumnDoc, c, contracts)),
  }));
}

/** A contract `contracts:discover -- sql` wrote: its stream is a table tap-sql reads (and counts). */
export function isSqlContract(c: Contract): boolean {
  return typeof c.discovered?.tier === 'string' && typeof c.discovered?.table === 'string';
}

/** tap-sql's `<source>__row_counts` control stream, as raw names it. */
export function rowCountsTable(source: string): string {
  return tableNameFor(`${source}__row_counts`);
}

/**
 * A tap-sql table's counts against the warehouse (transforms/tests/generic/medi_row_counts.sql): rows lost in
 * transit and rows missing against a whole-table read fail the build; rows the source no longer has warn.
 */
function rowCountTests(c: Contract): unknown[] {
  if (!isSqlContract(c) || !c.natural_key.length) return [];
  const args = {
    source_name: `raw_${c.source}`,
    counts_table: rowCountsTable(c.source),
    raw_table: tableNameFor(streamName(c)),
    stream: streamName(c),
  };
  return (['landed', 'missing', 'extra'] as const).map((check) => ({
    medi_row_counts: {
      name: `medi_row_counts_${check}_${c.source}__${c.stream}`,
      arguments: { ...args, check },
      config: { severity: check === 'extra' ? 'warn' : 'error' },
    },
  }));
}

type ColumnDoc = { name: string; data_tests?: unknown[] };

/**
 * A typed stream's foreign key (a discovered `references`) as dbt's relationships test on staging: every non-null
 * value is a key of the parent's staging model, which keeps deleted keys too (`_deleted_at`). A warning, not an
 * error: a child row read before its parent's (tables are read one after another, each at its own moment) is an
 * orphan until the next run reads the parent.
 */
function withReference(doc: ColumnDoc, c: Contract, contracts: Contract[]): ColumnDoc {
  const col = c.columns.find((x) => x.name === doc.name);
  const parent = col?.references && contracts.find((p) => p.source === c.source && p.stream === col.references);
  if (!parent) return doc;
  const test = {
    relationships: {
      arguments: { to: `ref('stg_${parent.source}__${parent.stream}')`, field: parent.natural_key[0] },
      config: { severity: 'warn' },
    },
  };
  return { ...doc, data_tests: [...(doc.data_tests ?? []), test] };
}
