// What tap-apn declares about itself (--about, meltano.yml).
import type { About } from '../../kit/singer/about.js';
import { PACKAGE_VERSION } from '../../kit/singer/version.js';
import { settings, PLUGIN } from './settings.js';

export const about: About = {
  name: PLUGIN,
  namespace: 'tap_apn',
  executable: 'tap-apn',
  pluginType: 'extractors',
  description:
    'AWS Partner Central (ACE) through the AWS SDK: opportunities by LastModifiedDate (inclusive) then GetOpportunity, ' +
    "AWS's opportunity summaries, engagements, invitations, solutions, and the Benefits API (benefits, applications, " +
    'allocations) with change detection; paced to the read quota, with a daily call budget.',
  version: PACKAGE_VERSION,
  capabilities: ['catalog', 'discover', 'state', 'about'],
  settings,
};
