import type { Diagnostic, Notice } from './schema';

/** The model of an input that could not be read as text: empty, carrying why. */
export function emptyNotice(name: string | null, input: string | Uint8Array, diagnostics: Diagnostic[]): Notice {
  return {
    schemaVersion: 2,
    source: { name, encoding: 'unknown', bytes: typeof input === 'string' ? input.length : input.byteLength, sha256: '0'.repeat(64) },
    meta: {
      title: null, docNumber: null, issuer: null, date: null, addressees: [], signer: null, urgency: null,
      disclosure: null, sender: null, telegramClass: null, attachments: [],
    },
    preamble: [],
    body: [],
    closing: [],
    imprint: { copiedTo: [], printer: null, printDate: null },
    plans: [],
    sections: [],
    tasks: [],
    diagnostics,
  };
}
