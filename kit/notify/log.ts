// medi-notify's log: the kit's JSON logger on stderr (credentials redacted), behind a small function type
// so the notifier's parts can be given any sink.
import { createLogger } from '../singer/log.js';

export type Log = (level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;

export function notifyLog(): Log {
  const logger = createLogger('medi-notify');
  return (level, message, fields = {}) => void logger.log(level, message, fields);
}
