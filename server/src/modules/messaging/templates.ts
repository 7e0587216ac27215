import { LABELS } from '../../shared/labels';
import type { OutboxEventType } from '../../shared/outbox';

export type Language = 'zh' | 'en';
type Data = Record<string, string | number | boolean | null | undefined>;

export interface Rendered {
  subject: string;
  text: string;
  /** Where the inbox entry leads (a path of the UI), or null. */
  link: string | null;
}

interface Template {
  /** Essential kinds cannot be muted and carry no unsubscribe link. */
  essential: boolean;
  /** Whether the event appears in the inbox (a password-reset link does not: it is a secret). */
  inbox: boolean;
  zh(d: Data): Rendered;
  en(d: Data): Rendered;
}

const planZh = (k: unknown) => (k === 'SCHOOL_PLAN' ? '學校進修規劃' : '教師個人進修規劃');
const planEn = (k: unknown) => (k === 'SCHOOL_PLAN' ? 'school plan' : "teachers' plans");
const approvalZh = (d: Data) => (d.approvalPending ? '本課程需學校核准公假，已通知貴校承辦人。' : '');
const approvalEn = (d: Data) => (d.approvalPending ? " The course needs your school's approval of leave: your school has been asked." : '');
const SIGN_ZH = '\n\n— 教師在職進修管理平臺（本信由系統自動寄出，請勿直接回覆）';
const SIGN_EN = '\n\n— In-service training platform (automatic message, please do not reply)';

/** The mail and inbox texts of each event type, in zh-TW and English. */
export const TEMPLATES: Record<OutboxEventType, Template> = {
  REMINDER: {
    essential: true,
    inbox: true,
    zh: (d) => ({
      subject: `【催覆】${d.schoolYear} 學年度${planZh(d.planKind)}尚未送出`,
      text:
        `${d.schoolName} 您好：\n\n貴校 ${d.schoolYear} 學年度${planZh(d.planKind)}尚未完成送出` +
        (Number(d.pendingTeachers) > 0 ? `（尚有 ${d.pendingTeachers} 位教師未送出）` : '') +
        '，請儘速登入平臺填報。' +
        SIGN_ZH,
      link: '/plans',
    }),
    en: (d) => ({
      subject: `Reminder: the ${planEn(d.planKind)} of school year ${d.schoolYear} are not submitted`,
      text:
        `Dear ${d.schoolName},\n\nThe ${planEn(d.planKind)} of school year ${d.schoolYear} are not submitted yet` +
        (Number(d.pendingTeachers) > 0 ? ` (${d.pendingTeachers} teachers pending)` : '') +
        '. Please log in and submit them.' +
        SIGN_EN,
      link: '/plans',
    }),
  },
  PLAN_SUBMITTED: {
    essential: false,
    inbox: true,
    zh: (d) => ({
      subject: `【進修規劃】${d.schoolYear} 學年度${planZh(d.planKind)}已送出`,
      text: `${d.schoolYear} 學年度${planZh(d.planKind)}已於 ${d.date} 送出。${SIGN_ZH}`,
      link: '/plans',
    }),
    en: (d) => ({
      subject: `Plan submitted: school year ${d.schoolYear}`,
      text: `The plan of school year ${d.schoolYear} was submitted on ${d.date}.${SIGN_EN}`,
      link: '/plans',
    }),
  },
  PLAN_REOPENED: {
    essential: false,
    inbox: true,
    zh: (d) => ({
      subject: `【進修規劃】${d.schoolYear} 學年度${planZh(d.planKind)}已重新開放`,
      text: `${d.schoolYear} 學年度${planZh(d.planKind)}已重新開放填報至 ${d.until}。${SIGN_ZH}`,
      link: '/plans',
    }),
    en: (d) => ({
      subject: `Plan reopened: school year ${d.schoolYear}`,
      text: `The plan of school year ${d.schoolYear} may be changed again until ${d.until}.${SIGN_EN}`,
      link: '/plans',
    }),
  },
  ACCOUNT_ACTIVATED: {
    essential: true,
    inbox: true,
    zh: (d) => ({
      subject: '【帳號】您的業務帳號已啟用',
      text: `您在 ${d.unitName} 的業務帳號已啟用，可登入平臺使用。${SIGN_ZH}`,
      link: '/',
    }),
    en: (d) => ({
      subject: 'Your business account is active',
      text: `Your business account at ${d.unitName} is active: you may log in.${SIGN_EN}`,
      link: '/',
    }),
  },
  ACCOUNT_SUSPENDED: {
    essential: true,
    inbox: true,
    zh: (d) => ({
      subject: '【帳號】您的業務帳號已停用',
      text: `您在 ${d.unitName} 的業務帳號已停用；如有疑問請洽管理者。${SIGN_ZH}`,
      link: null,
    }),
    en: (d) => ({
      subject: 'Your business account is suspended',
      text: `Your business account at ${d.unitName} is suspended; ask your manager if in doubt.${SIGN_EN}`,
      link: null,
    }),
  },
  PASSWORD_RESET_ASKED: {
    essential: true,
    inbox: false,
    zh: (d) => ({
      subject: '【密碼】重設密碼連結（30 分鐘內有效）',
      text: `有人（希望是您）申請重設帳號 ${d.username} 的密碼。請於 30 分鐘內開啟以下連結設定新密碼（僅能使用一次）：\n\n${d.link}\n\n若您並未申請，請忽略本信，密碼不會改變。${SIGN_ZH}`,
      link: null,
    }),
    en: (d) => ({
      subject: 'Reset your password (link valid for 30 minutes)',
      text: `Someone (hopefully you) asked to reset the password of ${d.username}. Open this link within 30 minutes to set a new one (it works once):\n\n${d.link}\n\nIf you did not ask, ignore this mail: your password stays as it is.${SIGN_EN}`,
      link: null,
    }),
  },
  TRANSFER_ASKED: {
    essential: false,
    inbox: true,
    zh: (d) => ({
      subject: `【教師調校】${d.toSchoolName} 申請調入教師`,
      text: `${d.toSchoolName} 申請將 ${d.teacherName} 老師調入，請登入平臺同意或婉拒。${SIGN_ZH}`,
      link: '/transfers',
    }),
    en: (d) => ({
      subject: `Transfer asked by ${d.toSchoolName}`,
      text: `${d.toSchoolName} asks for ${d.teacherName} to move there: log in to accept or decline.${SIGN_EN}`,
      link: '/transfers',
    }),
  },
  TRANSFER_ACCEPTED: {
    essential: false,
    inbox: true,
    zh: (d) => ({
      subject: '【教師調校】調校已完成',
      text: `${d.teacherName} 老師已調至 ${d.toSchoolName}。${SIGN_ZH}`,
      link: '/transfers',
    }),
    en: (d) => ({ subject: 'Transfer completed', text: `${d.teacherName} has moved to ${d.toSchoolName}.${SIGN_EN}`, link: '/transfers' }),
  },
  REGISTRATION_ADMITTED: {
    essential: false,
    inbox: true,
    zh: (d) => ({
      subject: `【研習報名】錄取：${d.courseTitle}`,
      text: `${d.uploaded ? '主辦單位已將您列入研習名單：' : ''}您已錄取研習「${d.courseTitle}」（${d.courseCode}），${d.startsOn} 開始。${approvalZh(d)}${SIGN_ZH}`,
      link: null,
    }),
    en: (d) => ({
      subject: `Admitted: ${d.courseTitle}`,
      text: `${d.uploaded ? 'The organiser listed you as a participant: ' : ''}You are admitted to the course "${d.courseTitle}" (${d.courseCode}), starting ${d.startsOn}.${approvalEn(d)}${SIGN_EN}`,
      link: null,
    }),
  },
  REGISTRATION_WAITLISTED: {
    essential: false,
    inbox: true,
    zh: (d) => ({
      subject: `【研習報名】候補：${d.courseTitle}`,
      text: `研習「${d.courseTitle}」（${d.courseCode}）名額已滿，您已列入候補；有名額釋出時依序遞補，屆時另行通知。${SIGN_ZH}`,
      link: null,
    }),
    en: (d) => ({
      subject: `Waitlisted: ${d.courseTitle}`,
      text: `The course "${d.courseTitle}" (${d.courseCode}) is full: you are on its waitlist and will be told if a seat comes free.${SIGN_EN}`,
      link: null,
    }),
  },
  REGISTRATION_PROMOTED: {
    essential: false,
    inbox: true,
    zh: (d) => ({
      subject: `【研習報名】候補遞補錄取：${d.courseTitle}`,
      text: `研習「${d.courseTitle}」（${d.courseCode}）有名額釋出，您已由候補遞補錄取，${d.startsOn} 開始。${SIGN_ZH}`,
      link: null,
    }),
    en: (d) => ({
      subject: `Admitted from the waitlist: ${d.courseTitle}`,
      text: `A seat of the course "${d.courseTitle}" (${d.courseCode}) came free: you are admitted from the waitlist. It starts ${d.startsOn}.${SIGN_EN}`,
      link: null,
    }),
  },
  REGISTRATION_WITHDRAWN: {
    essential: false,
    inbox: true,
    zh: (d) => ({
      subject: `【研習報名】已取消報名：${d.courseTitle}`,
      text: `您已取消報名研習「${d.courseTitle}」（${d.courseCode}）。${SIGN_ZH}`,
      link: null,
    }),
    en: (d) => ({
      subject: `Withdrawn: ${d.courseTitle}`,
      text: `You withdrew from the course "${d.courseTitle}" (${d.courseCode}).${SIGN_EN}`,
      link: null,
    }),
  },
  REGISTRATION_CANCELLED: {
    essential: true,
    inbox: true,
    zh: (d) => ({
      subject: `【研習取消】${d.courseTitle}`,
      text: `主辦單位已取消研習「${d.courseTitle}」（${d.courseCode}，原訂 ${d.startsOn} 開始），您的報名隨之取消。\n取消原因：${d.reason}${SIGN_ZH}`,
      link: null,
    }),
    en: (d) => ({
      subject: `Course cancelled: ${d.courseTitle}`,
      text: `The organiser cancelled the course "${d.courseTitle}" (${d.courseCode}, due to start ${d.startsOn}); your registration is cancelled with it.\nReason: ${d.reason}${SIGN_EN}`,
      link: null,
    }),
  },
  SCHOOL_APPROVAL_ASKED: {
    essential: false,
    inbox: true,
    zh: (d) => ({
      subject: `【公假核准】${d.teacherName} 老師報名「${d.courseTitle}」`,
      text: `${d.teacherName} 老師報名研習「${d.courseTitle}」（${d.courseCode}，${d.startsOn} 開始），需貴校核准公假，請登入平臺核准或不核准。${SIGN_ZH}`,
      link: null,
    }),
    en: (d) => ({
      subject: `Leave approval asked: ${d.teacherName}, "${d.courseTitle}"`,
      text: `${d.teacherName} registered for the course "${d.courseTitle}" (${d.courseCode}, starting ${d.startsOn}), which needs your school's approval of leave: log in to decide.${SIGN_EN}`,
      link: null,
    }),
  },
  SCHOOL_APPROVAL_DECIDED: {
    essential: false,
    inbox: true,
    zh: (d) => ({
      subject: `【公假核准】${d.approved ? '已核准' : '未核准'}：${d.courseTitle}`,
      text: d.approved
        ? `學校已核准您參加研習「${d.courseTitle}」（${d.courseCode}）的公假。${SIGN_ZH}`
        : `學校未核准您參加研習「${d.courseTitle}」（${d.courseCode}）的公假，您的報名已取消。${SIGN_ZH}`,
      link: null,
    }),
    en: (d) => ({
      subject: `Leave ${d.approved ? 'approved' : 'declined'}: ${d.courseTitle}`,
      text: d.approved
        ? `Your school approved your leave for the course "${d.courseTitle}" (${d.courseCode}).${SIGN_EN}`
        : `Your school declined your leave for the course "${d.courseTitle}" (${d.courseCode}); your registration is cancelled.${SIGN_EN}`,
      link: null,
    }),
  },
  HOURS_ISSUED: {
    essential: false,
    inbox: true,
    zh: (d) => ({
      subject: `【研習時數】${d.courseTitle}：${d.hours} 小時`,
      text: `您參加「${d.courseTitle}」的研習時數 ${d.hours} 小時已核發（證明書字號 ${d.certificateNumber}），可於「我的研習」查看並下載研習證明。${SIGN_ZH}`,
      link: '/my-courses',
    }),
    en: (d) => ({
      subject: `Study hours issued: ${d.courseTitle}, ${d.hours} h`,
      text: `${d.hours} study hours for "${d.courseTitle}" were issued to you (certificate ${d.certificateNumber}); see them and download the certificate under My study.${SIGN_EN}`,
      link: '/my-courses',
    }),
  },
  HOURS_CORRECTION_DECIDED: {
    essential: false,
    inbox: true,
    zh: (d) => ({
      subject: `【研習時數異動】${d.approved ? '已核准' : '未核准'}：${d.courseTitle}`,
      text: `「${d.courseTitle}」研習時數的異動申請${d.approved ? '已核准' : '未核准'}，目前時數為 ${d.hours} 小時。${SIGN_ZH}`,
      link: '/my-courses',
    }),
    en: (d) => ({
      subject: `Hours correction ${d.approved ? 'approved' : 'rejected'}: ${d.courseTitle}`,
      text: `The correction of your hours for "${d.courseTitle}" was ${d.approved ? 'approved' : 'rejected'}; your hours are now ${d.hours}.${SIGN_EN}`,
      link: '/my-courses',
    }),
  },
  PLANNING_WINDOW_OPENED: {
    essential: false,
    inbox: true,
    zh: (d) => ({
      subject: `【進修規劃】${d.schoolYear} 學年度${planZh(d.planKind)}開始填報`,
      text: `${d.schoolYear} 學年度${planZh(d.planKind)}已開放填報，至 ${d.closesOn} 截止，請登入平臺填報。${SIGN_ZH}`,
      link: '/plans',
    }),
    en: (d) => ({
      subject: `Filling opened: the ${planEn(d.planKind)} of school year ${d.schoolYear}`,
      text: `The ${planEn(d.planKind)} of school year ${d.schoolYear} may be filled in now, until ${d.closesOn}. Please log in and fill them in.${SIGN_EN}`,
      link: '/plans',
    }),
  },
  PLANNING_WINDOW_CLOSING: {
    essential: false,
    inbox: true,
    zh: (d) => ({
      subject: `【進修規劃】${d.schoolYear} 學年度${planZh(d.planKind)}將於 ${d.closesOn} 截止`,
      text: `${d.schoolYear} 學年度${planZh(d.planKind)}填報將於 ${d.closesOn} 截止，您尚未送出，請儘速登入平臺完成。${SIGN_ZH}`,
      link: '/plans',
    }),
    en: (d) => ({
      subject: `Closing on ${d.closesOn}: the ${planEn(d.planKind)} of school year ${d.schoolYear}`,
      text: `Filling the ${planEn(d.planKind)} of school year ${d.schoolYear} closes on ${d.closesOn} and yours is not submitted yet: please log in and submit it.${SIGN_EN}`,
      link: '/plans',
    }),
  },
  EXPORT_COMPLETED: {
    essential: false,
    inbox: true,
    zh: (d) => ({
      subject: `【資料匯出】${d.kindZh}匯出完成（${d.rows} 筆）`,
      text: `您於 ${d.startedOn} 開始的${d.kindZh}匯出已完成，共 ${d.rows} 筆；請於 ${d.expiresOn} 前登入平臺「資料匯出」下載，逾期檔案將刪除。${SIGN_ZH}`,
      link: '/exports',
    }),
    en: (d) => ({
      subject: `Export ready: ${d.kindEn} (${d.rows} rows)`,
      text: `The export of ${d.kindEn} you started on ${d.startedOn} is ready, ${d.rows} rows: download it from the platform's Exports page before ${d.expiresOn}, when the file is removed.${SIGN_EN}`,
      link: '/exports',
    }),
  },
};

/** The texts of an event for one recipient, with an unsubscribe line for the kinds that are not essential. */
export function render(type: string, lang: Language, data: Data, unsubscribeUrl: string | null): Rendered {
  const t = TEMPLATES[type as OutboxEventType];
  if (!t) throw new Error(`No template for event type ${type}`);
  const r = t[lang](data);
  if (t.essential || !unsubscribeUrl) return r;
  const line = lang === 'en' ? `\nNo more mails of this kind: ${unsubscribeUrl}` : `\n不想再收到此類通知：${unsubscribeUrl}`;
  return { ...r, text: r.text + line };
}

const labelOf = (t: string, lang: Language) => (LABELS.MessageType as Record<string, { zh: string; en: string }>)[t]?.[lang] ?? t;

/** The event type of a daily digest's mail delivery (not an outbox event a module writes). */
export const DIGEST_TYPE = 'DAILY_DIGEST';

export interface DigestItem {
  type: string;
  subject: string;
  at: string;
}

/** The daily digest: one mail listing the held messages, with an unsubscribe link per kind. */
export function renderDigest(lang: Language, items: DigestItem[], date: string, unsubscribe: (type: string) => string | null): Rendered {
  const types = [...new Set(items.map((i) => i.type))];
  const links = types.map((t) => [t, unsubscribe(t)] as const).filter(([, u]) => u);
  if (lang === 'en') {
    return {
      subject: `Daily digest ${date}: ${items.length} messages`,
      text:
        `Your messages since the last digest (details in the platform's inbox):\n\n${items.map((i) => `• ${i.subject}`).join('\n')}` +
        (links.length ? `\n\nNo more mails of a kind:\n${links.map(([t, u]) => `${labelOf(t, 'en')}: ${u}`).join('\n')}` : '') +
        SIGN_EN,
      link: null,
    };
  }
  return {
    subject: `【每日摘要】${date} 共 ${items.length} 則通知`,
    text:
      `自上次摘要以來的通知如下（詳細內容請見平臺「通知」）：\n\n${items.map((i) => `• ${i.subject}`).join('\n')}` +
      (links.length ? `\n\n不想再收到某類通知：\n${links.map(([t, u]) => `${labelOf(t, 'zh')}：${u}`).join('\n')}` : '') +
      SIGN_ZH,
    link: null,
  };
}

/** Whether a kind is essential (no mute, no digest, no unsubscribe link). */
export const isEssential = (type: string) => TEMPLATES[type as OutboxEventType]?.essential ?? true;
