// What tap-sql declares about itself (--about, meltano.yml).
import type { About } from '../../kit/singer/about.js';
import { PACKAGE_VERSION } from '../../kit/singer/version.js';
import { settings, PLUGIN } from './settings.js';

export const about: About = {
  name: PLUGIN,
  namespace: 'tap_sql',
  executable: 'tap-sql',
  pluginType: 'extractors',
  description:
    'Any relational database (PostgreSQL, MySQL/MariaDB; SQL Server and Oracle dialects): tables discovered and profiled, an incremental column chosen per table, keyset pages on (cursor, pk) below a frozen upper bound, full loads under a read-only snapshot.',
  version: PACKAGE_VERSION,
  capabilities: ['catalog', 'discover', 'state', 'about'],
  settings,
};
