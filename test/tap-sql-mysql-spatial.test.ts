// tap-sql on MySQL/MariaDB spatial columns (the Sakila sample's address.location, a GEOMETRY): each value goes as
// hex EWKB, the form PostGIS prints and reads a geometry in, SRID kept. mysql2 alone would parse a geometry into
// {x, y} objects that drop the SRID and cannot tell a MultiPoint from a LineString. Checked against PostGIS's
// documented output for SRID=4326;POINT(1 2) and against the server's own ST_AsBinary, on both lanes and landed.
import t from 'tap';
import { join } from 'node:path';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ROOT, DB_PREFIX, mariadb, query, scratchDb } from './helpers.js';
import { pipeline, runTapAlone } from './pipeline.js';

const TAP = join(ROOT, 'dist/taps/tap-sql/main.js');
const DB = `${DB_PREFIX}_tapsql_spatial`;

t.test('spatial columns as hex EWKB with their SRID, on the record lane, the batch lane and landed', async (t) => {
  mariadb(`DROP DATABASE IF EXISTS \`${DB}\`; CREATE DATABASE \`${DB}\`;
    CREATE TABLE \`${DB}\`.places (id int PRIMARY KEY, name varchar(20) NOT NULL, g geometry NULL, p point NULL);
    INSERT INTO \`${DB}\`.places VALUES
      (1, 'srid 4326 point', ST_GeomFromText('POINT(1 2)', 4326), NULL),
      (2, 'polygon', ST_GeomFromText('POLYGON((0 0, 1 0, 1 1, 0 0))'), ST_GeomFromText('POINT(-113.5 53.5)')),
      (3, 'multipoint', ST_GeomFromText('MULTIPOINT(0 0, 2.5 -3)', 3857), NULL),
      (4, 'linestring', ST_GeomFromText('LINESTRING(0 0, 2.5 -3)'), NULL),
      (5, 'none', NULL, NULL);`);
  t.teardown(() => void mariadb(`DROP DATABASE IF EXISTS \`${DB}\``));
  const server = Object.fromEntries(
    mariadb(`SELECT id, HEX(ST_AsBinary(g)), ST_SRID(g), HEX(ST_AsBinary(p)) FROM \`${DB}\`.places WHERE g IS NOT NULL ORDER BY id`)
      .trim()
      .split('\n')
      .map((l) => l.split('\t'))
      .map(([id, wkb, srid, p]) => [Number(id), { wkb: wkb!, srid: Number(srid), p: p === 'NULL' ? null : p }]),
  );
  // SRID 0: the WKB itself; another SRID: the type word flagged (0x20000000) and the SRID after it, little-endian
  const ewkb = (id: number) => {
    const { wkb, srid } = server[id]!;
    if (srid === 0) return wkb;
    const le = (n: number) => n.toString(16).padStart(8, '0').match(/../g)!.reverse().join('').toUpperCase();
    return wkb.slice(0, 2) + le(parseInt(wkb.slice(2, 10).match(/../g)!.reverse().join(''), 16) | 0x20000000) + le(srid) + wkb.slice(10);
  };
  const expected = {
    1: '0101000020E6100000000000000000F03F0000000000000040', // PostGIS: SELECT 'SRID=4326;POINT(1 2)'::geometry
    2: ewkb(2),
    3: ewkb(3),
    4: ewkb(4),
    5: null,
  } as Record<number, string | null>;
  t.equal(ewkb(1), expected[1], "the server's WKB with its SRID makes PostGIS's own form");
  t.not(expected[3], expected[4], 'a MultiPoint and a LineString of the same points differ');

  const config = { dialect: 'mysql', host: '127.0.0.1', user: 'root', database: DB, source: 'sp', lag_seconds: 0 };
  const run = await runTapAlone(TAP, config);
  t.equal(run.code, 0, 'record lane exit 0', { stderr: run.stderr.slice(-2000) });
  const places = run.records.filter((r) => r.stream === 'sp_places');
  const got = Object.fromEntries(places.map((r) => [r.record.id, r.record.g]));
  t.same(got, expected, 'g: hex EWKB, SRID kept, NULL stays null');
  t.equal(places.find((r) => r.record.id === 2)?.record.p, server[2]!.p, 'a POINT column too');
  const schema = JSON.parse(run.stdout.split('\n').find((l) => l.startsWith('{"type":"SCHEMA"'))!).schema;
  t.same(schema.properties.g, { type: ['string', 'null'] }, 'a string property');

  // the batch lane: the table's properties are integers and strings, so its files are pg-copy-binary tuples
  const dst = await scratchDb('tapsql_spatial');
  const root = mkdtempSync(join(tmpdir(), 'medi-spatial-batch-'));
  const batched = await pipeline(
    { ...config, batch_config: { encoding: { format: 'pg-copy-binary' }, storage: { root: `file://${root}` } } },
    dst,
    undefined,
    { tap: TAP },
  );
  t.equal(batched.tapCode, 0, 'batch lane tap exit 0', { err: batched.tapErr.slice(-2000) });
  t.equal(batched.targetCode, 0, 'target exit 0', { err: batched.targetErr.slice(-2000) });
  t.equal(batched.streams.sp_places, 5, 'five rows, in BATCH files');
  t.same(readdirSync(root), [], 'no batch file left behind');
  const landed = await query<{ id: number; g: string | null; type: string }>(
    dst,
    `select id::int, g, pg_typeof(g)::text as type from raw.sp_places order by id`,
  );
  t.same(
    landed.map((r) => [r.id, r.g]),
    Object.entries(expected).map(([id, g]) => [Number(id), g]),
    'landed exactly, through BATCH files',
  );
  t.equal(landed[0]!.type, 'text');
});
