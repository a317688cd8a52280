// What target-postgres-medi declares about itself (--about, meltano.yml).
import type { About } from '../../kit/singer/about.js';
import { settings, PLUGIN } from './settings.js';
import { PACKAGE_VERSION } from '../../kit/singer/version.js';
import { JSONL, PG_COPY_BINARY } from '../../kit/singer/batch.js';

export const about: About = {
  name: PLUGIN,
  namespace: 'target_postgres_medi',
  executable: 'target-postgres-medi',
  pluginType: 'loaders',
  description:
    'Singer target that lands streams in PostgreSQL through COPY in large batches, with lineage, upserts, versioned deletes and process-once source files.',
  version: PACKAGE_VERSION,
  // only what works: about, stream-maps/schema-flattening are not implemented, so they are not claimed
  capabilities: ['about', 'hard-delete', 'validate-records', 'activate-version', 'batch'],
  // what runTarget reads with this loader (it takes pg-copy-binary tuples: PostgresLoader.copyTuple)
  batchEncodings: [JSONL, PG_COPY_BINARY],
  settings,
};
