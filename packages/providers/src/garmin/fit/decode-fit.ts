import { Decoder, Stream, type FitMessages } from '@garmin/fitsdk';

/** What decoding a FIT file gives: whether it has a FIT header, the messages read, and the decoder's errors. */
export interface DecodedFit {
  readonly isFit: boolean;
  readonly messages: FitMessages;
  readonly errors: readonly string[];
}

/**
 * Decodes FIT bytes with `@garmin/fitsdk` (default options: scale and offset applied, enums as strings, dates as
 * `Date`s, heart rates merged into records). Never throws: the decoder stops at the first error (a truncated file, a
 * CRC mismatch) and keeps the messages read before it.
 */
export function decodeFit(bytes: Uint8Array): DecodedFit {
  try {
    const decoder = new Decoder(Stream.fromByteArray(bytes));
    if (!decoder.isFIT()) return { isFit: false, messages: {}, errors: ['no FIT file header (".FIT" at bytes 8..11)'] };
    const { messages, errors } = decoder.read();
    return { isFit: true, messages: messages ?? {}, errors: errors.map((error) => (error instanceof Error ? error.message : String(error))) };
  } catch (error) {
    return { isFit: false, messages: {}, errors: [error instanceof Error ? error.message : String(error)] };
  }
}
