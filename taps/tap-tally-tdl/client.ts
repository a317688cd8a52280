// The Tally HTTP client: posts envelopes serially (Tally is one desktop process), spools each reply to a
// temporary file while hashing it (retrying transport errors, timeouts and 5xx), then parses the file as a
// stream. A reply that cannot be parsed is emitted to the quarantine stream with its body and the reason, and
// the stream fails; the other streams go on. An object with a value that cannot be read is quarantined alone
// (its XML and the reason): the reply's other objects load, and the stream fails once it has read the rest.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { requireCjs } from '../../kit/cjs.js';
import type * as Undici from 'undici';
import type { Logger } from '../../kit/singer/log.js';
import { HttpStatusError, transportError, withRetry, type RetryPolicy } from '../../kit/http/retry.js';
import { spool, type Spooled } from '../../kit/spool.js';
import { emitMetric } from '../../kit/singer/log.js';
import { StreamFailure } from '../../kit/singer/tap-kit.js';
import { tallyObjects, TallyLineError, TallyXmlError, type TallyObject } from './xml-objects.js';
import { TallyValueError } from './values.js';
import { collectionEnvelope, companiesEnvelope, type CollectionRequest } from './tdl.js';
import type { TallyConfig } from './settings.js';
import * as v from './values.js';

// CommonJS by require, not import (kit/cjs.ts: start-up time)
const { request } = requireCjs('undici') as typeof Undici;

export const QUARANTINE_STREAM = 'tally_quarantine';

export class CompanyNotOpenError extends Error {
  override name = 'CompanyNotOpenError';
}

export interface CompanyInfo {
  name: string;
  guid: string;
  altMstId: number;
  altVchId: number;
  booksFrom: string | null;
  lastVoucherDate: string | null;
}

/** A spooled reply and the encoding it is in. */
type Reply = Spooled & { utf16: boolean };

type Emit = (stream: string, record: Record<string, unknown>) => Promise<void>;

export class TallyClient {
  private companyList?: Promise<CompanyInfo[]>;
  private readonly policy: RetryPolicy;
  private seq = 0;
  /** objects quarantined for an unreadable value, by stream + company, until `settle` reports them */
  private readonly unreadable = new Map<string, number>();
  private warnedNoCompany = false;
  private readonly warnedNoPeriod = new Set<string>();

  constructor(
    readonly config: TallyConfig,
    private readonly logger: Logger,
  ) {
    this.policy = { retries: config.retries, baseMs: config.retry_base_ms, maxMs: 30_000 };
  }

  /** Open companies with their AlterID counters, read once per run. */
  companies(): Promise<CompanyInfo[]> {
    return (this.companyList ??= this.readCompanies());
  }

  private async readCompanies(): Promise<CompanyInfo[]> {
    const out: CompanyInfo[] = [];
    const reply = await this.post('company list', companiesEnvelope());
    try {
      for await (const o of this.objects('company list', reply)) {
        const n = o.node;
        v.singleLeaves(n);
        out.push({
          name: v.str(n['@_NAME']) ?? '',
          guid: v.str(n.GUID) ?? '',
          altMstId: v.number(n.ALTMSTID, 'AltMstId') ?? 0,
          altVchId: v.number(n.ALTVCHID, 'AltVchId') ?? 0,
          booksFrom: v.date(n.BOOKSFROM, 'BooksFrom'),
          lastVoucherDate: v.date(n.LASTVOUCHERDATE, 'LastVoucherDate'),
        });
      }
    } finally {
      await reply.remove();
    }
    return out;
  }

  /**
   * Whether Tally still answers for a company, asked afresh (not the run's cached list): null when it does, else
   * why not. A company closed during the run answers data requests with STATUS 1 and an empty collection, which
   * reads exactly like "no objects"; so an empty or shrunken reply is checked here before it is believed. Every
   * Tally company has groups (the reserved ones cannot be deleted): none means the company is not loaded.
   */
  async answering(company: string): Promise<string | null> {
    let list: CompanyInfo[];
    try {
      list = await this.readCompanies();
    } catch (e) {
      if (e instanceof CompanyNotOpenError || e instanceof TallyLineError || e instanceof TallyXmlError) return e.message;
      throw e;
    }
    if (!list.some((c) => c.name === company))
      return `company "${company}" is no longer open in Tally (open now: ${list.map((c) => `"${c.name}"`).join(', ') || 'none'})`;
    const what = `MediProbe for "${company}"`;
    const reply = await this.post(what, collectionEnvelope({ id: 'MediProbe', type: 'Group', fetch: ['GUID'], company }));
    try {
      for await (const o of this.objects(what, reply)) if (o) return null;
    } catch (e) {
      if (e instanceof CompanyNotOpenError || e instanceof TallyLineError || e instanceof TallyXmlError) return e.message;
      throw e;
    } finally {
      await reply.remove();
    }
    return `Tally answers for "${company}" with no groups at all (every company has some): the company is not loaded`;
  }

  async company(name: string): Promise<CompanyInfo> {
    const list = await this.companies();
    const c = list.find((x) => x.name === name);
    if (!c)
      throw new CompanyNotOpenError(
        `company "${name}" is not open in Tally (open: ${list.map((x) => `"${x.name}"`).join(', ') || 'none'})`,
      );
    return c;
  }

  /**
   * The report period every data request sends (SVFROMDATE/SVTODATE, YYYYMMDD): the company's whole books, from
   * its books-from date to its last voucher date or today, whichever is later. Without it Tally exports only the
   * period selected in its UI (one financial year, mostly), and a user changing that would make the vouchers of
   * other years read as deleted. Undefined when the company gives no books-from date (said once).
   */
  async period(name: string): Promise<{ from: string; to: string } | undefined> {
    const c = await this.company(name);
    if (!c.booksFrom) {
      if (!this.warnedNoPeriod.has(name)) {
        this.warnedNoPeriod.add(name);
        this.logger.warn(
          `company "${name}" gives no books-from date: no report period is sent, so Tally exports the period selected in its UI`,
        );
      }
      return undefined;
    }
    const today = new Date().toISOString().slice(0, 10);
    const last = c.lastVoucherDate && c.lastVoucherDate > today ? c.lastVoucherDate : today;
    return { from: c.booksFrom.replace(/-/g, ''), to: last.replace(/-/g, '') };
  }

  /** The companies this run syncs: the configured ones (each must be open), or every open one. */
  async selectedCompanies(): Promise<string[]> {
    if (this.config.companies.length) {
      for (const name of this.config.companies) await this.company(name);
      return this.config.companies;
    }
    const names = (await this.companies()).map((c) => c.name);
    if (!names.length && !this.warnedNoCompany) {
      this.warnedNoCompany = true;
      this.logger.warn(
        `no company is open in Tally at ${this.config.url}: nothing to sync (open the companies, or name them in \`companies\`)`,
      );
    }
    return names;
  }

  /** Post an envelope and spool the reply; transport errors, timeouts and 5xx are retried. */
  private async post(what: string, xml: string): Promise<Reply> {
    const utf16 = this.config.encoding === 'utf16';
    const body = Buffer.from(xml, utf16 ? 'utf16le' : 'utf8');
    const timeout = this.config.request_timeout_seconds * 1000;
    return withRetry(this.policy, `Tally ${what}`, this.logger, async () => {
      const t0 = Date.now();
      let status = 0;
      try {
        const res = await request(this.config.url, {
          method: 'POST',
          body,
          headers: { 'content-type': `text/xml;charset=${utf16 ? 'utf-16' : 'utf-8'}` },
          headersTimeout: timeout,
          bodyTimeout: timeout,
        });
        status = res.statusCode;
        if (status !== 200) {
          const raw = Buffer.from(await res.body.arrayBuffer());
          const detail = errorText(raw, String(res.headers['content-type'] ?? '')).slice(0, 200);
          throw new HttpStatusError(status, this.config.url, detail, res.headers['retry-after'] as string | undefined);
        }
        const s = await spool(res.body, 'tally');
        return { ...s, utf16: declaredUtf16(String(res.headers['content-type'] ?? '')) ?? (await sniffUtf16(s.path)) };
      } catch (e) {
        throw transportError(
          e,
          `Tally ${what}`,
          this.config.request_timeout_seconds,
          ` (is Tally running with its XML server on ${this.config.url}?)`,
        );
      } finally {
        emitMetric({
          type: 'timer',
          metric: 'http_request_duration',
          value: (Date.now() - t0) / 1000,
          tags: { endpoint: what, http_status_code: status, status: status === 200 ? 'succeeded' : 'failed' },
        });
      }
    }).catch((e: unknown) => {
      // the retries are spent: say which request it was (the message alone names only the URL)
      if (e instanceof HttpStatusError) e.message = `Tally ${what}: ${e.message}`;
      throw e;
    });
  }

  /** Objects of one spooled reply, parsed as a stream. Low-level: no quarantine. */
  private async *objects(what: string, reply: Reply): AsyncGenerator<TallyObject> {
    if (reply.bytes === 0)
      throw new CompanyNotOpenError(`Tally answered ${what} with an empty body: no company is open (or the requested one is closed)`);
    yield* tallyObjects(decode(reply.path, reply.utf16));
  }

  /**
   * Export a collection and map each object; a reply that cannot be parsed or mapped is quarantined (raw
   * body, reason) and the stream fails with a StreamFailure naming the request. LINEERROR fails the stream.
   */
  async *export<T>(
    stream: string,
    company: string,
    req: Omit<CollectionRequest, 'company'>,
    emit: Emit,
    map: (o: TallyObject) => T,
  ): AsyncGenerator<T> {
    const what = `${req.id} for "${company}"${req.filters ? ` [${Object.values(req.filters).join('; ')}]` : ''}`;
    let reply: Reply;
    const period = await this.period(company);
    try {
      reply = await this.post(what, collectionEnvelope({ ...req, company, ...(period ? { period } : {}) }));
    } catch (e) {
      // Tally answered, with an error status, every time: this request fails, the other streams go on
      if (e instanceof HttpStatusError) throw new StreamFailure(`${stream} for "${company}": ${e.message}`);
      throw e;
    }
    let n = 0;
    try {
      for await (const o of this.objects(what, reply)) {
        n++;
        let mapped: T;
        try {
          v.singleLeaves(o.node);
          mapped = map(o);
        } catch (e) {
          if (!(e instanceof TallyValueError) || o.xml === undefined) throw e;
          const reason = `${e.message} (${identify(o)}, object ${n} of the reply)`;
          await this.quarantineObject(stream, company, req.id, o, reason, emit);
          continue;
        }
        yield mapped;
      }
    } catch (e) {
      if (e instanceof TallyXmlError || e instanceof TallyValueError) {
        await this.quarantine(stream, company, req.id, reply, `${e.message}${e instanceof TallyValueError ? ` (object ${n})` : ''}`, emit);
        throw new StreamFailure(
          `unparseable Tally reply to ${what}: ${e.message}; the reply is in ${QUARANTINE_STREAM} (sha256 ${reply.sha256.slice(0, 12)}…)`,
        );
      }
      if (e instanceof TallyLineError || e instanceof CompanyNotOpenError) throw new StreamFailure(`${stream}: ${what}: ${e.message}`);
      throw e;
    } finally {
      await reply.remove();
    }
  }

  /** Objects quarantined so far for an unreadable value in this stream and company, not yet reported by `settle`. */
  quarantined(stream: string, company: string): number {
    return this.unreadable.get(`${stream}\u0000${company}`) ?? 0;
  }

  /**
   * After a stream has read a company: fail it (StreamFailure, so its bookmark stays and the run exits 1, as
   * for a quarantined reply) when objects were quarantined for unreadable values; their rows load nowhere else.
   */
  settle(stream: string, company: string): void {
    const key = `${stream}\u0000${company}`;
    const n = this.unreadable.get(key);
    if (!n) return;
    this.unreadable.delete(key);
    const where = `each in ${QUARANTINE_STREAM} with its reason; the rest loaded`;
    throw new StreamFailure(`${stream} for "${company}": ${n} object(s) with a value that cannot be read, ${where}`);
  }

  /** One object whose value cannot be read: its XML (as UTF-8) and the reason go to quarantine. */
  private async quarantineObject(
    stream: string,
    company: string,
    requestId: string,
    o: TallyObject,
    reason: string,
    emit: Emit,
  ): Promise<void> {
    const bytes = Buffer.from(o.xml!, 'utf8');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const cap = this.config.quarantine_max_bytes;
    await emit(QUARANTINE_STREAM, {
      company,
      stream,
      request_id: requestId,
      quarantine_id: `${sha256}:${++this.seq}`,
      reason,
      body: bytes.length > cap ? bytes.subarray(0, cap).toString('utf8') : o.xml!,
      body_bytes: bytes.length,
      body_sha256: sha256,
      body_truncated: bytes.length > cap,
      encoding: 'utf-8',
      received_at: new Date().toISOString(),
    });
    const key = `${stream}\u0000${company}`;
    this.unreadable.set(key, (this.unreadable.get(key) ?? 0) + 1);
    this.logger.error(`quarantined one <${o.element}> from the reply to ${requestId} for "${company}": ${reason}`);
  }

  private async quarantine(stream: string, company: string, requestId: string, s: Reply, reason: string, emit: Emit): Promise<void> {
    const cap = this.config.quarantine_max_bytes;
    const fh = await open(s.path, 'r');
    const len = Math.min(s.bytes, cap - (cap % 2));
    const buf = Buffer.alloc(len);
    try {
      await fh.read(buf, 0, len, 0);
    } finally {
      await fh.close();
    }
    await emit(QUARANTINE_STREAM, {
      company,
      stream,
      request_id: requestId,
      quarantine_id: `${s.sha256}:${++this.seq}`,
      reason,
      // NUL cannot be stored in PostgreSQL text; the bytes are accounted for by size and hash
      body: buf.toString(s.utf16 ? 'utf16le' : 'utf8').replace(/\u0000/g, '\uFFFD'),
      body_bytes: s.bytes,
      body_sha256: s.sha256,
      body_truncated: s.bytes > len,
      encoding: s.utf16 ? 'utf-16le' : 'utf-8',
      received_at: new Date().toISOString(),
    });
    this.logger.error(`quarantined the reply to ${requestId} for "${company}" (${s.bytes} bytes): ${reason}`);
  }
}

/** The reply's declared charset: true for UTF-16, false for UTF-8, undefined when it declares neither. */
function declaredUtf16(ctype: string): boolean | undefined {
  return /charset\s*=\s*"?utf-?16/i.test(ctype) ? true : /charset\s*=\s*"?utf-?8/i.test(ctype) ? false : undefined;
}

const utf16Bom = (b: Uint8Array) => b[0] === 0xff && b[1] === 0xfe;

/** No charset in the reply: a UTF-16LE BOM, or a zero byte in the second position of '<', says UTF-16. */
async function sniffUtf16(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const b = Buffer.alloc(2);
    await fh.read(b, 0, 2, 0);
    return utf16Bom(b) || (b[0] === 0x3c && b[1] === 0x00);
  } finally {
    await fh.close();
  }
}

async function* decode(path: string, utf16: boolean): AsyncGenerator<string> {
  const dec = new TextDecoder(utf16 ? 'utf-16le' : 'utf-8'); // strips a BOM; chunk boundaries handled by stream mode
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 })) {
    const s = dec.decode(chunk as Buffer, { stream: true });
    if (s) yield s;
  }
  const tail = dec.decode();
  if (tail) yield tail;
}

/** The text of an error reply, in the charset it declares, else by its BOM or zero bytes (UTF-16LE), else UTF-8. */
function errorText(raw: Buffer, ctype: string): string {
  // an error page need not start with '<': any character followed by a zero byte
  const utf16 = declaredUtf16(ctype) ?? (utf16Bom(raw) || (raw.length > 1 && raw[1] === 0x00));
  return new TextDecoder(utf16 ? 'utf-16le' : 'utf-8')
    .decode(raw)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .trim();
}

/** What names an object in a reason: its GUID, else its NAME attribute. */
function identify(o: TallyObject): string {
  const guid = v.str(o.node.GUID);
  const name = v.str(o.node['@_NAME']);
  return `<${o.element}>${guid ? ` GUID ${guid}` : ''}${name ? ` "${name}"` : ''}`;
}
