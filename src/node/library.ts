/**
 * The library as Node loads it (the "node" export condition): the core's API, but inputs are
 * hashed with node:crypto instead of @noble/hashes — 0.6 ms per MB against about 5, which on a
 * notice is more than splitting its lines. Bundlers for a browser get ../index.ts unchanged.
 */
import { setSha256 as setCoreSha256, type Sha256Hex } from '../decode';
import { nodeSha256 } from './node-crypto';

export * from '../index';

/** Hash inputs with `hasher`; `undefined` restores node:crypto, this entry's default. */
export function setSha256(hasher: Sha256Hex | undefined): void {
  setCoreSha256(hasher ?? nodeSha256);
}

setSha256(undefined);
