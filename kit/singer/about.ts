// --about / --version output shared by taps and targets.
import type { Settings } from './settings.js';

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
}

export function aboutJson(a: About): Record<string, unknown> {
  return {
    name: a.name,
    description: a.description,
    version: a.version,
    capabilities: a.capabilities,
    settings: a.settings.map((s) => ({ name: s.name, type: s.kind, description: s.description, default: s.default, required: s.required ?? false, sensitive: s.sensitive ?? s.kind === 'password' })),
  };
}

export function aboutMarkdown(a: About): string {
  const rows = a.settings.map((s) => `| \`${s.name}\` | ${s.kind} | ${s.default === undefined ? '' : `\`${JSON.stringify(s.default)}\``} | ${s.description} |`);
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
    '## Settings',
    '',
    '| Setting | Type | Default | Description |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
