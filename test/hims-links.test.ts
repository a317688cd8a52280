// tap-hims follows a Bundle's `next` link verbatim, and every request carries the credentials: a link to another
// origin (a hostile or misconfigured server, a downgrade to http) is refused unless listed in
// trusted_link_origins. Two real HTTP servers: the FHIR server, whose every page links to the second.
import t from 'tap';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

const TAP = join(ROOT, 'dist/taps/tap-hims/main.js');
const TYPES = ['Patient', 'Practitioner', 'Appointment', 'Encounter', 'Medication', 'MedicationDispense', 'Invoice', 'ChargeItem'];

async function listen(handler: http.RequestListener): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer(handler);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const json = (res: http.ServerResponse, body: unknown) => {
  res.setHeader('content-type', 'application/fhir+json');
  res.end(JSON.stringify(body));
};

function runTap(config: Record<string, unknown>): Promise<{ code: number | null; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'hims-links-'));
  const file = join(dir, 'config.json');
  writeFileSync(file, JSON.stringify(config));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [TAP, '--config', file], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => {
      rmSync(dir, { recursive: true, force: true });
      resolve({ code, stderr });
    });
  });
}

t.test('a next link to another origin is not followed with the credentials', async (t) => {
  const elsewhere: string[] = [];
  const other = await listen((req, res) => {
    elsewhere.push(`${req.url} ${req.headers.authorization ?? ''}`);
    json(res, { resourceType: 'Bundle', type: 'searchset', entry: [] });
  });
  const fhir = await listen((req, res) => {
    const type = new URL(req.url!, 'http://x').pathname.split('/')[2]!;
    if (type === 'metadata')
      return json(res, {
        resourceType: 'CapabilityStatement',
        fhirVersion: '4.0.1',
        rest: [{ mode: 'server', resource: TYPES.map((r) => ({ type: r, interaction: [{ code: 'search-type' }] })) }],
      });
    json(res, {
      resourceType: 'Bundle',
      type: 'searchset',
      link: [{ relation: 'next', url: `${other.origin}/collect/${type}` }],
      entry: [],
    });
  });
  t.teardown(() => {
    fhir.server.close();
    other.server.close();
  });
  const config = { flavour: 'fhir', base_url: `${fhir.origin}/fhir`, auth_type: 'bearer', bearer_token: 'HIMS-SECRET', deletions: false };

  const refused = await runTap(config);
  t.not(refused.code, 0, 'the stream fails');
  t.match(refused.stderr, `a Bundle \\"next\\" link points to ${other.origin}, not to the server's own ${fhir.origin}: not followed`);
  t.same(elsewhere, [], 'the other server never saw a request (nor the token)');

  // a server behind a proxy that names itself by its public address: listed, it is followed
  const trusted = await runTap({ ...config, trusted_link_origins: [other.origin] });
  t.equal(trusted.code, 0, trusted.stderr.slice(-1500));
  t.ok(elsewhere.length >= TYPES.length, 'each stream followed its next link');
  t.match(elsewhere[0], /Bearer HIMS-SECRET$/);
});

t.test('a next link back to a page already read fails the stream instead of looping forever', async (t) => {
  let requests = 0;
  const fhir = await listen((req, res) => {
    requests++;
    const url = new URL(req.url!, 'http://x');
    const type = url.pathname.split('/')[2]!;
    if (type === 'metadata')
      return json(res, {
        resourceType: 'CapabilityStatement',
        fhirVersion: '4.0.1',
        rest: [{ mode: 'server', resource: TYPES.map((r) => ({ type: r, interaction: [{ code: 'search-type' }] })) }],
      });
    // page 2 links to itself, as a server with a broken paging cursor does
    const page2 = `${origin}/fhir/${type}?_getpages=abc&_page=2`;
    json(res, { resourceType: 'Bundle', type: 'searchset', link: [{ relation: 'next', url: page2 }], entry: [] });
  });
  const origin = fhir.origin;
  t.teardown(() => fhir.server.close());
  const r = await runTap({ flavour: 'fhir', base_url: `${origin}/fhir`, auth_type: 'none', deletions: false });
  t.not(r.code, 0, 'the run fails');
  t.match(r.stderr, "the server's next link leads back to a page already read");
  t.ok(requests < 40, `a bounded number of requests (${requests})`);
});
