/**
 * Every enum of the domain with its codes and its labels, Traditional Chinese first.
 * Pure data with no imports: the server registers the GraphQL enums from it and the client
 * imports it for its labels, so there is one list of options and one spelling of each label.
 */
export interface Label {
  zh: string;
  en: string;
}

function labels<K extends string>(l: Record<K, Label>): Record<K, Label> {
  return l;
}

export const LABELS = {
  Stage: labels({
    KINDERGARTEN: { zh: '幼兒園', en: 'Kindergarten' },
    ELEMENTARY: { zh: '國小', en: 'Elementary' },
    JUNIOR_HIGH: { zh: '國中', en: 'Junior high' },
    SENIOR_HIGH: { zh: '高中', en: 'Senior high' },
    VOCATIONAL_HIGH: { zh: '高職', en: 'Vocational high' },
    SPECIAL_EDUCATION: { zh: '特殊教育學校', en: 'Special-education school' },
  }),
  Remoteness: labels({
    GENERAL: { zh: '一般', en: 'General' },
    REMOTE: { zh: '偏遠', en: 'Remote' },
    SPECIAL_REMOTE: { zh: '特殊偏遠', en: 'Especially remote' },
    EXTREMELY_REMOTE: { zh: '極度偏遠', en: 'Extremely remote' },
  }),
  UnitKind: labels({
    SCHOOL: { zh: '高級中等以下學校', en: 'K-12 school' },
    UNIVERSITY: { zh: '大專校院', en: 'University' },
    LEGAL_ENTITY: { zh: '法人', en: 'Legal entity' },
    SOCIAL_EDUCATION: { zh: '社教機構', en: 'Social-education institution' },
    DISTRICT_CENTRE: { zh: '區管中心', en: 'District centre' },
    PLATFORM: { zh: '教師進修網', en: 'Platform' },
  }),
  TeacherTitle: labels({
    PRINCIPAL: { zh: '校長', en: 'Principal' },
    DIRECTOR: { zh: '主任', en: 'Director' },
    SECTION_CHIEF: { zh: '組長', en: 'Section chief' },
    HOMEROOM: { zh: '導師', en: 'Homeroom teacher' },
    FULL_TIME: { zh: '專任教師', en: 'Full-time teacher' },
    ACTING: { zh: '代理教師', en: 'Acting teacher' },
    SUBSTITUTE: { zh: '代課教師', en: 'Substitute teacher' },
    PART_TIME: { zh: '兼任教師', en: 'Part-time teacher' },
  }),
  Subject: labels({
    CHINESE: { zh: '國語文', en: 'Chinese' },
    NATIVE_LANGUAGE: { zh: '本土語文', en: 'Native languages' },
    ENGLISH: { zh: '英語文', en: 'English' },
    MATHEMATICS: { zh: '數學', en: 'Mathematics' },
    SCIENCE: { zh: '自然科學', en: 'Science' },
    SOCIAL_STUDIES: { zh: '社會', en: 'Social studies' },
    ARTS: { zh: '藝術', en: 'Arts' },
    HEALTH_PE: { zh: '健康與體育', en: 'Health and PE' },
    INTEGRATIVE: { zh: '綜合活動', en: 'Integrative activities' },
    LIFE_CURRICULUM: { zh: '生活課程', en: 'Life curriculum' },
    TECHNOLOGY: { zh: '科技', en: 'Technology' },
    SPECIAL_NEEDS: { zh: '特殊教育', en: 'Special education' },
    EARLY_CHILDHOOD: { zh: '幼兒教育', en: 'Early childhood education' },
    VOCATIONAL: { zh: '專業群科', en: 'Vocational subjects' },
  }),
  BusinessRole: labels({
    CHIEF: { zh: '總負責人', en: 'Chief' },
    CONTACT: { zh: '連絡人', en: 'Contact' },
    OPERATOR: { zh: '作業人員', en: 'Operator' },
  }),
  Permission: labels({
    COURSE_REGISTRATION: { zh: '研習課程登錄作業', en: 'Course registration' },
    COURSE_MANAGEMENT: { zh: '研習課程管理/資料上傳', en: 'Course management / data upload' },
    UNIT_ACCOUNT_MANAGEMENT: { zh: '本單位業務帳號管理', en: 'Unit business-account management' },
    UNIT_TEACHER_MANAGEMENT: { zh: '本單位教師帳號管理', en: 'Unit teacher-account management' },
    STATISTICS: { zh: '統計圖表', en: 'Statistics' },
  }),
  AccountStatus: labels({
    PENDING: { zh: '待啟用', en: 'Pending' },
    EXPIRED: { zh: '申請已逾期', en: 'Expired application' },
    ACTIVE: { zh: '啟用', en: 'Active' },
    SUSPENDED: { zh: '停用', en: 'Suspended' },
    DELETED: { zh: '已刪除', en: 'Deleted' },
  }),
  StaffRole: labels({
    PLATFORM_ADMIN: { zh: '教師進修網管理者', en: 'Platform administrator' },
    ANALYST: { zh: '教育部分析人員', en: 'Ministry analyst' },
    DISTRICT_ADMIN: { zh: '區管中心', en: 'District centre' },
  }),
  ViewerRole: labels({
    PLATFORM_ADMIN: { zh: '教師進修網管理者', en: 'Platform administrator' },
    ANALYST: { zh: '教育部分析人員', en: 'Ministry analyst' },
    DISTRICT_ADMIN: { zh: '區管中心', en: 'District centre' },
    CHIEF: { zh: '總負責人', en: 'Chief' },
    CONTACT: { zh: '連絡人', en: 'Contact' },
    OPERATOR: { zh: '作業人員', en: 'Operator' },
    TEACHER: { zh: '教師', en: 'Teacher' },
    PARTNER: { zh: '介接系統', en: 'Partner system' },
  }),
  ApiScope: labels({
    DIRECTORY_READ: { zh: '讀取學校名錄', en: 'Read the school directory' },
    STATISTICS_READ: { zh: '讀取統計', en: 'Read statistics' },
    TEACHER_SYNC: { zh: '同步一縣市教師資料', en: "Sync one county's teacher records" },
  }),
  ChangeType: labels({
    SCHOOL: { zh: '學校', en: 'School' },
    TEACHER: { zh: '教師', en: 'Teacher' },
    BUSINESS_ACCOUNT: { zh: '業務帳號', en: 'Business account' },
    SCHOOL_PLAN: { zh: '學校規劃', en: 'School plan' },
    TEACHER_PLAN: { zh: '教師規劃', en: 'Teacher plan' },
    COURSE: { zh: '研習課程', en: 'Course' },
    COURSE_REGISTRATION: { zh: '研習報名', en: 'Course registration' },
  }),
  ChangeTombstone: labels({
    DELETED: { zh: '已刪除', en: 'Deleted' },
    OUT_OF_SCOPE: { zh: '已移出您的範圍', en: 'Out of your scope now' },
  }),
  WebhookEvent: labels({
    PLAN_SUBMITTED: { zh: '規劃已送出', en: 'A plan was submitted' },
    PLAN_REOPENED: { zh: '規劃重新開放', en: 'A plan was reopened' },
    REMINDER: { zh: '催覆', en: 'Schools were reminded' },
    TRANSFER_ASKED: { zh: '教師調校申請', en: 'A teacher transfer was asked' },
    TRANSFER_ACCEPTED: { zh: '教師調校完成', en: 'A teacher transfer was accepted' },
  }),
  PlanStatus: labels({
    DRAFT: { zh: '草稿', en: 'Draft' },
    SUBMITTED: { zh: '已送出', en: 'Submitted' },
  }),
  PlanKind: labels({
    SCHOOL_PLAN: { zh: '學校本位教師進修研習規劃', en: 'School plan' },
    TEACHER_PLAN: { zh: '教師自我進修研習規劃', en: 'Teacher plan' },
  }),
  Dimension: labels({
    MODE: { zh: '在職進修方式', en: 'Mode of study' },
    TIME: { zh: '在職進修時間', en: 'Time of study' },
    PLACE: { zh: '在職進修地點', en: 'Place of study' },
    LEVEL: { zh: '主要進修階層', en: 'Main level' },
    METHOD: { zh: '主要實施方式', en: 'Main method' },
    DOMAIN: { zh: '主要研習範疇', en: 'Main domain' },
  }),
  StudyMode: labels({
    NON_CREDIT: { zh: '非學分班-研習時數', en: 'Non-credit (study hours)' },
    CREDIT_BACHELOR: { zh: '學分班-學士層級進修', en: 'Credit course, bachelor level' },
    CREDIT_MASTER: { zh: '學分班-碩士層級進修', en: 'Credit course, master level' },
  }),
  StudyTime: labels({
    WEEKDAY_DAYTIME: { zh: '週一至週五白天', en: 'Weekday daytime' },
    WEEKDAY_EVENING: { zh: '週一至週五晚上', en: 'Weekday evening' },
    SATURDAY: { zh: '週六', en: 'Saturday' },
    SUNDAY: { zh: '週日', en: 'Sunday' },
    SUMMER_VACATION: { zh: '暑假', en: 'Summer vacation' },
    WINTER_VACATION: { zh: '寒假', en: 'Winter vacation' },
  }),
  StudyPlace: labels({
    OWN_SCHOOL: { zh: '服務學校', en: 'Own school' },
    NEARBY_SCHOOL: { zh: '鄰近學校/社區學校', en: 'Nearby / community school' },
    TRAINING_INSTITUTE: { zh: '教師研習機構', en: 'Teacher-training institute' },
    TEACHER_EDUCATION_UNIVERSITY: { zh: '師資培育之大學', en: 'Teacher-education university' },
    ONLINE: { zh: '電腦網路學習/遠距教學', en: 'Online / distance learning' },
    OTHER_UNIVERSITY: { zh: '非師資培育之大學', en: 'Other university' },
    SOCIAL_EDUCATION_OR_NGO: { zh: '社教機構或民間團體', en: 'Social-education institution or NGO' },
  }),
  StudyLevel: labels({
    BASIC: { zh: '第一階基礎-瞭解熟悉', en: '1 Basic: understand and become familiar' },
    ADVANCED: { zh: '第二階進階-應用分析', en: '2 Advanced: apply and analyse' },
    LEADERSHIP: { zh: '第三階領導-整合評價', en: '3 Leadership: integrate and evaluate' },
    RESEARCH: { zh: '第四階研發-創新推廣', en: '4 Research: innovate and disseminate' },
  }),
  StudyMethod: labels({
    LECTURE: { zh: '講授', en: 'Lecture' },
    SEMINAR: { zh: '座談', en: 'Seminar' },
    WORKSHOP: { zh: '工作坊', en: 'Workshop' },
    FIELD_VISIT: { zh: '參訪實察', en: 'Field visit' },
    LESSON_OBSERVATION: { zh: '觀課議課', en: 'Lesson observation' },
    DIGITAL_COURSE: { zh: '數位課程', en: 'Digital course' },
  }),
  StudyDomain: labels({
    CURRICULUM_TEACHING_ASSESSMENT: { zh: '課程、教學及評量', en: 'Curriculum, teaching and assessment' },
    CLASS_MANAGEMENT_COUNSELLING: { zh: '班級經營與輔導', en: 'Class management and counselling' },
    PROFESSIONAL_DEVELOPMENT: { zh: '專業發展與責任', en: 'Professional development and responsibility' },
    EMERGING_POLICY: { zh: '新興教育政策', en: 'Emerging education policy' },
    ADMINISTRATION_LEADERSHIP: { zh: '學校行政與領導', en: 'School administration and leadership' },
    PRACTICAL_LITERACY: { zh: '實用知能與生活素養', en: 'Practical knowledge and life literacy' },
  }),
  AuditOperation: labels({
    applyForBusinessAccount: { zh: '申請業務帳號', en: 'Applied for a business account' },
    activateBusinessAccount: { zh: '啟用業務帳號', en: 'Activated a business account' },
    suspendBusinessAccount: { zh: '停用業務帳號', en: 'Suspended a business account' },
    deleteBusinessAccount: { zh: '刪除業務帳號', en: 'Deleted a business account' },
    setBusinessAccountPermissions: { zh: '設定功能權限', en: 'Set permissions' },
    changeBusinessAccountRole: { zh: '變更身分', en: 'Changed the role' },
    appointReplacementChief: { zh: '指定接任總負責人', en: 'Appointed a replacement chief' },
    resetPassword: { zh: '重設密碼', en: 'Reset a password' },
    unlockLogin: { zh: '解除登入延遲', en: 'Cleared a login delay' },
    changeMyPassword: { zh: '變更自己的密碼', en: 'Changed own password' },
    createPlatformAdministrator: { zh: '建立教師進修網管理者', en: 'Created a platform administrator' },
    updateMyProfile: { zh: '修改個人基本資料', en: 'Updated own profile' },
    confirmMyProfile: { zh: '確認個人基本資料', en: 'Confirmed own profile' },
    correctTeacher: { zh: '修正教師資料', en: 'Corrected a teacher' },
    correctTeachersBulk: { zh: '批次修正教師資料', en: 'Corrected teachers (bulk)' },
    markTeacherReviewDone: { zh: '完成教師資料審核', en: 'Marked the teacher review done' },
    addTeacher: { zh: '新增教師', en: 'Added a teacher' },
    transferTeacher: { zh: '申請教師調入', en: 'Asked for a teacher to transfer in' },
    acceptTeacherTransfer: { zh: '同意調校', en: 'Accepted a transfer' },
    declineTeacherTransfer: { zh: '不同意或撤回調校', en: 'Declined or withdrew a transfer' },
    transferTeacherOut: { zh: '教師調出', en: 'Moved a teacher out' },
    setReferenceItem: { zh: '設定代碼選項', en: 'Set a reference option' },
    saveSchoolPlan: { zh: '儲存學校規劃', en: 'Saved a school plan' },
    submitSchoolPlan: { zh: '送出學校規劃', en: 'Submitted a school plan' },
    saveTeacherPlan: { zh: '儲存教師規劃', en: 'Saved a teacher plan' },
    submitTeacherPlan: { zh: '送出教師規劃', en: 'Submitted a teacher plan' },
    reopenSchoolPlan: { zh: '重新開放學校規劃', en: 'Reopened a school plan' },
    reopenTeacherPlan: { zh: '重新開放教師規劃', en: 'Reopened a teacher plan' },
    remindPendingSchools: { zh: '提醒未完成填報的學校', en: 'Reminded pending schools' },
    configureSchoolYear: { zh: '設定學年度', en: 'Configured a school year' },
    createApiKey: { zh: '建立 API 金鑰', en: 'Created an API key' },
    rotateApiKey: { zh: '更換 API 金鑰', en: 'Rotated an API key' },
    revokeApiKey: { zh: '撤銷 API 金鑰', en: 'Revoked an API key' },
    createCourse: { zh: '新增研習課程', en: 'Created a course' },
    updateCourse: { zh: '修改研習課程', en: 'Updated a course' },
    submitCourse: { zh: '送審研習課程', en: 'Submitted a course for approval' },
    approveCourse: { zh: '核定研習課程', en: 'Approved a course' },
    returnCourse: { zh: '退回研習課程', en: 'Returned a course' },
    publishCourse: { zh: '公告研習課程', en: 'Published a course' },
    cancelCourse: { zh: '取消研習課程', en: 'Cancelled a course' },
    closeCourse: { zh: '研習課程結案', en: 'Closed a course' },
    enrolInCourse: { zh: '報名研習', en: 'Enrolled in a course' },
    withdrawFromCourse: { zh: '取消報名', en: 'Withdrew from a course' },
    decideCourseRegistration: { zh: '審核研習報名（公假）', en: 'Decided a registration (leave)' },
    uploadCourseParticipants: { zh: '上傳研習名單', en: 'Uploaded course participants' },
    resetPasswordWithToken: { zh: '以重設連結設定密碼', en: 'Set a password with a reset link' },
    createWebhook: { zh: '建立 Webhook', en: 'Created a webhook' },
    disableWebhook: { zh: '停用 Webhook', en: 'Disabled a webhook' },
    redeliverWebhook: { zh: '重送 Webhook 事件', en: 'Redelivered a webhook event' },
  }),
  ActorKind: labels({
    TEACHER: { zh: '教師', en: 'Teacher' },
    BUSINESS: { zh: '業務帳號', en: 'Business account' },
    STAFF: { zh: '管理人員', en: 'Staff' },
    PARTNER: { zh: '介接系統', en: 'Partner system' },
    ANONYMOUS: { zh: '申請人（未登入）', en: 'Applicant (not logged in)' },
  }),
  AuditTargetType: labels({
    BusinessAccount: { zh: '業務帳號', en: 'Business account' },
    Teacher: { zh: '教師', en: 'Teacher' },
    School: { zh: '學校', en: 'School' },
    Credential: { zh: '登入帳號', en: 'Login' },
    StaffAccount: { zh: '管理人員帳號', en: 'Staff account' },
    SchoolPlan: { zh: '學校規劃', en: 'School plan' },
    TeacherPlan: { zh: '教師規劃', en: 'Teacher plan' },
    SchoolYear: { zh: '學年度', en: 'School year' },
    ApiKey: { zh: 'API 金鑰', en: 'API key' },
    ReferenceSubject: { zh: '任教科目選項', en: 'Subject option' },
    ReferenceTitle: { zh: '職稱選項', en: 'Title option' },
    Course: { zh: '研習課程', en: 'Course' },
    CourseRegistration: { zh: '研習報名', en: 'Course registration' },
    Webhook: { zh: 'Webhook 端點', en: 'Webhook' },
  }),
  CourseStatus: labels({
    DRAFT: { zh: '草稿', en: 'Draft' },
    SUBMITTED: { zh: '待審核', en: 'Submitted for approval' },
    APPROVED: { zh: '已核定', en: 'Approved' },
    PUBLISHED: { zh: '已公告', en: 'Published' },
    CLOSED: { zh: '已結案', en: 'Closed' },
    CANCELLED: { zh: '已取消', en: 'Cancelled' },
  }),
  RegistrationStatus: labels({
    ADMITTED: { zh: '錄取', en: 'Admitted' },
    WAITLISTED: { zh: '備取', en: 'Waitlisted' },
    WITHDRAWN: { zh: '已取消報名', en: 'Withdrawn' },
    DECLINED: { zh: '學校未核准', en: 'Declined by the school' },
    CANCELLED: { zh: '課程取消', en: 'Course cancelled' },
  }),
  SchoolApproval: labels({
    NOT_REQUIRED: { zh: '免學校核准', en: 'Not required' },
    PENDING: { zh: '待學校核准', en: 'Pending' },
    APPROVED: { zh: '學校已核准', en: 'Approved' },
    DECLINED: { zh: '學校未核准', en: 'Declined' },
  }),
  AudienceKind: labels({
    STAGE: { zh: '教育階段', en: 'Stage' },
    SUBJECT: { zh: '任教科目', en: 'Subject' },
    TITLE: { zh: '職稱', en: 'Title' },
    COUNTY: { zh: '縣市', en: 'County' },
  }),
  CourseOrder: labels({
    START: { zh: '依開課日期', en: 'By start date' },
    RELEVANCE: { zh: '依相關程度', en: 'By relevance' },
  }),
  SheetFormat: labels({
    CSV: { zh: 'CSV', en: 'CSV (UTF-8)' },
    XLSX: { zh: 'Excel 活頁簿', en: 'Excel workbook' },
  }),
  UploadProblemKind: labels({
    INVALID_ID: { zh: '身分證字號格式錯誤', en: 'Not a valid national ID' },
    UNKNOWN_ID: { zh: '查無此教師', en: 'No teacher with this national ID' },
    DUPLICATE: { zh: '名單中重複', en: 'Listed twice' },
    OVER_CAPACITY: { zh: '超過名額', en: 'Over capacity' },
    OUTSIDE_AUDIENCE: { zh: '不符參加對象', en: 'Outside the audience' },
  }),
} as const;

export type EnumName = keyof typeof LABELS;
export type EnumValue<N extends EnumName> = keyof (typeof LABELS)[N] & string;

export function codesOf<N extends EnumName>(name: N): EnumValue<N>[] {
  return Object.keys(LABELS[name]) as EnumValue<N>[];
}

/** The need dimensions of a plan and the GraphQL enum that holds each one's options. */
export const DIMENSION_ENUM = {
  MODE: 'StudyMode',
  TIME: 'StudyTime',
  PLACE: 'StudyPlace',
  LEVEL: 'StudyLevel',
  METHOD: 'StudyMethod',
  DOMAIN: 'StudyDomain',
} as const;

/** Default permissions of each business role (附件二); a manager may narrow them, never widen. */
export const ROLE_PERMISSIONS = {
  CHIEF: ['COURSE_REGISTRATION', 'COURSE_MANAGEMENT', 'UNIT_ACCOUNT_MANAGEMENT', 'UNIT_TEACHER_MANAGEMENT', 'STATISTICS'],
  CONTACT: ['COURSE_REGISTRATION', 'COURSE_MANAGEMENT', 'UNIT_TEACHER_MANAGEMENT', 'STATISTICS'],
  OPERATOR: ['COURSE_REGISTRATION', 'COURSE_MANAGEMENT', 'STATISTICS'],
} as const satisfies Record<EnumValue<'BusinessRole'>, readonly EnumValue<'Permission'>[]>;
