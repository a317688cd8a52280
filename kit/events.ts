// Pipeline events on NATS JetStream (DESIGN: `etl.sync.completed`, `etl.sync.failed`,
// `etl.data.quality.alert`), when MEDI_NATS_URL is set. They go to a JetStream stream (MEDI_ETL, subjects
// `etl.>`, created when missing) and each publish waits for the server's acknowledgement, so an event is
// stored, not merely sent: a subscriber that connects later still reads it. Without MEDI_NATS_URL nothing is
// sent and nothing is imported.
import type { ConnectionOptions } from 'nats';
import { redact } from './singer/errors.js';

export const EVENT_STREAM = 'MEDI_ETL';
export type EventSubject = 'etl.sync.completed' | 'etl.sync.failed' | 'etl.data.quality.alert';

export interface PipelineEvent {
  subject: EventSubject;
  data: Record<string, unknown>;
}

/** The server URL to publish to, or undefined when events are off. */
export function eventsUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const url = env.MEDI_NATS_URL?.trim();
  return url ? url : undefined;
}

/**
 * Publish `events` in order to JetStream at `url`; resolves when every one is acknowledged. Each event's
 * payload is its `data` with `subject` and `emitted_at` added. Throws (naming the server) when it cannot.
 */
export async function publishEvents(url: string, events: PipelineEvent[], opts: Partial<ConnectionOptions> = {}): Promise<void> {
  if (events.length === 0) return;
  const { connect, JSONCodec } = await import('nats');
  let nc;
  try {
    nc = await connect({ servers: url, timeout: 5000, name: 'medi-elt', ...opts });
  } catch (e) {
    throw new Error(`events: cannot reach NATS at ${redact(url)}: ${redact((e as Error).message)}`, { cause: e });
  }
  try {
    const jsm = await nc.jetstreamManager();
    try {
      await jsm.streams.info(EVENT_STREAM);
    } catch {
      await jsm.streams.add({ name: EVENT_STREAM, subjects: ['etl.>'] });
    }
    const js = nc.jetstream();
    const codec = JSONCodec();
    for (const e of events)
      await js.publish(e.subject, codec.encode({ subject: e.subject, emitted_at: new Date().toISOString(), ...e.data }));
  } finally {
    await nc.drain();
  }
}

/**
 * Where a sync event comes from beyond the plugin that sends it: under `meltano run`, every block's environment
 * holds MELTANO_EXTRACTOR_NAME (Meltano passes the extractor's context on to the loader and the utilities after
 * it), so a tap's failure and its loader's outcome name the same extractor (the notifier keys failure streaks by it).
 */
export function extractorName(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.MELTANO_EXTRACTOR_NAME?.trim() || null;
}

/**
 * A tap's run failed (the source was down, a stream failed): the loader after it cannot tell (it sees its input
 * end and commits what came), so the tap says so itself, when events are on. Never throws: a NATS outage is
 * logged by `warn` and the tap's own exit status still fails the job.
 */
export async function publishTapFailure(plugin: string, error: string, warn: (message: string) => void): Promise<void> {
  const url = eventsUrl();
  if (!url) return;
  await publishEvents(url, [
    {
      subject: 'etl.sync.failed',
      data: {
        load_run_id: null,
        plugin,
        extractor: extractorName() ?? plugin,
        status: 'failed',
        error: error.slice(0, 4000),
        streams: [],
        // when the tap's process began: its loader (started with it by Meltano) is known by starting about then
        run_started_at: new Date(performance.timeOrigin).toISOString(),
      },
    },
  ]).catch((e: Error) => warn(`could not publish etl.sync.failed: ${e.message}`));
}
