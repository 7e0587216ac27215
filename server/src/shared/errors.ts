import { GraphQLError } from 'graphql';

/** The error codes of the API (docs/API.md, Errors): `extensions.code`, with what each means. */
export const ERROR_CODES = {
  UNAUTHENTICATED: 'Log in first, or the login failed (a wrong password and an unknown user look the same)',
  FORBIDDEN: 'Your role may not read or do this',
  BAD_USER_INPUT: 'The input is wrong; `extensions.fields` names the argument',
  NOT_FOUND: 'The object does not exist',
  CONFLICT: 'A stale version or a duplicate',
  WINDOW_CLOSED: 'The filling window (or the service period) is closed',
  QUERY_TOO_COMPLEX: "Over a limit (tokens, depth, aliases, cost, objects, a key's bucket)",
  RATE_LIMITED: 'Too many requests; `extensions.retryAfterSeconds` says when to try again',
  INVALID_API_KEY: 'The API key sent is unknown, malformed, replaced or revoked',
  INTERNAL_SERVER_ERROR: 'Our fault, or the database is away (reason DATABASE_UNAVAILABLE)',
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * Why, precisely: `extensions.reason` of every error of ours, a stable code that clients translate
 * (the message stays for people reading the raw answer and may change). Some reasons come with
 * values in `extensions` that the text needs (`maxLength`, `min`/`max`, `count`, `status` ...).
 */
export const ERROR_REASONS = {
  // logging in and sessions
  LOGIN_REQUIRED: 'Not logged in, or the session ended',
  INVALID_LOGIN: 'Wrong username or password',
  INACTIVE: 'The account is not active (pending, suspended or deleted)',
  PASSWORD_CHANGE_REQUIRED: 'After a reset: change the password before anything else',
  NO_ADMINISTRATOR: 'A new installation without a platform administrator yet',
  ACCOUNT_DELAY: 'Failed logins of this account: wait `retryAfterSeconds`',
  ADDRESS_DELAY: 'Failed logins from this address: wait `retryAfterSeconds`',
  ADDRESS_LIMIT: 'Too many login attempts from this address in a minute',
  ADDRESS_CONCURRENCY: 'Too many logins at once from this address',
  BUSY: 'Too many logins in progress: try again in a second',
  TOO_MANY_REQUESTS: 'Too many requests from this address (the public lookup)',
  // partner keys and query limits
  API_KEY_INVALID: 'The API key is unknown, malformed, replaced or revoked',
  KEY_RATE_LIMITED: "Over the API key's rate: wait `retryAfterSeconds`",
  KEY_COST_OVER_BUCKET: "The request costs more than the API key's whole bucket",
  OVER_QUERY_LIMIT: 'The query is over a limit: `limit`, `value`, `max`',
  INTROSPECTION_DISABLED: 'Schema introspection is not available to this caller',
  PERSISTED_DOCUMENT_REQUIRED: 'Only trusted documents (by hash) are accepted',
  PERSISTED_QUERY_HASH_MISMATCH: 'The document does not match its hash',
  INVALID_REQUEST: 'The document does not parse or validate against the schema, or a variable does not fit its type',
  DATABASE_UNAVAILABLE: 'The database is unavailable; try again shortly',
  MALFORMED_REQUEST: 'The HTTP request is malformed (target, JSON body)',
  REQUEST_TOO_LARGE: 'The request body is over 1 MiB',
  UNEXPECTED_ERROR: 'Our fault: the message says nothing more, and no stack trace leaves the server',
  // who may
  NOT_PERMITTED: 'This account may not do or read this',
  TEACHERS_ONLY: 'Only a teacher does this, for itself',
  NOT_YOUR_ACCOUNT: 'The account is not one you manage',
  NOT_YOUR_TEACHERS: "You keep the records of your own school's teachers only",
  NOT_YOUR_SCHOOL: 'You may not add or ask for teachers for this school',
  NOT_YOUR_TRANSFER: 'The transfer request is not yours to decide',
  CHIEF_BY_DISTRICT_ONLY: 'Only the district centre (or the platform) appoints a CHIEF',
  SCHOOL_PLAN_BY_CHIEF_OR_CONTACT: "Only the school's CHIEF or CONTACT fills its plan",
  REOPEN_BY_DISTRICT_ONLY: 'Only the district of the county or the platform reopens a plan',
  STATISTICS_NOT_PERMITTED: 'These statistics are not for this account',
  SURVEY_FOR_PLANNERS: 'The survey is for those who file a plan',
  PLAN_NOT_SUBMITTED: 'The survey follows a submitted plan',
  // what does not exist
  NO_SUCH_SCHOOL: 'No such school',
  NO_SUCH_TEACHER: 'No such teacher',
  NO_SUCH_UNIT: 'No such unit',
  NO_SUCH_COUNTY: 'No such county',
  NO_SUCH_SCHOOL_YEAR: 'No such school year',
  NO_SUCH_BUSINESS_ACCOUNT: 'No such business account',
  ACCOUNT_DELETED: 'The account was deleted',
  NO_SUCH_API_KEY: 'No such (live) API key',
  NO_SUCH_WEBHOOK: 'No such webhook endpoint or delivery',
  NO_SUCH_TRANSFER: 'No such transfer request',
  NO_TEACHER_WITH_NATIONAL_ID: 'No teacher has this national ID (add the teacher instead)',
  NO_LOGIN: 'The account has no login',
  NOTHING_TO_SUBMIT: 'There is no plan to submit yet: save it first',
  // conflicts
  STALE_VERSION: 'The record changed since it was read: reload it',
  TEACHER_EXISTS: 'A teacher with this national ID exists already',
  NATIONAL_ID_TAKEN: 'This national ID already holds a live business account',
  USERNAME_TAKEN: 'The username is taken',
  EXPIRED: 'The application expired: apply again',
  LAST_CHIEF: 'A school must keep an active CHIEF: name a replacement',
  CANNOT_ACTIVATE: 'An account in this `status` cannot be activated',
  CANNOT_SUSPEND: 'An account in this `status` cannot be suspended',
  DUPLICATE_REFUSED: 'The database refused a duplicate',
  SURVEY_ALREADY_ANSWERED: "This year's survey is answered already",
  ALREADY_AT_SCHOOL: 'The teacher is already at this school',
  TRANSFER_ALREADY_PENDING: 'This school has asked for this teacher already',
  TRANSFER_NOT_PENDING: 'The transfer request is no longer pending (`status`)',
  TEACHER_MOVED: 'The teacher has moved since the request was made',
  // windows
  OUTSIDE_SERVICE_PERIOD: 'The service period of the school year is over or not open yet',
  FILLING_WINDOW_CLOSED: 'The filling window is closed (`opensAt`, `closesAt`)',
  // input
  FIELD_REQUIRED: 'The field is required',
  NOTHING_GIVEN: 'The list is empty',
  TOO_LONG: 'Too long: at most `maxLength` characters',
  NAME_LENGTH: 'A name of 1 to `maxLength` characters',
  TOO_MANY: 'Too many entries: at most `max`',
  NUMBER_OUT_OF_RANGE: 'A whole number from `min` to `max`',
  NOT_AN_OPTION: 'Not one of the options',
  OPTION_WITHDRAWN: 'An option the platform no longer offers',
  DUPLICATE_ENTRY: 'An entry appears twice',
  ANSWER_REQUIRED: 'Every need dimension must be answered',
  DOMAIN_REQUIRED: 'Plan at least one domain',
  SUBJECT_COUNT: '1 to `max` subjects',
  TITLE_OR_SUBJECTS_REQUIRED: 'Give a title or subjects',
  SCOPE_REQUIRED: 'At least one scope',
  COUNTY_REQUIRED: 'A TEACHER_SYNC key acts on one county',
  WEBHOOK_URL: 'A webhook URL: https (http only to this machine), no user or password, at most 500 characters',
  EVENT_OUTSIDE_SCOPE: "An event the key's scopes do not allow",
  COUNTY_OUTSIDE_KEY: "A county other than the key's own",
  ANSWER_ALL_QUESTIONS: 'Answer all `count` questions',
  NATIONAL_ID_INVALID: 'Not a valid national ID',
  USERNAME_INVALID: 'Username: 4-32 letters, digits, dot, dash or underscore',
  PASSWORD_TOO_WEAK: 'Password: at least 8 characters with letters and digits',
  EMAIL_INVALID: 'Not a valid e-mail address',
  PHONE_INVALID: 'Not a valid phone number',
  PASSWORD_UNCHANGED: 'The new password must differ from the current one',
  WRONG_CURRENT_PASSWORD: 'The current password is wrong',
  ID_INVALID: 'Not a valid ID',
  WRONG_ID_TYPE: 'An ID of another type (`expected` names the types)',
  CURSOR_INVALID: 'Not a valid cursor',
  SCHOOL_YEAR_INVALID: 'A school year in ROC years, e.g. 110',
  DATE_INVALID: 'A date YYYY-MM-DD (Taiwan time)',
  END_BEFORE_START: 'The end must come after the start',
  WINDOW_OUTSIDE_SERVICE_PERIOD: 'A filling window must lie within the service period',
  GROUP_KEY_INVALID: 'A group key like A, B or a wave 1-9',
  NO_WINDOW_FOR_GROUP: 'No school-plan window for this group',
  NO_WINDOW_FOR_WAVE: 'No teacher-plan window for this wave',
  EVERY_COUNTY_ONCE: 'Every one of the `count` counties once, with a group and a wave',
  REOPENING_IN_PAST: 'A reopening must end in the future',
  REOPENING_TOO_LONG: 'A reopening lasts at most `maxDays` days',
  FORBIDDEN_CHARACTER: 'The text contains a character that is not allowed',
  FILTER_INVALID: 'Not a valid filter',
  XLSX_ONLY: 'This download is a workbook: ask for .xlsx',
  TEACHER_PLANS_ONLY: 'Titles and subjects are for teacher plans only',
  BEYOND_ROLE_PERMISSIONS: "Permissions beyond the role's defaults",
  OPERATOR_ONLY_UNIT: 'This unit gets OPERATOR accounts only',
  UNIT_TAKES_NO_ACCOUNTS: 'This unit takes no business accounts',
  REPLACEMENT_SAME_ACCOUNT: 'The replacement must be another account',
  REPLACEMENT_NOT_IN_SCHOOL: 'The replacement must be a live account of the same school',
  // courses and registration; generic reasons (the message says more)
  INVALID_VALUE: 'The value is not accepted: the message says why',
  INVALID_STATE: 'The object is not in a state that allows this',
  COURSE_STATE: "The course's status does not allow this (e.g. only a draft is submitted)",
  NO_SUCH_COURSE: 'The course does not exist, or you may not see it',
  NO_SUCH_REGISTRATION: 'The registration does not exist, or you may not see it',
  NO_SUCH_OBJECT: 'The object does not exist, or you may not see it',
  NOT_IN_AUDIENCE: 'The teacher is not in the audience of the course',
  ALREADY_REGISTERED: 'The teacher is registered for the course already',
  FULL: 'The course and its waitlist are full',
  REGISTRATION_CLOSED: 'Outside the registration window of the course',
  // attendance and hours
  NO_SUCH_SESSION: 'The session does not exist, or you may not see it',
  NO_SUCH_RECORD: 'The study record does not exist, or you may not see it',
  NOT_REGISTERED: 'The teacher is not admitted to this course',
  SIGN_IN_CODE_INVALID: 'No session has this sign-in code',
  SIGN_IN_CODE_EXPIRED: "The code's session is not running now",
  SESSION_NOT_STARTED: 'Attendance is recorded from 30 minutes before a session starts',
  COURSE_NOT_ENDED: 'Hours are issued after the course has ended',
  HOURS_OVER_COURSE: "More hours than the course's",
  EXTERNAL_ID_REUSED: "The partner's record ID was reported before with other content",
  CORRECTION_DECIDED: 'The correction was decided already',
  // messages
  ALREADY_REMINDED_TODAY: 'Some of these schools were reminded today already: send again with confirm: true',
  RESET_LINK_INVALID: 'The password-reset link is unknown, used or expired',
  TOO_MANY_EXPORTS: 'You have as many export jobs queued or running as allowed (`max`): wait for one to finish',
  NOT_YOUR_COUNTY: 'Outside your county: you may export your own county only',
  EXPORT_LINK_INVALID: 'The download link is unknown or does not belong to this export',
  EXPORT_EXPIRED: 'The export is older than a day: its file was removed; start a new one',
  EXPORT_NOT_READY: 'The export has not finished (or failed): nothing to download yet',
  ESSENTIAL_MESSAGE: 'This kind of message is essential (e.g. a password reset, a cancelled course) and cannot be muted',
} as const;
export type ErrorReason = keyof typeof ERROR_REASONS;

/** An error of ours: a code, a reason, a message for people, and any values the reason needs. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, reason: ErrorReason, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, reason, ...extra } });
  }
}

export const unauthenticated = (reason: ErrorReason = 'LOGIN_REQUIRED', message = 'Login required (請先登入)') =>
  new AppError('UNAUTHENTICATED', reason, message);
export const forbidden = (reason: ErrorReason = 'NOT_PERMITTED', message = 'Not allowed for this account (權限不足)') =>
  new AppError('FORBIDDEN', reason, message);
export const notFound = (reason: ErrorReason, message: string) => new AppError('NOT_FOUND', reason, message);
/** Bad input, naming the offending input field(s); never echoes the value (it may be personal data). */
export const badInput = (field: string, reason: ErrorReason, message: string, extra: Record<string, unknown> = {}) =>
  new AppError('BAD_USER_INPUT', reason, message, { fields: [field], ...extra });
export const conflict = (reason: ErrorReason, message: string, extra: Record<string, unknown> = {}) =>
  new AppError('CONFLICT', reason, message, extra);

const DB_DOWN_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'ER_SERVER_SHUTDOWN',
  'ER_CON_COUNT_ERROR',
  'ENOTFOUND',
]);

/** A database that went away (refused, lost, shutting down), wherever the driver error sits. */
export function isDatabaseUnavailable(e: unknown): boolean {
  type Link = { code?: string; driverError?: unknown; originalError?: unknown; cause?: unknown; thrownValue?: unknown; message?: string };
  for (let cur = e as Link | undefined, i = 0; cur && typeof cur === 'object' && i < 6; i++) {
    if (cur.code && DB_DOWN_CODES.has(cur.code)) return true;
    if (
      typeof cur.message === 'string' &&
      /Connection lost|ECONNREFUSED|Pool is closed|The database connection is not open|Connection is not established with|Can't add new command when connection is in closed state/.test(
        cur.message,
      )
    )
      return true;
    // graphql-js wraps a thrown non-Error (mysql2 throws plain objects when it cannot connect)
    cur = (cur.driverError ?? cur.originalError ?? cur.cause ?? cur.thrownValue) as Link | undefined;
  }
  return false;
}

export const DATABASE_UNAVAILABLE = 'The database is unavailable; try again shortly (資料庫暫時無法使用，請稍後再試)';
/** The database is away: HTTP 503 with Retry-After (Apollo reads `extensions.http`; it never reaches the client). */
export const databaseUnavailable = () =>
  new AppError('INTERNAL_SERVER_ERROR', 'DATABASE_UNAVAILABLE', DATABASE_UNAVAILABLE, {
    http: { status: 503, headers: new Map([['retry-after', '5']]) },
  });
/** An `ApiKey` / `X-Api-Key` that is malformed, unknown, rotated away or revoked: 401, not "please log in". */
export const invalidApiKey = () =>
  new AppError('INVALID_API_KEY', 'API_KEY_INVALID', 'This API key is not valid: unknown, replaced or revoked (API 金鑰無效)', {
    http: { status: 401, headers: new Map([['www-authenticate', 'ApiKey']]) },
  });
