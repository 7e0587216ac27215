import { badInput } from './errors';
import { isValidNationalId } from './national-id';

/** Input checks that name the offending field (BAD_USER_INPUT) and never echo the value. */
export const check = {
  nationalId(field: string, v: string): string {
    const id = v.trim().toUpperCase();
    if (!isValidNationalId(id)) throw badInput(field, 'NATIONAL_ID_INVALID', 'Not a valid national ID (身分證字號格式或檢查碼錯誤)');
    return id;
  },
  name(field: string, v: string): string {
    const s = v.trim();
    if (s.length < 1 || s.length > 50)
      throw badInput(field, 'NAME_LENGTH', 'A name of 1 to 50 characters is required (姓名須為 1 至 50 字)', { maxLength: 50 });
    return s;
  },
  username(field: string, v: string): string {
    const s = normalizeUsername(v);
    if (!/^[a-z0-9][a-z0-9._-]{3,31}$/.test(s))
      throw badInput(
        field,
        'USERNAME_INVALID',
        'Username: 4-32 letters, digits, dot, dash or underscore (帳號須為 4 至 32 個英數字、點、連字號或底線)',
      );
    return s;
  },
  password(field: string, v: string): string {
    if (v.length < 8 || v.length > 128 || !/[A-Za-z]/.test(v) || !/[0-9]/.test(v)) {
      throw badInput(
        field,
        'PASSWORD_TOO_WEAK',
        'Password: at least 8 characters with letters and digits (密碼至少 8 碼，需含英文字母與數字)',
      );
    }
    return v;
  },
  email(field: string, v: string): string {
    const s = v.trim();
    if (s.length > 120 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s))
      throw badInput(field, 'EMAIL_INVALID', 'Not a valid e-mail address (電子郵件格式錯誤)');
    return s;
  },
  phone(field: string, v: string): string {
    const s = v.trim();
    if (!/^[0-9+()#\- ]{6,30}$/.test(s)) throw badInput(field, 'PHONE_INVALID', 'Not a valid phone number (電話格式錯誤)');
    return s;
  },
};

/** The one form usernames are stored and compared in: NFKC, trimmed, lower case (compared binary on every database). */
export function normalizeUsername(v: string): string {
  return v.normalize('NFKC').trim().toLowerCase();
}
