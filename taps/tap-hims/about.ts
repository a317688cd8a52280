// What tap-hims declares about itself (--about, meltano.yml).
import type { About } from '../../kit/singer/about.js';
import { PACKAGE_VERSION } from '../../kit/singer/version.js';
import { settings, PLUGIN } from './settings.js';

export const about: About = {
  name: PLUGIN,
  namespace: 'tap_hims',
  executable: 'tap-hims',
  pluginType: 'extractors',
  description:
    'Hospital information systems over HL7 FHIR R4 (_lastUpdated search, Bundle next links, _history deletions) or a plain JSON REST API (updated_since cursor, page or cursor pagination).',
  version: PACKAGE_VERSION,
  capabilities: ['catalog', 'discover', 'state', 'about'],
  settings,
};
