// --about / --version output shared by taps and targets.
import { settingsJsonSchema, type Settings } from './settings.js';
import { PACKAGE_VERSION } from './version.js';

export interface About {
  name: string;
  description: string;
  version: string;
  capabilities: string[];
  settings: Settings;
  /** Meltano plugin type, used when meltano.yml blocks are generated. */
  pluginType: 'extractors' | 'loaders';
  executable: string;
  namespace: string;
  /** BATCH encodings a target reads (--about batch_encodings): a tap sends an encoding of ours only to a target listing it. */
  batchEncodings?: string[];
}

/**
 * `--about --format json` in singer-sdk's shape, which Meltano Hub reads: settings are a JSON Schema object.
 * `sdk_version` is the version of this project's kit (ours, not singer-sdk); no Python is involved.
 */
export function aboutJson(a: About): Record<string, unknown> {
  return {
    name: a.name,
    description: a.description,
    version: a.version,
    sdk_version: PACKAGE_VERSION,
    supported_python_versions: null,
    capabilities: a.capabilities,
    ...(a.batchEncodings ? { batch_encodings: a.batchEncodings } : {}),
    settings: settingsJsonSchema(a.settings),
  };
}

export function aboutMarkdown(a: About): string {
  const rows = a.settings.map(
    (s) => `| \`${s.name}\` | ${s.kind} | ${s.default === undefined ? '' : `\`${JSON.stringify(s.default)}\``} | ${s.description} |`,
  );
  return [
    `# ${a.name}`,
    '',
    a.description,
    '',
    `Version: ${a.version}`,
    '',
    '## Capabilities',
    '',
    ...a.capabilities.map((c) => `- \`${c}\``),
    '',
    ...(a.batchEncodings ? ['## BATCH encodings read', '', ...a.batchEncodings.map((e) => `- \`${e}\``), ''] : []),
    '## Settings',
    '',
    '| Setting | Type | Default | Description |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
