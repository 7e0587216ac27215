/**
 * Taiwan national ID (身分證字號) and resident-permit numbers: one letter, then 9 digits; the
 * second character 1 or 2 (8 or 9 for residence permits); checksum per docs/DOMAIN.md section 3.
 */
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';
const PATTERN = /^[A-Z][1289][0-9]{8}$/;

function checksum(id: string): number {
  const v = LETTERS.indexOf(id[0]) + 10;
  let s = Math.floor(v / 10) + 9 * (v % 10);
  for (let i = 1; i <= 8; i++) s += (9 - i) * Number(id[i]);
  s += Number(id[9]);
  return s % 10;
}

export function isValidNationalId(id: string): boolean {
  return PATTERN.test(id) && checksum(id) === 0;
}

/** Completes 9 characters (letter + 8 digits) with the check digit. */
export function withCheckDigit(first9: string): string {
  const s = checksum(first9 + '0');
  return first9 + String((10 - s) % 10);
}

/** `A12****789`: enough to recognise a person, not enough to use the number. */
export function maskNationalId(id: string): string {
  return id.length < 6 ? '*'.repeat(id.length) : `${id.slice(0, 3)}****${id.slice(-3)}`;
}
