const FNV_OFFSET_64 = 0xcbf29ce484222325n;
const FNV_PRIME_64 = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;
const utf8 = new TextEncoder();

/**
 * FNV-1a, 64-bit, over the UTF-8 bytes: Lede's one stable, dependency-free hash (not for
 * security). Stored item identities hold it, so its output must never change.
 */
export function fnv1a64Value(text: string): bigint {
  let hash = FNV_OFFSET_64;
  for (const byte of utf8.encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME_64) & MASK_64;
  }
  return hash;
}

/** `fnv1a64Value` as 16 hex digits. */
export function fnv1a64(text: string): string {
  return fnv1a64Value(text).toString(16).padStart(16, '0');
}
