import type { Messages } from './types';

/** Logging in and changing the password. */
export const login = {
  'login.title': { zh: '登入', en: 'Log in' },
  'login.intro': { zh: '請以教師個人帳號或業務帳號登入。', en: 'Log in with your teacher account or business account.' },
  'login.username': { zh: '帳號', en: 'Username' },
  'login.password': { zh: '密碼', en: 'Password' },
  'login.submit': { zh: '登入', en: 'Log in' },
  'login.submitting': { zh: '登入中…', en: 'Logging in…' },
  'login.error.UNAUTHENTICATED': { zh: '帳號或密碼錯誤', en: 'Wrong username or password' },
  'login.error.RATE_LIMITED': { zh: '嘗試次數過多，請稍後再試', en: 'Too many attempts; please try again later' },
  'login.error.RATE_LIMITED_WAIT': { zh: '登入失敗次數過多，請 {n} 秒後再試', en: 'Too many failed logins; try again in {n} s' },
  'login.error.BAD_USER_INPUT': { zh: '請輸入帳號與密碼', en: 'Please enter your username and password' },
  'login.error.network': { zh: '無法連線到伺服器，請稍後再試', en: 'Cannot reach the server; please try again later' },
  'login.error.other': { zh: '登入失敗，請稍後再試', en: 'Login failed; please try again later' },
  'login.required': { zh: '請輸入帳號與密碼', en: 'Please enter your username and password' },
  'login.error.INACTIVE': { zh: '此帳號尚未啟用或已停用，請洽您的帳號管理者', en: 'This account is not active (yet); please ask its manager' },

  'password.title': { zh: '變更密碼', en: 'Change password' },
  'password.forced': { zh: '您的密碼已由管理者重設。請先設定新密碼，才能繼續使用系統。', en: 'Your password was reset by a manager. Set a new password to go on.' },
  'password.current': { zh: '目前密碼', en: 'Current password' },
  'password.new': { zh: '新密碼', en: 'New password' },
  'password.submit': { zh: '變更密碼', en: 'Change password' },
  'password.changed': { zh: '密碼已變更。', en: 'Your password was changed.' },
  'password.error.same': { zh: '新密碼不可與目前密碼相同', en: 'The new password must differ from the current one' },
} satisfies Messages;
