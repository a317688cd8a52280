// `npm run codegen`: everything derived from contracts/ and plugin declarations, written to committed files.
// `--check` fails when a committed file differs from what would be generated (CI runs it).
import { createRequire } from 'node:module';
import { compile } from 'json-schema-to-typescript';
import YAML from 'yaml';
import { createAjv } from '../singer/ajv.js';
import { loadContracts, streamName, type Contract } from './contract.js';
import { streamSchema } from './json-schema.js';
import {
  checkedModel,
  coreModel,
  typedCoreModel,
  coreYaml,
  domainSeed,
  modelsYaml,
  rejectsModel,
  sourcesYaml,
  stagingModel,
  typedStagingModel,
} from './dbt.js';
import { meltanoSettings } from '../singer/settings.js';
import type { About } from '../singer/about.js';
import { withKitAbout } from '../singer/batch.js';
import type { JsonSchema } from '../singer/messages.js';

const require = createRequire(import.meta.url);
const standaloneCode = (require('ajv/dist/standalone') as { default: (ajv: unknown, fn: unknown) => string }).default;

function pascal(s: string): string {
  return s
    .split(/[_-]/)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');
}

/** Relative path → file content, for every generated file. */
export async function generate(plugins: About[]): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const contracts = loadContracts();
  const bySource = new Map<string, Contract[]>();
  for (const c of contracts) bySource.set(c.source, [...(bySource.get(c.source) ?? []), c]);

  for (const [source, list] of bySource) {
    const catalog: Record<string, unknown> = {};
    let types = `// generated from contracts/${source}/*.yaml by \`npm run codegen\`; do not edit\n`;
    for (const c of list) {
      const s = streamSchema(c, streamName(c));
      catalog[c.stream] = s;
      files.set(`generated/schemas/${source}/${c.stream}.json`, JSON.stringify(s, null, 2) + '\n');
      types +=
        '\n' +
        (await compile(s.schema as Parameters<typeof compile>[0], `${pascal(source)}${pascal(c.stream)}Record`, {
          bannerComment: '',
          additionalProperties: false,
          format: false,
        }));
      const ajv = createAjv(undefined, { code: { source: true, esm: false } });
      const validate = ajv.compile(s.schema as JsonSchema);
      files.set(
        `generated/validators/${source}/${c.stream}.cjs`,
        `// generated from ${c.file.slice(c.file.indexOf('contracts/'))} by \`npm run codegen\`; do not edit\n${standaloneCode(ajv, validate)}\n`,
      );
      const dir = `transforms/models/staging/${source}`;
      if (c.landing === 'typed') {
        files.set(`${dir}/stg_${source}__${c.stream}.sql`, typedStagingModel(c));
        const core = typedCoreModel(c);
        if (core) files.set(`transforms/models/core/${source}/${c.core!.model}.sql`, core);
        continue;
      }
      files.set(`${dir}/stg_${source}__${c.stream}__checked.sql`, checkedModel(c));
      files.set(`${dir}/stg_${source}__${c.stream}.sql`, stagingModel(c));
      files.set(`${dir}/stg_${source}__${c.stream}__rejects.sql`, rejectsModel(c));
      const core = coreModel(c);
      if (core) files.set(`transforms/models/core/${source}/${c.core!.model}.sql`, core);
    }
    files.set(`generated/types/${source}.ts`, types);
    files.set(`generated/contracts/${source}.ts`, contractModule(source, list));
    files.set(`transforms/models/staging/${source}/_${source}__sources.yml`, sourcesYaml(source, list));
    files.set(`transforms/models/staging/${source}/_${source}__models.yml`, modelsYaml(source, list));
    if (list.some((c) => c.core)) files.set(`transforms/models/core/${source}/_${source}__core.yml`, coreYaml(list));
  }
  files.set('transforms/seeds/medi_domains.csv', domainSeed(contracts));
  for (const p of plugins) files.set(lockfilePath(p), meltanoLockfile(p));
  return files;
}

/** A TS module per source exporting each contract with its stream schema: what a stream definition imports. */
function contractModule(source: string, list: Contract[]): string {
  const body = list.map((c) => {
    const s = streamSchema(c, streamName(c));
    const plain = { ...c, file: c.file.slice(c.file.indexOf('contracts/')) };
    return `export const ${c.stream.replace(/_([a-z])/g, (_, x: string) => x.toUpperCase())}: GeneratedContract = ${JSON.stringify({ contract: plain, singer: s }, null, 2)};`;
  });
  return `// generated from contracts/${source}/*.yaml by \`npm run codegen\`; do not edit
import type { GeneratedContract } from '../../kit/contracts/generated-contract.js';

${body.join('\n\n')}
`;
}

/**
 * Our plugins' Meltano definitions are lockfiles, the place Meltano itself keeps a plugin's definition apart
 * from meltano.yml: meltano.yml names the plugin with `variant: medi` and holds the user's choices
 * (`meltano select`, `meltano config set` write there), which codegen never touches.
 */
export const MELTANO_VARIANT = 'medi';

export function lockfilePath(p: About): string {
  return `plugins/${p.pluginType}/${p.name}--${MELTANO_VARIANT}.lock`;
}

/**
 * The entries meltano.yml lacks: each of our plugins must be named there with our variant, so Meltano reads
 * its definition from the lockfile (and writes the user's choices into that entry).
 */
export function missingMeltanoEntries(meltanoYml: string, plugins: About[]): string[] {
  const project = YAML.parse(meltanoYml) as { plugins?: Record<string, Array<{ name: string; variant?: string }>> };
  return plugins
    .filter((p) => !project.plugins?.[p.pluginType]?.some((e) => e.name === p.name && e.variant === MELTANO_VARIANT))
    .map((p) => `plugins.${p.pluginType}: - {name: ${p.name}, variant: ${MELTANO_VARIANT}}`);
}

function meltanoLockfile(about: About): string {
  // a tap's lockfile shows what the tap kit adds to every tap (batch_config, the batch capability)
  const p = about.pluginType === 'extractors' ? withKitAbout(about) : about;
  const def = {
    plugin_type: p.pluginType,
    name: p.name,
    namespace: p.namespace,
    variant: MELTANO_VARIANT,
    label: p.name,
    description: p.description,
    executable: p.executable,
    capabilities: p.capabilities,
    settings: meltanoSettings(p.name, p.settings),
  };
  return JSON.stringify(def, null, 2) + '\n';
}
