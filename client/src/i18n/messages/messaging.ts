/** Messaging preferences (通知偏好) and the unsubscribe page of a mail's link. */
export const messaging = {
  'prefs.title': { zh: '通知偏好', en: 'Messaging preferences' },
  'prefs.help': {
    zh: '設定電子郵件的語言、寄送方式與不想收到的通知類別；所有通知仍會出現在平臺的「通知」中。',
    en: 'Choose the language of mails, when they are sent and which kinds not to mail; every message still appears in your inbox.',
  },
  'prefs.language': { zh: '郵件語言', en: 'Language of mails' },
  'prefs.mode': { zh: '寄送方式', en: 'When mails are sent' },
  'prefs.muted': { zh: '不寄送電子郵件的通知類別', en: 'Kinds not to mail' },
  'prefs.essential': { zh: '必要通知（一律立即寄送，不可關閉）：{list}', en: 'Essential (always mailed at once, cannot be muted): {list}' },
  'prefs.save': { zh: '儲存通知偏好', en: 'Save preferences' },
  'prefs.saved': { zh: '已儲存通知偏好', en: 'Preferences saved' },
  'unsubscribe.title': { zh: '取消訂閱通知', en: 'Unsubscribe' },
  'unsubscribe.confirm': {
    zh: '不再以電子郵件寄送「{kind}」類通知？（仍會出現在平臺的「通知」中）',
    en: 'Stop mailing messages of the kind "{kind}"? (They still appear in your inbox.)',
  },
  'unsubscribe.submit': { zh: '確認取消訂閱', en: 'Unsubscribe' },
  'unsubscribe.done': {
    zh: '已處理。若此連結有效，將不再寄送「{kind}」類通知；可隨時在「個人資料」的通知偏好中重新開啟。',
    en: 'Done. If this link is valid, messages of the kind "{kind}" will no longer be mailed; you can turn them on again under Profile, Messaging preferences.',
  },
  'unsubscribe.invalid': { zh: '此連結不完整，請直接從郵件中的連結開啟。', en: 'This link is incomplete: open it from the mail.' },
};
