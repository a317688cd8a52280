// Command-line parsing shared by every Singer plugin (taps and targets take the same flags).
import { parseArgs } from 'node:util';

export interface CliArgs {
  config: string[];
  state?: string;
  catalog?: string;
  discover: boolean;
  about: boolean;
  format: 'json' | 'markdown';
  version: boolean;
  test: boolean;
  input?: string;
}

export function parseCli(argv: string[] = process.argv.slice(2)): CliArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      config: { type: 'string', multiple: true },
      state: { type: 'string' },
      catalog: { type: 'string' },
      properties: { type: 'string' },
      discover: { type: 'boolean', default: false },
      about: { type: 'boolean', default: false },
      format: { type: 'string', default: 'json' },
      version: { type: 'boolean', default: false },
      test: { type: 'boolean', default: false },
      input: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const format = values.format === 'markdown' ? 'markdown' : 'json';
  const out: CliArgs = {
    config: (values.config ?? []).filter((c) => c !== 'ENV'),
    discover: values.discover ?? false,
    about: values.about ?? false,
    format,
    version: values.version ?? false,
    test: values.test ?? false,
  };
  if (values.state) out.state = values.state;
  const catalog = values.catalog ?? values.properties;
  if (catalog) out.catalog = catalog;
  if (values.input) out.input = values.input;
  return out;
}
