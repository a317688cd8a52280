// Every plugin this project ships; codegen writes their Meltano definitions from these declarations.
import type { About } from './singer/about.js';
import { about as targetPostgresMedi } from '../targets/target-postgres-medi/about.js';
import { about as tapIndiciS3 } from '../taps/tap-indici-s3/about.js';
import { about as tapTallyTdl } from '../taps/tap-tally-tdl/about.js';
import { about as tapHims } from '../taps/tap-hims/about.js';

export const PLUGINS: About[] = [tapIndiciS3, tapTallyTdl, tapHims, targetPostgresMedi];
