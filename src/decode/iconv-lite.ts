/**
 * Node-only adapter: GB18030 and Big5 through iconv-lite, which does not depend on the ICU data
 * Node was built with. Not imported by the core (iconv-lite needs Buffer and does not bundle
 * for a browser); a Node entry point calls `useIconvLite()` once.
 */
import iconv from 'iconv-lite';
import { setLegacyDecoder } from './backend';

export function useIconvLite(): void {
  // iconv-lite's decoder indexes and slices its input, so a plain Uint8Array does (Buffer is
  // needed only for its internal output buffer).
  setLegacyDecoder((bytes, encoding) => iconv.decode(bytes, encoding));
}
