// What tap-tally-tdl declares about itself (--about, meltano.yml).
import type { About } from '../../kit/singer/about.js';
import { PACKAGE_VERSION } from '../../kit/singer/version.js';
import { settings, PLUGIN } from './settings.js';

export const about: About = {
  name: PLUGIN,
  namespace: 'tap_tally_tdl',
  executable: 'tap-tally-tdl',
  pluginType: 'extractors',
  description:
    'Tally ERP / TallyPrime over its XML HTTP server: masters and vouchers through inline TDL collections, incremental by AlterID, deletions found by a GUID sweep, replies parsed as a stream.',
  version: PACKAGE_VERSION,
  capabilities: ['catalog', 'discover', 'state', 'about'],
  settings,
};
