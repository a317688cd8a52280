// What tap-odoo declares about itself (--about, meltano.yml).
import type { About } from '../../kit/singer/about.js';
import { PACKAGE_VERSION } from '../../kit/singer/version.js';
import { settings, PLUGIN } from './settings.js';

export const about: About = {
  name: PLUGIN,
  namespace: 'tap_odoo',
  executable: 'tap-odoo',
  pluginType: 'extractors',
  description:
    'Odoo models over JSON-2 (19.0+), JSON-RPC or XML-RPC: search_read by (write_date, id) keyset, fields_get drift policy, id reconciliation for deletions.',
  version: PACKAGE_VERSION,
  capabilities: ['catalog', 'discover', 'state', 'about'],
  settings,
};
