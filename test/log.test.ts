// The kit's JSON logger (kit/singer/log.ts), run in a child process so its stderr is what a plugin writes: one JSON
// object a line, keys sorted, LOG_LEVEL obeyed, credentials redacted, values JSON cannot hold written as text.
import t from 'tap';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './helpers.js';
import { redact } from '../kit/singer/errors.js';

const LOG = join(ROOT, 'dist/kit/singer/log.js');

/** What a Node process running `body` with `log` (a logger for plugin "p" with run_id "r") writes on stderr */
function spawnLog(body: string, env: Record<string, string> = {}): { lines: Record<string, unknown>[]; text: string } {
  const script = `import { createLogger } from ${JSON.stringify(LOG)}; const log = createLogger('p', { run_id: 'r' }); ${body}`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, LOG_LEVEL: '', ...env },
    encoding: 'utf8',
  });
  if (r.status !== 0 || r.stdout !== '') throw new Error(`exit ${r.status}, stdout ${JSON.stringify(r.stdout)}: ${r.stderr}`);
  return {
    text: r.stderr,
    lines: r.stderr
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

t.test('one JSON object a line on stderr, keys sorted, with plugin, run id, level and time', async (t) => {
  const r = spawnLog(`log.info('hello', { zeta: 1, alpha: { b: 2, a: 1 } }); log.warn('careful');`);
  t.equal(r.lines.length, 2);
  const [a, b] = r.lines;
  t.same(Object.keys(a!), ['alpha', 'level', 'message', 'plugin', 'run_id', 'timestamp', 'zeta']);
  t.same(Object.keys(a!.alpha as object), ['a', 'b']);
  t.match(a, { level: 'info', message: 'hello', plugin: 'p', run_id: 'r', zeta: 1 });
  t.match(a!.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  t.match(b, { level: 'warn', message: 'careful' });
});

t.test('LOG_LEVEL: info by default (no debug), debug when asked, errors only when asked', async (t) => {
  const body = `log.debug('d'); log.info('i'); log.warn('w'); log.error('e');`;
  t.same(
    spawnLog(body).lines.map((l) => l.message),
    ['i', 'w', 'e'],
  );
  t.same(
    spawnLog(body, { LOG_LEVEL: 'debug' }).lines.map((l) => l.message),
    ['d', 'i', 'w', 'e'],
  );
  t.same(
    spawnLog(body, { LOG_LEVEL: 'error' }).lines.map((l) => l.message),
    ['e'],
  );
  t.same(
    spawnLog(body, { LOG_LEVEL: 'nonsense' }).lines.map((l) => l.message),
    ['i', 'w', 'e'],
    'an unknown level logs as info',
  );
  t.same(
    spawnLog(body, { LOG_LEVEL: 'constructor' }).lines.map((l) => l.message),
    ['i', 'w', 'e'],
    'so does a name every object has',
  );
});

t.test('values JSON cannot hold: big integers as text, cycles marked, errors by name and message, undefined dropped', async (t) => {
  const [l] = spawnLog(
    `const c = { n: 1 }; c.self = c; const shared = { x: 1 };
     log.info('v', { big: 12345678901234567890n, c, a: shared, b: shared, e: new TypeError('bad'), u: undefined, arr: [1, undefined], d: new Date(0) });`,
  ).lines;
  t.equal(l!.big, '12345678901234567890');
  t.same(l!.c, { n: 1, self: '[Circular]' });
  t.same([l!.a, l!.b], [{ x: 1 }, { x: 1 }], 'an object seen twice, not in a cycle, is written twice');
  t.same(l!.e, { message: 'bad', name: 'TypeError' });
  t.notOk('u' in l!);
  t.same(l!.arr, [1, null]);
  t.equal(l!.d, '1970-01-01T00:00:00.000Z');
});

t.test('credentials are redacted from messages and error texts; an Error as the message keeps its text', async (t) => {
  const r = spawnLog(
    `log.error('connect postgres://medi:s3cret@db/w failed', { e: new Error('password=hunter2 refused') }); log.error(new Error('as message'));`,
  );
  t.notMatch(r.text, /s3cret|hunter2/);
  t.equal(r.lines[0]!.message, 'connect postgres://medi:***@db/w failed');
  t.equal(r.lines[1]!.message, 'as message');
});

t.test("MySQL's '(using password: YES)' is kept: it says whether a password was sent, not what it is", async (t) => {
  const denied = "Access denied for user 'u'@'127.0.0.1' (using password: YES)";
  t.equal(redact(denied), denied);
  t.equal(redact('(using password: NO)'), '(using password: NO)');
  t.equal(redact('password: YES)'), 'password: ***', 'only the phrase MySQL writes is kept');
});

t.test('the user and password of any URL are redacted (NATS, MySQL, a webhook), not only PostgreSQL URLs', async (t) => {
  t.equal(redact('cannot reach NATS at nats://medi:NATS-PASS-777@127.0.0.1:4222'), 'cannot reach NATS at nats://***@127.0.0.1:4222');
  t.equal(redact('mysql://root:x@db:3306/od'), 'mysql://***@db:3306/od');
  t.equal(redact('https://tok3n@hooks.example/x'), 'https://***@hooks.example/x');
  t.equal(redact('http://127.0.0.1:8080/fhir'), 'http://127.0.0.1:8080/fhir', 'a URL without credentials is left as it is');
  t.equal(redact('postgres://medi:s3cret@db/w'), 'postgres://medi:***@db/w');
});

t.test('events: an unreachable NATS is named without its credentials', async (t) => {
  const { publishEvents } = await import('../kit/events.js');
  const e = await publishEvents('nats://medi:NATS-PASS-777@127.0.0.1:1', [{ subject: 'etl.sync.completed', data: {} }]).then(
    () => undefined,
    (x: Error) => x,
  );
  t.ok(e, 'fails');
  t.notMatch(e!.message, /NATS-PASS-777/);
  t.match(e!.message, 'nats://***@127.0.0.1:1');
});

t.test('a silent logger writes nothing', async (t) => {
  t.same(spawnLog(`createLogger('q', {}, { silent: true }).error('x');`).lines, []);
});
