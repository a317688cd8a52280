// Every plugin this project ships; codegen writes their Meltano definitions from these declarations.
import type { About } from './singer/about.js';
import { about as targetPostgresMedi } from '../targets/target-postgres-medi/about.js';

export const PLUGINS: About[] = [targetPostgresMedi];
