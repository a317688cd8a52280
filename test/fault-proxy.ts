// A TCP proxy in front of an S3-API server that injects the faults a real network and a real S3 give: per
// connection, the request head is read and matched against the armed faults; a connection no fault matches is piped
// through untouched. (The tap's and target's own handlers, and the SDK above them, see real sockets.)
import net from 'node:net';

export interface Fault {
  /** close: FIN before any response byte; rst: a reset; respond: this status and body; cut: the response head and
   * `bytes` body bytes, then FIN; pass: forwarded (after `hook`) */
  kind: 'close' | 'rst' | 'respond' | 'cut' | 'pass';
  /** a substring of the request line */
  match?: string;
  method?: string;
  /** connections it applies to (1 unless given) */
  times?: number;
  status?: string;
  body?: string;
  headers?: Record<string, string>;
  bytes?: number;
  /** run before the request is forwarded (say, to overwrite the object between the listing and the GET) */
  hook?: () => Promise<void>;
  hits?: number;
}

export interface FaultProxy {
  url: string;
  /** every request head seen, in order */
  heads: string[];
  arm(f: Fault): void;
  close(): Promise<void>;
}

export function startFaultProxy(upstreamPort: number): Promise<FaultProxy> {
  const faults: Array<Fault & { times: number }> = [];
  const heads: string[] = [];
  const open = new Set<net.Socket>();
  const track = (s: net.Socket) => {
    open.add(s);
    s.on('close', () => open.delete(s));
  };
  const server = net.createServer((client) => {
    track(client);
    let head = Buffer.alloc(0);
    client.on('error', () => undefined);
    const onData = (d: Buffer) => void answer(d);
    const answer = async (d: Buffer) => {
      head = Buffer.concat([head, d]);
      const at = head.indexOf('\r\n\r\n');
      if (at < 0) return;
      client.off('data', onData);
      client.pause();
      const text = head.subarray(0, at).toString('latin1');
      const line = text.slice(0, text.indexOf('\r\n'));
      heads.push(text);
      const f = faults.find((x) => x.times > 0 && (!x.match || line.includes(x.match)) && (!x.method || line.startsWith(`${x.method} `)));
      if (f) {
        f.times--;
        f.hits = (f.hits ?? 0) + 1;
        await f.hook?.();
      }
      if (f?.kind === 'close') return void client.end();
      if (f?.kind === 'rst') return void client.resetAndDestroy();
      if (f?.kind === 'respond') {
        const body = f.body ?? '';
        const hdrs = { 'content-type': 'application/xml', 'content-length': String(Buffer.byteLength(body)), ...f.headers };
        return void client.end(
          `HTTP/1.1 ${f.status}\r\n${Object.entries(hdrs)
            .map(([k, v]) => `${k}: ${v}`)
            .join('\r\n')}\r\n\r\n${body}`,
        );
      }
      const up = net.connect(upstreamPort, '127.0.0.1');
      track(up);
      up.on('error', () => client.destroy());
      client.on('error', () => up.destroy());
      up.write(head);
      client.pipe(up);
      client.resume();
      if (f?.kind !== 'cut') return void up.pipe(client);
      // the head, then only `bytes` body bytes, then FIN
      let resp = Buffer.alloc(0);
      let sent = 0;
      let headDone = false;
      up.on('data', (chunk: Buffer) => {
        let d = chunk;
        if (!headDone) {
          resp = Buffer.concat([resp, d]);
          const a = resp.indexOf('\r\n\r\n');
          if (a < 0) return;
          headDone = true;
          client.write(resp.subarray(0, a + 4));
          d = resp.subarray(a + 4);
        }
        const take = Math.min(d.length, f.bytes! - sent);
        if (take > 0) client.write(d.subarray(0, take));
        sent += take;
        if (sent >= f.bytes!) {
          up.destroy();
          client.end();
        }
      });
      up.on('end', () => client.end());
    };
    client.on('data', onData);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
        heads,
        arm: (f) => faults.push({ ...f, times: f.times ?? 1 }),
        close: () => {
          // a client's keep-alive connection would hold the server open
          for (const sock of open) sock.destroy();
          return new Promise((r) => server.close(() => r()));
        },
      }),
    ),
  );
}
