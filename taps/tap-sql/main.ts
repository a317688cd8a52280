#!/usr/bin/env node
// tap-sql: any relational database → Singer messages on stdout (see tap.ts).
import { exitAfterFlush } from '../../kit/singer/exit.js';
import { main } from './tap.js';

await exitAfterFlush(await main(process.argv.slice(2)));
