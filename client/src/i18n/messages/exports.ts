import type { Messages } from './types';

/** 資料匯出: bulk exports of a county's lists. */
export const exports = {
  'nav.exports': { zh: '資料匯出', en: 'Exports' },
  'exports.title': { zh: '資料匯出', en: 'Exports' },
  'exports.intro': {
    zh: '將您可查閱的名單匯出為檔案（於背景處理，完成後會通知您）。下載連結自完成起 24 小時內有效，之後檔案即刪除；連結本身即為憑證，請勿轉寄。',
    en: 'Export the lists you may read as a file (made in the background; you are told when it is ready). The download link works for 24 hours after it finishes, then the file is removed; the link itself is the credential: do not forward it.',
  },
  'exports.startTitle': { zh: '新增匯出', en: 'New export' },
  'exports.kind': { zh: '資料類別', en: 'What' },
  'exports.format': { zh: '檔案格式', en: 'Format' },
  'exports.county': { zh: '縣市', en: 'County' },
  'exports.allCounties': { zh: '全國（所有縣市）', en: 'Every county' },
  'exports.schoolYear': { zh: '學年度（選填）', en: 'School year (optional)' },
  'exports.schoolYearHint': { zh: '僅適用於進修規劃與研習報名', en: 'For plans and registrations only' },
  'exports.start': { zh: '開始匯出', en: 'Start export' },
  'exports.started': { zh: '已開始匯出，完成後可於下方下載。', en: 'Export started: download it below when it is done.' },
  'exports.refused': { zh: '無法開始匯出：{message}', en: 'Could not start the export: {message}' },
  'exports.listTitle': { zh: '我的匯出', en: 'My exports' },
  'exports.empty': { zh: '尚無匯出紀錄。', en: 'No exports yet.' },
  'exports.created': { zh: '開始時間', en: 'Started' },
  'exports.status': { zh: '狀態', en: 'Status' },
  'exports.progress': { zh: '進度', en: 'Progress' },
  'exports.rows': { zh: '{written} / {total} 筆', en: '{written} / {total} rows' },
  'exports.download': { zh: '下載', en: 'Download' },
  'exports.expires': { zh: '{at} 前有效', en: 'until {at}' },
  'exports.failed': { zh: '失敗原因：{reason}', en: 'Failed: {reason}' },
} satisfies Messages;
