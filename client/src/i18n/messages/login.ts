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
  'login.error.INACTIVE': {
    zh: '此帳號尚未啟用或已停用，請洽您的帳號管理者',
    en: 'This account is not active (yet); please ask its manager',
  },

  'login.forgot': { zh: '忘記密碼？', en: 'Forgot your password?' },
  'login.passwordReset': { zh: '密碼已重設，請以新密碼登入。', en: 'Your password was reset: log in with the new one.' },
  'reset.forgotTitle': { zh: '忘記密碼', en: 'Forgot your password' },
  'reset.forgotIntro': {
    zh: '請輸入您的帳號或登記的電子郵件，我們會寄一封含重設連結的信到帳號登記的電子郵件（30 分鐘內有效，限用一次）。',
    en: 'Enter your username or the e-mail address on file: we mail a reset link to the address on file (valid 30 minutes, once).',
  },
  'reset.login': { zh: '帳號或電子郵件', en: 'Username or e-mail address' },
  'reset.send': { zh: '寄送重設連結', en: 'Send the reset link' },
  'reset.requested': {
    zh: '若此帳號或電子郵件有登記的電子郵件，重設連結已寄出，請於 30 分鐘內開啟。沒有收到信？請確認輸入是否正確，或洽您的帳號管理者。',
    en: 'If this username or address has an e-mail address on file, a reset link is on its way: open it within 30 minutes. No mail? Check what you entered or ask your account manager.',
  },
  'reset.rateLimited': { zh: '申請次數過多，請約 {n} 分鐘後再試', en: 'Too many requests; try again in about {n} min' },
  'reset.title': { zh: '設定新密碼', en: 'Set a new password' },
  'reset.intro': {
    zh: '請輸入新密碼兩次。設定後，此帳號在其他裝置的登入都會結束。',
    en: 'Enter the new password twice. Once set, every other session of this login ends.',
  },
  'reset.submit': { zh: '設定新密碼', en: 'Set the new password' },
  'reset.noToken': {
    zh: '此連結不完整，請從信中完整開啟連結，或重新申請。',
    en: 'This link is incomplete: open the whole link from the mail, or ask for a new one.',
  },
  'reset.askAgain': { zh: '重新申請重設連結', en: 'Ask for a new reset link' },
  'reset.backToLogin': { zh: '回登入頁', en: 'Back to the login page' },
  'password.title': { zh: '變更密碼', en: 'Change password' },
  'password.forced': {
    zh: '您的密碼已由管理者重設。請先設定新密碼，才能繼續使用系統。',
    en: 'Your password was reset by a manager. Set a new password to go on.',
  },
  'password.current': { zh: '目前密碼', en: 'Current password' },
  'password.new': { zh: '新密碼', en: 'New password' },
  'password.submit': { zh: '變更密碼', en: 'Change password' },
  'password.changed': { zh: '密碼已變更。', en: 'Your password was changed.' },
  'password.error.same': { zh: '新密碼不可與目前密碼相同', en: 'The new password must differ from the current one' },
} satisfies Messages;
