// Command-line parsing shared by every Singer plugin (taps and targets take the same flags).
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';

// The AWS SDK (tap-indici-s3, tap-apn, target-files-medi on S3) warns on every run under Node 20 that its releases
// after January 2027 will need Node 22: nine lines of stderr in each Meltano log. The versions package-lock.json
// pins run on Node 20; the README says what an upgrade needs. Left to the user to turn on again (set it to false).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export interface CliArgs {
  config: string[];
  state?: string;
  catalog?: string;
  discover: boolean;
  about: boolean;
  format: 'json' | 'markdown';
  version: boolean;
  /** `--test` checks the connection; `--test=schema` writes every stream's SCHEMA and stops (as singer-sdk). */
  test?: 'connection' | 'schema';
  input?: string;
}

/** A tap reads a source; a target reads Singer messages (and takes none of a tap's catalog, state or test flags). */
export type PluginKind = 'tap' | 'target';

/** The usage every plugin prints for --help / -h (then exits 0), named by its folder (dist/taps/tap-hims/main.js). */
function usage(kind: PluginKind): string {
  const script = process.argv[1] ?? 'plugin/main.js';
  // run by a bin link (node_modules/.bin/tap-hims) or by its file (dist/taps/tap-hims/main.js)
  const name = basename(script).startsWith('main.') ? basename(dirname(script)) : basename(script);
  const run =
    kind === 'tap'
      ? `${name} [--config FILE]... [--state FILE] [--catalog FILE] [--discover] [--test[=schema]]`
      : `${name} [--config FILE]... [--input FILE]`;
  const what =
    kind === 'tap'
      ? 'A Singer tap writes Singer messages to stdout.'
      : 'A Singer target reads Singer messages from stdin (or --input FILE) and writes the STATE it has committed to stdout.';
  return `usage: ${run}
       ${name} --about [--format json|markdown]   (every setting, its environment variable and default)
       ${name} --version
${what} Logs are JSON lines on stderr (LOG_LEVEL: error, warn, info, debug).
`;
}

/** A tap's flag given to a target: said, not ignored (a target given --discover would otherwise start a load run). */
const TAP_ONLY = ['--discover', '--catalog', '--properties', '--state', '--test'];

export function parseCli(argv: string[] = process.argv.slice(2), kind: PluginKind = 'tap'): CliArgs {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(usage(kind));
    process.exit(0);
  }
  if (kind === 'target') {
    const flag = argv.find((a) => TAP_ONLY.some((f) => a === f || a.startsWith(`${f}=`)));
    if (flag) throw new Error(`${flag.split('=')[0]} is a tap's option: a target reads Singer messages from stdin (see --help)`);
  }
  // `--test` takes an optional value (`--test=schema`), which parseArgs cannot express: take it out first
  let test: CliArgs['test'];
  const rest = argv.filter((a) => {
    if (a !== '--test' && !a.startsWith('--test=')) return true;
    const value = a === '--test' ? 'all' : a.slice('--test='.length);
    if (value === 'schema') test = 'schema';
    else if (value === 'all') test = 'connection';
    else if (value !== 'disabled') throw new Error(`--test takes no value, "schema" or "all"; got "${value}"`);
    return false;
  });
  const { values } = parseArgs({
    args: rest,
    options: {
      config: { type: 'string', multiple: true },
      state: { type: 'string' },
      catalog: { type: 'string' },
      properties: { type: 'string' },
      discover: { type: 'boolean', default: false },
      about: { type: 'boolean', default: false },
      format: { type: 'string', default: 'json' },
      version: { type: 'boolean', default: false },
      input: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.format !== 'json' && values.format !== 'markdown') throw new Error(`--format takes json or markdown; got "${values.format}"`);
  const format = values.format;
  const out: CliArgs = {
    config: (values.config ?? []).filter((c) => c !== 'ENV'),
    discover: values.discover ?? false,
    about: values.about ?? false,
    format,
    version: values.version ?? false,
  };
  if (test) out.test = test;
  if (values.state) out.state = values.state;
  const catalog = values.catalog ?? values.properties;
  if (catalog) out.catalog = catalog;
  if (values.input) out.input = values.input;
  return out;
}
