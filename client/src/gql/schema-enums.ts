/** The code of an error: `extensions.code` (docs/API.md, Errors) */
export type ErrorCode =
  /** The input is wrong; `extensions.fields` names the argument */
  | 'BAD_USER_INPUT'
  /** A stale version or a duplicate */
  | 'CONFLICT'
  /** Your role may not read or do this */
  | 'FORBIDDEN'
  /** Our fault, or the database is away (reason DATABASE_UNAVAILABLE) */
  | 'INTERNAL_SERVER_ERROR'
  /** The API key sent is unknown, malformed, replaced or revoked */
  | 'INVALID_API_KEY'
  /** The object does not exist */
  | 'NOT_FOUND'
  /** Over a limit (tokens, depth, aliases, cost, objects, a key's bucket) */
  | 'QUERY_TOO_COMPLEX'
  /** Too many requests; `extensions.retryAfterSeconds` says when to try again */
  | 'RATE_LIMITED'
  /** Log in first, or the login failed (a wrong password and an unknown user look the same) */
  | 'UNAUTHENTICATED'
  /** The filling window (or the service period) is closed */
  | 'WINDOW_CLOSED';

export const ErrorCodeValues: readonly ErrorCode[] = ['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'INTERNAL_SERVER_ERROR', 'INVALID_API_KEY', 'NOT_FOUND', 'QUERY_TOO_COMPLEX', 'RATE_LIMITED', 'UNAUTHENTICATED', 'WINDOW_CLOSED'];

/** Why an error happened, precisely: `extensions.reason`, a stable code to translate (the message is for people and may change) */
export type ErrorReason =
  /** Failed logins of this account: wait `retryAfterSeconds` */
  | 'ACCOUNT_DELAY'
  /** The account was deleted */
  | 'ACCOUNT_DELETED'
  /** Too many logins at once from this address */
  | 'ADDRESS_CONCURRENCY'
  /** Failed logins from this address: wait `retryAfterSeconds` */
  | 'ADDRESS_DELAY'
  /** Too many login attempts from this address in a minute */
  | 'ADDRESS_LIMIT'
  /** The teacher is already at this school */
  | 'ALREADY_AT_SCHOOL'
  /** The teacher is registered for the course already */
  | 'ALREADY_REGISTERED'
  /** Some of these schools were reminded today already: send again with confirm: true */
  | 'ALREADY_REMINDED_TODAY'
  /** Answer all `count` questions */
  | 'ANSWER_ALL_QUESTIONS'
  /** Every need dimension must be answered */
  | 'ANSWER_REQUIRED'
  /** The API key is unknown, malformed, replaced or revoked */
  | 'API_KEY_INVALID'
  /** Permissions beyond the role's defaults */
  | 'BEYOND_ROLE_PERMISSIONS'
  /** Too many logins in progress: try again in a second */
  | 'BUSY'
  /** An account in this `status` cannot be activated */
  | 'CANNOT_ACTIVATE'
  /** An account in this `status` cannot be suspended */
  | 'CANNOT_SUSPEND'
  /** Only the district centre (or the platform) appoints a CHIEF */
  | 'CHIEF_BY_DISTRICT_ONLY'
  /** The correction was decided already */
  | 'CORRECTION_DECIDED'
  /** A county other than the key's own */
  | 'COUNTY_OUTSIDE_KEY'
  /** A TEACHER_SYNC key acts on one county */
  | 'COUNTY_REQUIRED'
  /** Hours are issued after the course has ended */
  | 'COURSE_NOT_ENDED'
  /** The course's status does not allow this (e.g. only a draft is submitted) */
  | 'COURSE_STATE'
  /** Not a valid cursor */
  | 'CURSOR_INVALID'
  /** The database is unavailable; try again shortly */
  | 'DATABASE_UNAVAILABLE'
  /** A date YYYY-MM-DD (Taiwan time) */
  | 'DATE_INVALID'
  /** Plan at least one domain */
  | 'DOMAIN_REQUIRED'
  /** An entry appears twice */
  | 'DUPLICATE_ENTRY'
  /** The database refused a duplicate */
  | 'DUPLICATE_REFUSED'
  /** Not a valid e-mail address */
  | 'EMAIL_INVALID'
  /** The end must come after the start */
  | 'END_BEFORE_START'
  /** This kind of message is essential (e.g. a password reset, a cancelled course) and cannot be muted */
  | 'ESSENTIAL_MESSAGE'
  /** An event the key's scopes do not allow */
  | 'EVENT_OUTSIDE_SCOPE'
  /** Every one of the `count` counties once, with a group and a wave */
  | 'EVERY_COUNTY_ONCE'
  /** The application expired: apply again */
  | 'EXPIRED'
  /** The export is older than a day: its file was removed; start a new one */
  | 'EXPORT_EXPIRED'
  /** The download link is unknown or does not belong to this export */
  | 'EXPORT_LINK_INVALID'
  /** The export has not finished (or failed): nothing to download yet */
  | 'EXPORT_NOT_READY'
  /** The partner's record ID was reported before with other content */
  | 'EXTERNAL_ID_REUSED'
  /** The field is required */
  | 'FIELD_REQUIRED'
  /** The filling window is closed (`opensAt`, `closesAt`) */
  | 'FILLING_WINDOW_CLOSED'
  /** Not a valid filter */
  | 'FILTER_INVALID'
  /** The text contains a character that is not allowed */
  | 'FORBIDDEN_CHARACTER'
  /** The course and its waitlist are full */
  | 'FULL'
  /** A group key like A, B or a wave 1-9 */
  | 'GROUP_KEY_INVALID'
  /** More hours than the course's */
  | 'HOURS_OVER_COURSE'
  /** Not a valid ID */
  | 'ID_INVALID'
  /** The account is not active (pending, suspended or deleted) */
  | 'INACTIVE'
  /** Schema introspection is not available to this caller */
  | 'INTROSPECTION_DISABLED'
  /** Wrong username or password */
  | 'INVALID_LOGIN'
  /** The document does not parse or validate against the schema, or a variable does not fit its type */
  | 'INVALID_REQUEST'
  /** The object is not in a state that allows this */
  | 'INVALID_STATE'
  /** The value is not accepted: the message says why */
  | 'INVALID_VALUE'
  /** The request costs more than the API key's whole bucket */
  | 'KEY_COST_OVER_BUCKET'
  /** Over the API key's rate: wait `retryAfterSeconds` */
  | 'KEY_RATE_LIMITED'
  /** A school must keep an active CHIEF: name a replacement */
  | 'LAST_CHIEF'
  /** Not logged in, or the session ended */
  | 'LOGIN_REQUIRED'
  /** The HTTP request is malformed (target, JSON body) */
  | 'MALFORMED_REQUEST'
  /** A name of 1 to `maxLength` characters */
  | 'NAME_LENGTH'
  /** Not a valid national ID */
  | 'NATIONAL_ID_INVALID'
  /** This national ID already holds a live business account */
  | 'NATIONAL_ID_TAKEN'
  /** The list is empty */
  | 'NOTHING_GIVEN'
  /** There is no plan to submit yet: save it first */
  | 'NOTHING_TO_SUBMIT'
  /** Not one of the options */
  | 'NOT_AN_OPTION'
  /** The teacher is not in the audience of the course */
  | 'NOT_IN_AUDIENCE'
  /** This account may not do or read this */
  | 'NOT_PERMITTED'
  /** The teacher is not admitted to this course */
  | 'NOT_REGISTERED'
  /** The account is not one you manage */
  | 'NOT_YOUR_ACCOUNT'
  /** Outside your county: you may export your own county only */
  | 'NOT_YOUR_COUNTY'
  /** You may not add or ask for teachers for this school */
  | 'NOT_YOUR_SCHOOL'
  /** You keep the records of your own school's teachers only */
  | 'NOT_YOUR_TEACHERS'
  /** The transfer request is not yours to decide */
  | 'NOT_YOUR_TRANSFER'
  /** A new installation without a platform administrator yet */
  | 'NO_ADMINISTRATOR'
  /** The account has no login */
  | 'NO_LOGIN'
  /** No such (live) API key */
  | 'NO_SUCH_API_KEY'
  /** No such business account */
  | 'NO_SUCH_BUSINESS_ACCOUNT'
  /** No such county */
  | 'NO_SUCH_COUNTY'
  /** The course does not exist, or you may not see it */
  | 'NO_SUCH_COURSE'
  /** The object does not exist, or you may not see it */
  | 'NO_SUCH_OBJECT'
  /** The study record does not exist, or you may not see it */
  | 'NO_SUCH_RECORD'
  /** The registration does not exist, or you may not see it */
  | 'NO_SUCH_REGISTRATION'
  /** No such school */
  | 'NO_SUCH_SCHOOL'
  /** No such school year */
  | 'NO_SUCH_SCHOOL_YEAR'
  /** The session does not exist, or you may not see it */
  | 'NO_SUCH_SESSION'
  /** No such teacher */
  | 'NO_SUCH_TEACHER'
  /** No such transfer request */
  | 'NO_SUCH_TRANSFER'
  /** No such unit */
  | 'NO_SUCH_UNIT'
  /** No such webhook endpoint or delivery */
  | 'NO_SUCH_WEBHOOK'
  /** No teacher has this national ID (add the teacher instead) */
  | 'NO_TEACHER_WITH_NATIONAL_ID'
  /** No school-plan window for this group */
  | 'NO_WINDOW_FOR_GROUP'
  /** No teacher-plan window for this wave */
  | 'NO_WINDOW_FOR_WAVE'
  /** A whole number from `min` to `max` */
  | 'NUMBER_OUT_OF_RANGE'
  /** This unit gets OPERATOR accounts only */
  | 'OPERATOR_ONLY_UNIT'
  /** An option the platform no longer offers */
  | 'OPTION_WITHDRAWN'
  /** The service period of the school year is over or not open yet */
  | 'OUTSIDE_SERVICE_PERIOD'
  /** The query is over a limit: `limit`, `value`, `max` */
  | 'OVER_QUERY_LIMIT'
  /** After a reset: change the password before anything else */
  | 'PASSWORD_CHANGE_REQUIRED'
  /** Password: at least 8 characters with letters and digits */
  | 'PASSWORD_TOO_WEAK'
  /** The new password must differ from the current one */
  | 'PASSWORD_UNCHANGED'
  /** Only trusted documents (by hash) are accepted */
  | 'PERSISTED_DOCUMENT_REQUIRED'
  /** The document does not match its hash */
  | 'PERSISTED_QUERY_HASH_MISMATCH'
  /** Not a valid phone number */
  | 'PHONE_INVALID'
  /** The survey follows a submitted plan */
  | 'PLAN_NOT_SUBMITTED'
  /** Outside the registration window of the course */
  | 'REGISTRATION_CLOSED'
  /** A reopening must end in the future */
  | 'REOPENING_IN_PAST'
  /** A reopening lasts at most `maxDays` days */
  | 'REOPENING_TOO_LONG'
  /** Only the district of the county or the platform reopens a plan */
  | 'REOPEN_BY_DISTRICT_ONLY'
  /** The replacement must be a live account of the same school */
  | 'REPLACEMENT_NOT_IN_SCHOOL'
  /** The replacement must be another account */
  | 'REPLACEMENT_SAME_ACCOUNT'
  /** The request body is over 1 MiB */
  | 'REQUEST_TOO_LARGE'
  /** The password-reset link is unknown, used or expired */
  | 'RESET_LINK_INVALID'
  /** Only the school's CHIEF or CONTACT fills its plan */
  | 'SCHOOL_PLAN_BY_CHIEF_OR_CONTACT'
  /** A school year in ROC years, e.g. 110 */
  | 'SCHOOL_YEAR_INVALID'
  /** At least one scope */
  | 'SCOPE_REQUIRED'
  /** Attendance is recorded from 30 minutes before a session starts */
  | 'SESSION_NOT_STARTED'
  /** The code's session is not running now */
  | 'SIGN_IN_CODE_EXPIRED'
  /** No session has this sign-in code */
  | 'SIGN_IN_CODE_INVALID'
  /** The record changed since it was read: reload it */
  | 'STALE_VERSION'
  /** These statistics are not for this account */
  | 'STATISTICS_NOT_PERMITTED'
  /** 1 to `max` subjects */
  | 'SUBJECT_COUNT'
  /** This year's survey is answered already */
  | 'SURVEY_ALREADY_ANSWERED'
  /** The survey is for those who file a plan */
  | 'SURVEY_FOR_PLANNERS'
  /** Only a teacher does this, for itself */
  | 'TEACHERS_ONLY'
  /** A teacher with this national ID exists already */
  | 'TEACHER_EXISTS'
  /** The teacher has moved since the request was made */
  | 'TEACHER_MOVED'
  /** Titles and subjects are for teacher plans only */
  | 'TEACHER_PLANS_ONLY'
  /** Give a title or subjects */
  | 'TITLE_OR_SUBJECTS_REQUIRED'
  /** Too long: at most `maxLength` characters */
  | 'TOO_LONG'
  /** Too many entries: at most `max` */
  | 'TOO_MANY'
  /** You have as many export jobs queued or running as allowed (`max`): wait for one to finish */
  | 'TOO_MANY_EXPORTS'
  /** Too many requests from this address (the public lookup) */
  | 'TOO_MANY_REQUESTS'
  /** This school has asked for this teacher already */
  | 'TRANSFER_ALREADY_PENDING'
  /** The transfer request is no longer pending (`status`) */
  | 'TRANSFER_NOT_PENDING'
  /** Our fault: the message says nothing more, and no stack trace leaves the server */
  | 'UNEXPECTED_ERROR'
  /** This unit takes no business accounts */
  | 'UNIT_TAKES_NO_ACCOUNTS'
  /** Username: 4-32 letters, digits, dot, dash or underscore */
  | 'USERNAME_INVALID'
  /** The username is taken */
  | 'USERNAME_TAKEN'
  /** A webhook URL: https (http only to this machine), no user or password, at most 500 characters */
  | 'WEBHOOK_URL'
  /** A filling window must lie within the service period */
  | 'WINDOW_OUTSIDE_SERVICE_PERIOD'
  /** The current password is wrong */
  | 'WRONG_CURRENT_PASSWORD'
  /** An ID of another type (`expected` names the types) */
  | 'WRONG_ID_TYPE'
  /** This download is a workbook: ask for .xlsx */
  | 'XLSX_ONLY';

export const ErrorReasonValues: readonly ErrorReason[] = ['ACCOUNT_DELAY', 'ACCOUNT_DELETED', 'ADDRESS_CONCURRENCY', 'ADDRESS_DELAY', 'ADDRESS_LIMIT', 'ALREADY_AT_SCHOOL', 'ALREADY_REGISTERED', 'ALREADY_REMINDED_TODAY', 'ANSWER_ALL_QUESTIONS', 'ANSWER_REQUIRED', 'API_KEY_INVALID', 'BEYOND_ROLE_PERMISSIONS', 'BUSY', 'CANNOT_ACTIVATE', 'CANNOT_SUSPEND', 'CHIEF_BY_DISTRICT_ONLY', 'CORRECTION_DECIDED', 'COUNTY_OUTSIDE_KEY', 'COUNTY_REQUIRED', 'COURSE_NOT_ENDED', 'COURSE_STATE', 'CURSOR_INVALID', 'DATABASE_UNAVAILABLE', 'DATE_INVALID', 'DOMAIN_REQUIRED', 'DUPLICATE_ENTRY', 'DUPLICATE_REFUSED', 'EMAIL_INVALID', 'END_BEFORE_START', 'ESSENTIAL_MESSAGE', 'EVENT_OUTSIDE_SCOPE', 'EVERY_COUNTY_ONCE', 'EXPIRED', 'EXPORT_EXPIRED', 'EXPORT_LINK_INVALID', 'EXPORT_NOT_READY', 'EXTERNAL_ID_REUSED', 'FIELD_REQUIRED', 'FILLING_WINDOW_CLOSED', 'FILTER_INVALID', 'FORBIDDEN_CHARACTER', 'FULL', 'GROUP_KEY_INVALID', 'HOURS_OVER_COURSE', 'ID_INVALID', 'INACTIVE', 'INTROSPECTION_DISABLED', 'INVALID_LOGIN', 'INVALID_REQUEST', 'INVALID_STATE', 'INVALID_VALUE', 'KEY_COST_OVER_BUCKET', 'KEY_RATE_LIMITED', 'LAST_CHIEF', 'LOGIN_REQUIRED', 'MALFORMED_REQUEST', 'NAME_LENGTH', 'NATIONAL_ID_INVALID', 'NATIONAL_ID_TAKEN', 'NOTHING_GIVEN', 'NOTHING_TO_SUBMIT', 'NOT_AN_OPTION', 'NOT_IN_AUDIENCE', 'NOT_PERMITTED', 'NOT_REGISTERED', 'NOT_YOUR_ACCOUNT', 'NOT_YOUR_COUNTY', 'NOT_YOUR_SCHOOL', 'NOT_YOUR_TEACHERS', 'NOT_YOUR_TRANSFER', 'NO_ADMINISTRATOR', 'NO_LOGIN', 'NO_SUCH_API_KEY', 'NO_SUCH_BUSINESS_ACCOUNT', 'NO_SUCH_COUNTY', 'NO_SUCH_COURSE', 'NO_SUCH_OBJECT', 'NO_SUCH_RECORD', 'NO_SUCH_REGISTRATION', 'NO_SUCH_SCHOOL', 'NO_SUCH_SCHOOL_YEAR', 'NO_SUCH_SESSION', 'NO_SUCH_TEACHER', 'NO_SUCH_TRANSFER', 'NO_SUCH_UNIT', 'NO_SUCH_WEBHOOK', 'NO_TEACHER_WITH_NATIONAL_ID', 'NO_WINDOW_FOR_GROUP', 'NO_WINDOW_FOR_WAVE', 'NUMBER_OUT_OF_RANGE', 'OPERATOR_ONLY_UNIT', 'OPTION_WITHDRAWN', 'OUTSIDE_SERVICE_PERIOD', 'OVER_QUERY_LIMIT', 'PASSWORD_CHANGE_REQUIRED', 'PASSWORD_TOO_WEAK', 'PASSWORD_UNCHANGED', 'PERSISTED_DOCUMENT_REQUIRED', 'PERSISTED_QUERY_HASH_MISMATCH', 'PHONE_INVALID', 'PLAN_NOT_SUBMITTED', 'REGISTRATION_CLOSED', 'REOPENING_IN_PAST', 'REOPENING_TOO_LONG', 'REOPEN_BY_DISTRICT_ONLY', 'REPLACEMENT_NOT_IN_SCHOOL', 'REPLACEMENT_SAME_ACCOUNT', 'REQUEST_TOO_LARGE', 'RESET_LINK_INVALID', 'SCHOOL_PLAN_BY_CHIEF_OR_CONTACT', 'SCHOOL_YEAR_INVALID', 'SCOPE_REQUIRED', 'SESSION_NOT_STARTED', 'SIGN_IN_CODE_EXPIRED', 'SIGN_IN_CODE_INVALID', 'STALE_VERSION', 'STATISTICS_NOT_PERMITTED', 'SUBJECT_COUNT', 'SURVEY_ALREADY_ANSWERED', 'SURVEY_FOR_PLANNERS', 'TEACHERS_ONLY', 'TEACHER_EXISTS', 'TEACHER_MOVED', 'TEACHER_PLANS_ONLY', 'TITLE_OR_SUBJECTS_REQUIRED', 'TOO_LONG', 'TOO_MANY', 'TOO_MANY_EXPORTS', 'TOO_MANY_REQUESTS', 'TRANSFER_ALREADY_PENDING', 'TRANSFER_NOT_PENDING', 'UNEXPECTED_ERROR', 'UNIT_TAKES_NO_ACCOUNTS', 'USERNAME_INVALID', 'USERNAME_TAKEN', 'WEBHOOK_URL', 'WINDOW_OUTSIDE_SERVICE_PERIOD', 'WRONG_CURRENT_PASSWORD', 'WRONG_ID_TYPE', 'XLSX_ONLY'];
