// Retry for HTTP taps: a small policy object (bounded attempts, exponential backoff with full jitter,
// Retry-After honoured) kept apart from the clients so it can be tested alone.
import type { Logger } from '../singer/log.js';
import { requireCjs } from '../cjs.js';
import type * as Undici from 'undici';

// CommonJS by require, not import (kit/cjs.ts: start-up time)
const { errors: undiciErrors } = requireCjs('undici') as typeof Undici;

export interface RetryPolicy {
  /** retries after the first attempt */
  retries: number;
  /** first backoff; doubles each retry */
  baseMs: number;
  /** cap for one wait (also caps a server's Retry-After, so a hostile header cannot park the tap) */
  maxMs: number;
}

/** An HTTP answer the caller may retry (429, 5xx) or not (4xx); carries status, URL and a body excerpt. */
export class HttpStatusError extends Error {
  override name = 'HttpStatusError';
  constructor(
    readonly status: number,
    readonly url: string,
    readonly detail: string,
    readonly retryAfter?: string,
  ) {
    super(`HTTP ${status} from ${url}${detail ? `: ${detail}` : ''}`);
  }
}

/** A failure that is worth another attempt: the transport, a timeout, 429 or 5xx. */
export class TransientError extends Error {
  override name = 'TransientError';
  constructor(
    message: string,
    readonly retryAfter?: string,
  ) {
    super(message);
  }
}

/** Retry-After is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3); undefined when absent/garbled. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Wait before retry number `attempt` (1-based): Retry-After when the server gave one, else jittered backoff. */
export function backoffMs(policy: RetryPolicy, attempt: number, retryAfter?: string, random = Math.random): number {
  const server = parseRetryAfter(retryAfter);
  if (server !== undefined) return Math.min(server, policy.maxMs);
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
  // full jitter, but never less than half the ceiling so a retry is not immediate
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export function isRetryable(e: unknown): e is TransientError | HttpStatusError {
  if (e instanceof TransientError) return true;
  if (e instanceof HttpStatusError) return e.status === 429 || e.status >= 500;
  return false;
}

/**
 * Run `attempt` until it succeeds, a non-retryable error occurs, or the retries are spent (the last
 * error is rethrown with the attempt count). Every retry is logged with its reason and wait.
 */
export async function withRetry<T>(
  policy: RetryPolicy,
  what: string,
  logger: Logger | undefined,
  attempt: (n: number) => Promise<T>,
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (e) {
      if (!isRetryable(e) || n > policy.retries) {
        if (isRetryable(e)) (e as Error).message = `${(e as Error).message} (gave up after ${n} attempts)`;
        throw e;
      }
      const wait = backoffMs(policy, n, e.retryAfter);
      logger?.warn(`${what}: ${e.message}; retry ${n}/${policy.retries} in ${wait} ms`);
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * A request's failure as the retry loop should see it: undici timeouts and transport failures become
 * TransientError (named by `what`; `refusedHint` is appended when the connection was refused); HTTP status
 * errors and anything else pass through unchanged.
 */
export function transportError(e: unknown, what: string, timeoutSeconds: number, refusedHint = ''): unknown {
  if (e instanceof HttpStatusError || e instanceof TransientError) return e;
  if (e instanceof undiciErrors.HeadersTimeoutError || e instanceof undiciErrors.BodyTimeoutError)
    return new TransientError(`${what}: no reply within ${timeoutSeconds} s`);
  const code = (e as NodeJS.ErrnoException)?.code ?? '';
  if (e instanceof undiciErrors.UndiciError || NETWORK_CODES.has(code))
    return new TransientError(`${what}: ${(e as Error).message}${code === 'ECONNREFUSED' ? refusedHint : ''}`);
  return e;
}
