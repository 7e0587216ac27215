import type { Messages } from './types';

/** The audit trail. */
export const audit = {
  'audit.title': { zh: '操作紀錄', en: 'Audit trail' },
  'audit.intro': { zh: '業務帳號的每一項操作都有紀錄：誰、何時、做了什麼、資料由什麼變成什麼。個人資料以遮蔽方式呈現。', en: 'Every action of a business account is recorded: who, when, what, and the data before and after. Personal data is masked.' },
  'audit.actor': { zh: '操作者帳號', en: 'Actor (username)' },
  'audit.actorPlaceholder': { zh: '例如 chief.demo', en: 'e.g. chief.demo' },
  'audit.from': { zh: '起（含）', en: 'From (inclusive)' },
  'audit.to': { zh: '迄（不含）', en: 'To (exclusive)' },
  'audit.timeNote': { zh: '時間以臺灣時間（UTC+8）輸入與顯示；紀錄依時間先後排列。', en: 'Times are Taiwan time (UTC+8); events are listed oldest first.' },
  'audit.onlyTarget': { zh: '僅列出同一對象的紀錄', en: 'Only events of one target' },
  'audit.count': { zh: '共 {total} 筆紀錄', en: '{total} events' },
  'audit.caption': { zh: '操作紀錄', en: 'Audit trail' },
  'audit.when': { zh: '時間', en: 'When' },
  'audit.operation': { zh: '操作', en: 'Action' },
  'audit.target': { zh: '對象', en: 'Target' },
  'audit.changes': { zh: '異動（前 → 後）', en: 'Changes (before → after)' },
  'audit.becomes': { zh: '變更為', en: 'becomes' },
  'audit.sameTarget': { zh: '同一對象的紀錄', en: 'Events of this target' },
  'audit.field.mustChangePassword': { zh: '須變更密碼', en: 'Must change password' },
  'audit.field.profileConfirmedSemester': { zh: '已確認學期', en: 'Semester confirmed' },
  'audit.field.teacherReviewSemester': { zh: '審核完成學期', en: 'Semester reviewed' },
} satisfies Messages;
