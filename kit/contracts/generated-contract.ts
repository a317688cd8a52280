// The shape of a generated contract module entry: the contract itself plus the Singer schema derived from it.
import type { Contract } from './contract.js';
import type { StreamSchema } from './json-schema.js';

export interface GeneratedContract {
  contract: Contract;
  singer: StreamSchema;
}
