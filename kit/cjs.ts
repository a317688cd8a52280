// CommonJS packages loaded by require from our ES modules. An `import` of a CommonJS package makes Node's ESM loader
// scan the package's source for its export names before running it (cjs-module-lexer, following its re-exports);
// for the large bundles our plugins load at start-up that scan cost about as much again as loading the package.
// Measured per package on this host (means of three, other work running), import vs require: the AWS SDK's S3
// client 141–219 vs 70–102 ms, undici 230 vs 130 ms, DuckDB 285 vs 175 ms, nats 123 vs 78 ms. The module objects
// are the same either way (one CommonJS cache), so classes compare equal across files that load a package
// differently. Types come from `import type`.
import { createRequire } from 'node:module';

export const requireCjs = createRequire(import.meta.url);
