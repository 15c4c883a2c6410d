/**
 * SHA-256 of each input through node:crypto (OpenSSL, with the CPU's SHA instructions) instead
 * of the core's @noble/hashes, which runs anywhere but costs about 5–20 ms per MB: more than
 * reading the text. Node-only, like ../decode/iconv-lite: the core stays free of Node built-ins.
 */
import { createHash } from 'node:crypto';
import { setSha256, type Sha256Hex } from '../decode';

export const nodeSha256: Sha256Hex = (bytes) => createHash('sha256').update(bytes).digest('hex');

export function useNodeCrypto(): void {
  setSha256(nodeSha256);
}
