// `npm run contracts:discover -- sql` on a PostgreSQL source with foreign keys, then what `npm run codegen` does
// with the contracts (the README's steps for a new SQL source). A discovered single-column foreign key becomes
// `references`; between typed streams it is checked on staging by dbt's relationships test (a warning: a child
// read before its parent is an orphan until the next run), so codegen accepts it. It used to refuse every such
// contract ("references …, which has no core model"): any real schema with foreign keys (Sakila's) stopped there.
import t from 'tap';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { ROOT, configFile, query, scratchDb } from './helpers.js';
import { loadContracts } from '../kit/contracts/contract.js';
import { modelsYaml, sourcesYaml, typedStagingModel } from '../kit/contracts/dbt.js';

t.test('discovered foreign keys: references between typed streams pass the contract checks and become dbt tests', async (t) => {
  const src = await scratchDb('tapsql_contracts');
  await query(
    src,
    `create table country (country_id serial primary key, country text not null, last_update timestamptz not null default now());
     create table city (city_id serial primary key, city text not null, country_id int not null references country (country_id));
     create table address (address_id serial primary key, address text not null, city_id int references city (city_id),
       region_code text, region_year int);
     create table region (code text, year int, primary key (code, year));
     alter table address add foreign key (region_code, region_year) references region (code, year);
     insert into country (country) values ('Aotearoa'); insert into city (city, country_id) values ('Ōtautahi', 1);`,
  );
  const dir = join(mkdtempSync(join(tmpdir(), 'medi-sql-contracts-')), 'contracts');
  const config = configFile({ dialect: 'postgres', url: src, schemas: ['public'], source: 'geo' });
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'dist/kit/contracts/discover-cli.js'), 'sql', '--config', config, '--out', join(dir, 'geo')],
    {
      encoding: 'utf8',
    },
  );
  t.equal(r.status, 0, 'contracts:discover exit 0', { stderr: r.stderr.slice(-2000) });
  t.match(r.stdout, /4 contract\(s\) written/);

  const city = YAML.parse(readFileSync(join(dir, 'geo', 'city.yaml'), 'utf8'));
  t.same(
    city.columns.find((c: { name: string }) => c.name === 'country_id'),
    {
      name: 'country_id',
      source: 'country_id',
      type: 'integer',
      source_type: 'integer not null',
      relation: 'country.country_id',
      references: 'country',
    },
    'a single-column foreign key: relation and references',
  );
  const address = YAML.parse(readFileSync(join(dir, 'geo', 'address.yaml'), 'utf8'));
  t.notOk(address.columns.find((c: { name: string }) => c.name === 'region_code').references, 'a composite foreign key is a relation only');

  // codegen's own loading: every contract read, references checked
  const contracts = loadContracts(dir);
  t.equal(contracts.length, 4, 'the contracts load as codegen loads them (no "has no core model" refusal)');
  const models = YAML.parse(modelsYaml('geo', contracts)).models as Array<{
    name: string;
    columns: Array<{ name: string; data_tests?: unknown[] }>;
  }>;
  const tests = (model: string, col: string) => models.find((m) => m.name === model)!.columns.find((c) => c.name === col)!.data_tests;
  t.same(
    tests('stg_geo__city', 'country_id'),
    [{ relationships: { arguments: { to: "ref('stg_geo__country')", field: 'country_id' }, config: { severity: 'warn' } } }],
    "dbt's relationships test against the parent's staging model, as a warning",
  );
  t.same(tests('stg_geo__address', 'city_id'), [
    { relationships: { arguments: { to: "ref('stg_geo__city')", field: 'city_id' }, config: { severity: 'warn' } } },
  ]);
  t.notOk(tests('stg_geo__address', 'region_code'), 'no test for a composite key');
  for (const c of contracts) t.match(typedStagingModel(c), /^-- generated from contracts\/geo\//, `${c.stream}: staging model generated`);

  // each discovered table is checked against the tap's row counts (landed: error, missing: error, extra: warn)
  const city2 = YAML.parse(modelsYaml('geo', contracts)).models.find((m: { name: string }) => m.name === 'stg_geo__city');
  const counted = (city2.data_tests as Array<Record<string, any>>).filter((x) => x.medi_row_counts).map((x) => x.medi_row_counts);
  t.same(
    counted.map((x) => [x.arguments.check, x.config.severity, x.arguments.stream, x.arguments.counts_table, x.arguments.raw_table]),
    [
      ['landed', 'error', 'geo_city', 'geo__row_counts', 'geo_city'],
      ['missing', 'error', 'geo_city', 'geo__row_counts', 'geo_city'],
      ['extra', 'warn', 'geo_city', 'geo__row_counts', 'geo_city'],
    ],
    'row-count tests on every discovered table',
  );
  t.match(sourcesYaml('geo', contracts), /name: geo__row_counts/, 'the counts table is a dbt source');
  const odoo = loadContracts(join(ROOT, 'contracts')).filter((c) => c.source === 'odoo');
  t.notMatch(modelsYaml('odoo', odoo), /medi_row_counts/, 'not on streams tap-sql does not read');
});

t.test('rediscovery keeps what was added by hand and refreshes what the source says', async (t) => {
  const { keepHandEdits } = await import('../taps/tap-sql/discover-contracts.js');
  const discovered = {
    source: 'od',
    stream: 'patient',
    description: 'patient, as discovered by tap-sql (critical tier).',
    landing: 'typed',
    natural_key: ['pat_num'],
    replication_key: 'date_t_stamp',
    scd: { type: 1 },
    discovered: { table: 'patient', estimated_rows: 2000 },
    columns: [
      { name: 'pat_num', source: 'PatNum', type: 'integer', required: true, source_type: 'bigint(20) not null' },
      { name: 'l_name', source: 'LName', type: 'string', source_type: 'varchar(255) not null' },
      { name: 'photo', source: 'Photo', type: 'string', source_type: 'blob', description: 'binary: base64 text (…)' },
      { name: 'date_t_stamp', source: 'DateTStamp', type: 'timestamp', source_type: 'timestamp not null' },
    ],
  };
  const existing = YAML.stringify({
    ...discovered,
    description: 'Patients of the practice, one row each (deleted ones too: PatStatus 4).',
    scd: { type: 2, tracked: ['l_name', 'ssn'] },
    core: { model: 'dim_od_patients' },
    discovered: { table: 'patient', estimated_rows: 967 },
    columns: [
      { name: 'pat_num', source: 'PatNum', type: 'integer', required: true },
      { name: 'l_name', source: 'LName', type: 'string', pii: 'name', description: 'surname', source_type: 'varchar(100)' },
      { name: 'ssn', source: 'SSN', type: 'string', pii: 'nhi' },
      { name: 'photo', source: 'Photo', type: 'string', description: 'an old note' },
    ],
  });
  const kept = keepHandEdits(discovered, existing) as typeof discovered & { core?: unknown };
  t.equal(kept.description, 'Patients of the practice, one row each (deleted ones too: PatStatus 4).', 'a description written by hand');
  t.same(kept.scd, { type: 2, tracked: ['l_name'] }, 'SCD2 kept, less a tracked column the table no longer has');
  t.same(kept.core, { model: 'dim_od_patients' }, 'the core model');
  t.same(Object.keys(kept).indexOf('core'), Object.keys(kept).indexOf('scd') + 1, 'written after scd');
  t.same((kept.discovered as { estimated_rows: number }).estimated_rows, 2000, 'what discovery reads is refreshed');
  t.same(
    kept.columns.map((c) => [c.name, (c as { pii?: string }).pii, (c as { description?: string }).description, c.source_type]),
    [
      ['pat_num', undefined, undefined, 'bigint(20) not null'],
      ['l_name', 'name', 'surname', 'varchar(255) not null'],
      ['photo', undefined, 'binary: base64 text (…)', 'blob'],
      ['date_t_stamp', undefined, undefined, 'timestamp not null'],
    ],
    "columns keep their pii and descriptions by source name; a dropped column's go with it; discovery's own note wins",
  );
  t.same(keepHandEdits(discovered, undefined), discovered, 'a new file: as discovered');
  t.same(keepHandEdits(discovered, ': not [yaml'), discovered, 'an unreadable file: rewritten');
});

t.test('column names follow each source column, not its position: Arabic names, collisions, rediscovery', async (t) => {
  const { columnNames, keepHandEdits } = await import('../taps/tap-sql/discover-contracts.js');
  const a = columnNames(['id', 'اسم المريض', 'Name', 'name', 'تاريخ']);
  const b = columnNames(['تاريخ', 'id', 'name', 'اسم المريض', 'Name', 'note']); // reordered, one added
  for (const c of ['id', 'اسم المريض', 'Name', 'name', 'تاريخ']) t.equal(b.get(c), a.get(c), `${c}: the same name in either order`);
  t.equal(a.get('id'), 'id');
  t.match(a.get('اسم المريض'), /^c_[0-9a-f]{8}$/, 'a name with nothing to keep: c_ and its hash');
  t.not(a.get('اسم المريض'), a.get('تاريخ'), 'two such names differ');
  t.match(a.get('Name'), /^name_[0-9a-f]{8}$/, 'a shared snake name: each with its hash');
  t.not(a.get('Name'), a.get('name'));
  // a contract committed with the older positional names keeps them; a new column that would take one is hashed
  const doc = (cols: Array<[string, string]>, rk: string) => ({
    source: 'x',
    stream: 'p',
    natural_key: [cols[0]![0]],
    replication_key: rk,
    scd: { type: 1 },
    columns: cols.map(([name, source]) => ({ name, source, type: 'string' })),
  });
  const committed = YAML.stringify({
    ...doc(
      [
        ['id', 'id'],
        ['c_', 'اسم المريض'],
        ['c__2', 'تاريخ'],
      ],
      'c__2',
    ),
    scd: { type: 2, tracked: ['c_', 'c__2'] },
  });
  // as positional naming would rediscover it after a column was added first: the new one would take c_
  const rediscovered = doc(
    [
      ['id', 'id'],
      ['c_', 'رقم'],
      ['c__2', 'اسم المريض'],
      ['c__3', 'تاريخ'],
    ],
    'c__3',
  );
  const kept = keepHandEdits(rediscovered, committed) as ReturnType<typeof doc> & { scd: { tracked: string[] } };
  const by = new Map(kept.columns.map((c) => [c.source, c.name]));
  t.equal(by.get('اسم المريض'), 'c_', 'a committed name stays with its source column');
  t.equal(by.get('تاريخ'), 'c__2');
  t.notOk(['c_', 'c__2'].includes(by.get('رقم')!), `the new column takes no committed name (${by.get('رقم')})`);
  t.equal(new Set(by.values()).size, 4, 'no two columns share a name');
  t.equal(kept.replication_key, 'c__2', 'the replication key follows its column');
  t.same(kept.scd.tracked, ['c_', 'c__2'], 'SCD2 tracking too');
});
