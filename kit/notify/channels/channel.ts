// What every channel does with a delivery: send it once, or say whether trying again could help.
import type pg from 'pg';

export interface Delivery {
  delivery_key: string;
  rule: string;
  channel: string;
  severity: string;
  subject: string;
  subject_ar: string;
  body_en: string;
  body_ar: string;
  next_attempt_at: Date;
  attempts: number;
}

export interface Channel {
  /** Deliver; `client` is the transaction that marks the delivery sent (the queue channel writes on it). */
  send(d: Delivery, client: pg.Client): Promise<void>;
  close?(): void;
}

/** A delivery that failed. `permanent`: the receiver refused it (a retry would be refused too). */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  constructor(
    readonly channel: string,
    message: string,
    readonly permanent = false,
  ) {
    super(`${channel}: ${message}`);
  }
}

/** An HTTP status from a webhook: 408, 425, 429 and 5xx are worth retrying, other 4xx are not. */
export function httpPermanent(status: number): boolean {
  return status >= 400 && status < 500 && ![408, 425, 429].includes(status);
}

/**
 * How long a webhook may take to answer. Past it the delivery is retried, and a receiver that was merely slow
 * gets a second copy; Slack and Teams answer in a few seconds, so 30 s leaves a wide margin.
 */
export const WEBHOOK_TIMEOUT_MS = 30_000;

/**
 * Post JSON to a webhook URL; the URL (a secret) never appears in an error. `key` (the delivery key) goes out as
 * `Idempotency-Key` and `X-Medi-Delivery-Key`, the same on every attempt, so a receiver that honours either can
 * drop a retried copy.
 */
export async function postJson(channel: string, url: string, payload: unknown, key: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'idempotency-key': key, 'x-medi-delivery-key': key },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).name;
    throw new DeliveryError(channel, `webhook unreachable (${cause})`);
  }
  const text = (await res.text().catch(() => '')).slice(0, 200);
  if (!res.ok) throw new DeliveryError(channel, `webhook answered ${res.status} ${text}`, httpPermanent(res.status));
}
