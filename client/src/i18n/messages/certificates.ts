/** Certificates (研習證明): the public verify page and the QR code. */
export const certificates = {
  'verify.title': { zh: '研習證明查驗', en: 'Verify a study certificate' },
  'verify.intro': {
    zh: '輸入研習證明書上的驗證碼（或掃描證明書上的 QR Code），確認該證明是否由本平臺核發。查驗結果只顯示證明書上已載明的內容。',
    en: 'Enter the verification code printed on a study certificate (or scan its QR code) to check that this platform issued it. The result shows nothing that the certificate does not show.',
  },
  'verify.code': { zh: '驗證碼', en: 'Verification code' },
  'verify.codeHint': {
    zh: '證明書左下方「驗證碼」欄位的英數字',
    en: 'The letters and digits after "驗證碼" at the bottom left of the certificate',
  },
  'verify.submit': { zh: '查驗', en: 'Verify' },
  'verify.required': { zh: '請輸入驗證碼', en: 'Enter the verification code' },
  'verify.loading': { zh: '查驗中…', en: 'Checking…' },
  'verify.valid': { zh: '此研習證明有效，內容如下：', en: 'This certificate is valid. It certifies:' },
  'verify.invalid': {
    zh: '查無此驗證碼的有效研習證明。請確認輸入是否正確；若證明已被撤銷或更正，請洽核發單位。',
    en: 'No valid certificate has this code. Check what you typed; if the certificate was revoked or corrected, ask its issuer.',
  },
  'verify.certificateNumber': { zh: '證書字號', en: 'Certificate number' },
  'verify.teacherName': { zh: '姓名', en: 'Name' },
  'verify.courseTitle': { zh: '研習名稱', en: 'Course' },
  'verify.hours': { zh: '研習時數', en: 'Hours' },
  'verify.hoursValue': { zh: '{hours} 小時', en: '{hours} h' },
  'verify.dates': { zh: '研習日期', en: 'Dates' },
  'verify.dateRange': { zh: '{from}至{to}', en: '{from} to {to}' },
  'verify.issuer': { zh: '核發單位', en: 'Issued by' },
  'qr.label': { zh: 'QR Code：{value}', en: 'QR code: {value}' },
};
