// What tap-indici-s3 declares about itself (--about, meltano.yml).
import type { About } from '../../kit/singer/about.js';
import { PACKAGE_VERSION } from '../../kit/singer/version.js';
import { settings, PLUGIN } from './settings.js';

export const about: About = {
  name: PLUGIN,
  namespace: 'tap_indici_s3',
  executable: 'tap-indici-s3',
  pluginType: 'extractors',
  description:
    'Indici practice-management extracts from a versioned S3 bucket: headerless delimited files, encoding and separators detected per file, every row with its file lineage, each object version processed once.',
  version: PACKAGE_VERSION,
  capabilities: ['catalog', 'discover', 'state', 'about'],
  settings,
};
