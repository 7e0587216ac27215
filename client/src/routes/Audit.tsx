import { type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { fieldErrors, hasErrorAt } from '../apollo/errors';
import { DataList, Filters, useDraftText, useUrlFilters } from '../components/DataList';
import { useCursorPager } from '../components/Pager';
import { LoadError, NoAccess } from '../components/Status';
import { Value } from '../components/Value';
import { graphql } from '../gql';
import type { AuditEventsQuery } from '../gql/graphql';
import { useI18n, type I18n, type MessageKey } from '../i18n';
import { LABELS, type EnumName } from '../../../server/src/shared/labels';

/** What the server shows for contact details a district may not read (shared/personal-data.ts). */
const HIDDEN = '(hidden)';

const PAGE_SIZE = 50;

/** The audit trail (who, what, when, before -> after): all (platform), its county (district), its unit (CHIEF). */
const AUDIT_EVENTS_QUERY = graphql(`
  query AuditEvents($first: Int!, $after: String, $actor: String, $targetId: ID, $from: DateTimeISO, $to: DateTimeISO) {
    auditEvents(first: $first, after: $after, actor: $actor, targetId: $targetId, from: $from, to: $to) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          occurredAt
          actorKind
          actorUsername
          actorUnit {
            id
            name
          }
          operation
          targetType
          targetId
          targetUnit {
            id
            name
          }
          changes {
            field
            before
            after
          }
        }
      }
    }
  }
`);

type AuditEvent = AuditEventsQuery['auditEvents']['edges'][number]['node'];

/**
 * The fields the server records (before -> after), in words. Every name any operation records is here
 * (accounts, teachers, plans, school years, API keys, reference lists, courses, transfers, unlocks);
 * the browser test admin-day fails on a field shown by its code name.
 */
const FIELDS: Record<string, MessageKey> = {
  role: 'field.role',
  status: 'field.status',
  permissions: 'field.permissions',
  name: 'field.name',
  nationalId: 'field.nationalId',
  email: 'field.email',
  phone: 'field.phone',
  username: 'field.username',
  title: 'field.title',
  subjects: 'field.subjects',
  password: 'login.password',
  mustChangePassword: 'audit.field.mustChangePassword',
  profileConfirmedSemester: 'audit.field.profileConfirmedSemester',
  teacherReviewSemester: 'audit.field.teacherReviewSemester',
  school: 'field.school',
  modes: 'audit.field.modes',
  mode: 'audit.field.modes',
  times: 'audit.field.times',
  places: 'audit.field.places',
  place: 'audit.field.places',
  levels: 'audit.field.levels',
  level: 'audit.field.levels',
  methods: 'audit.field.methods',
  domains: 'audit.field.domains',
  domain: 'audit.field.domain',
  totalStudents: 'audit.field.totalStudents',
  schoolYear: 'audit.field.schoolYear',
  reopenedUntil: 'audit.field.reopenedUntil',
  serviceOpensAt: 'audit.field.serviceOpensAt',
  serviceClosesAt: 'audit.field.serviceClosesAt',
  rewardThresholdPercent: 'audit.field.rewardThresholdPercent',
  windows: 'audit.field.windows',
  schools: 'audit.field.schools',
  scopes: 'audit.field.scopes',
  pointsPerSecond: 'audit.field.pointsPerSecond',
  rotated: 'audit.field.rotated',
  revoked: 'audit.field.revoked',
  transfer: 'audit.field.transfer',
  toSchool: 'audit.field.toSchool',
  failedLogins: 'audit.field.failedLogins',
  delayed: 'audit.field.delayed',
  code: 'audit.field.code',
  active: 'audit.field.active',
  zh: 'audit.field.zh',
  en: 'audit.field.en',
  course: 'audit.field.course',
  hours: 'audit.field.hours',
  capacity: 'audit.field.capacity',
  waitlistSize: 'audit.field.waitlistSize',
  registrationOpensAt: 'audit.field.registrationOpensAt',
  registrationClosesAt: 'audit.field.registrationClosesAt',
  schoolApproval: 'audit.field.schoolApproval',
  sessions: 'audit.field.sessions',
  audience: 'audit.field.audience',
  approval: 'audit.field.approval',
  admitted: 'audit.field.admitted',
  uploadedRows: 'audit.field.uploadedRows',
  accepted: 'audit.field.accepted',
  registrationsReleased: 'audit.field.registrationsReleased',
  reason: 'audit.field.reason',
  statusNote: 'audit.field.reason',
};

/** The same field name meaning something else on another target (an API key's name is not a person's). */
const FIELDS_OF: Partial<Record<string, Record<string, MessageKey>>> = {
  ApiKey: { name: 'audit.field.keyName' },
  Course: { title: 'audit.field.courseTitle' },
  ReferenceSubject: { code: 'audit.field.optionCode' },
  ReferenceTitle: { code: 'audit.field.optionCode' },
};

/** Fields whose values are codes of one enum (a list is comma-separated), shown in words. */
const ENUM_FIELDS: Record<string, EnumName> = {
  role: 'BusinessRole',
  permissions: 'Permission',
  title: 'TeacherTitle',
  subjects: 'Subject',
  modes: 'StudyMode',
  mode: 'StudyMode',
  times: 'StudyTime',
  places: 'StudyPlace',
  place: 'StudyPlace',
  levels: 'StudyLevel',
  level: 'StudyLevel',
  methods: 'StudyMethod',
  domain: 'StudyDomain',
  scopes: 'ApiScope',
  schoolApproval: 'SchoolApproval',
  approval: 'SchoolApproval',
};

/** A status is of the target's kind. */
const STATUS_OF: Partial<Record<string, EnumName>> = {
  BusinessAccount: 'AccountStatus',
  SchoolPlan: 'PlanStatus',
  TeacherPlan: 'PlanStatus',
  Course: 'CourseStatus',
  CourseRegistration: 'RegistrationStatus',
};

/** A transfer request's states (TeacherTransferStatus). */
const TRANSFER: Record<string, MessageKey> = {
  PENDING: 'audit.value.transfer.PENDING',
  ACCEPTED: 'audit.value.transfer.ACCEPTED',
  DECLINED: 'audit.value.transfer.DECLINED',
  WITHDRAWN: 'audit.value.transfer.WITHDRAWN',
  SUPERSEDED: 'audit.value.transfer.SUPERSEDED',
};

const ENUM_NAMES = Object.keys(LABELS) as EnumName[];
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

/** One code in words: of the field's enum, else of whichever enum has it; a code no enum has stays as it is. */
function codeLabel(i18n: I18n, code: string, e?: EnumName): string {
  if (e && code in LABELS[e]) return i18n.label(e, code);
  const other = ENUM_NAMES.find((n) => code in LABELS[n]);
  return other ? i18n.label(other, code) : code;
}

function changeField(i18n: I18n, targetType: string, field: string): string {
  const key = FIELDS_OF[targetType]?.[field] ?? FIELDS[field];
  return key ? i18n.t(key) : field;
}

/** A recorded value in words: codes as labels, instants in Taiwan time, yes/no, hours of a domain, windows and sessions. */
function changeValue(i18n: I18n, targetType: string, field: string, value: string | null): string | null {
  if (value === null || value === '') return value;
  const { t, dateTime, list } = i18n;
  if (value === HIDDEN) return t('audit.hidden');
  if (value === 'true' || value === 'yes') return t('common.yes');
  if (value === 'false' || value === 'no') return t('common.no');
  if (ISO_INSTANT.test(value)) return dateTime(value);
  const e = field === 'status' ? STATUS_OF[targetType] : ENUM_FIELDS[field];
  if (field === 'rewardThresholdPercent') return `${value}%`;
  if (field === 'pointsPerSecond') return t('audit.value.pointsPerSecond', { n: value });
  if (field === 'password') return t('audit.value.passwordSet');
  if (field === 'transfer' && TRANSFER[value]) return t(TRANSFER[value]);
  const token = (v: string): string => {
    let m = /^([A-Z][A-Z_]*):(\d+)$/.exec(v);
    // a domain with its hours (CURRICULUM_TEACHING_ASSESSMENT:18)
    if (m && m[1] in LABELS.StudyDomain) return t('audit.value.domainHours', { domain: i18n.label('StudyDomain', m[1]), n: m[2] });
    // a filling window (SCHOOL_PLAN:A 2026-09-01~2026-09-30)
    m = /^([A-Z][A-Z_]*):(\S+) (\S+)~(\S+)$/.exec(v);
    if (m) return t('audit.value.window', { kind: codeLabel(i18n, m[1], 'PlanKind'), group: m[2], from: m[3], to: m[4] });
    // a course session (start/end instants)
    m = /^(\S+Z)\/(\S+Z)$/.exec(v);
    if (m && ISO_INSTANT.test(m[1]) && ISO_INSTANT.test(m[2])) return `${dateTime(m[1])} – ${dateTime(m[2])}`;
    // an audience (KIND:value)
    m = /^([A-Z][A-Z_]*):(.+)$/.exec(v);
    if (m && m[1] in LABELS.AudienceKind) return `${i18n.label('AudienceKind', m[1])}：${codeLabel(i18n, m[2])}`;
    if (/^[A-Z][A-Z0-9_]*$/.test(v)) return codeLabel(i18n, v, e);
    return v;
  };
  const parts = value.split(',').map((v) => v.trim());
  return parts.length > 1 ? list(parts.map(token)) : token(value);
}

/** A datetime-local value (Taiwan time, as typed) as an ISO instant. */
function toIso(local: string): string | null {
  if (!local) return null;
  const d = new Date(`${local}:00+08:00`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function AuditPage() {
  const i18n = useI18n();
  const { t, dateTime, explain } = i18n;
  const filters = useUrlFilters();
  const { params, setParams } = filters;
  const actor = filters.get('actor');
  const targetId = filters.get('target');
  const fromLocal = params.get('from') ?? '';
  const toLocal = params.get('to') ?? '';
  const [actorText, setActorText] = useDraftText(actor);
  const [fromText, setFromText] = useDraftText(fromLocal);
  const [toText, setToText] = useDraftText(toLocal);

  const pager = useCursorPager(JSON.stringify([actor, targetId, fromLocal, toLocal]));
  const { data, previousData, loading, error } = useQuery(AUDIT_EVENTS_QUERY, {
    variables: { first: PAGE_SIZE, after: pager.after, actor, targetId, from: toIso(fromLocal), to: toIso(toLocal) },
    fetchPolicy: 'network-only',
  });
  const conn = (data ?? previousData)?.auditEvents;
  const badFields = fieldErrors(error);

  function submit(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams();
    if (actorText.trim()) next.set('actor', actorText.trim());
    if (targetId) next.set('target', targetId);
    if (fromText) next.set('from', fromText);
    if (toText) next.set('to', toText);
    setParams(next);
  }

  if (hasErrorAt(error, 'FORBIDDEN', ['auditEvents']) && !conn) {
    return (
      <>
        <h1>{t('audit.title')}</h1>
        <NoAccess />
      </>
    );
  }

  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p className="muted">{t('audit.intro')}</p>
      <Filters
        onSubmit={submit}
        noValidate
        canClear={Boolean(actor || targetId || fromLocal || toLocal)}
        onClear={filters.clear}
        footer={<p className="muted small wide-filter">{t('audit.timeNote')}</p>}
      >
        <div className="field">
          <label htmlFor="a-actor">{t('audit.actor')}</label>
          <input id="a-actor" value={actorText} onChange={(e) => setActorText(e.target.value)} placeholder={t('audit.actorPlaceholder')} />
        </div>
        <div className="field">
          <label htmlFor="a-from">{t('audit.from')}</label>
          <input
            id="a-from"
            type="datetime-local"
            value={fromText}
            onChange={(e) => setFromText(e.target.value)}
            aria-invalid={badFields.from ? true : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="a-to">{t('audit.to')}</label>
          <input
            id="a-to"
            type="datetime-local"
            value={toText}
            onChange={(e) => setToText(e.target.value)}
            aria-invalid={badFields.to ? true : undefined}
            aria-describedby={badFields.to ? 'a-to-error' : undefined}
          />
          {badFields.to && (
            <span className="field-error" id="a-to-error">
              {explain(badFields.to)}
            </span>
          )}
        </div>
      </Filters>
      {targetId && (
        <p className="chip" data-testid="audit-target-filter">
          {t('audit.onlyTarget')}
          <button type="button" className="link-button" aria-label={t('common.clear')} onClick={() => filters.set('target', null)}>
            ×
          </button>
        </p>
      )}
      {Object.keys(badFields).length === 0 && <LoadError error={error} />}
      <DataList
        conn={conn}
        loading={loading}
        pager={pager}
        pageSize={PAGE_SIZE}
        countText={(total) => t('audit.count', { total })}
        countTestId="audit-count"
        table={{
          testId: 'audit-table',
          caption: t('audit.caption'),
          columns: (
            <>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.actor')}</th>
              <th scope="col">{t('audit.operation')}</th>
              <th scope="col">{t('audit.target')}</th>
              <th scope="col">{t('audit.changes')}</th>
            </>
          ),
          row: (e) => (
            <EventRow key={e.id} e={e} i18n={i18n} dateTime={dateTime} onTarget={(id) => setParams(new URLSearchParams({ target: id }))} />
          ),
        }}
      />
    </>
  );
}

/** One event; operation, actor kind and target type in words (their labels, labels.ts). */
function EventRow({
  e,
  i18n,
  dateTime,
  onTarget,
}: {
  e: AuditEvent;
  i18n: I18n;
  dateTime(iso: string): string;
  onTarget(id: string): void;
}) {
  const { t, label } = i18n;
  return (
    <tr data-operation={e.operation}>
      <td className="nowrap mono small">{dateTime(e.occurredAt)}</td>
      <td data-col="actor">
        {e.actorUsername ? (
          <span className="mono">{e.actorUsername}</span>
        ) : (
          <span className="muted">{label('ActorKind', e.actorKind)}</span>
        )}
        <div className="muted small">
          {e.actorUsername ? label('ActorKind', e.actorKind) : null}
          {e.actorUnit && <> · {e.actorUnit.name}</>}
        </div>
      </td>
      <td data-col="operation" className="op-cell">
        {label('AuditOperation', e.operation)}
      </td>
      <td data-col="target" className="target-cell">
        {label('AuditTargetType', e.targetType)}
        {e.targetUnit && <div className="muted small">{e.targetUnit.name}</div>}
        {e.targetId && (
          <button type="button" className="link-button small" onClick={() => onTarget(e.targetId!)}>
            {t('audit.sameTarget')}
          </button>
        )}
      </td>
      <td data-col="changes">
        {e.changes.length === 0 ? (
          <Value value={null} />
        ) : (
          <ul className="changes">
            {e.changes.map((c) => (
              <li key={c.field}>
                <span className="change-field">{changeField(i18n, e.targetType, c.field)}</span>
                {': '}
                <span className="change-before">
                  <Value value={changeValue(i18n, e.targetType, c.field, c.before)} />
                </span>
                <span aria-hidden="true"> → </span>
                <span className="sr-only"> {t('audit.becomes')} </span>
                <span className="change-after">
                  <Value value={changeValue(i18n, e.targetType, c.field, c.after)} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}
