import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { fieldErrors } from '../apollo/errors';
import { isoToTaipeiLocal, taipeiLocalToIso } from '../domain/planning';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { Dialog } from './Dialog';
import { FormField, FormMessage, inputProps } from './Form';

const REOPEN_SCHOOL_PLAN = graphql(`
  mutation ReopenSchoolPlan($schoolId: ID!, $schoolYear: Int!, $until: DateTimeISO!) {
    reopenSchoolPlan(schoolId: $schoolId, schoolYear: $schoolYear, until: $until)
  }
`);

const REOPEN_TEACHER_PLAN = graphql(`
  mutation ReopenTeacherPlan($teacherId: ID!, $schoolYear: Int!, $until: DateTimeISO!) {
    reopenTeacherPlan(teacherId: $teacherId, schoolYear: $schoolYear, until: $until)
  }
`);

/** Where the school's plan stands, to show before reopening it. */
const SCHOOL_PLAN_STATE_QUERY = graphql(`
  query SchoolPlanState($id: ID!, $year: Int!) {
    node(id: $id) {
      __typename
      id
      ... on School {
        planning(schoolYear: $year) {
          canReopen
          window {
            open
            opensAt
            closesAt
            reopenedUntil
          }
          plan {
            id
            status
            submittedAt
          }
        }
      }
    }
  }
`);

export type ReopenTarget = { kind: 'school'; id: string; name: string } | { kind: 'teacher'; id: string; name: string; schoolName: string };

/** A week from now at 23:59 Taiwan time, kept inside the service period. */
function defaultUntil(serviceClosesAt: string | null | undefined): string {
  const now = Date.now();
  let at = Date.parse(`${isoToTaipeiLocal(now + 7 * 86400_000).slice(0, 10)}T23:59:00+08:00`);
  if (serviceClosesAt && Date.parse(serviceClosesAt) > now && at > Date.parse(serviceClosesAt)) at = Date.parse(serviceClosesAt);
  return isoToTaipeiLocal(at);
}

/**
 * Reopen a plan after its window closed, until a time (the district of the county, the platform):
 * the time is picked in Taiwan time and sent as UTC.
 */
export function ReopenDialog({
  target,
  schoolYear,
  serviceOpensAt,
  serviceClosesAt,
  onClose,
  onDone,
}: {
  target: ReopenTarget | null;
  schoolYear: number;
  serviceOpensAt?: string | null;
  serviceClosesAt?: string | null;
  onClose(): void;
  onDone(text: string): void;
}) {
  const { t, explain, errorText, date, dateTime, label } = useI18n();
  const [until, setUntil] = useState(() => defaultUntil(serviceClosesAt));
  // the bounds of the picker, as of opening (a render reads no clock; submitting checks the time again)
  const [openedAt] = useState(() => Date.now());
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [reopenSchool, schoolState] = useMutation(REOPEN_SCHOOL_PLAN);
  const [reopenTeacher, teacherState] = useMutation(REOPEN_TEACHER_PLAN);
  const state = useQuery(SCHOOL_PLAN_STATE_QUERY, {
    variables: { id: target?.id ?? '', year: schoolYear },
    skip: target?.kind !== 'school',
    fetchPolicy: 'network-only',
  });
  const planning = state.data?.node?.__typename === 'School' ? state.data.node.planning : null;
  const busy = schoolState.loading || teacherState.loading;

  async function reopen() {
    setError(null);
    setMessage(null);
    const iso = taipeiLocalToIso(until);
    if (!iso) {
      setError(t('reopen.error.until'));
      return;
    }
    if (Date.parse(iso) <= Date.now()) {
      setError(t('reopen.error.past'));
      return;
    }
    try {
      let at: string;
      if (target!.kind === 'school') {
        const r = await reopenSchool({ variables: { schoolId: target!.id, schoolYear, until: iso } });
        at = r.data?.reopenSchoolPlan ?? iso;
      } else {
        const r = await reopenTeacher({ variables: { teacherId: target!.id, schoolYear, until: iso } });
        at = r.data?.reopenTeacherPlan ?? iso;
      }
      onDone(
        t(target!.kind === 'school' ? 'reopen.doneSchool' : 'reopen.doneTeacher', {
          name: target!.name,
          year: schoolYear,
          until: dateTime(at),
        }),
      );
    } catch (err) {
      const f = fieldErrors(err as Error);
      if (f.until) setError(explain(f.until));
      else setMessage(errorText(err as Error));
    }
  }

  return (
    <Dialog
      open={target !== null}
      title={target?.kind === 'teacher' ? t('reopen.teacherTitle') : t('reopen.schoolTitle')}
      onClose={onClose}
      testId="reopen-dialog"
      closeText={t('common.cancel')}
      actions={
        <button type="button" className="primary" onClick={reopen} disabled={busy || !target} data-testid="reopen-confirm">
          {busy ? t('form.submitting') : t('reopen.confirm')}
        </button>
      }
    >
      {target && (
        <>
          <p>
            {target.kind === 'school'
              ? t('reopen.schoolIntro', { name: target.name, year: schoolYear })
              : t('reopen.teacherIntro', { name: target.name, school: target.schoolName, year: schoolYear })}
          </p>
          {planning && (
            <p className="muted small" data-testid="reopen-state">
              {planning.plan ? label('PlanStatus', planning.plan.status) : t('plan.none')}
              {planning.window.opensAt && planning.window.closesAt && (
                <> · {t('window.range', { from: date(planning.window.opensAt), to: date(planning.window.closesAt) })}</>
              )}
              {planning.window.reopenedUntil && <> · {t('reopen.already', { until: dateTime(planning.window.reopenedUntil) })}</>}
            </p>
          )}
          {message && <FormMessage kind="error">{message}</FormMessage>}
          <FormField id="reopen-until" label={t('reopen.until')} error={error ?? undefined} hint={t('reopen.untilHint')}>
            <input
              {...inputProps('reopen-until', error ?? undefined, true)}
              type="datetime-local"
              value={until}
              min={isoToTaipeiLocal(openedAt)}
              max={serviceClosesAt && Date.parse(serviceClosesAt) > openedAt ? isoToTaipeiLocal(serviceClosesAt) : undefined}
              onChange={(e) => {
                setUntil(e.target.value);
                setError(null);
              }}
            />
          </FormField>
          {serviceOpensAt && serviceClosesAt && (
            <p className="muted small">{t('reopen.service', { from: date(serviceOpensAt), to: date(serviceClosesAt) })}</p>
          )}
        </>
      )}
    </Dialog>
  );
}
