// What target-files-medi declares about itself (--about, meltano.yml).
import type { About } from '../../kit/singer/about.js';
import { settings, PLUGIN } from './settings.js';
import { PACKAGE_VERSION } from '../../kit/singer/version.js';

export const about: About = {
  name: PLUGIN,
  namespace: 'target_files_medi',
  executable: 'target-files-medi',
  pluginType: 'loaders',
  description:
    'Singer target that writes streams as Parquet, CSV, JSONL or XLSX files in date partitions, locally or on S3, with a manifest per batch and STATE released only after its files are durable.',
  version: PACKAGE_VERSION,
  capabilities: ['about'],
  settings,
};
