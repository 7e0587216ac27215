/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Status of a business account */
export type AccountStatus =
  /** 啟用 (Active) */
  | 'ACTIVE'
  /** 已刪除 (Deleted) */
  | 'DELETED'
  /** 申請已逾期 (Expired application) */
  | 'EXPIRED'
  /** 待啟用 (Pending) */
  | 'PENDING'
  /** 停用 (Suspended) */
  | 'SUSPENDED';

/** Who made an audited change: a teacher, a business account, staff, a partner key, or an applicant not logged in */
export type ActorKind =
  /** 申請人（未登入） (Applicant (not logged in)) */
  | 'ANONYMOUS'
  /** 業務帳號 (Business account) */
  | 'BUSINESS'
  /** 介接系統 (Partner system) */
  | 'PARTNER'
  /** 管理人員 (Staff) */
  | 'STAFF'
  /** 教師 (Teacher) */
  | 'TEACHER';

export type AlignmentBy =
  | 'COUNTY'
  | 'SCHOOL';

/** What a partner API key may do */
export type ApiScope =
  /** 讀取學校名錄 (Read the school directory) */
  | 'DIRECTORY_READ'
  /** 登錄外部研習時數 (Report external study hours) */
  | 'HOURS_WRITE'
  /** 讀取統計 (Read statistics) */
  | 'STATISTICS_READ'
  /** 同步一縣市教師資料 (Sync one county's teacher records) */
  | 'TEACHER_SYNC';

/** An application for a business account (業務帳號申請) */
export type ApplyForBusinessAccountInput = {
  email: string;
  name: string;
  /** The applicant's national ID (one live business account per ID) */
  nationalId: string;
  /** At least 8 characters with letters and digits */
  password: string;
  phone: string;
  /** Universities, legal entities and social-education institutions: OPERATOR only */
  role: BusinessRole;
  /** The unit (a School or Unit ID) the account acts for */
  unitId: string;
  /** 4-32 letters, digits, dot, dash or underscore */
  username: string;
};

/** One teacher's attendance at a session */
export type AttendanceInput = {
  /** An admitted registration of the course */
  registrationId: string;
  status: AttendanceStatus;
};

/** How attendance was recorded */
export type AttendanceMethod =
  /** 承辦人登記 (Marked on the roster) */
  | 'MARKED'
  /** 教師簽到 (Signed in by the teacher) */
  | 'SIGNED_IN'
  /** 名單上傳 (Uploaded) */
  | 'UPLOADED';

/** Attendance at a session (出席狀態) */
export type AttendanceStatus =
  /** 缺席 (Absent) */
  | 'ABSENT'
  /** 遲到 (Late) */
  | 'LATE'
  /** 早退 (Left early) */
  | 'LEFT_EARLY'
  /** 出席 (Present) */
  | 'PRESENT';

/** An operation recorded in the audit trail (稽核紀錄的操作): the mutation that made the change */
export type AuditOperation =
  /** 同意調校 (Accepted a transfer) */
  | 'acceptTeacherTransfer'
  /** 啟用業務帳號 (Activated a business account) */
  | 'activateBusinessAccount'
  /** 新增教師 (Added a teacher) */
  | 'addTeacher'
  /** 申請業務帳號 (Applied for a business account) */
  | 'applyForBusinessAccount'
  /** 指定接任總負責人 (Appointed a replacement chief) */
  | 'appointReplacementChief'
  /** 核定研習課程 (Approved a course) */
  | 'approveCourse'
  /** 取消研習課程 (Cancelled a course) */
  | 'cancelCourse'
  /** 變更身分 (Changed the role) */
  | 'changeBusinessAccountRole'
  /** 變更自己的密碼 (Changed own password) */
  | 'changeMyPassword'
  /** 研習課程結案 (Closed a course) */
  | 'closeCourse'
  /** 設定學年度 (Configured a school year) */
  | 'configureSchoolYear'
  /** 確認個人基本資料 (Confirmed own profile) */
  | 'confirmMyProfile'
  /** 研習時數異動 (Corrected study hours) */
  | 'correctStudyRecord'
  /** 修正教師資料 (Corrected a teacher) */
  | 'correctTeacher'
  /** 批次修正教師資料 (Corrected teachers (bulk)) */
  | 'correctTeachersBulk'
  /** 建立 API 金鑰 (Created an API key) */
  | 'createApiKey'
  /** 新增研習課程 (Created a course) */
  | 'createCourse'
  /** 建立教師進修網管理者 (Created a platform administrator) */
  | 'createPlatformAdministrator'
  /** 建立 Webhook (Created a webhook) */
  | 'createWebhook'
  /** 審核研習報名（公假） (Decided a registration (leave)) */
  | 'decideCourseRegistration'
  /** 審核結案研習異動申請 (Decided an hours correction) */
  | 'decideHoursCorrection'
  /** 不同意或撤回調校 (Declined or withdrew a transfer) */
  | 'declineTeacherTransfer'
  /** 刪除業務帳號 (Deleted a business account) */
  | 'deleteBusinessAccount'
  /** 停用 Webhook (Disabled a webhook) */
  | 'disableWebhook'
  /** 報名研習 (Enrolled in a course) */
  | 'enrolInCourse'
  /** 核發研習時數 (Issued study hours) */
  | 'issueHours'
  /** 完成教師資料審核 (Marked the teacher review done) */
  | 'markTeacherReviewDone'
  /** 開放簽到 (Opened sign-in for a session) */
  | 'openSessionSignIn'
  /** 公告研習課程 (Published a course) */
  | 'publishCourse'
  /** 登記出席 (Recorded attendance) */
  | 'recordAttendance'
  /** 重送 Webhook 事件 (Redelivered a webhook event) */
  | 'redeliverWebhook'
  /** 提醒未完成填報的學校 (Reminded pending schools) */
  | 'remindPendingSchools'
  /** 重新開放學校規劃 (Reopened a school plan) */
  | 'reopenSchoolPlan'
  /** 重新開放教師規劃 (Reopened a teacher plan) */
  | 'reopenTeacherPlan'
  /** 登錄外部研習時數 (Reported external hours) */
  | 'reportExternalHours'
  /** 重設密碼 (Reset a password) */
  | 'resetPassword'
  /** 以重設連結設定密碼 (Set a password with a reset link) */
  | 'resetPasswordWithToken'
  /** 退回研習課程 (Returned a course) */
  | 'returnCourse'
  /** 撤銷 API 金鑰 (Revoked an API key) */
  | 'revokeApiKey'
  /** 更換 API 金鑰 (Rotated an API key) */
  | 'rotateApiKey'
  /** 儲存學校規劃 (Saved a school plan) */
  | 'saveSchoolPlan'
  /** 儲存教師規劃 (Saved a teacher plan) */
  | 'saveTeacherPlan'
  /** 設定功能權限 (Set permissions) */
  | 'setBusinessAccountPermissions'
  /** 設定通知偏好 (Set messaging preferences) */
  | 'setMessagingPreferences'
  /** 設定代碼選項 (Set a reference option) */
  | 'setReferenceItem'
  /** 以簽到碼簽到 (Signed in with a code) */
  | 'signInToSession'
  /** 開始匯出資料 (Started a bulk export) */
  | 'startExport'
  /** 送審研習課程 (Submitted a course for approval) */
  | 'submitCourse'
  /** 送出學校規劃 (Submitted a school plan) */
  | 'submitSchoolPlan'
  /** 送出教師規劃 (Submitted a teacher plan) */
  | 'submitTeacherPlan'
  /** 停用業務帳號 (Suspended a business account) */
  | 'suspendBusinessAccount'
  /** 申請教師調入 (Asked for a teacher to transfer in) */
  | 'transferTeacher'
  /** 教師調出 (Moved a teacher out) */
  | 'transferTeacherOut'
  /** 解除登入延遲 (Cleared a login delay) */
  | 'unlockLogin'
  /** 以信中連結取消訂閱 (Unsubscribed with a mail link) */
  | 'unsubscribe'
  /** 修改研習課程 (Updated a course) */
  | 'updateCourse'
  /** 修改個人基本資料 (Updated own profile) */
  | 'updateMyProfile'
  /** 上傳出席名單 (Uploaded attendance) */
  | 'uploadAttendance'
  /** 上傳研習名單 (Uploaded course participants) */
  | 'uploadCourseParticipants'
  /** 取消報名 (Withdrew from a course) */
  | 'withdrawFromCourse';

/** What an audited change acted on (稽核紀錄的對象類別) */
export type AuditTargetType =
  /** API 金鑰 (API key) */
  | 'ApiKey'
  /** 業務帳號 (Business account) */
  | 'BusinessAccount'
  /** 研習課程 (Course) */
  | 'Course'
  /** 研習報名 (Course registration) */
  | 'CourseRegistration'
  /** 研習場次 (Course session) */
  | 'CourseSession'
  /** 登入帳號 (Login) */
  | 'Credential'
  /** 匯出工作 (Export job) */
  | 'ExportJob'
  /** 結案研習異動申請 (Hours correction) */
  | 'HoursCorrection'
  /** 通知偏好 (Messaging preferences) */
  | 'MessagingPreference'
  /** 任教科目選項 (Subject option) */
  | 'ReferenceSubject'
  /** 職稱選項 (Title option) */
  | 'ReferenceTitle'
  /** 學校 (School) */
  | 'School'
  /** 學校規劃 (School plan) */
  | 'SchoolPlan'
  /** 學年度 (School year) */
  | 'SchoolYear'
  /** 管理人員帳號 (Staff account) */
  | 'StaffAccount'
  /** 研習紀錄 (Study record) */
  | 'StudyRecord'
  /** 教師 (Teacher) */
  | 'Teacher'
  /** 教師規劃 (Teacher plan) */
  | 'TeacherPlan'
  /** Webhook 端點 (Webhook) */
  | 'Webhook';

/** Role of a business account (業務帳號身分) */
export type BusinessRole =
  /** 總負責人 (Chief) */
  | 'CHIEF'
  /** 連絡人 (Contact) */
  | 'CONTACT'
  /** 作業人員 (Operator) */
  | 'OPERATOR';

/** Plans that chose any of these options in this dimension */
export type ChoiceFilterInput = {
  dimension: Dimension;
  /** Option codes of the dimension, e.g. WORKSHOP */
  options: Array<string>;
};

/** Status of an hours correction (結案研習異動申請) */
export type CorrectionStatus =
  /** 已逕行更正 (Applied (before closure)) */
  | 'APPLIED'
  /** 已核准 (Approved) */
  | 'APPROVED'
  /** 待審核 (Pending) */
  | 'PENDING'
  /** 未核准 (Rejected) */
  | 'REJECTED';

export type CountyScheduleInput = {
  countyId: string;
  planGroup: string;
  teacherWave: number;
};

/** Who may enrol; leave a list empty to admit everyone on it */
export type CourseAudienceInput = {
  /** Counties of the teachers' schools */
  countyIds?: Array<string> | null | undefined;
  stages?: Array<Stage> | null | undefined;
  subjects?: Array<Subject> | null | undefined;
  titles?: Array<TeacherTitle> | null | undefined;
};

/** A course as its organiser fills it (createCourse, updateCourse) */
export type CourseInput = {
  audience?: CourseAudienceInput | null | undefined;
  capacity: number;
  contactEmail?: string | null | undefined;
  contactName: string;
  contactPhone?: string | null | undefined;
  description?: string | null | undefined;
  domain: StudyDomain;
  hours: number;
  level: StudyLevel;
  methods: Array<StudyMethod>;
  mode: StudyMode;
  /** 進修地點 (kind of place) */
  place: StudyPlace;
  registrationClosesAt: string;
  registrationOpensAt: string;
  /** 公假: the teacher's school must approve (default false) */
  schoolApproval?: boolean | null | undefined;
  sessions: Array<CourseSessionInput>;
  themes?: string | null | undefined;
  /** Leave out to derive them from the sessions */
  times?: Array<StudyTime> | null | undefined;
  title: string;
  /** Default 0 (no waitlist) */
  waitlistSize?: number | null | undefined;
};

/** Order of the course catalog */
export type CourseOrder =
  /** 最符合我的進修計畫 (Best fit for my study plan) */
  | 'FIT'
  /** 報名中與即將開課優先 (Open and upcoming first) */
  | 'OPEN_FIRST'
  /** 依相關程度 (By relevance) */
  | 'RELEVANCE'
  /** 依開課日期 (By start date) */
  | 'START';

/** A session of a course: a place (countyId and address) or an online URL (https) */
export type CourseSessionInput = {
  address?: string | null | undefined;
  countyId?: string | null | undefined;
  endsAt: string;
  onlineUrl?: string | null | undefined;
  startsAt: string;
};

/** Status of a course (研習課程狀態) */
export type CourseStatus =
  /** 已核定 (Approved) */
  | 'APPROVED'
  /** 已取消 (Cancelled) */
  | 'CANCELLED'
  /** 已結案 (Closed) */
  | 'CLOSED'
  /** 草稿 (Draft) */
  | 'DRAFT'
  /** 已公告 (Published) */
  | 'PUBLISHED'
  /** 待審核 (Submitted for approval) */
  | 'SUBMITTED';

/** Which plans to count (all conditions hold together) */
export type DemandFilterInput = {
  choices?: Array<ChoiceFilterInput> | null | undefined;
  countyIds?: Array<string> | null | undefined;
  remoteness?: Array<Remoteness> | null | undefined;
  schoolYears?: Array<number> | null | undefined;
  stages?: Array<Stage> | null | undefined;
  subjects?: Array<Subject> | null | undefined;
  titles?: Array<TeacherTitle> | null | undefined;
};

/** A grouping of the demand analysis (TITLE and SUBJECT: teacher plans only) */
export type DemandGroupBy =
  | 'COUNTY'
  | 'REMOTENESS'
  | 'SCHOOL_YEAR'
  | 'STAGE'
  | 'SUBJECT'
  | 'TITLE';

/** Count teacher plans or school plans */
export type DemandSource =
  | 'SCHOOL_PLANS'
  | 'TEACHER_PLANS';

/** A need dimension of a plan, or the domains */
export type Dimension =
  /** 主要研習範疇 (Main domain) */
  | 'DOMAIN'
  /** 主要進修階層 (Main level) */
  | 'LEVEL'
  /** 主要實施方式 (Main method) */
  | 'METHOD'
  /** 在職進修方式 (Mode of study) */
  | 'MODE'
  /** 在職進修地點 (Place of study) */
  | 'PLACE'
  /** 在職進修時間 (Time of study) */
  | 'TIME';

/** The file format of a bulk export */
export type ExportFileFormat =
  /** CSV（UTF-8，含 BOM） (CSV (UTF-8 with BOM)) */
  | 'CSV'
  /** JSON Lines（每行一筆） (JSON Lines (one record a line)) */
  | 'JSONL';

/** What to export: a county (default: yours; the platform: every county) and a school year (plans, registrations, records) */
export type ExportFilterInput = {
  /** A county (a district and a TEACHER_SYNC key: only their own) */
  countyId?: string | null | undefined;
  /** Only this school year (plans: the plan year; registrations: the course year; records: the year of the study) */
  schoolYear?: number | null | undefined;
};

/** What a bulk export holds (匯出資料類別) */
export type ExportKind =
  /** 教師進修規劃 (Teachers' plans) */
  | 'PLANS'
  /** 研習紀錄 (Study records) */
  | 'RECORDS'
  /** 研習報名 (Course registrations) */
  | 'REGISTRATIONS'
  /** 教師名冊 (Teachers) */
  | 'TEACHERS';

/** Where a bulk export job is */
export type ExportStatus =
  /** 已完成 (Done) */
  | 'DONE'
  /** 已過期（檔案已刪除） (Expired (file removed)) */
  | 'EXPIRED'
  /** 失敗 (Failed) */
  | 'FAILED'
  /** 排隊中 (Queued) */
  | 'QUEUED'
  /** 匯出中 (Running) */
  | 'RUNNING';

/** The language of mails and notifications */
export type MessageLanguage =
  /** 英文 (English) */
  | 'EN'
  /** 中文 (Chinese) */
  | 'ZH_TW';

/** A kind of message (通知類別): the event that raised it */
export type MessageType =
  /** 帳號已啟用 (Account activated) */
  | 'ACCOUNT_ACTIVATED'
  /** 帳號已停用 (Account suspended) */
  | 'ACCOUNT_SUSPENDED'
  /** 匯出檔已完成 (An export is ready) */
  | 'EXPORT_COMPLETED'
  /** 研習時數異動結果 (Hours correction decided) */
  | 'HOURS_CORRECTION_DECIDED'
  /** 研習時數核發 (Study hours issued) */
  | 'HOURS_ISSUED'
  /** 重設密碼連結 (Password-reset links) */
  | 'PASSWORD_RESET_ASKED'
  /** 填報即將截止 (A filling window closes soon) */
  | 'PLANNING_WINDOW_CLOSING'
  /** 填報期間開始 (A filling window opened) */
  | 'PLANNING_WINDOW_OPENED'
  /** 規劃重新開放 (A plan was reopened) */
  | 'PLAN_REOPENED'
  /** 規劃已送出 (A plan was submitted) */
  | 'PLAN_SUBMITTED'
  /** 研習報名錄取 (Admitted to a course) */
  | 'REGISTRATION_ADMITTED'
  /** 研習課程取消 (A course was cancelled) */
  | 'REGISTRATION_CANCELLED'
  /** 候補遞補錄取 (Admitted from the waitlist) */
  | 'REGISTRATION_PROMOTED'
  /** 研習報名候補 (On the waitlist of a course) */
  | 'REGISTRATION_WAITLISTED'
  /** 取消報名確認 (Withdrawal confirmed) */
  | 'REGISTRATION_WITHDRAWN'
  /** 催覆 (Reminders (催覆)) */
  | 'REMINDER'
  /** 公假待核准 (Leave approval asked) */
  | 'SCHOOL_APPROVAL_ASKED'
  /** 公假核准結果 (Leave approval decided) */
  | 'SCHOOL_APPROVAL_DECIDED'
  /** 教師調校完成 (A teacher transfer was accepted) */
  | 'TRANSFER_ACCEPTED'
  /** 教師調校申請 (A teacher transfer was asked) */
  | 'TRANSFER_ASKED';

/** When mails of the kinds that are not essential go: at once, or in one daily digest at 07:00 Taiwan time */
export type MessagingMode =
  /** 每日摘要（上午 7 時） (Daily digest (07:00)) */
  | 'DAILY_DIGEST'
  /** 即時寄送 (At once) */
  | 'IMMEDIATE';

export type MessagingPreferencesInput = {
  language: MessageLanguage;
  mode: MessagingMode;
  /** The whole list of kinds not to mail (essential kinds are refused: ESSENTIAL_MESSAGE) */
  mutedTypes: Array<MessageType>;
};

/** A teacher's own profile: only the fields given change (empty e-mail/phone clears them) */
export type MyProfileInput = {
  email?: string | null | undefined;
  phone?: string | null | undefined;
  /** Teaching subjects of the current semester (1-6) */
  subjects?: Array<Subject> | null | undefined;
  title?: TeacherTitle | null | undefined;
};

export type NewApiKeyInput = {
  /** The county a TEACHER_SYNC key acts on */
  countyId?: string | null | undefined;
  name: string;
  /** Points a second (default 100) */
  pointsPerSecond?: number | null | undefined;
  scopes: Array<ApiScope>;
};

export type NewTeacherInput = {
  email?: string | null | undefined;
  name: string;
  nationalId: string;
  phone?: string | null | undefined;
  schoolId: string;
  subjects: Array<Subject>;
  title: TeacherTitle;
};

/** A business-account permission (功能權限) */
export type Permission =
  /** 研習課程管理/資料上傳 (Course management / data upload) */
  | 'COURSE_MANAGEMENT'
  /** 研習課程登錄作業 (Course registration) */
  | 'COURSE_REGISTRATION'
  /** 統計圖表 (Statistics) */
  | 'STATISTICS'
  /** 本單位業務帳號管理 (Unit business-account management) */
  | 'UNIT_ACCOUNT_MANAGEMENT'
  /** 本單位教師帳號管理 (Unit teacher-account management) */
  | 'UNIT_TEACHER_MANAGEMENT';

/** School plan or teacher plan */
export type PlanKind =
  /** 學校本位教師進修研習規劃 (School plan) */
  | 'SCHOOL_PLAN'
  /** 教師自我進修研習規劃 (Teacher plan) */
  | 'TEACHER_PLAN';

/** Status of a plan */
export type PlanStatus =
  /** 草稿 (Draft) */
  | 'DRAFT'
  /** 已送出 (Submitted) */
  | 'SUBMITTED';

export type PlannedDomainInput = {
  domain: StudyDomain;
  /** Planned hours, 0-360 */
  hours: number;
  /** Planned themes (at most 500 characters) */
  themes: string;
};

/** A reference list the platform maintains */
export type ReferenceList =
  /** 任教科目 (teaching subjects) */
  | 'SUBJECT'
  /** 職稱 (titles) */
  | 'TITLE';

/** Status of a course registration (報名狀態) */
export type RegistrationStatus =
  /** 錄取 (Admitted) */
  | 'ADMITTED'
  /** 課程取消 (Course cancelled) */
  | 'CANCELLED'
  /** 學校未核准 (Declined by the school) */
  | 'DECLINED'
  /** 備取 (Waitlisted) */
  | 'WAITLISTED'
  /** 已取消報名 (Withdrawn) */
  | 'WITHDRAWN';

/** Remoteness class of a school (偏遠等級) */
export type Remoteness =
  /** 極度偏遠 (Extremely remote) */
  | 'EXTREMELY_REMOTE'
  /** 一般 (General) */
  | 'GENERAL'
  /** 偏遠 (Remote) */
  | 'REMOTE'
  /** 特殊偏遠 (Especially remote) */
  | 'SPECIAL_REMOTE';

/** The teacher's school's approval of attendance (公假核准) */
export type SchoolApproval =
  /** 學校已核准 (Approved) */
  | 'APPROVED'
  /** 學校未核准 (Declined) */
  | 'DECLINED'
  /** 免學校核准 (Not required) */
  | 'NOT_REQUIRED'
  /** 待學校核准 (Pending) */
  | 'PENDING';

export type SchoolPlanInput = {
  domains: Array<PlannedDomainInput>;
  levels: Array<StudyLevel>;
  methods: Array<StudyMethod>;
  modes: Array<StudyMode>;
  places: Array<StudyPlace>;
  schoolId: string;
  schoolYear: number;
  times: Array<StudyTime>;
  /** (一) 學生總數 */
  totalStudents?: number | null | undefined;
  /** The version you read (null or 0 for a new plan) */
  version?: number | null | undefined;
};

/** A school year's calendar: service period, windows, every county's group and wave */
export type SchoolYearInput = {
  counties: Array<CountyScheduleInput>;
  /** 獎勵名單: teachers who must submit, percent (default 60) */
  rewardThresholdPercent?: number | null | undefined;
  /** YYYY-MM-DD, Taiwan time */
  serviceClosesOn: string;
  /** YYYY-MM-DD, Taiwan time */
  serviceOpensOn: string;
  windows: Array<WindowInput>;
  year: number;
};

/** A spreadsheet file format */
export type SheetFormat =
  /** CSV (CSV (UTF-8)) */
  | 'CSV'
  /** Excel 活頁簿 (Excel workbook) */
  | 'XLSX';

/** Education stage of a K-12 school (教育階段) */
export type Stage =
  /** 國小 (Elementary) */
  | 'ELEMENTARY'
  /** 國中 (Junior high) */
  | 'JUNIOR_HIGH'
  /** 幼兒園 (Kindergarten) */
  | 'KINDERGARTEN'
  /** 高中 (Senior high) */
  | 'SENIOR_HIGH'
  /** 特殊教育學校 (Special-education school) */
  | 'SPECIAL_EDUCATION'
  /** 高職 (Vocational high) */
  | 'VOCATIONAL_HIGH';

/** 主要研習範疇 */
export type StudyDomain =
  /** 學校行政與領導 (School administration and leadership) */
  | 'ADMINISTRATION_LEADERSHIP'
  /** 班級經營與輔導 (Class management and counselling) */
  | 'CLASS_MANAGEMENT_COUNSELLING'
  /** 課程、教學及評量 (Curriculum, teaching and assessment) */
  | 'CURRICULUM_TEACHING_ASSESSMENT'
  /** 新興教育政策 (Emerging education policy) */
  | 'EMERGING_POLICY'
  /** 實用知能與生活素養 (Practical knowledge and life literacy) */
  | 'PRACTICAL_LITERACY'
  /** 專業發展與責任 (Professional development and responsibility) */
  | 'PROFESSIONAL_DEVELOPMENT';

/** 主要進修階層 */
export type StudyLevel =
  /** 第二階進階-應用分析 (2 Advanced: apply and analyse) */
  | 'ADVANCED'
  /** 第一階基礎-瞭解熟悉 (1 Basic: understand and become familiar) */
  | 'BASIC'
  /** 第三階領導-整合評價 (3 Leadership: integrate and evaluate) */
  | 'LEADERSHIP'
  /** 第四階研發-創新推廣 (4 Research: innovate and disseminate) */
  | 'RESEARCH';

/** 主要實施方式 */
export type StudyMethod =
  /** 數位課程 (Digital course) */
  | 'DIGITAL_COURSE'
  /** 參訪實察 (Field visit) */
  | 'FIELD_VISIT'
  /** 講授 (Lecture) */
  | 'LECTURE'
  /** 觀課議課 (Lesson observation) */
  | 'LESSON_OBSERVATION'
  /** 座談 (Seminar) */
  | 'SEMINAR'
  /** 工作坊 (Workshop) */
  | 'WORKSHOP';

/** 在職進修方式 */
export type StudyMode =
  /** 學分班-學士層級進修 (Credit course, bachelor level) */
  | 'CREDIT_BACHELOR'
  /** 學分班-碩士層級進修 (Credit course, master level) */
  | 'CREDIT_MASTER'
  /** 非學分班-研習時數 (Non-credit (study hours)) */
  | 'NON_CREDIT';

/** 在職進修地點 */
export type StudyPlace =
  /** 鄰近學校/社區學校 (Nearby / community school) */
  | 'NEARBY_SCHOOL'
  /** 電腦網路學習/遠距教學 (Online / distance learning) */
  | 'ONLINE'
  /** 非師資培育之大學 (Other university) */
  | 'OTHER_UNIVERSITY'
  /** 服務學校 (Own school) */
  | 'OWN_SCHOOL'
  /** 社教機構或民間團體 (Social-education institution or NGO) */
  | 'SOCIAL_EDUCATION_OR_NGO'
  /** 師資培育之大學 (Teacher-education university) */
  | 'TEACHER_EDUCATION_UNIVERSITY'
  /** 教師研習機構 (Teacher-training institute) */
  | 'TRAINING_INSTITUTE';

/** Where a study record (研習紀錄) comes from */
export type StudyRecordSource =
  /** 本平臺研習課程 (A course on this platform) */
  | 'COURSE'
  /** 外部來源 (An external source) */
  | 'EXTERNAL';

/** 在職進修時間 */
export type StudyTime =
  /** 週六 (Saturday) */
  | 'SATURDAY'
  /** 暑假 (Summer vacation) */
  | 'SUMMER_VACATION'
  /** 週日 (Sunday) */
  | 'SUNDAY'
  /** 週一至週五白天 (Weekday daytime) */
  | 'WEEKDAY_DAYTIME'
  /** 週一至週五晚上 (Weekday evening) */
  | 'WEEKDAY_EVENING'
  /** 寒假 (Winter vacation) */
  | 'WINTER_VACATION';

/** Teaching subject (任教科目) */
export type Subject =
  /** 藝術 (Arts) */
  | 'ARTS'
  /** 國語文 (Chinese) */
  | 'CHINESE'
  /** 幼兒教育 (Early childhood education) */
  | 'EARLY_CHILDHOOD'
  /** 英語文 (English) */
  | 'ENGLISH'
  /** 健康與體育 (Health and PE) */
  | 'HEALTH_PE'
  /** 綜合活動 (Integrative activities) */
  | 'INTEGRATIVE'
  /** 生活課程 (Life curriculum) */
  | 'LIFE_CURRICULUM'
  /** 數學 (Mathematics) */
  | 'MATHEMATICS'
  /** 本土語文 (Native languages) */
  | 'NATIVE_LANGUAGE'
  /** 自然科學 (Science) */
  | 'SCIENCE'
  /** 社會 (Social studies) */
  | 'SOCIAL_STUDIES'
  /** 特殊教育 (Special education) */
  | 'SPECIAL_NEEDS'
  /** 科技 (Technology) */
  | 'TECHNOLOGY'
  /** 專業群科 (Vocational subjects) */
  | 'VOCATIONAL';

/** A grouping of supply against demand (供需) */
export type SupplyGroupBy =
  /** 縣市 (County) */
  | 'COUNTY'
  /** 開課單位類別 (Organiser kind) */
  | 'ORGANISER_KIND'
  /** 偏遠等級 (Remoteness) */
  | 'REMOTENESS'
  /** 教育階段 (Stage) */
  | 'STAGE';

/** A school's correction of one teacher's title and/or subjects */
export type TeacherCorrectionInput = {
  id: string;
  subjects?: Array<Subject> | null | undefined;
  title?: TeacherTitle | null | undefined;
};

export type TeacherPlanInput = {
  domains: Array<PlannedDomainInput>;
  levels: Array<StudyLevel>;
  methods: Array<StudyMethod>;
  modes: Array<StudyMode>;
  places: Array<StudyPlace>;
  schoolYear: number;
  times: Array<StudyTime>;
  /** The version you read (null or 0 for a new plan) */
  version?: number | null | undefined;
};

/** A teacher's title (職稱) */
export type TeacherTitle =
  /** 代理教師 (Acting teacher) */
  | 'ACTING'
  /** 主任 (Director) */
  | 'DIRECTOR'
  /** 專任教師 (Full-time teacher) */
  | 'FULL_TIME'
  /** 導師 (Homeroom teacher) */
  | 'HOMEROOM'
  /** 兼任教師 (Part-time teacher) */
  | 'PART_TIME'
  /** 校長 (Principal) */
  | 'PRINCIPAL'
  /** 組長 (Section chief) */
  | 'SECTION_CHIEF'
  /** 代課教師 (Substitute teacher) */
  | 'SUBSTITUTE';

/** Where a transfer request (調校申請) stands */
export type TeacherTransferStatus =
  /** Accepted: the teacher moved to the receiving school */
  | 'ACCEPTED'
  /** Declined by the teacher or the sending side */
  | 'DECLINED'
  /** Asked; the sending side has not decided */
  | 'PENDING'
  /** Lapsed: the teacher moved elsewhere first */
  | 'SUPERSEDED'
  /** Withdrawn by the receiving side */
  | 'WITHDRAWN';

/** Kind of unit (單位類別) */
export type UnitKind =
  /** 區管中心 (District centre) */
  | 'DISTRICT_CENTRE'
  /** 法人 (Legal entity) */
  | 'LEGAL_ENTITY'
  /** 教師進修網 (Platform) */
  | 'PLATFORM'
  /** 高級中等以下學校 (K-12 school) */
  | 'SCHOOL'
  /** 社教機構 (Social-education institution) */
  | 'SOCIAL_EDUCATION'
  /** 大專校院 (University) */
  | 'UNIVERSITY';

/** Why a row of a participant upload cannot be taken */
export type UploadProblemKind =
  /** 名單中重複 (Listed twice) */
  | 'DUPLICATE'
  /** 身分證字號格式錯誤 (Not a valid national ID) */
  | 'INVALID_ID'
  /** 出席狀態無法辨識 (Unknown attendance status) */
  | 'INVALID_STATUS'
  /** 非本課程錄取學員 (Not admitted to this course) */
  | 'NOT_REGISTERED'
  /** 不符參加對象 (Outside the audience) */
  | 'OUTSIDE_AUDIENCE'
  /** 超過名額 (Over capacity) */
  | 'OVER_CAPACITY'
  /** 查無此教師 (No teacher with this national ID) */
  | 'UNKNOWN_ID';

/** The role a logged-in viewer acts in */
export type ViewerRole =
  /** 教育部分析人員 (Ministry analyst) */
  | 'ANALYST'
  /** 總負責人 (Chief) */
  | 'CHIEF'
  /** 連絡人 (Contact) */
  | 'CONTACT'
  /** 區管中心 (District centre) */
  | 'DISTRICT_ADMIN'
  /** 作業人員 (Operator) */
  | 'OPERATOR'
  /** 介接系統 (Partner system) */
  | 'PARTNER'
  /** 教師進修網管理者 (Platform administrator) */
  | 'PLATFORM_ADMIN'
  /** 教師 (Teacher) */
  | 'TEACHER';

export type WindowInput = {
  /** Last day, YYYY-MM-DD in Taiwan time (until 23:59:59) */
  closesOn: string;
  /** County group ('A', 'B') for school plans, wave ('1'..'5') for teacher plans */
  groupKey: string;
  /** First day, YYYY-MM-DD in Taiwan time (from 00:00) */
  opensOn: string;
  planKind: PlanKind;
};

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename: 'Query', me: { __typename: 'Viewer', username: string, name: string, role: ViewerRole, permissions: Array<Permission>, mustChangePassword: boolean, can: { __typename: 'ViewerCapabilities', readSchools: boolean, readTeachers: boolean, browseSchools: boolean, browseTeachers: boolean, readTeacherContacts: boolean, readBusinessAccounts: boolean, manageBusinessAccounts: boolean, manageTeachers: boolean, readAudit: boolean, ownProfile: boolean, readStatistics: boolean, readSchoolStatistics: boolean, fillSchoolPlan: boolean, fillTeacherPlan: boolean, answerSurvey: boolean, followProgress: boolean, followEveryCounty: boolean, followSchoolProgress: boolean, remindAndReopen: boolean, readRewards: boolean, readSurveyResults: boolean, configureSchoolYears: boolean, manageApiKeys: boolean, registerCourses: boolean, manageCourses: boolean, approveCourses: boolean, enrolInCourses: boolean, decideCourseRegistrations: boolean, startExport: boolean, exportKinds: Array<ExportKind>, exportKindsBySchoolYear: Array<ExportKind>, readSupplyDemand: boolean, readDemandReference: boolean }, unit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind } | null, county: { __typename: 'County', id: string, name: string, nameEn: string } | null, school: { __typename: 'School', id: string, name: string } | null } | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename: 'Mutation', logout: boolean };

export type MessagingPreferencesFieldsFragment = { __typename: 'MessagingPreferences', language: MessageLanguage, mode: MessagingMode, mutedTypes: Array<MessageType>, mutableTypes: Array<MessageType>, essentialTypes: Array<MessageType> };

export type MyMessagingPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMessagingPreferencesQuery = { __typename: 'Query', myMessagingPreferences: { __typename: 'MessagingPreferences', language: MessageLanguage, mode: MessagingMode, mutedTypes: Array<MessageType>, mutableTypes: Array<MessageType>, essentialTypes: Array<MessageType> } };

export type SetMessagingPreferencesMutationVariables = Exact<{
  input: MessagingPreferencesInput;
}>;


export type SetMessagingPreferencesMutation = { __typename: 'Mutation', setMessagingPreferences: { __typename: 'MessagingPreferences', language: MessageLanguage, mode: MessagingMode, mutedTypes: Array<MessageType>, mutableTypes: Array<MessageType>, essentialTypes: Array<MessageType> } };

export type ReopenSchoolPlanMutationVariables = Exact<{
  schoolId: string;
  schoolYear: number;
  until: string;
}>;


export type ReopenSchoolPlanMutation = { __typename: 'Mutation', reopenSchoolPlan: string };

export type ReopenTeacherPlanMutationVariables = Exact<{
  teacherId: string;
  schoolYear: number;
  until: string;
}>;


export type ReopenTeacherPlanMutation = { __typename: 'Mutation', reopenTeacherPlan: string };

export type SchoolPlanStateQueryVariables = Exact<{
  id: string;
  year: number;
}>;


export type SchoolPlanStateQuery = { __typename: 'Query', node:
    | { __typename: 'BusinessAccount', id: string }
    | { __typename: 'Course', id: string }
    | { __typename: 'CourseRegistration', id: string }
    | { __typename: 'HoursCorrection', id: string }
    | { __typename: 'School', id: string, planning: { __typename: 'SchoolPlanning', canReopen: boolean, window: { __typename: 'PlanningWindow', open: boolean, opensAt: string | null, closesAt: string | null, reopenedUntil: string | null }, plan: { __typename: 'SchoolPlan', id: string, status: PlanStatus, submittedAt: string | null } | null } | null }
    | { __typename: 'SchoolPlan', id: string }
    | { __typename: 'SchoolYear', id: string }
    | { __typename: 'StudyRecord', id: string }
    | { __typename: 'Teacher', id: string }
    | { __typename: 'TeacherPlan', id: string }
   | null };

export type SubmitSatisfactionSurveyMutationVariables = Exact<{
  schoolYear: number;
  ratings: Array<number> | number;
  comment?: string | null | undefined;
}>;


export type SubmitSatisfactionSurveyMutation = { __typename: 'Mutation', submitSatisfactionSurvey: boolean };

export type AddTeacherMutationVariables = Exact<{
  input: NewTeacherInput;
}>;


export type AddTeacherMutation = { __typename: 'Mutation', addTeacher: { __typename: 'Teacher', id: string, name: string, school: { __typename: 'School', id: string, name: string } } };

export type TransferTeacherMutationVariables = Exact<{
  nationalId: string;
  toSchoolId: string;
}>;


export type TransferTeacherMutation = { __typename: 'Mutation', transferTeacher: { __typename: 'TeacherTransfer', id: string, status: TeacherTransferStatus, teacherName: string, teacherNationalIdMasked: string } };

export type TeacherTransfersQueryVariables = Exact<{ [key: string]: never; }>;


export type TeacherTransfersQuery = { __typename: 'Query', teacherTransfers: { __typename: 'TeacherTransferConnection', totalCount: number, edges: Array<{ __typename: 'TeacherTransferEdge', node: { __typename: 'TeacherTransfer', id: string, status: TeacherTransferStatus, teacherName: string, teacherNationalIdMasked: string, requestedAt: string, canAccept: boolean, canWithdraw: boolean, fromSchool: { __typename: 'School', id: string, name: string } | null, toSchool: { __typename: 'School', id: string, name: string } } }> } };

export type AcceptTeacherTransferMutationVariables = Exact<{
  id: string;
}>;


export type AcceptTeacherTransferMutation = { __typename: 'Mutation', acceptTeacherTransfer: { __typename: 'TeacherTransfer', id: string, status: TeacherTransferStatus } };

export type DeclineTeacherTransferMutationVariables = Exact<{
  id: string;
}>;


export type DeclineTeacherTransferMutation = { __typename: 'Mutation', declineTeacherTransfer: { __typename: 'TeacherTransfer', id: string, status: TeacherTransferStatus } };

export type ReviewTeacherFragment = { __typename: 'Teacher', id: string, name: string, title: TeacherTitle, subjects: Array<Subject>, nationalIdMasked: string | null, email?: string | null, phone?: string | null, profileConfirmation: { __typename: 'ProfileConfirmation', semester: string | null, confirmedAt: string | null, current: boolean } | null, school: { __typename: 'School', id: string, name: string } };

export type CorrectTeachersMutationVariables = Exact<{
  items: Array<TeacherCorrectionInput> | TeacherCorrectionInput;
  contacts: boolean;
}>;


export type CorrectTeachersMutation = { __typename: 'Mutation', correctTeachers: Array<{ __typename: 'Teacher', id: string, name: string, title: TeacherTitle, subjects: Array<Subject>, nationalIdMasked: string | null, email?: string | null, phone?: string | null, profileConfirmation: { __typename: 'ProfileConfirmation', semester: string | null, confirmedAt: string | null, current: boolean } | null, school: { __typename: 'School', id: string, name: string } }> };

export type TeacherRowFragment = { __typename: 'Teacher', id: string, name: string, title: TeacherTitle, subjects: Array<Subject>, nationalIdMasked: string | null, email?: string | null, phone?: string | null, school: { __typename: 'School', id: string, name: string } };

export type DemandResultFieldsFragment = { __typename: 'DemandResult', k: number, fromSummary: boolean, restrictedToCounty: string | null, dimension: Dimension, source: DemandSource, groupBy: Array<DemandGroupBy>, options: Array<{ __typename: 'DemandOption', code: string, label: string, labelEn: string }>, groups: Array<{ __typename: 'DemandGroup', plans: number | null, suppressed: boolean, key: Array<{ __typename: 'GroupKey', by: DemandGroupBy, value: string, label: string, labelEn: string }>, cells: Array<{ __typename: 'DemandCell', option: string, label: string, count: number | null, share: number | null, hoursSum: number | null, hoursMean: number | null, suppressed: boolean }> }> };

export type AnalysisDemandQueryVariables = Exact<{
  source: DemandSource;
  dimension: Dimension;
  groupBy: Array<DemandGroupBy> | DemandGroupBy;
  filter?: DemandFilterInput | null | undefined;
}>;


export type AnalysisDemandQuery = { __typename: 'Query', overall: { __typename: 'DemandResult', k: number, fromSummary: boolean, restrictedToCounty: string | null, dimension: Dimension, source: DemandSource, groupBy: Array<DemandGroupBy>, options: Array<{ __typename: 'DemandOption', code: string, label: string, labelEn: string }>, groups: Array<{ __typename: 'DemandGroup', plans: number | null, suppressed: boolean, key: Array<{ __typename: 'GroupKey', by: DemandGroupBy, value: string, label: string, labelEn: string }>, cells: Array<{ __typename: 'DemandCell', option: string, label: string, count: number | null, share: number | null, hoursSum: number | null, hoursMean: number | null, suppressed: boolean }> }> }, result: { __typename: 'DemandResult', k: number, fromSummary: boolean, restrictedToCounty: string | null, dimension: Dimension, source: DemandSource, groupBy: Array<DemandGroupBy>, options: Array<{ __typename: 'DemandOption', code: string, label: string, labelEn: string }>, groups: Array<{ __typename: 'DemandGroup', plans: number | null, suppressed: boolean, key: Array<{ __typename: 'GroupKey', by: DemandGroupBy, value: string, label: string, labelEn: string }>, cells: Array<{ __typename: 'DemandCell', option: string, label: string, count: number | null, share: number | null, hoursSum: number | null, hoursMean: number | null, suppressed: boolean }> }> } };

export type DemandQueryVariables = Exact<{
  source: DemandSource;
  dimension: Dimension;
  groupBy: Array<DemandGroupBy> | DemandGroupBy;
  filter?: DemandFilterInput | null | undefined;
}>;


export type DemandQuery = { __typename: 'Query', demand: { __typename: 'DemandResult', k: number, fromSummary: boolean, restrictedToCounty: string | null, dimension: Dimension, source: DemandSource, groupBy: Array<DemandGroupBy>, options: Array<{ __typename: 'DemandOption', code: string, label: string, labelEn: string }>, groups: Array<{ __typename: 'DemandGroup', plans: number | null, suppressed: boolean, key: Array<{ __typename: 'GroupKey', by: DemandGroupBy, value: string, label: string, labelEn: string }>, cells: Array<{ __typename: 'DemandCell', option: string, label: string, count: number | null, share: number | null, hoursSum: number | null, hoursMean: number | null, suppressed: boolean }> }> } };

export type ParticipationQueryVariables = Exact<{
  years: Array<number> | number;
  countyIds?: Array<string> | string | null | undefined;
}>;


export type ParticipationQuery = { __typename: 'Query', participation: Array<{ __typename: 'ParticipationRowType', schoolYear: number, schoolsInvited: number, schoolsSubmitted: number, teachersInvited: number, teachersSubmitted: number, county: { __typename: 'County', id: string, name: string, nameEn: string, order: number } }> };

export type AlignmentQueryVariables = Exact<{
  year: number;
  by: AlignmentBy;
  countyIds?: Array<string> | string | null | undefined;
}>;


export type AlignmentQuery = { __typename: 'Query', alignment: Array<{ __typename: 'AlignmentRowType', teacherPlans: number | null, suppressed: boolean, domainMatch: number | null, needsMatch: number | null, county: { __typename: 'County', id: string, name: string, nameEn: string, order: number } | null, school: { __typename: 'School', id: string, code: string, name: string, county: { __typename: 'County', id: string, name: string, nameEn: string } } | null }> };

export type SchoolDemandComparisonQueryVariables = Exact<{
  schoolId: string;
  year: number;
  dimension: Dimension;
  source: DemandSource;
}>;


export type SchoolDemandComparisonQuery = { __typename: 'Query', schoolDemandComparison: Array<{ __typename: 'ScopedDemand', scope: string, result: { __typename: 'DemandResult', k: number, fromSummary: boolean, restrictedToCounty: string | null, dimension: Dimension, source: DemandSource, groupBy: Array<DemandGroupBy>, options: Array<{ __typename: 'DemandOption', code: string, label: string, labelEn: string }>, groups: Array<{ __typename: 'DemandGroup', plans: number | null, suppressed: boolean, key: Array<{ __typename: 'GroupKey', by: DemandGroupBy, value: string, label: string, labelEn: string }>, cells: Array<{ __typename: 'DemandCell', option: string, label: string, count: number | null, share: number | null, hoursSum: number | null, hoursMean: number | null, suppressed: boolean }> }> } }> };

export type SupplyDemandQueryVariables = Exact<{
  schoolYear: number;
  dimension: Dimension;
  groupBy?: Array<SupplyGroupBy> | SupplyGroupBy | null | undefined;
}>;


export type SupplyDemandQuery = { __typename: 'Query', supplyDemand: { __typename: 'SupplyDemandResult', schoolYear: number, k: number, exact: boolean, restrictedToCounty: string | null, options: Array<{ __typename: 'SupplyDemandOption', code: string, label: string, labelEn: string }>, groups: Array<{ __typename: 'SupplyDemandGroup', plans: number | null, demandPlans: Array<number | null>, plannedHours: Array<number | null>, courses: Array<number>, seats: Array<number>, hoursOffered: Array<number>, registrations: Array<number | null>, hoursIssued: Array<number | null>, seatsPer100: Array<number | null>, fillRate: Array<number | null>, issuedShare: Array<number | null>, key: Array<{ __typename: 'SupplyGroupKey', by: SupplyGroupBy, value: string, label: string, labelEn: string }> }> } };

export type ReferenceItemsQueryVariables = Exact<{
  list: ReferenceList;
}>;


export type ReferenceItemsQuery = { __typename: 'Query', referenceItems: Array<{ __typename: 'ReferenceItem', code: string, zh: string, en: string, active: boolean }> };

export type SchoolYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolYearsQuery = { __typename: 'Query', schoolYears: Array<{ __typename: 'SchoolYear', id: string, year: number, serviceOpensAt: string, serviceClosesAt: string, rewardThresholdPercent: number, windows: Array<{ __typename: 'PlanWindow', planKind: PlanKind, groupKey: string, opensOn: string, closesOn: string, opensAt: string, closesAt: string }> }> };

export type ApiKeyFieldsFragment = { __typename: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiScope>, pointsPerSecond: number, createdBy: string, createdAt: string, rotatedAt: string | null, revokedAt: string | null, lastUsedAt: string | null, requests: number, refused: number, pointsUsed: number, county: { __typename: 'County', id: string, name: string, nameEn: string } | null };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { __typename: 'Query', apiKeys: Array<{ __typename: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiScope>, pointsPerSecond: number, createdBy: string, createdAt: string, rotatedAt: string | null, revokedAt: string | null, lastUsedAt: string | null, requests: number, refused: number, pointsUsed: number, county: { __typename: 'County', id: string, name: string, nameEn: string } | null }> };

export type CreateApiKeyMutationVariables = Exact<{
  input: NewApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename: 'Mutation', createApiKey: { __typename: 'ApiKeySecret', secret: string, key: { __typename: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiScope>, pointsPerSecond: number, createdBy: string, createdAt: string, rotatedAt: string | null, revokedAt: string | null, lastUsedAt: string | null, requests: number, refused: number, pointsUsed: number, county: { __typename: 'County', id: string, name: string, nameEn: string } | null } } };

export type RotateApiKeyMutationVariables = Exact<{
  id: string;
}>;


export type RotateApiKeyMutation = { __typename: 'Mutation', rotateApiKey: { __typename: 'ApiKeySecret', secret: string, key: { __typename: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiScope>, pointsPerSecond: number, createdBy: string, createdAt: string, rotatedAt: string | null, revokedAt: string | null, lastUsedAt: string | null, requests: number, refused: number, pointsUsed: number, county: { __typename: 'County', id: string, name: string, nameEn: string } | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string;
}>;


export type RevokeApiKeyMutation = { __typename: 'Mutation', revokeApiKey: { __typename: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiScope>, pointsPerSecond: number, createdBy: string, createdAt: string, rotatedAt: string | null, revokedAt: string | null, lastUsedAt: string | null, requests: number, refused: number, pointsUsed: number, county: { __typename: 'County', id: string, name: string, nameEn: string } | null } };

export type UnitsByNameQueryVariables = Exact<{
  search: string;
  countyId?: string | null | undefined;
}>;


export type UnitsByNameQuery = { __typename: 'Query', unitsByName: Array<{ __typename: 'Unit', id: string, name: string, code: string, kind: UnitKind, acceptedRoles: Array<BusinessRole>, county: { __typename: 'County', id: string, name: string, nameEn: string } | null }> };

export type ApplyForBusinessAccountMutationVariables = Exact<{
  input: ApplyForBusinessAccountInput;
}>;


export type ApplyForBusinessAccountMutation = { __typename: 'Mutation', applyForBusinessAccount: { __typename: 'BusinessAccountApplication', id: string, role: BusinessRole, status: AccountStatus, unit: { __typename: 'Unit', id: string, name: string } } };

export type AuditEventsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  actor?: string | null | undefined;
  targetId?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type AuditEventsQuery = { __typename: 'Query', auditEvents: { __typename: 'AuditEventConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'AuditEventEdge', cursor: string, node: { __typename: 'AuditEvent', id: string, occurredAt: string, actorKind: ActorKind, actorUsername: string | null, operation: AuditOperation, targetType: AuditTargetType, targetId: string | null, actorUnit: { __typename: 'Unit', id: string, name: string } | null, targetUnit: { __typename: 'Unit', id: string, name: string } | null, changes: Array<{ __typename: 'FieldChange', field: string, before: string | null, after: string | null }> } }> } };

export type ChangeMyPasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangeMyPasswordMutation = { __typename: 'Mutation', changeMyPassword: boolean };

export type DirectoryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  countyId?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type DirectoryQuery = { __typename: 'Query', businessAccountDirectory: { __typename: 'DirectoryEntryConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'DirectoryEntryEdge', cursor: string, node: { __typename: 'DirectoryEntry', unitName: string, unitCode: string, name: string, role: BusinessRole, phone: string | null, email: string | null, county: { __typename: 'County', id: string, name: string, nameEn: string } | null } }> } };

export type ExportJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportJobsQuery = { __typename: 'Query', exportJobs: { __typename: 'ExportJobConnection', edges: Array<{ __typename: 'ExportJobEdge', node: { __typename: 'ExportJob', id: string, kind: ExportKind, format: ExportFileFormat, status: ExportStatus, schoolYear: number | null, rowsTotal: number | null, rowsWritten: number, progress: number, error: string | null, createdAt: string, expiresAt: string | null, downloadUrl: string | null, county: { __typename: 'County', id: string, name: string, nameEn: string } | null } }> } };

export type StartExportMutationVariables = Exact<{
  kind: ExportKind;
  filter?: ExportFilterInput | null | undefined;
  format?: ExportFileFormat | null | undefined;
}>;


export type StartExportMutation = { __typename: 'Mutation', startExport: { __typename: 'ExportJob', id: string, status: ExportStatus } };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { __typename: 'Query', me: { __typename: 'Viewer', username: string, teacher: { __typename: 'Teacher', id: string, name: string, nationalId: string | null, nationalIdMasked: string | null, email: string | null, phone: string | null, title: TeacherTitle, subjects: Array<Subject>, school: { __typename: 'School', id: string, code: string, name: string } } | null, businessAccount: { __typename: 'BusinessAccount', id: string, name: string, username: string | null, role: BusinessRole, status: AccountStatus | null, permissions: Array<Permission> | null, nationalId: string | null, nationalIdMasked: string | null, email: string | null, phone: string | null } | null } | null };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { __typename: 'Mutation', login: { __typename: 'LoginPayload', token: string, expiresAt: string, viewer: { __typename: 'Viewer', username: string, name: string, role: ViewerRole } } };

export type RequestPasswordResetMutationVariables = Exact<{
  login: string;
}>;


export type RequestPasswordResetMutation = { __typename: 'Mutation', requestPasswordReset: boolean };

export type ResetPasswordWithTokenMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordWithTokenMutation = { __typename: 'Mutation', resetPasswordWithToken: boolean };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { __typename: 'Query', currentSemester: string, me: { __typename: 'Viewer', username: string, teacher: { __typename: 'Teacher', id: string, name: string, title: TeacherTitle, subjects: Array<Subject>, email: string | null, phone: string | null, school: { __typename: 'School', id: string, name: string }, profileConfirmation: { __typename: 'ProfileConfirmation', semester: string | null, confirmedAt: string | null, current: boolean } | null } | null } | null };

export type MyProfileFieldsFragment = { __typename: 'Teacher', id: string, name: string, title: TeacherTitle, subjects: Array<Subject>, email: string | null, phone: string | null, school: { __typename: 'School', id: string, name: string }, profileConfirmation: { __typename: 'ProfileConfirmation', semester: string | null, confirmedAt: string | null, current: boolean } | null };

export type UpdateMyProfileMutationVariables = Exact<{
  input: MyProfileInput;
}>;


export type UpdateMyProfileMutation = { __typename: 'Mutation', updateMyProfile: { __typename: 'Teacher', id: string, name: string, title: TeacherTitle, subjects: Array<Subject>, email: string | null, phone: string | null, school: { __typename: 'School', id: string, name: string }, profileConfirmation: { __typename: 'ProfileConfirmation', semester: string | null, confirmedAt: string | null, current: boolean } | null } };

export type ConfirmMyProfileMutationVariables = Exact<{ [key: string]: never; }>;


export type ConfirmMyProfileMutation = { __typename: 'Mutation', confirmMyProfile: { __typename: 'Teacher', id: string, name: string, title: TeacherTitle, subjects: Array<Subject>, email: string | null, phone: string | null, school: { __typename: 'School', id: string, name: string }, profileConfirmation: { __typename: 'ProfileConfirmation', semester: string | null, confirmedAt: string | null, current: boolean } | null } };

export type RewardListQueryVariables = Exact<{
  year: number;
  countyId?: string | null | undefined;
}>;


export type RewardListQuery = { __typename: 'Query', rewardList: Array<{ __typename: 'RewardEntry', submittedAt: string, teachers: number, teachersSubmitted: number, participationPercent: number, school: { __typename: 'School', id: string, name: string, code: string, county: { __typename: 'County', id: string, name: string, nameEn: string } } }> };

export type PlanningWindowFieldsFragment = { __typename: 'PlanningWindow', schoolYear: number, planKind: PlanKind, groupKey: string | null, opensAt: string | null, closesAt: string | null, serviceOpensAt: string | null, serviceClosesAt: string | null, reopenedUntil: string | null, open: boolean, inService: boolean, secondsLeft: number | null };

export type SchoolPlanFieldsFragment = { __typename: 'SchoolPlan', id: string, schoolYear: number, status: PlanStatus, version: number, submittedAt: string | null, updatedAt: string, totalStudents: number | null, stages: Array<Stage>, teacherCount: number, modes: Array<StudyMode>, times: Array<StudyTime>, places: Array<StudyPlace>, levels: Array<StudyLevel>, methods: Array<StudyMethod>, domains: Array<{ __typename: 'PlannedDomain', domain: StudyDomain, themes: string, hours: number }> };

export type SchoolPlanningQueryVariables = Exact<{
  year: number;
}>;


export type SchoolPlanningQuery = { __typename: 'Query', me: { __typename: 'Viewer', username: string, school: { __typename: 'School', id: string, code: string, name: string, stages: Array<Stage>, studentCount: number | null, county: { __typename: 'County', id: string, name: string, nameEn: string }, teachers: { __typename: 'TeacherConnection', totalCount: number } | null, planning: { __typename: 'SchoolPlanning', canFill: boolean, surveyAnswered: boolean, window: { __typename: 'PlanningWindow', schoolYear: number, planKind: PlanKind, groupKey: string | null, opensAt: string | null, closesAt: string | null, serviceOpensAt: string | null, serviceClosesAt: string | null, reopenedUntil: string | null, open: boolean, inService: boolean, secondsLeft: number | null }, plan: { __typename: 'SchoolPlan', id: string, schoolYear: number, status: PlanStatus, version: number, submittedAt: string | null, updatedAt: string, totalStudents: number | null, stages: Array<Stage>, teacherCount: number, modes: Array<StudyMode>, times: Array<StudyTime>, places: Array<StudyPlace>, levels: Array<StudyLevel>, methods: Array<StudyMethod>, domains: Array<{ __typename: 'PlannedDomain', domain: StudyDomain, themes: string, hours: number }> } | null } | null } | null } | null };

export type SaveSchoolPlanMutationVariables = Exact<{
  input: SchoolPlanInput;
}>;


export type SaveSchoolPlanMutation = { __typename: 'Mutation', saveSchoolPlan: { __typename: 'SchoolPlan', id: string, schoolYear: number, status: PlanStatus, version: number, submittedAt: string | null, updatedAt: string, totalStudents: number | null, stages: Array<Stage>, teacherCount: number, modes: Array<StudyMode>, times: Array<StudyTime>, places: Array<StudyPlace>, levels: Array<StudyLevel>, methods: Array<StudyMethod>, domains: Array<{ __typename: 'PlannedDomain', domain: StudyDomain, themes: string, hours: number }> } };

export type SubmitSchoolPlanMutationVariables = Exact<{
  schoolId: string;
  schoolYear: number;
  version?: number | null | undefined;
}>;


export type SubmitSchoolPlanMutation = { __typename: 'Mutation', submitSchoolPlan: { __typename: 'SchoolPlan', id: string, schoolYear: number, status: PlanStatus, version: number, submittedAt: string | null, updatedAt: string, totalStudents: number | null, stages: Array<Stage>, teacherCount: number, modes: Array<StudyMode>, times: Array<StudyTime>, places: Array<StudyPlace>, levels: Array<StudyLevel>, methods: Array<StudyMethod>, domains: Array<{ __typename: 'PlannedDomain', domain: StudyDomain, themes: string, hours: number }> } };

export type SchoolTeachersQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  title?: TeacherTitle | null | undefined;
  subject?: Subject | null | undefined;
  confirmed?: boolean | null | undefined;
  contacts: boolean;
}>;


export type SchoolTeachersQuery = { __typename: 'Query', node:
    | { __typename: 'BusinessAccount', id: string }
    | { __typename: 'Course', id: string }
    | { __typename: 'CourseRegistration', id: string }
    | { __typename: 'HoursCorrection', id: string }
    | { __typename: 'School', code: string, name: string, id: string, county: { __typename: 'County', id: string, name: string, nameEn: string }, viewerCan: { __typename: 'SchoolViewerCan', readTeachers: boolean, manageTeachers: boolean, addTeachers: boolean }, teacherReview: { __typename: 'TeacherReview', semester: string, reviewedAt: string | null, done: boolean, confirmedTeachers: number, teachers: number } | null, teachers: { __typename: 'TeacherConnection', totalCount: number } | null }
    | { __typename: 'SchoolPlan', id: string }
    | { __typename: 'SchoolYear', id: string }
    | { __typename: 'StudyRecord', id: string }
    | { __typename: 'Teacher', id: string }
    | { __typename: 'TeacherPlan', id: string }
   | null, list: { __typename: 'TeacherConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'TeacherEdge', cursor: string, node: { __typename: 'Teacher', id: string, name: string, title: TeacherTitle, subjects: Array<Subject>, nationalIdMasked: string | null, email?: string | null, phone?: string | null, profileConfirmation: { __typename: 'ProfileConfirmation', semester: string | null, confirmedAt: string | null, current: boolean } | null, school: { __typename: 'School', id: string, name: string } } }> } };

export type TeacherReviewStatusFragment = { __typename: 'TeacherReview', semester: string, reviewedAt: string | null, done: boolean, confirmedTeachers: number, teachers: number };

export type MarkTeacherReviewDoneMutationVariables = Exact<{
  schoolId: string;
}>;


export type MarkTeacherReviewDoneMutation = { __typename: 'Mutation', markTeacherReviewDone: { __typename: 'School', id: string, teacherReview: { __typename: 'TeacherReview', semester: string, reviewedAt: string | null, done: boolean, confirmedTeachers: number, teachers: number } | null } };

export type CountySchedulesQueryVariables = Exact<{ [key: string]: never; }>;


export type CountySchedulesQuery = { __typename: 'Query', counties: Array<{ __typename: 'County', id: string, name: string, nameEn: string, order: number, schedules: Array<{ __typename: 'CountySchedule', schoolYear: number, planGroup: string, teacherWave: number }> }> };

export type ConfigureSchoolYearMutationVariables = Exact<{
  input: SchoolYearInput;
}>;


export type ConfigureSchoolYearMutation = { __typename: 'Mutation', configureSchoolYear: { __typename: 'SchoolYear', id: string, year: number, serviceOpensAt: string, serviceClosesAt: string, rewardThresholdPercent: number, windows: Array<{ __typename: 'PlanWindow', planKind: PlanKind, groupKey: string, opensOn: string, closesOn: string, opensAt: string, closesAt: string }> } };

export type CountiesQueryVariables = Exact<{ [key: string]: never; }>;


export type CountiesQuery = { __typename: 'Query', counties: Array<{ __typename: 'County', id: string, code: string, name: string, nameEn: string, order: number }> };

export type SchoolsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  countyId?: string | null | undefined;
  stage?: Stage | null | undefined;
  search?: string | null | undefined;
}>;


export type SchoolsQuery = { __typename: 'Query', schools: { __typename: 'SchoolConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'SchoolEdge', cursor: string, node: { __typename: 'School', id: string, code: string, name: string, stages: Array<Stage>, remoteness: Remoteness | null, studentCount: number | null, county: { __typename: 'County', id: string, name: string, nameEn: string } } }> } };

export type TeacherSurveyStateQueryVariables = Exact<{
  year: number;
}>;


export type TeacherSurveyStateQuery = { __typename: 'Query', myTeacherPlanning: { __typename: 'TeacherPlanning', surveyAnswered: boolean, plan: { __typename: 'TeacherPlan', id: string, status: PlanStatus } | null } };

export type SchoolSurveyStateQueryVariables = Exact<{
  year: number;
}>;


export type SchoolSurveyStateQuery = { __typename: 'Query', me: { __typename: 'Viewer', username: string, school: { __typename: 'School', id: string, planning: { __typename: 'SchoolPlanning', surveyAnswered: boolean, plan: { __typename: 'SchoolPlan', id: string, status: PlanStatus } | null } | null } | null } | null };

export type SurveyResultsQueryVariables = Exact<{
  year: number;
}>;


export type SurveyResultsQuery = { __typename: 'Query', surveyResults: Array<{ __typename: 'CountySurvey', planKind: PlanKind, responses: number, means: Array<number>, county: { __typename: 'County', id: string, name: string, nameEn: string, order: number } }> };

export type TeacherPlanFieldsFragment = { __typename: 'TeacherPlan', id: string, schoolYear: number, status: PlanStatus, version: number, submittedAt: string | null, updatedAt: string, modes: Array<StudyMode>, times: Array<StudyTime>, places: Array<StudyPlace>, levels: Array<StudyLevel>, methods: Array<StudyMethod>, domains: Array<{ __typename: 'PlannedDomain', domain: StudyDomain, themes: string, hours: number }> };

export type TeacherPlanningQueryVariables = Exact<{
  year: number;
}>;


export type TeacherPlanningQuery = { __typename: 'Query', me: { __typename: 'Viewer', username: string, teacher: { __typename: 'Teacher', id: string, name: string, title: TeacherTitle, subjects: Array<Subject>, school: { __typename: 'School', id: string, code: string, name: string } } | null } | null, myTeacherPlanning: { __typename: 'TeacherPlanning', surveyAnswered: boolean, window: { __typename: 'PlanningWindow', schoolYear: number, planKind: PlanKind, groupKey: string | null, opensAt: string | null, closesAt: string | null, serviceOpensAt: string | null, serviceClosesAt: string | null, reopenedUntil: string | null, open: boolean, inService: boolean, secondsLeft: number | null }, plan: { __typename: 'TeacherPlan', id: string, schoolYear: number, status: PlanStatus, version: number, submittedAt: string | null, updatedAt: string, modes: Array<StudyMode>, times: Array<StudyTime>, places: Array<StudyPlace>, levels: Array<StudyLevel>, methods: Array<StudyMethod>, domains: Array<{ __typename: 'PlannedDomain', domain: StudyDomain, themes: string, hours: number }> } | null, schoolPlan: { __typename: 'SchoolPlan', id: string, schoolYear: number, status: PlanStatus, version: number, submittedAt: string | null, updatedAt: string, totalStudents: number | null, stages: Array<Stage>, teacherCount: number, modes: Array<StudyMode>, times: Array<StudyTime>, places: Array<StudyPlace>, levels: Array<StudyLevel>, methods: Array<StudyMethod>, domains: Array<{ __typename: 'PlannedDomain', domain: StudyDomain, themes: string, hours: number }> } | null } };

export type SaveMyTeacherPlanMutationVariables = Exact<{
  input: TeacherPlanInput;
}>;


export type SaveMyTeacherPlanMutation = { __typename: 'Mutation', saveMyTeacherPlan: { __typename: 'TeacherPlan', id: string, schoolYear: number, status: PlanStatus, version: number, submittedAt: string | null, updatedAt: string, modes: Array<StudyMode>, times: Array<StudyTime>, places: Array<StudyPlace>, levels: Array<StudyLevel>, methods: Array<StudyMethod>, domains: Array<{ __typename: 'PlannedDomain', domain: StudyDomain, themes: string, hours: number }> } };

export type SubmitMyTeacherPlanMutationVariables = Exact<{
  schoolYear: number;
  version?: number | null | undefined;
}>;


export type SubmitMyTeacherPlanMutation = { __typename: 'Mutation', submitMyTeacherPlan: { __typename: 'TeacherPlan', id: string, schoolYear: number, status: PlanStatus, version: number, submittedAt: string | null, updatedAt: string, modes: Array<StudyMode>, times: Array<StudyTime>, places: Array<StudyPlace>, levels: Array<StudyLevel>, methods: Array<StudyMethod>, domains: Array<{ __typename: 'PlannedDomain', domain: StudyDomain, themes: string, hours: number }> } };

export type TeachersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  title?: TeacherTitle | null | undefined;
  subject?: Subject | null | undefined;
  confirmed?: boolean | null | undefined;
  contacts: boolean;
}>;


export type TeachersQuery = { __typename: 'Query', teachers: { __typename: 'TeacherConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'TeacherEdge', cursor: string, node: { __typename: 'Teacher', id: string, name: string, title: TeacherTitle, subjects: Array<Subject>, nationalIdMasked: string | null, email?: string | null, phone?: string | null, school: { __typename: 'School', id: string, name: string } } }> } };

export type UnsubscribeMutationVariables = Exact<{
  key: string;
  type: MessageType;
}>;


export type UnsubscribeMutation = { __typename: 'Mutation', unsubscribe: boolean };

export type VerifyCertificateQueryVariables = Exact<{
  code: string;
}>;


export type VerifyCertificateQuery = { __typename: 'Query', verifyCertificate: { __typename: 'CertificateVerification', valid: boolean, certificateNumber: string | null, teacherName: string | null, courseTitle: string | null, hours: number | null, startsOn: string | null, endsOn: string | null, issuerName: string | null } };

export type ManagedAccountFragment = { __typename: 'BusinessAccount', id: string, name: string, role: BusinessRole, status: AccountStatus | null, username: string | null, nationalIdMasked: string | null, email: string | null, phone: string | null, permissions: Array<Permission> | null, version: number | null, assignableRoles: Array<BusinessRole>, grantablePermissions: Array<Permission>, viewerCan: { __typename: 'BusinessAccountViewerCan', manage: boolean, resetPassword: boolean }, unit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind, county: { __typename: 'County', id: string, name: string, nameEn: string } | null } };

export type BusinessAccountsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  unitId?: string | null | undefined;
  search?: string | null | undefined;
  roles?: Array<BusinessRole> | BusinessRole | null | undefined;
  statuses?: Array<AccountStatus> | AccountStatus | null | undefined;
  unitKinds?: Array<UnitKind> | UnitKind | null | undefined;
}>;


export type BusinessAccountsQuery = { __typename: 'Query', businessAccounts: { __typename: 'BusinessAccountConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'BusinessAccountEdge', cursor: string, node: { __typename: 'BusinessAccount', id: string, name: string, role: BusinessRole, status: AccountStatus | null, username: string | null, nationalIdMasked: string | null, email: string | null, phone: string | null, permissions: Array<Permission> | null, version: number | null, assignableRoles: Array<BusinessRole>, grantablePermissions: Array<Permission>, viewerCan: { __typename: 'BusinessAccountViewerCan', manage: boolean, resetPassword: boolean }, unit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind, county: { __typename: 'County', id: string, name: string, nameEn: string } | null } } }> } };

export type UnitAccountsQueryVariables = Exact<{
  unitId: string;
}>;


export type UnitAccountsQuery = { __typename: 'Query', businessAccounts: { __typename: 'BusinessAccountConnection', edges: Array<{ __typename: 'BusinessAccountEdge', node: { __typename: 'BusinessAccount', id: string, name: string, role: BusinessRole, status: AccountStatus | null, username: string | null } }> } };

export type ActivateBusinessAccountMutationVariables = Exact<{
  id: string;
  version?: number | null | undefined;
}>;


export type ActivateBusinessAccountMutation = { __typename: 'Mutation', activateBusinessAccount: { __typename: 'BusinessAccount', id: string, name: string, role: BusinessRole, status: AccountStatus | null, username: string | null, nationalIdMasked: string | null, email: string | null, phone: string | null, permissions: Array<Permission> | null, version: number | null, assignableRoles: Array<BusinessRole>, grantablePermissions: Array<Permission>, viewerCan: { __typename: 'BusinessAccountViewerCan', manage: boolean, resetPassword: boolean }, unit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind, county: { __typename: 'County', id: string, name: string, nameEn: string } | null } } };

export type SuspendBusinessAccountMutationVariables = Exact<{
  id: string;
  version?: number | null | undefined;
  replacementId?: string | null | undefined;
}>;


export type SuspendBusinessAccountMutation = { __typename: 'Mutation', suspendBusinessAccount: { __typename: 'BusinessAccount', id: string, name: string, role: BusinessRole, status: AccountStatus | null, username: string | null, nationalIdMasked: string | null, email: string | null, phone: string | null, permissions: Array<Permission> | null, version: number | null, assignableRoles: Array<BusinessRole>, grantablePermissions: Array<Permission>, viewerCan: { __typename: 'BusinessAccountViewerCan', manage: boolean, resetPassword: boolean }, unit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind, county: { __typename: 'County', id: string, name: string, nameEn: string } | null } } };

export type DeleteBusinessAccountMutationVariables = Exact<{
  id: string;
  version?: number | null | undefined;
  replacementId?: string | null | undefined;
}>;


export type DeleteBusinessAccountMutation = { __typename: 'Mutation', deleteBusinessAccount: { __typename: 'BusinessAccount', id: string, status: AccountStatus | null } };

export type SetBusinessAccountPermissionsMutationVariables = Exact<{
  id: string;
  permissions: Array<Permission> | Permission;
  version?: number | null | undefined;
}>;


export type SetBusinessAccountPermissionsMutation = { __typename: 'Mutation', setBusinessAccountPermissions: { __typename: 'BusinessAccount', id: string, name: string, role: BusinessRole, status: AccountStatus | null, username: string | null, nationalIdMasked: string | null, email: string | null, phone: string | null, permissions: Array<Permission> | null, version: number | null, assignableRoles: Array<BusinessRole>, grantablePermissions: Array<Permission>, viewerCan: { __typename: 'BusinessAccountViewerCan', manage: boolean, resetPassword: boolean }, unit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind, county: { __typename: 'County', id: string, name: string, nameEn: string } | null } } };

export type ChangeBusinessAccountRoleMutationVariables = Exact<{
  id: string;
  role: BusinessRole;
  version?: number | null | undefined;
  replacementId?: string | null | undefined;
}>;


export type ChangeBusinessAccountRoleMutation = { __typename: 'Mutation', changeBusinessAccountRole: { __typename: 'BusinessAccount', id: string, name: string, role: BusinessRole, status: AccountStatus | null, username: string | null, nationalIdMasked: string | null, email: string | null, phone: string | null, permissions: Array<Permission> | null, version: number | null, assignableRoles: Array<BusinessRole>, grantablePermissions: Array<Permission>, viewerCan: { __typename: 'BusinessAccountViewerCan', manage: boolean, resetPassword: boolean }, unit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind, county: { __typename: 'County', id: string, name: string, nameEn: string } | null } } };

export type ResetPasswordMutationVariables = Exact<{
  accountId: string;
}>;


export type ResetPasswordMutation = { __typename: 'Mutation', resetPassword: { __typename: 'PasswordReset', username: string, temporaryPassword: string } };

export type CourseCatalogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  countyId?: string | null | undefined;
  organiserId?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  openNow?: boolean | null | undefined;
  hasSeats?: boolean | null | undefined;
  fitsMe?: boolean | null | undefined;
  domain?: Array<StudyDomain> | StudyDomain | null | undefined;
  level?: Array<StudyLevel> | StudyLevel | null | undefined;
  method?: Array<StudyMethod> | StudyMethod | null | undefined;
  mode?: Array<StudyMode> | StudyMode | null | undefined;
  time?: Array<StudyTime> | StudyTime | null | undefined;
  place?: Array<StudyPlace> | StudyPlace | null | undefined;
  orderBy?: CourseOrder | null | undefined;
}>;


export type CourseCatalogQuery = { __typename: 'Query', courses: { __typename: 'CourseConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'CourseEdge', cursor: string, node: { __typename: 'Course', id: string, code: string, title: string, domain: StudyDomain, hours: number, startsAt: string, endsAt: string, status: CourseStatus, capacity: number, seatsLeft: number, waitlistLeft: number, registrationOpen: boolean, registrationClosesAt: string, place: StudyPlace, fitsMe: boolean | null, organiser: { __typename: 'Unit', id: string, name: string }, county: { __typename: 'County', id: string, name: string, nameEn: string } | null, myRegistration: { __typename: 'CourseRegistration', id: string, status: RegistrationStatus } | null } }> } };

export type SubmitCourseMutationVariables = Exact<{
  id: string;
  version?: number | null | undefined;
}>;


export type SubmitCourseMutation = { __typename: 'Mutation', submitCourse: { __typename: 'Course', id: string, status: CourseStatus, version: number, statusNote: string | null } };

export type ApproveCourseMutationVariables = Exact<{
  id: string;
  version?: number | null | undefined;
}>;


export type ApproveCourseMutation = { __typename: 'Mutation', approveCourse: { __typename: 'Course', id: string, status: CourseStatus, version: number, statusNote: string | null } };

export type ReturnCourseMutationVariables = Exact<{
  id: string;
  reason: string;
  version?: number | null | undefined;
}>;


export type ReturnCourseMutation = { __typename: 'Mutation', returnCourse: { __typename: 'Course', id: string, status: CourseStatus, version: number, statusNote: string | null } };

export type PublishCourseMutationVariables = Exact<{
  id: string;
  version?: number | null | undefined;
}>;


export type PublishCourseMutation = { __typename: 'Mutation', publishCourse: { __typename: 'Course', id: string, status: CourseStatus, version: number, statusNote: string | null } };

export type CancelCourseMutationVariables = Exact<{
  id: string;
  reason: string;
  version?: number | null | undefined;
}>;


export type CancelCourseMutation = { __typename: 'Mutation', cancelCourse: { __typename: 'Course', id: string, status: CourseStatus, version: number, statusNote: string | null } };

export type CloseCourseMutationVariables = Exact<{
  id: string;
  version?: number | null | undefined;
}>;


export type CloseCourseMutation = { __typename: 'Mutation', closeCourse: { __typename: 'Course', id: string, status: CourseStatus, version: number, statusNote: string | null } };

export type UnitCoursesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  organiserId?: string | null | undefined;
  status?: Array<CourseStatus> | CourseStatus | null | undefined;
  search?: string | null | undefined;
}>;


export type UnitCoursesQuery = { __typename: 'Query', courses: { __typename: 'CourseConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'CourseEdge', cursor: string, node: { __typename: 'Course', id: string, code: string, title: string, status: CourseStatus, startsAt: string, capacity: number, admittedCount: number, waitlistedCount: number, statusNote: string | null, organiser: { __typename: 'Unit', id: string, name: string }, viewerCan: { __typename: 'CourseViewerCan', update: boolean, submit: boolean, approve: boolean, publish: boolean, manageRoster: boolean } } }> } };

export type CourseAdminQueryVariables = Exact<{
  id: string;
}>;


export type CourseAdminQuery = { __typename: 'Query', node:
    | { __typename: 'BusinessAccount', id: string }
    | { __typename: 'Course', code: string, title: string, status: CourseStatus, statusNote: string | null, version: number, id: string, viewerCan: { __typename: 'CourseViewerCan', update: boolean, submit: boolean, approve: boolean, publish: boolean, cancel: boolean, close: boolean, manageRoster: boolean, recordAttendance: boolean, issueHours: boolean } }
    | { __typename: 'CourseRegistration', id: string }
    | { __typename: 'HoursCorrection', id: string }
    | { __typename: 'School', id: string }
    | { __typename: 'SchoolPlan', id: string }
    | { __typename: 'SchoolYear', id: string }
    | { __typename: 'StudyRecord', id: string }
    | { __typename: 'Teacher', id: string }
    | { __typename: 'TeacherPlan', id: string }
   | null };

export type CreateCourseMutationVariables = Exact<{
  input: CourseInput;
}>;


export type CreateCourseMutation = { __typename: 'Mutation', createCourse: { __typename: 'Course', id: string, code: string, status: CourseStatus, version: number } };

export type UpdateCourseMutationVariables = Exact<{
  id: string;
  input: CourseInput;
  version?: number | null | undefined;
}>;


export type UpdateCourseMutation = { __typename: 'Mutation', updateCourse: { __typename: 'Course', id: string, code: string, status: CourseStatus, version: number } };

export type CourseHoursQueryVariables = Exact<{
  id: string;
  first: number;
}>;


export type CourseHoursQuery = { __typename: 'Query', node:
    | { __typename: 'BusinessAccount', id: string }
    | { __typename: 'Course', title: string, hours: number, closedForHours: boolean, id: string, viewerCan: { __typename: 'CourseViewerCan', recordAttendance: boolean, issueHours: boolean, manageRoster: boolean }, sessions: Array<{ __typename: 'CourseSession', id: string, startsAt: string, endsAt: string, attendance: Array<{ __typename: 'SessionAttendance', registrationId: string, status: AttendanceStatus, method: AttendanceMethod }> | null }>, registrations: { __typename: 'CourseRegistrationConnection', totalCount: number, edges: Array<{ __typename: 'CourseRegistrationEdge', node: { __typename: 'CourseRegistration', id: string, queueNo: number, teacherName: string } }> } | null, studyRecords: { __typename: 'StudyRecordConnection', totalCount: number, edges: Array<{ __typename: 'StudyRecordEdge', node: { __typename: 'StudyRecord', id: string, hours: number, certificateNumber: string, teacher: { __typename: 'Teacher', id: string, name: string } | null, corrections: Array<{ __typename: 'HoursCorrection', id: string, status: CorrectionStatus, hoursAfter: number }> } }> } | null }
    | { __typename: 'CourseRegistration', id: string }
    | { __typename: 'HoursCorrection', id: string }
    | { __typename: 'School', id: string }
    | { __typename: 'SchoolPlan', id: string }
    | { __typename: 'SchoolYear', id: string }
    | { __typename: 'StudyRecord', id: string }
    | { __typename: 'Teacher', id: string }
    | { __typename: 'TeacherPlan', id: string }
   | null };

export type OpenSessionSignInMutationVariables = Exact<{
  sessionId: string;
}>;


export type OpenSessionSignInMutation = { __typename: 'Mutation', openSessionSignIn: { __typename: 'SessionSignIn', code: string, validFrom: string, validUntil: string, signInPath: string } };

export type RecordAttendanceMutationVariables = Exact<{
  sessionId: string;
  entries: Array<AttendanceInput> | AttendanceInput;
}>;


export type RecordAttendanceMutation = { __typename: 'Mutation', recordAttendance: { __typename: 'AttendanceResult', recorded: number } };

export type IssueHoursMutationVariables = Exact<{
  courseId: string;
}>;


export type IssueHoursMutation = { __typename: 'Mutation', issueHours: { __typename: 'HoursIssueReport', issued: number, alreadyIssued: number, withoutHours: number, hoursIssued: number } };

export type CorrectStudyRecordMutationVariables = Exact<{
  id: string;
  hours: number;
  reason: string;
}>;


export type CorrectStudyRecordMutation = { __typename: 'Mutation', correctStudyRecord: { __typename: 'HoursCorrection', id: string, status: CorrectionStatus, hoursAfter: number } };

export type CoursePageQueryVariables = Exact<{
  id: string;
}>;


export type CoursePageQuery = { __typename: 'Query', course: { __typename: 'Course', id: string, code: string, schoolYear: number, title: string, description: string, domain: StudyDomain, themes: string, level: StudyLevel, mode: StudyMode, place: StudyPlace, methods: Array<StudyMethod>, times: Array<StudyTime>, hours: number, capacity: number, waitlistSize: number, admittedCount: number, waitlistedCount: number, seatsLeft: number, waitlistLeft: number, registrationOpensAt: string, registrationClosesAt: string, registrationOpen: boolean, startsAt: string, endsAt: string, schoolApproval: boolean, status: CourseStatus, statusNote: string | null, fitsMe: boolean | null, organiser: { __typename: 'Unit', id: string, name: string }, county: { __typename: 'County', id: string, name: string, nameEn: string } | null, contact: { __typename: 'CourseContact', name: string, phone: string | null, email: string | null }, sessions: Array<{ __typename: 'CourseSession', startsAt: string, endsAt: string, address: string | null, onlineUrl: string | null, county: { __typename: 'County', id: string, name: string, nameEn: string } | null }>, audience: { __typename: 'CourseAudience', everyone: boolean, stages: Array<Stage>, subjects: Array<Subject>, titles: Array<TeacherTitle>, counties: Array<{ __typename: 'County', id: string, name: string, nameEn: string }> }, myRegistration: { __typename: 'CourseRegistration', id: string, status: RegistrationStatus, approval: SchoolApproval, queueNo: number, waitlistPosition: number | null } | null, viewerCan: { __typename: 'CourseViewerCan', enrol: boolean, withdraw: boolean, update: boolean, manageRoster: boolean, approve: boolean } } | null };

export type EnrolInCourseMutationVariables = Exact<{
  courseId: string;
}>;


export type EnrolInCourseMutation = { __typename: 'Mutation', enrolInCourse: { __typename: 'CourseRegistration', id: string, status: RegistrationStatus, approval: SchoolApproval, queueNo: number, waitlistPosition: number | null } };

export type WithdrawFromCourseMutationVariables = Exact<{
  courseId: string;
}>;


export type WithdrawFromCourseMutation = { __typename: 'Mutation', withdrawFromCourse: { __typename: 'CourseRegistration', id: string, status: RegistrationStatus } };

export type CourseReviewQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status?: Array<CourseStatus> | CourseStatus | null | undefined;
}>;


export type CourseReviewQuery = { __typename: 'Query', courses: { __typename: 'CourseConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'CourseEdge', cursor: string, node: { __typename: 'Course', id: string, code: string, title: string, status: CourseStatus, version: number, hours: number, capacity: number, startsAt: string, submittedAt: string | null, organiser: { __typename: 'Unit', id: string, name: string, kind: UnitKind }, county: { __typename: 'County', id: string, name: string, nameEn: string } | null, viewerCan: { __typename: 'CourseViewerCan', submit: boolean, approve: boolean, publish: boolean, cancel: boolean, close: boolean } } }> } };

export type PendingHoursCorrectionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PendingHoursCorrectionsQuery = { __typename: 'Query', hoursCorrections: { __typename: 'HoursCorrectionConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'HoursCorrectionEdge', cursor: string, node: { __typename: 'HoursCorrection', id: string, hoursBefore: number, hoursAfter: number, reason: string, status: CorrectionStatus, requestedAt: string, teacherName: string | null, course: { __typename: 'Course', id: string, code: string, title: string, organiser: { __typename: 'Unit', id: string, name: string } } | null, viewerCan: { __typename: 'HoursCorrectionViewerCan', decide: boolean } } }> } };

export type DecideHoursCorrectionMutationVariables = Exact<{
  id: string;
  approve: boolean;
  note?: string | null | undefined;
}>;


export type DecideHoursCorrectionMutation = { __typename: 'Mutation', decideHoursCorrection: { __typename: 'HoursCorrection', id: string, status: CorrectionStatus, decidedAt: string | null } };

export type MyStudyHoursQueryVariables = Exact<{
  schoolYear: number;
  first: number;
}>;


export type MyStudyHoursQuery = { __typename: 'Query', me: { __typename: 'Viewer', username: string, teacher: { __typename: 'Teacher', id: string, hours: { __typename: 'StudyHours', schoolYear: number, total: number, byDomain: Array<{ __typename: 'DomainHours', domain: StudyDomain, hours: number }> } | null, attainment: { __typename: 'HoursAttainment', schoolYear: number, hasPlan: boolean, plannedTotal: number, earnedTotal: number, rate: number | null, domains: Array<{ __typename: 'DomainAttainment', domain: StudyDomain, planned: number, earned: number, reached: boolean }> } | null, studyRecords: { __typename: 'StudyRecordConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'StudyRecordEdge', cursor: string, node: { __typename: 'StudyRecord', id: string, source: StudyRecordSource, title: string, issuerName: string, domain: StudyDomain, hours: number, startsOn: string, endsOn: string, certificateNumber: string, certificateUrl: string } }> } | null } | null } | null };

export type MyCourseRegistrationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyCourseRegistrationsQuery = { __typename: 'Query', me: { __typename: 'Viewer', username: string, teacher: { __typename: 'Teacher', id: string, registrations: { __typename: 'CourseRegistrationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'CourseRegistrationEdge', cursor: string, node: { __typename: 'CourseRegistration', id: string, status: RegistrationStatus, approval: SchoolApproval, queueNo: number, waitlistPosition: number | null, registeredAt: string, course: { __typename: 'Course', id: string, code: string, title: string, startsAt: string, hours: number, status: CourseStatus, organiser: { __typename: 'Unit', id: string, name: string }, viewerCan: { __typename: 'CourseViewerCan', withdraw: boolean } } | null } }> } | null } | null } | null };

export type WithdrawMyRegistrationMutationVariables = Exact<{
  courseId: string;
}>;


export type WithdrawMyRegistrationMutation = { __typename: 'Mutation', withdrawFromCourse: { __typename: 'CourseRegistration', id: string, status: RegistrationStatus } };

export type CourseRosterQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type CourseRosterQuery = { __typename: 'Query', node:
    | { __typename: 'BusinessAccount', id: string }
    | { __typename: 'Course', admittedCount: number, waitlistedCount: number, id: string, registrations: { __typename: 'CourseRegistrationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'CourseRegistrationEdge', cursor: string, node: { __typename: 'CourseRegistration', id: string, queueNo: number, status: RegistrationStatus, approval: SchoolApproval, waitlistPosition: number | null, teacherName: string, teacherTitle: TeacherTitle | null, nationalIdMasked: string | null, registeredAt: string, school: { __typename: 'School', id: string, code: string, name: string } } }> } | null }
    | { __typename: 'CourseRegistration', id: string }
    | { __typename: 'HoursCorrection', id: string }
    | { __typename: 'School', id: string }
    | { __typename: 'SchoolPlan', id: string }
    | { __typename: 'SchoolYear', id: string }
    | { __typename: 'StudyRecord', id: string }
    | { __typename: 'Teacher', id: string }
    | { __typename: 'TeacherPlan', id: string }
   | null };

export type UploadCourseParticipantsMutationVariables = Exact<{
  courseId: string;
  file: string;
  format: SheetFormat;
  dryRun: boolean;
}>;


export type UploadCourseParticipantsMutation = { __typename: 'Mutation', uploadCourseParticipants: { __typename: 'ParticipantUploadReport', dryRun: boolean, committed: boolean, rows: number, accepted: number, alreadyAdmitted: number, problems: Array<{ __typename: 'UploadProblem', row: number, kind: UploadProblemKind, nationalIdMasked: string }> } };

export type SchoolCourseRegistrationsQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
  approval?: SchoolApproval | null | undefined;
}>;


export type SchoolCourseRegistrationsQuery = { __typename: 'Query', node:
    | { __typename: 'BusinessAccount', id: string }
    | { __typename: 'Course', id: string }
    | { __typename: 'CourseRegistration', id: string }
    | { __typename: 'HoursCorrection', id: string }
    | { __typename: 'School', name: string, id: string, courseRegistrations: { __typename: 'CourseRegistrationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'CourseRegistrationEdge', cursor: string, node: { __typename: 'CourseRegistration', id: string, status: RegistrationStatus, approval: SchoolApproval, waitlistPosition: number | null, teacherName: string, teacherTitle: TeacherTitle | null, nationalIdMasked: string | null, registeredAt: string, course: { __typename: 'Course', id: string, code: string, title: string, startsAt: string, hours: number, organiser: { __typename: 'Unit', id: string, name: string } } | null } }> } | null }
    | { __typename: 'SchoolPlan', id: string }
    | { __typename: 'SchoolYear', id: string }
    | { __typename: 'StudyRecord', id: string }
    | { __typename: 'Teacher', id: string }
    | { __typename: 'TeacherPlan', id: string }
   | null };

export type DecideCourseRegistrationMutationVariables = Exact<{
  id: string;
  approve: boolean;
}>;


export type DecideCourseRegistrationMutation = { __typename: 'Mutation', decideCourseRegistration: { __typename: 'CourseRegistration', id: string, status: RegistrationStatus, approval: SchoolApproval } };

export type SignInToSessionMutationVariables = Exact<{
  code: string;
}>;


export type SignInToSessionMutation = { __typename: 'Mutation', signInToSession: { __typename: 'SessionAttendance', registrationId: string, status: AttendanceStatus, method: AttendanceMethod, recordedAt: string } };

export type PlanningProgressQueryVariables = Exact<{
  year: number;
  countyId?: string | null | undefined;
}>;


export type PlanningProgressQuery = { __typename: 'Query', planningProgress: Array<{ __typename: 'CountyProgress', planGroup: string | null, teacherWave: number | null, schools: number, schoolsSubmitted: number, teachers: number, teachersSubmitted: number, county: { __typename: 'County', id: string, name: string, nameEn: string } }> };

export type PendingSchoolsQueryVariables = Exact<{
  year: number;
  countyId?: string | null | undefined;
}>;


export type PendingSchoolsQuery = { __typename: 'Query', pendingSchools: Array<{ __typename: 'PendingSchool', schoolPlanSubmitted: boolean, pendingTeachers: number, school: { __typename: 'School', id: string, name: string, code: string, county: { __typename: 'County', id: string, name: string, nameEn: string } } }> };

export type ReminderFieldsFragment = { __typename: 'Reminder', planKind: PlanKind, sentAt: string, sentBy: string, recipients: number, pendingTeachers: number, school: { __typename: 'School', id: string, name: string, code: string, county: { __typename: 'County', id: string, name: string, nameEn: string } } };

export type RemindersQueryVariables = Exact<{
  year: number;
}>;


export type RemindersQuery = { __typename: 'Query', reminders: Array<{ __typename: 'Reminder', planKind: PlanKind, sentAt: string, sentBy: string, recipients: number, pendingTeachers: number, school: { __typename: 'School', id: string, name: string, code: string, county: { __typename: 'County', id: string, name: string, nameEn: string } } }> };

export type RemindPendingSchoolsMutationVariables = Exact<{
  year: number;
  countyId?: string | null | undefined;
}>;


export type RemindPendingSchoolsMutation = { __typename: 'Mutation', remindPendingSchools: Array<{ __typename: 'Reminder', planKind: PlanKind, sentAt: string, sentBy: string, recipients: number, pendingTeachers: number, school: { __typename: 'School', id: string, name: string, code: string, county: { __typename: 'County', id: string, name: string, nameEn: string } } }> };

export type SchoolTeacherProgressQueryVariables = Exact<{
  id: string;
  year: number;
}>;


export type SchoolTeacherProgressQuery = { __typename: 'Query', node:
    | { __typename: 'BusinessAccount', id: string }
    | { __typename: 'Course', id: string }
    | { __typename: 'CourseRegistration', id: string }
    | { __typename: 'HoursCorrection', id: string }
    | { __typename: 'School', name: string, code: string, id: string, teacherProgress: { __typename: 'TeacherProgress', teachers: number, submitted: number, pending: Array<{ __typename: 'Teacher', id: string, name: string, title: TeacherTitle }> } | null, planning: { __typename: 'SchoolPlanning', window: { __typename: 'PlanningWindow', schoolYear: number, planKind: PlanKind, groupKey: string | null, opensAt: string | null, closesAt: string | null }, plan: { __typename: 'SchoolPlan', id: string, status: PlanStatus, submittedAt: string | null } | null } | null }
    | { __typename: 'SchoolPlan', id: string }
    | { __typename: 'SchoolYear', id: string }
    | { __typename: 'StudyRecord', id: string }
    | { __typename: 'Teacher', id: string }
    | { __typename: 'TeacherPlan', id: string }
   | null };

export type FindSchoolToReopenQueryVariables = Exact<{
  search: string;
  countyId?: string | null | undefined;
}>;


export type FindSchoolToReopenQuery = { __typename: 'Query', schools: { __typename: 'SchoolConnection', totalCount: number, edges: Array<{ __typename: 'SchoolEdge', node: { __typename: 'School', id: string, code: string, name: string, county: { __typename: 'County', id: string, name: string, nameEn: string } } }> } };

export const MessagingPreferencesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessagingPreferencesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessagingPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"mutedTypes"}},{"kind":"Field","name":{"kind":"Name","value":"mutableTypes"}},{"kind":"Field","name":{"kind":"Name","value":"essentialTypes"}}]}}]} as unknown as DocumentNode<MessagingPreferencesFieldsFragment, unknown>;
export const TeacherRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeacherRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Teacher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"email"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"phone"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TeacherRowFragment, unknown>;
export const ReviewTeacherFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewTeacher"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Teacher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeacherRow"}},{"kind":"Field","name":{"kind":"Name","value":"profileConfirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"semester"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeacherRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Teacher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"email"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"phone"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReviewTeacherFragment, unknown>;
export const DemandResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DemandResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"fromSummary"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedToCounty"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"hoursSum"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMean"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<DemandResultFieldsFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"pointsUsed"}}]}}]} as unknown as DocumentNode<ApiKeyFieldsFragment, unknown>;
export const MyProfileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Teacher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileConfirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"semester"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<MyProfileFieldsFragment, unknown>;
export const PlanningWindowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningWindowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningWindow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"planKind"}},{"kind":"Field","name":{"kind":"Name","value":"groupKey"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"inService"}},{"kind":"Field","name":{"kind":"Name","value":"secondsLeft"}}]}}]} as unknown as DocumentNode<PlanningWindowFieldsFragment, unknown>;
export const SchoolPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalStudents"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"teacherCount"}},{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"times"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]} as unknown as DocumentNode<SchoolPlanFieldsFragment, unknown>;
export const TeacherReviewStatusFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeacherReviewStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeacherReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"semester"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}}]}}]} as unknown as DocumentNode<TeacherReviewStatusFragment, unknown>;
export const TeacherPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeacherPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeacherPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"times"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]} as unknown as DocumentNode<TeacherPlanFieldsFragment, unknown>;
export const ManagedAccountFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignableRoles"}},{"kind":"Field","name":{"kind":"Name","value":"grantablePermissions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"resetPassword"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<ManagedAccountFragment, unknown>;
export const ReminderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReminderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reminder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"planKind"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"pendingTeachers"}}]}}]} as unknown as DocumentNode<ReminderFieldsFragment, unknown>;
export const ViewerDocument = {"__meta__":{"hash":"9b4afe6f8e03a607eb94add79e1c153d4ef95c2b088e5e36b5fc1cec1431a48a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"can"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"readSchools"}},{"kind":"Field","name":{"kind":"Name","value":"readTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"browseSchools"}},{"kind":"Field","name":{"kind":"Name","value":"browseTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"readTeacherContacts"}},{"kind":"Field","name":{"kind":"Name","value":"readBusinessAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"manageBusinessAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"manageTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"readAudit"}},{"kind":"Field","name":{"kind":"Name","value":"ownProfile"}},{"kind":"Field","name":{"kind":"Name","value":"readStatistics"}},{"kind":"Field","name":{"kind":"Name","value":"readSchoolStatistics"}},{"kind":"Field","name":{"kind":"Name","value":"fillSchoolPlan"}},{"kind":"Field","name":{"kind":"Name","value":"fillTeacherPlan"}},{"kind":"Field","name":{"kind":"Name","value":"answerSurvey"}},{"kind":"Field","name":{"kind":"Name","value":"followProgress"}},{"kind":"Field","name":{"kind":"Name","value":"followEveryCounty"}},{"kind":"Field","name":{"kind":"Name","value":"followSchoolProgress"}},{"kind":"Field","name":{"kind":"Name","value":"remindAndReopen"}},{"kind":"Field","name":{"kind":"Name","value":"readRewards"}},{"kind":"Field","name":{"kind":"Name","value":"readSurveyResults"}},{"kind":"Field","name":{"kind":"Name","value":"configureSchoolYears"}},{"kind":"Field","name":{"kind":"Name","value":"manageApiKeys"}},{"kind":"Field","name":{"kind":"Name","value":"registerCourses"}},{"kind":"Field","name":{"kind":"Name","value":"manageCourses"}},{"kind":"Field","name":{"kind":"Name","value":"approveCourses"}},{"kind":"Field","name":{"kind":"Name","value":"enrolInCourses"}},{"kind":"Field","name":{"kind":"Name","value":"decideCourseRegistrations"}},{"kind":"Field","name":{"kind":"Name","value":"startExport"}},{"kind":"Field","name":{"kind":"Name","value":"exportKinds"}},{"kind":"Field","name":{"kind":"Name","value":"exportKindsBySchoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"readSupplyDemand"}},{"kind":"Field","name":{"kind":"Name","value":"readDemandReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const LogoutDocument = {"__meta__":{"hash":"64c61094b1bd99d0f1726da3b92a011b02483334b394b4890c7a449f152dd4bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MyMessagingPreferencesDocument = {"__meta__":{"hash":"0bc9f4fcf239d53cbffdc764e460dfe601773f28f19da3528d079ca943e007ae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMessagingPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myMessagingPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessagingPreferencesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessagingPreferencesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessagingPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"mutedTypes"}},{"kind":"Field","name":{"kind":"Name","value":"mutableTypes"}},{"kind":"Field","name":{"kind":"Name","value":"essentialTypes"}}]}}]} as unknown as DocumentNode<MyMessagingPreferencesQuery, MyMessagingPreferencesQueryVariables>;
export const SetMessagingPreferencesDocument = {"__meta__":{"hash":"9d2a9f5891f009c7499d8c83052910807a8330b85ae4115448d688a85b99ed05"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMessagingPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessagingPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setMessagingPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessagingPreferencesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessagingPreferencesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessagingPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"mutedTypes"}},{"kind":"Field","name":{"kind":"Name","value":"mutableTypes"}},{"kind":"Field","name":{"kind":"Name","value":"essentialTypes"}}]}}]} as unknown as DocumentNode<SetMessagingPreferencesMutation, SetMessagingPreferencesMutationVariables>;
export const ReopenSchoolPlanDocument = {"__meta__":{"hash":"2ce61d83bbb4383d913eb0a7b6d5d964fbbdc0357d2af78e1e277e1086f9c10e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenSchoolPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reopenSchoolPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}}]}]}}]} as unknown as DocumentNode<ReopenSchoolPlanMutation, ReopenSchoolPlanMutationVariables>;
export const ReopenTeacherPlanDocument = {"__meta__":{"hash":"767a88970ec270d6c1bc5232de038284a85c5ef692b42336f47943c4ef4501d7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenTeacherPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teacherId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reopenTeacherPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teacherId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teacherId"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}}]}]}}]} as unknown as DocumentNode<ReopenTeacherPlanMutation, ReopenTeacherPlanMutationVariables>;
export const SchoolPlanStateDocument = {"__meta__":{"hash":"d716c7dca5cac3ea94a3124d89063cc52569f61ca6f44cb3b89d796ea7141fa6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolPlanState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"planning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"canReopen"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolPlanStateQuery, SchoolPlanStateQueryVariables>;
export const SubmitSatisfactionSurveyDocument = {"__meta__":{"hash":"b69f5560bff897b7e60bc43e9c200311d47106ebac7c1e8b85540e5410be4c2c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSatisfactionSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ratings"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submitSatisfactionSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"ratings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ratings"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}]}]}}]} as unknown as DocumentNode<SubmitSatisfactionSurveyMutation, SubmitSatisfactionSurveyMutationVariables>;
export const AddTeacherDocument = {"__meta__":{"hash":"7796ef35189a8acd554497ff8cb155ab8cd22d59cf04b4e1628ba2a0c366e305"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTeacher"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewTeacherInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addTeacher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddTeacherMutation, AddTeacherMutationVariables>;
export const TransferTeacherDocument = {"__meta__":{"hash":"b00494247235222821d2041a99e28b9daed026627aecce05c86d65069145f89f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferTeacher"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nationalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toSchoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"transferTeacher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"nationalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nationalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toSchoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toSchoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"teacherNationalIdMasked"}}]}}]}}]} as unknown as DocumentNode<TransferTeacherMutation, TransferTeacherMutationVariables>;
export const TeacherTransfersDocument = {"__meta__":{"hash":"e730348558230ba0094207984247cfbb4d7375e6e1d7ce4f92094d7c9e86399f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeacherTransfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"teacherTransfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"teacherNationalIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canAccept"}},{"kind":"Field","name":{"kind":"Name","value":"canWithdraw"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeacherTransfersQuery, TeacherTransfersQueryVariables>;
export const AcceptTeacherTransferDocument = {"__meta__":{"hash":"2e85952cce6748702f56d25c2b020245e040070ee879149472e889608f6fe923"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptTeacherTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"acceptTeacherTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcceptTeacherTransferMutation, AcceptTeacherTransferMutationVariables>;
export const DeclineTeacherTransferDocument = {"__meta__":{"hash":"c46a48ec9299624b21415a406f50beb863d4545b65e30fb28965522d65cdda58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineTeacherTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"declineTeacherTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeclineTeacherTransferMutation, DeclineTeacherTransferMutationVariables>;
export const CorrectTeachersDocument = {"__meta__":{"hash":"04569ff006859f46afb8998b75dc20b78ae54da568d00337251c2fd21b2f3d4a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectTeachers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeacherCorrectionInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"correctTeachers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewTeacher"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeacherRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Teacher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"email"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"phone"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewTeacher"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Teacher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeacherRow"}},{"kind":"Field","name":{"kind":"Name","value":"profileConfirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"semester"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<CorrectTeachersMutation, CorrectTeachersMutationVariables>;
export const AnalysisDemandDocument = {"__meta__":{"hash":"e3280f8bcde55ad116afaf9a960d63ab744f36f4d15211fcd59d8674d9ab6ee4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalysisDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DemandSource"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DemandGroupBy"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DemandFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"overall"},"name":{"kind":"Name","value":"demand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"dimension"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandResultFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"demand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"dimension"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DemandResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"fromSummary"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedToCounty"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"hoursSum"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMean"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<AnalysisDemandQuery, AnalysisDemandQueryVariables>;
export const DemandDocument = {"__meta__":{"hash":"6ca54bdf008e9f1e49288ed1f648eb5888b035f8628fcd06995757e4a2a0a03c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Demand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DemandSource"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DemandGroupBy"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DemandFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"dimension"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DemandResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"fromSummary"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedToCounty"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"hoursSum"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMean"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<DemandQuery, DemandQueryVariables>;
export const ParticipationDocument = {"__meta__":{"hash":"5aeb76729b71e8c141c3fb54b49abf95f2f46982e0eafd2f3cd5006b3a0368ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Participation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"years"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYears"},"value":{"kind":"Variable","name":{"kind":"Name","value":"years"}}},{"kind":"Argument","name":{"kind":"Name","value":"countyIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"order"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schoolsInvited"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"teachersInvited"}},{"kind":"Field","name":{"kind":"Name","value":"teachersSubmitted"}}]}}]}}]} as unknown as DocumentNode<ParticipationQuery, ParticipationQueryVariables>;
export const AlignmentDocument = {"__meta__":{"hash":"1f8862780cac8d135cef0f6909db65e5c45723b42258b44e0cd227d6b8a540bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Alignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlignmentBy"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"alignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"countyIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"order"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teacherPlans"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"domainMatch"}},{"kind":"Field","name":{"kind":"Name","value":"needsMatch"}}]}}]}}]} as unknown as DocumentNode<AlignmentQuery, AlignmentQueryVariables>;
export const SchoolDemandComparisonDocument = {"__meta__":{"hash":"72b1d68840e6d3dbd3090ec6299368a70ef06b1fcf694b65fb26f8cd0016f3af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolDemandComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DemandSource"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDemandComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"dimension"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandResultFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DemandResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"fromSummary"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedToCounty"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"hoursSum"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMean"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolDemandComparisonQuery, SchoolDemandComparisonQueryVariables>;
export const SupplyDemandDocument = {"__meta__":{"hash":"7bdb11d401f06bb22d169998e9cbada2b3b5cf6d6e289ed6fb98d8f11e12f2ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplyDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplyGroupBy"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"supplyDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"dimension"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedToCounty"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"}},{"kind":"Field","name":{"kind":"Name","value":"demandPlans"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"courses"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"hoursOffered"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"hoursIssued"}},{"kind":"Field","name":{"kind":"Name","value":"seatsPer100"}},{"kind":"Field","name":{"kind":"Name","value":"fillRate"}},{"kind":"Field","name":{"kind":"Name","value":"issuedShare"}}]}}]}}]}}]} as unknown as DocumentNode<SupplyDemandQuery, SupplyDemandQueryVariables>;
export const ReferenceItemsDocument = {"__meta__":{"hash":"a593572ac45f8dec61b2087fb79857499ace76aa3b0da68f6222ee4a076bd376"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"list"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferenceList"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"referenceItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"list"},"value":{"kind":"Variable","name":{"kind":"Name","value":"list"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ReferenceItemsQuery, ReferenceItemsQueryVariables>;
export const SchoolYearsDocument = {"__meta__":{"hash":"b05dbdb1c62a5a1c7ee39e3dc8f5189d61fed9ad8cc5da934e2a35c867261950"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"serviceOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"rewardThresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"planKind"}},{"kind":"Field","name":{"kind":"Name","value":"groupKey"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolYearsQuery, SchoolYearsQueryVariables>;
export const ApiKeysDocument = {"__meta__":{"hash":"49c2f05cc09b571ffa3bd0f74423abfc25e7f87eaffd6331f3f918fcdb6afc44"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"pointsUsed"}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"__meta__":{"hash":"cdb46a096dfc87139e2388725803e64b608ffdbc07a7acfff6537712c166c9c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"pointsUsed"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RotateApiKeyDocument = {"__meta__":{"hash":"46caa335b00929ce3464a472f13d609f96842a74fcafc20c22e3c83fdfda865d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rotateApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"pointsUsed"}}]}}]} as unknown as DocumentNode<RotateApiKeyMutation, RotateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"__meta__":{"hash":"df482f223335376f7d4b5efad51776adde5a452ad124a2683453603e0b31cee4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"pointsUsed"}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const UnitsByNameDocument = {"__meta__":{"hash":"6b72c366a48963342fe30b6b80be96058ecbec8e5dc8de4431b106b2823e32a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitsByName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unitsByName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"countyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedRoles"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<UnitsByNameQuery, UnitsByNameQueryVariables>;
export const ApplyForBusinessAccountDocument = {"__meta__":{"hash":"770bcf22ef805e447cf2d550590e0cb6cae296cea6598b2d6022fa70dfe8a507"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForBusinessAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForBusinessAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applyForBusinessAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyForBusinessAccountMutation, ApplyForBusinessAccountMutationVariables>;
export const AuditEventsDocument = {"__meta__":{"hash":"307d8973592e39acbfea9ccaa3a381f09cf6e6a0d2e27602a0ac209899134dab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"actor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actor"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"actorUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const ChangeMyPasswordDocument = {"__meta__":{"hash":"fed94c6d374fa99fbe26feda0c2fd17fb7ea19b6e3c9499054fb5e1146ce36fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMyPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changeMyPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangeMyPasswordMutation, ChangeMyPasswordMutationVariables>;
export const DirectoryDocument = {"__meta__":{"hash":"191e2b3457f17c6cfeccc81be6e0b11346407392595637b48801dd535f061738"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Directory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"businessAccountDirectory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"countyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryQuery, DirectoryQueryVariables>;
export const ExportJobsDocument = {"__meta__":{"hash":"e5a094adbbfb3a6c730aaa2aab00ac79d67f4b05b458b5312a212864b9e1e3fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"exportJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"rowsWritten"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportJobsQuery, ExportJobsQueryVariables>;
export const StartExportDocument = {"__meta__":{"hash":"afd5e35502a5ccd64b8e818bae4e0c0bf1329e79e7f4d5bcc93f443d9fb77a99"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFileFormat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartExportMutation, StartExportMutationVariables>;
export const HomeDocument = {"__meta__":{"hash":"683d7cae1c296670b3c57a312fda08de7460c5c90a307365689b6ff35c4ea402"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<HomeQuery, HomeQueryVariables>;
export const LoginDocument = {"__meta__":{"hash":"11a7a9528b87a2b3c442e4d20a6586ee0f93377f8ecfa1ce9a485bd479b2c34a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RequestPasswordResetDocument = {"__meta__":{"hash":"75769da6dd4529b1edd79051cffd3e76a5c71e2f824c869e74d71d81820fe841"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"login"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"login"},"value":{"kind":"Variable","name":{"kind":"Name","value":"login"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordWithTokenDocument = {"__meta__":{"hash":"a512f8c8fc05e4c21afb39cbeb998f45e62a8d713291606375c024e2c0fc21e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPasswordWithToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resetPasswordWithToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordWithTokenMutation, ResetPasswordWithTokenMutationVariables>;
export const MyProfileDocument = {"__meta__":{"hash":"bf320221053b13a1853c269d31352195577d0f12bd82875d810d510edf6e9fba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"currentSemester"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyProfileFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Teacher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileConfirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"semester"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;
export const UpdateMyProfileDocument = {"__meta__":{"hash":"49ee967daeec60e2f4af004dece1806b943b50e9c5ccee882dcbd0d40c75b0fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MyProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyProfileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Teacher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileConfirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"semester"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const ConfirmMyProfileDocument = {"__meta__":{"hash":"01663677f3c03b513b9f27d5feccac74287aad0758e97b60be77788d3ddfd76c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmMyProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmMyProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyProfileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Teacher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileConfirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"semester"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<ConfirmMyProfileMutation, ConfirmMyProfileMutationVariables>;
export const RewardListDocument = {"__meta__":{"hash":"0c91f4b7d3d343af53fe423e0a0e77dcae43ba1d63baee806ef16e715d6fa05b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RewardList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rewardList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"countyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachersSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"participationPercent"}}]}}]}}]} as unknown as DocumentNode<RewardListQuery, RewardListQueryVariables>;
export const SchoolPlanningDocument = {"__meta__":{"hash":"5a8a08f0c10082868f2be8651626a540f341a2abc541dfa17e3dca5e3a31067e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolPlanning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"studentCount"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teachers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"canFill"}},{"kind":"Field","name":{"kind":"Name","value":"surveyAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningWindowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolPlanFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningWindowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningWindow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"planKind"}},{"kind":"Field","name":{"kind":"Name","value":"groupKey"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"inService"}},{"kind":"Field","name":{"kind":"Name","value":"secondsLeft"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalStudents"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"teacherCount"}},{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"times"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]} as unknown as DocumentNode<SchoolPlanningQuery, SchoolPlanningQueryVariables>;
export const SaveSchoolPlanDocument = {"__meta__":{"hash":"66775b12220c7cf13a98ea56ded92e6e71d017cf7b53cf34e60854cfdf656900"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSchoolPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveSchoolPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalStudents"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"teacherCount"}},{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"times"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]} as unknown as DocumentNode<SaveSchoolPlanMutation, SaveSchoolPlanMutationVariables>;
export const SubmitSchoolPlanDocument = {"__meta__":{"hash":"26cef3d19ae3c1f3ae2496a0b3cdac2f1f1a3a4fa608d324a951f03a01af19a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSchoolPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submitSchoolPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalStudents"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"teacherCount"}},{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"times"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]} as unknown as DocumentNode<SubmitSchoolPlanMutation, SubmitSchoolPlanMutationVariables>;
export const SchoolTeachersDocument = {"__meta__":{"hash":"b573ad383a527723a51d20c937d4b89dc22574763bc1805bc7a987285ba895f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolTeachers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TeacherTitle"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Subject"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirmed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"readTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"manageTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"addTeachers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teacherReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeacherReviewStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teachers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"teachers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirmed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirmed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewTeacher"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeacherRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Teacher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"email"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"phone"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeacherReviewStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeacherReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"semester"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewTeacher"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Teacher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeacherRow"}},{"kind":"Field","name":{"kind":"Name","value":"profileConfirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"semester"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<SchoolTeachersQuery, SchoolTeachersQueryVariables>;
export const MarkTeacherReviewDoneDocument = {"__meta__":{"hash":"025b3e7c880855a66df7195616bbe71d4f8f14c277676ed895af8a552ecc2696"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkTeacherReviewDone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markTeacherReviewDone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teacherReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeacherReviewStatus"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeacherReviewStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeacherReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"semester"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}}]}}]} as unknown as DocumentNode<MarkTeacherReviewDoneMutation, MarkTeacherReviewDoneMutationVariables>;
export const CountySchedulesDocument = {"__meta__":{"hash":"e9c05607c3e228d5bae0d828a45615811f9c36e726b768584d5541af13d08259"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountySchedules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"counties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"schedules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"planGroup"}},{"kind":"Field","name":{"kind":"Name","value":"teacherWave"}}]}}]}}]}}]} as unknown as DocumentNode<CountySchedulesQuery, CountySchedulesQueryVariables>;
export const ConfigureSchoolYearDocument = {"__meta__":{"hash":"76c65781f9ed6da60b2aebea38d97f4f2efe14572b9feed2ee33d0387194544f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigureSchoolYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolYearInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"configureSchoolYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"serviceOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"rewardThresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"planKind"}},{"kind":"Field","name":{"kind":"Name","value":"groupKey"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConfigureSchoolYearMutation, ConfigureSchoolYearMutationVariables>;
export const CountiesDocument = {"__meta__":{"hash":"2a39fbeff2158caedb14f35d8af7b0e4adfcfe6ad0692058dc75bd5666a934d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Counties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"counties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"order"}}]}}]}}]} as unknown as DocumentNode<CountiesQuery, CountiesQueryVariables>;
export const SchoolsDocument = {"__meta__":{"hash":"9ca07ad6f0de26b360db81e5c6dbf9b693f02e89cbfd053f01423d6a8724a983"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Schools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Stage"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"countyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"remoteness"}},{"kind":"Field","name":{"kind":"Name","value":"studentCount"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolsQuery, SchoolsQueryVariables>;
export const TeacherSurveyStateDocument = {"__meta__":{"hash":"d4f0b2910fbadfc753ff33e2b618d04ff23ea267a39b736b8f3e112abfab8b14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeacherSurveyState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myTeacherPlanning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"surveyAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TeacherSurveyStateQuery, TeacherSurveyStateQueryVariables>;
export const SchoolSurveyStateDocument = {"__meta__":{"hash":"b2db22165cd3b0cf282f35066a958db19afdd02c838d4648777d6fc02ff2a8c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolSurveyState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"surveyAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolSurveyStateQuery, SchoolSurveyStateQueryVariables>;
export const SurveyResultsDocument = {"__meta__":{"hash":"af9c09a8b6587e5f63de6131d61352421352897b06a3f073343371ac6a79f48a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"surveyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"order"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planKind"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"means"}}]}}]}}]} as unknown as DocumentNode<SurveyResultsQuery, SurveyResultsQueryVariables>;
export const TeacherPlanningDocument = {"__meta__":{"hash":"7999a309a88e30af69c4bf50a50fbf01e82d2d078e0e003465d3bee9242f32da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeacherPlanning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myTeacherPlanning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"surveyAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningWindowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeacherPlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schoolPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolPlanFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningWindowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningWindow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"planKind"}},{"kind":"Field","name":{"kind":"Name","value":"groupKey"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"inService"}},{"kind":"Field","name":{"kind":"Name","value":"secondsLeft"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeacherPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeacherPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"times"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalStudents"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"teacherCount"}},{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"times"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]} as unknown as DocumentNode<TeacherPlanningQuery, TeacherPlanningQueryVariables>;
export const SaveMyTeacherPlanDocument = {"__meta__":{"hash":"7bb24e1e812481282dda7c884ea4e0cbe738bb6259f1f410d31ee03133a2740d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveMyTeacherPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeacherPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveMyTeacherPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeacherPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeacherPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeacherPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"times"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]} as unknown as DocumentNode<SaveMyTeacherPlanMutation, SaveMyTeacherPlanMutationVariables>;
export const SubmitMyTeacherPlanDocument = {"__meta__":{"hash":"68dcce7ec11ffccea7044453857c209a91dcb7f6973c171072afd829ead20a86"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitMyTeacherPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submitMyTeacherPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeacherPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeacherPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeacherPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"times"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]} as unknown as DocumentNode<SubmitMyTeacherPlanMutation, SubmitMyTeacherPlanMutationVariables>;
export const TeachersDocument = {"__meta__":{"hash":"e531b88d6c84f0e3e24d90761951eb3b55917ca1f8d7c3567036dd63148d3f8d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Teachers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TeacherTitle"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Subject"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirmed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirmed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirmed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeacherRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeacherRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Teacher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"email"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"phone"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TeachersQuery, TeachersQueryVariables>;
export const UnsubscribeDocument = {"__meta__":{"hash":"138511947211da4e60a004da57e5135aaa79ca147f9223c8bcd2927ae1edf135"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Unsubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageType"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}}]}]}}]} as unknown as DocumentNode<UnsubscribeMutation, UnsubscribeMutationVariables>;
export const VerifyCertificateDocument = {"__meta__":{"hash":"4e2d809af8932bce1046b77965235548272aa7743f710f94aef2b92f6d968a1b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"verifyCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}}]}}]}}]} as unknown as DocumentNode<VerifyCertificateQuery, VerifyCertificateQueryVariables>;
export const BusinessAccountsDocument = {"__meta__":{"hash":"015d4e707afe7f53613e3a6012583ff671900a10889b8b61b8adca1fa62982c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BusinessAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessRole"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitKinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"businessAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitKinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitKinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedAccount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignableRoles"}},{"kind":"Field","name":{"kind":"Name","value":"grantablePermissions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"resetPassword"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<BusinessAccountsQuery, BusinessAccountsQueryVariables>;
export const UnitAccountsDocument = {"__meta__":{"hash":"dd61ade5d304ed0d6b7870887836cabad152929827ee3d5539eb5ce27396ac03"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"businessAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitAccountsQuery, UnitAccountsQueryVariables>;
export const ActivateBusinessAccountDocument = {"__meta__":{"hash":"a4ef2686c936c15ce46677a624f1263b7c5d9de8be6683f364fbee74984cc93d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateBusinessAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activateBusinessAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedAccount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignableRoles"}},{"kind":"Field","name":{"kind":"Name","value":"grantablePermissions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"resetPassword"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<ActivateBusinessAccountMutation, ActivateBusinessAccountMutationVariables>;
export const SuspendBusinessAccountDocument = {"__meta__":{"hash":"4b4bca0164b86b9b22d39b031d17db51e2410a5a842721de7e1f907019965c21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendBusinessAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"replacementId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"suspendBusinessAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"replacementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"replacementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedAccount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignableRoles"}},{"kind":"Field","name":{"kind":"Name","value":"grantablePermissions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"resetPassword"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<SuspendBusinessAccountMutation, SuspendBusinessAccountMutationVariables>;
export const DeleteBusinessAccountDocument = {"__meta__":{"hash":"75187cc1e9247df78374a4b351239ceac7ba34037b7609debd3009461775cbd4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteBusinessAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"replacementId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteBusinessAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"replacementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"replacementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeleteBusinessAccountMutation, DeleteBusinessAccountMutationVariables>;
export const SetBusinessAccountPermissionsDocument = {"__meta__":{"hash":"b4968c09826dd5ef2263c134cab5aebeed98413175fb21ddac1785acb2005834"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBusinessAccountPermissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"permissions"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Permission"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setBusinessAccountPermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"permissions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permissions"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedAccount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignableRoles"}},{"kind":"Field","name":{"kind":"Name","value":"grantablePermissions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"resetPassword"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<SetBusinessAccountPermissionsMutation, SetBusinessAccountPermissionsMutationVariables>;
export const ChangeBusinessAccountRoleDocument = {"__meta__":{"hash":"d70d40ebb8d2364935693cf2f122857d00338545bac0ba7a2a46f61c88f65f84"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeBusinessAccountRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessRole"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"replacementId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changeBusinessAccountRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"replacementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"replacementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedAccount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignableRoles"}},{"kind":"Field","name":{"kind":"Name","value":"grantablePermissions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"resetPassword"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeBusinessAccountRoleMutation, ChangeBusinessAccountRoleMutationVariables>;
export const ResetPasswordDocument = {"__meta__":{"hash":"8aa2c0491df8fdcd1e401237b195675f6950a1d5051526eac3b9e15b5e5e556b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const CourseCatalogDocument = {"__meta__":{"hash":"6464ed122065a3e4fcc8ca917b9c25ef6dd5f62ca2044dc1405cb9f514f66ab0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseCatalog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organiserId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openNow"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hasSeats"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fitsMe"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domain"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StudyDomain"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StudyLevel"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"method"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StudyMethod"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StudyMode"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"time"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StudyTime"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"place"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StudyPlace"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"countyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organiserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organiserId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"openNow"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openNow"}}},{"kind":"Argument","name":{"kind":"Name","value":"hasSeats"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasSeats"}}},{"kind":"Argument","name":{"kind":"Name","value":"fitsMe"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fitsMe"}}},{"kind":"Argument","name":{"kind":"Name","value":"domain"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domain"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"Argument","name":{"kind":"Name","value":"time"},"value":{"kind":"Variable","name":{"kind":"Name","value":"time"}}},{"kind":"Argument","name":{"kind":"Name","value":"place"},"value":{"kind":"Variable","name":{"kind":"Name","value":"place"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistLeft"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpen"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"fitsMe"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CourseCatalogQuery, CourseCatalogQueryVariables>;
export const SubmitCourseDocument = {"__meta__":{"hash":"da445e7586481934b2db7bd8be85f2cd3b3d75a30e42e72cb2f66eae1c08f329"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submitCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}}]}}]}}]} as unknown as DocumentNode<SubmitCourseMutation, SubmitCourseMutationVariables>;
export const ApproveCourseDocument = {"__meta__":{"hash":"22d909f9621511e8de8403b4524a5d183d230aebb8bc2bae7322b6cf15ac7324"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"approveCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}}]}}]}}]} as unknown as DocumentNode<ApproveCourseMutation, ApproveCourseMutationVariables>;
export const ReturnCourseDocument = {"__meta__":{"hash":"db01debb3ec5a501a46bb861a368c2348adaf9a031f03e20f5abc1c4e59fe5ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"returnCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}}]}}]}}]} as unknown as DocumentNode<ReturnCourseMutation, ReturnCourseMutationVariables>;
export const PublishCourseDocument = {"__meta__":{"hash":"8488ccac84f5b5c3934b4f1422ea5d9177f9602b0f51012cbd92c0991b9fd1d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publishCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}}]}}]}}]} as unknown as DocumentNode<PublishCourseMutation, PublishCourseMutationVariables>;
export const CancelCourseDocument = {"__meta__":{"hash":"a2cec3aa3cf43d8f767561b6ac3b8a71488938a3d595ae997f47858eb0dbbe65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cancelCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}}]}}]}}]} as unknown as DocumentNode<CancelCourseMutation, CancelCourseMutationVariables>;
export const CloseCourseDocument = {"__meta__":{"hash":"13a81779ca054a30f90d17ed8084a568e4f2eef0f46dbdcc4934ed56dddb7b14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"closeCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}}]}}]}}]} as unknown as DocumentNode<CloseCourseMutation, CloseCourseMutationVariables>;
export const UnitCoursesDocument = {"__meta__":{"hash":"ea7941735993aef90f9139a074e55eebda82a47c9d0b47037afe3aef85a6a695"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitCourses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organiserId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"organiserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organiserId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"admittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistedCount"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"submit"}},{"kind":"Field","name":{"kind":"Name","value":"approve"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"manageRoster"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitCoursesQuery, UnitCoursesQueryVariables>;
export const CourseAdminDocument = {"__meta__":{"hash":"9203141f6e0247f219c0e61ddd6af62b437c0b0245809f129d711e6e0cafcca7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseAdmin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"submit"}},{"kind":"Field","name":{"kind":"Name","value":"approve"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"manageRoster"}},{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"}},{"kind":"Field","name":{"kind":"Name","value":"issueHours"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CourseAdminQuery, CourseAdminQueryVariables>;
export const CreateCourseDocument = {"__meta__":{"hash":"a5aff7c10223771aaf7d29d17862a3dc8b3a39c08fa813945d8ee13be22ea383"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateCourseMutation, CreateCourseMutationVariables>;
export const UpdateCourseDocument = {"__meta__":{"hash":"d7fdab1ea2e4eacbafc5ea87e5db30eb78604b78fb7810e276554f8248f7ee5b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateCourseMutation, UpdateCourseMutationVariables>;
export const CourseHoursDocument = {"__meta__":{"hash":"bb60f6577cfc14b31229259c52a0c44dc466fb54c283e50e48816451297fef0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"closedForHours"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"}},{"kind":"Field","name":{"kind":"Name","value":"issueHours"}},{"kind":"Field","name":{"kind":"Name","value":"manageRoster"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ADMITTED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"queueNo"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"studyRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hoursAfter"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CourseHoursQuery, CourseHoursQueryVariables>;
export const OpenSessionSignInDocument = {"__meta__":{"hash":"d79b4e9aac87955b571451514f9ebb9888f2b6c3afe33c4eebe9b45f7bf12123"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenSessionSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"openSessionSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"signInPath"}}]}}]}}]} as unknown as DocumentNode<OpenSessionSignInMutation, OpenSessionSignInMutationVariables>;
export const RecordAttendanceDocument = {"__meta__":{"hash":"f0947fea667cc228c9c261ac5ce4aa4b2476ad2fa0e7eec4e2e1404e3191c346"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}}]}}]}}]} as unknown as DocumentNode<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const IssueHoursDocument = {"__meta__":{"hash":"7a4595d107eb053f8998874537240e274907d41fc675de8a9292b34d9b6b99c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"issueHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"courseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyIssued"}},{"kind":"Field","name":{"kind":"Name","value":"withoutHours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursIssued"}}]}}]}}]} as unknown as DocumentNode<IssueHoursMutation, IssueHoursMutationVariables>;
export const CorrectStudyRecordDocument = {"__meta__":{"hash":"5c5f6c3b686f1309dc0172e41efbf59b55af0a2e12dfe6e0a2d6e9ed62fbe8fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectStudyRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hours"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"correctStudyRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"hours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hours"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hoursAfter"}}]}}]}}]} as unknown as DocumentNode<CorrectStudyRecordMutation, CorrectStudyRecordMutationVariables>;
export const CoursePageDocument = {"__meta__":{"hash":"5a016a7357e4bc0a4118e0623aa5bd55729fa8344e619384f98e45ba6838e5d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoursePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"times"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistSize"}},{"kind":"Field","name":{"kind":"Name","value":"admittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistedCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistLeft"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpen"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"schoolApproval"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"fitsMe"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"everyone"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"titles"}},{"kind":"Field","name":{"kind":"Name","value":"counties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"queueNo"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enrol"}},{"kind":"Field","name":{"kind":"Name","value":"withdraw"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"manageRoster"}},{"kind":"Field","name":{"kind":"Name","value":"approve"}}]}}]}}]}}]} as unknown as DocumentNode<CoursePageQuery, CoursePageQueryVariables>;
export const EnrolInCourseDocument = {"__meta__":{"hash":"cccd45c537d547df425f15fa2f5dc225e8e1c7d364fafd4f7b16d13af432a83e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrolInCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enrolInCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"courseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"queueNo"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}}]} as unknown as DocumentNode<EnrolInCourseMutation, EnrolInCourseMutationVariables>;
export const WithdrawFromCourseDocument = {"__meta__":{"hash":"3776f53c3cc72a2e43a989f748a54f3a28739e73509c6f9c0899471ab08a7ed1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawFromCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawFromCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"courseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawFromCourseMutation, WithdrawFromCourseMutationVariables>;
export const CourseReviewDocument = {"__meta__":{"hash":"a0f8cb0ae41fbfe9faba9cea3f0e20c958124e9801a26532e09725c5d460eb6c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submit"}},{"kind":"Field","name":{"kind":"Name","value":"approve"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}},{"kind":"Field","name":{"kind":"Name","value":"close"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CourseReviewQuery, CourseReviewQueryVariables>;
export const PendingHoursCorrectionsDocument = {"__meta__":{"hash":"fdb322afd4b361ad1e6b1cb7701a30917838ebd375c62a9ee11986e8e67fa20b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingHoursCorrections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCorrections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hoursBefore"}},{"kind":"Field","name":{"kind":"Name","value":"hoursAfter"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decide"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PendingHoursCorrectionsQuery, PendingHoursCorrectionsQueryVariables>;
export const DecideHoursCorrectionDocument = {"__meta__":{"hash":"4948b9c85e3fcaeec01a34c0c578aaf7539438047b319899f24fc28fd9c94fcb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideHoursCorrection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decideHoursCorrection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<DecideHoursCorrectionMutation, DecideHoursCorrectionMutationVariables>;
export const MyStudyHoursDocument = {"__meta__":{"hash":"3ee928524e37df3e2d13af05689c05bf43cd2de7c746bb89fb2f395dfc688841"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyStudyHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byDomain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attainment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"hasPlan"}},{"kind":"Field","name":{"kind":"Name","value":"plannedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"earnedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"earned"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"studyRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"certificateUrl"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyStudyHoursQuery, MyStudyHoursQueryVariables>;
export const MyCourseRegistrationsDocument = {"__meta__":{"hash":"7bae936cca6fbd6b71fcdc7de7f8805f858b2d878e5cd32ddb173f51656ed0db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCourseRegistrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"queueNo"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdraw"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyCourseRegistrationsQuery, MyCourseRegistrationsQueryVariables>;
export const WithdrawMyRegistrationDocument = {"__meta__":{"hash":"1b34d797684ab17fd0bc8d15ed49c237dfe79453900d384d699fe2ca79859f40"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawMyRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawFromCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"courseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawMyRegistrationMutation, WithdrawMyRegistrationMutationVariables>;
export const CourseRosterDocument = {"__meta__":{"hash":"82eab30b770970a4eebc53bdeeb138514339c06bef3723950bbdee21a8c237b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"admittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistedCount"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"queueNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"teacherTitle"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CourseRosterQuery, CourseRosterQueryVariables>;
export const UploadCourseParticipantsDocument = {"__meta__":{"hash":"4d077c9bb0db004d294ec969e85305328357682785f4967a2e7b77a1e2995a9b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadCourseParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SheetFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"uploadCourseParticipants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"courseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyAdmitted"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdMasked"}}]}}]}}]}}]} as unknown as DocumentNode<UploadCourseParticipantsMutation, UploadCourseParticipantsMutationVariables>;
export const SchoolCourseRegistrationsDocument = {"__meta__":{"hash":"05a632b0cbe54c9c0533721fbfc50b8831b7d1f33a3b548538a172be7699b094"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolCourseRegistrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approval"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolApproval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"courseRegistrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"approval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"teacherTitle"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolCourseRegistrationsQuery, SchoolCourseRegistrationsQueryVariables>;
export const DecideCourseRegistrationDocument = {"__meta__":{"hash":"c91cdf375f5acd2f6070beaea06fb5122703871a4a36855e0ddfeef6073aef49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideCourseRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decideCourseRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}}]}}]}}]} as unknown as DocumentNode<DecideCourseRegistrationMutation, DecideCourseRegistrationMutationVariables>;
export const SignInToSessionDocument = {"__meta__":{"hash":"b4e9401585ca1a79bafda78842e164985bb3b6ec6d6ca4255acbf160dede4e05"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInToSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signInToSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<SignInToSessionMutation, SignInToSessionMutationVariables>;
export const PlanningProgressDocument = {"__meta__":{"hash":"0e06c9701852780aac0b44ee157dd1dfee22b589307bd9109297c0d306ec3dfe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanningProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"planningProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"countyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planGroup"}},{"kind":"Field","name":{"kind":"Name","value":"teacherWave"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachersSubmitted"}}]}}]}}]} as unknown as DocumentNode<PlanningProgressQuery, PlanningProgressQueryVariables>;
export const PendingSchoolsDocument = {"__meta__":{"hash":"5aaab13621109eb5938663fcca178b810779fdd229aad68f103c9b51878f314a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingSchools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pendingSchools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"countyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"schoolPlanSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"pendingTeachers"}}]}}]}}]} as unknown as DocumentNode<PendingSchoolsQuery, PendingSchoolsQueryVariables>;
export const RemindersDocument = {"__meta__":{"hash":"325d84979eb0bbde6ac98263abc8f0f8bbb7fd4b5b5e9e7a1b11455305d3bdf4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reminders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReminderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReminderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reminder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"planKind"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"pendingTeachers"}}]}}]} as unknown as DocumentNode<RemindersQuery, RemindersQueryVariables>;
export const RemindPendingSchoolsDocument = {"__meta__":{"hash":"125d26357f4b53be39a503f1db7aa2331cfd1d8a4779ddeb1dd6662d60b657c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindPendingSchools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"remindPendingSchools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"countyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReminderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReminderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reminder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"planKind"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"pendingTeachers"}}]}}]} as unknown as DocumentNode<RemindPendingSchoolsMutation, RemindPendingSchoolsMutationVariables>;
export const SchoolTeacherProgressDocument = {"__meta__":{"hash":"f8f01e74953d5ebd21fae7b7d1cab1afcbada025f2572edea3140d61ea9b91a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolTeacherProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"teacherProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"pending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"planning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"planKind"}},{"kind":"Field","name":{"kind":"Name","value":"groupKey"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolTeacherProgressQuery, SchoolTeacherProgressQueryVariables>;
export const FindSchoolToReopenDocument = {"__meta__":{"hash":"948266c3f2d206f8f21daa630eac6a6f65bdb9a612943afb51a44fa94c84ec8e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindSchoolToReopen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"countyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindSchoolToReopenQuery, FindSchoolToReopenQueryVariables>;