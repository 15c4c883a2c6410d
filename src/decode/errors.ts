/** Why a byte string was refused; `code` is stable, `message` is one line for people. */
export type DecodeErrorCode = 'binary' | 'undecodable' | 'too-large' | 'unknown-encoding';

export class DecodeError extends Error {
  readonly code: DecodeErrorCode;

  constructor(code: DecodeErrorCode, message: string) {
    super(message);
    this.name = 'DecodeError';
    this.code = code;
  }
}
