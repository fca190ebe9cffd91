const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;
const encoder = new TextEncoder();

/**
 * The 64-bit FNV-1a hash of `text`'s UTF-8 bytes as 16 lower-case hex digits: a short, stable, platform-independent
 * key for ids built from values that have no id of their own (an Apple Health workout, a source name). Not a
 * cryptographic hash.
 */
export function stableHash(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of encoder.encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, '0');
}
