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
import type { EnumName } from '../../../server/src/shared/labels';

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
};

/** Fields whose values are enum codes (a list is comma-separated), shown in words. */
const ENUM_FIELDS: Record<string, EnumName> = {
  role: 'BusinessRole',
  status: 'AccountStatus',
  permissions: 'Permission',
  title: 'TeacherTitle',
  subjects: 'Subject',
};

function changeValue(i18n: I18n, field: string, value: string | null): string | null {
  if (value === null || value === '') return value;
  const e = ENUM_FIELDS[field];
  if (e) return i18n.list(value.split(',').map((v) => i18n.label(e, v.trim())));
  if (value === 'true' || value === 'false') return i18n.t(value === 'true' ? 'common.yes' : 'common.no');
  return value;
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
          <input id="a-from" type="datetime-local" value={fromText} onChange={(e) => setFromText(e.target.value)} aria-invalid={badFields.from ? true : undefined} />
        </div>
        <div className="field">
          <label htmlFor="a-to">{t('audit.to')}</label>
          <input id="a-to" type="datetime-local" value={toText} onChange={(e) => setToText(e.target.value)} aria-invalid={badFields.to ? true : undefined} aria-describedby={badFields.to ? 'a-to-error' : undefined} />
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
          row: (e) => <EventRow key={e.id} e={e} i18n={i18n} dateTime={dateTime} onTarget={(id) => setParams(new URLSearchParams({ target: id }))} />,
        }}
      />
    </>
  );
}

/** One event; operation, actor kind and target type in words (their labels, labels.ts). */
function EventRow({ e, i18n, dateTime, onTarget }: { e: AuditEvent; i18n: I18n; dateTime(iso: string): string; onTarget(id: string): void }) {
  const { t, label } = i18n;
  return (
    <tr data-operation={e.operation}>
      <td className="nowrap mono small">{dateTime(e.occurredAt)}</td>
      <td data-col="actor">
        {e.actorUsername ? <span className="mono">{e.actorUsername}</span> : <span className="muted">{label('ActorKind', e.actorKind)}</span>}
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
                <span className="change-field">{FIELDS[c.field] ? t(FIELDS[c.field]) : c.field}</span>
                {': '}
                <span className="change-before">
                  <Value value={changeValue(i18n, c.field, c.before)} />
                </span>
                <span aria-hidden="true"> → </span>
                <span className="sr-only"> {t('audit.becomes')} </span>
                <span className="change-after">
                  <Value value={changeValue(i18n, c.field, c.after)} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}
