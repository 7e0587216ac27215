import { isValidNationalId, maskNationalId, withCheckDigit } from './national-id';

describe('national ID (身分證字號)', () => {
  it('accepts the documented example and valid IDs of both sexes and residence permits', () => {
    expect(isValidNationalId('A123456789')).toBe(true);
    expect(isValidNationalId(withCheckDigit('F20000001'))).toBe(true);
    expect(isValidNationalId(withCheckDigit('Z18765432'))).toBe(true);
    expect(isValidNationalId(withCheckDigit('B91234567'))).toBe(true);
  });

  it('rejects a wrong check digit, a bad second digit, lower case and wrong lengths', () => {
    expect(isValidNationalId('A123456788')).toBe(false);
    expect(isValidNationalId('A323456789')).toBe(false);
    expect(isValidNationalId('a123456789')).toBe(false);
    expect(isValidNationalId('A12345678')).toBe(false);
    expect(isValidNationalId('A1234567890')).toBe(false);
    expect(isValidNationalId('')).toBe(false);
  });

  it('every letter has exactly one valid check digit', () => {
    for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
      const valid = [...'0123456789'].filter((d) => isValidNationalId(`${letter}12345678${d}`));
      expect(valid).toHaveLength(1);
      expect(withCheckDigit(`${letter}12345678`)).toBe(`${letter}12345678${valid[0]}`);
    }
  });

  it('masks the middle four digits', () => {
    expect(maskNationalId('A123456789')).toBe('A12****789');
  });
});
