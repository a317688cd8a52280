// medi-notify's log: the kit's JSON logger on stderr (credentials redacted), behind a small function type
// so the notifier's parts can be given any sink.
import { createLogger } from '../singer/log.js';

export type Log = (level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;

/** `scheme://user:password@host` → `scheme://***@host`, in any text (a NATS or SMTP URL in an error message). */
export const redactUrls = (text: string): string => text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@]*@/gi, '$1***@');

export function notifyLog(): Log {
  const logger = createLogger('medi-notify');
  const clean = (v: unknown) => (typeof v === 'string' ? redactUrls(v) : v);
  return (level, message, fields = {}) =>
    void logger.log(level, redactUrls(message), Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, clean(v)])));
}
