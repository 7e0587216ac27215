import type { PlanKind } from '../gql/graphql';
import { phaseOf, splitSeconds } from '../domain/planning';
import type { SchoolYearInfo } from '../hooks/useSchoolYear';
import { useI18n } from '../i18n';

/** The school-year select of the planning pages (newest first). */
export function YearSelect({
  years,
  value,
  onChange,
  id = 'school-year',
}: {
  years: readonly SchoolYearInfo[];
  value: number | null;
  onChange(year: number): void;
  id?: string;
}) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{t('planning.schoolYear')}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(Number(e.target.value))} data-testid="year-select">
        {years.map((y) => (
          <option key={y.year} value={y.year}>
            {t('planning.yearOption', { year: y.year })}
          </option>
        ))}
      </select>
    </div>
  );
}

/** "A 組" for a school-plan group, "第 3 波" for a teacher wave. */
export function groupLabel(t: ReturnType<typeof useI18n>['t'], planKind: PlanKind, key: string | null | undefined): string {
  if (!key) return '';
  return planKind === 'SCHOOL_PLAN' ? t('planning.group', { group: key }) : t('planning.wave', { wave: key });
}

/** Time left as days and hours ("21 天 6 小時"), minutes in the last hour. */
export function TimeLeft({ seconds }: { seconds: number }) {
  const { t } = useI18n();
  const { days, hours, minutes } = splitSeconds(seconds);
  const text =
    days > 0
      ? t('window.leftDays', { days, hours })
      : hours > 0
        ? t('window.leftHours', { hours, minutes })
        : t('window.leftMinutes', { minutes: Math.max(1, minutes) });
  return <span data-testid="time-left">{text}</span>;
}

export interface PlanningWindowView {
  schoolYear: number;
  planKind: PlanKind;
  groupKey?: string | null;
  opensAt?: string | null;
  closesAt?: string | null;
  serviceOpensAt?: string | null;
  serviceClosesAt?: string | null;
  reopenedUntil?: string | null;
  open: boolean;
  inService: boolean;
  secondsLeft?: number | null;
}

/**
 * Where a plan stands against its window (附件三 陸): the county's window in Taiwan dates, the
 * time left while open, a clear message when closed, and a note when it was reopened.
 */
export function WindowCard({ window: w, submitted }: { window: PlanningWindowView; submitted: boolean }) {
  const { t, date, dateTime } = useI18n();
  const phase = phaseOf(w);
  const range = (a?: string | null, b?: string | null) => (a && b ? t('window.range', { from: date(a), to: date(b) }) : t('window.none'));
  const badge = {
    open: ['badge-ok', t('window.badge.open')],
    reopened: ['badge-ok', t('window.badge.reopened')],
    notYet: ['badge-warn', t('window.badge.notYet')],
    closed: ['badge-warn', t('window.badge.closed')],
    outOfService: ['badge-suspended', t('window.badge.closed')],
  }[phase];

  return (
    <section className="card window-card" aria-labelledby="window-heading" data-testid="window-card" data-phase={phase}>
      <h2 id="window-heading">
        {t('window.title', { year: w.schoolYear })}{' '}
        <span className={`badge ${badge[0]}`} data-testid="window-status">
          {badge[1]}
        </span>
      </h2>
      {phase === 'reopened' && w.reopenedUntil && (
        <p className="notice notice-info" data-testid="reopened-note">
          {t('window.reopened', { until: dateTime(w.reopenedUntil) })}
        </p>
      )}
      <dl className="dl">
        <div className="dl-row">
          <dt>
            {t(w.planKind === 'SCHOOL_PLAN' ? 'window.schoolWindow' : 'window.teacherWindow', {
              group: groupLabel(t, w.planKind, w.groupKey),
            })}
          </dt>
          <dd data-testid="window-dates">
            {range(w.opensAt, w.closesAt)}
            {phase === 'reopened' && <span className="muted small"> {t('window.originalWindow')}</span>}
          </dd>
        </div>
        {phase === 'reopened' && w.reopenedUntil && (
          <div className="dl-row">
            <dt>{t('window.reopenedUntil')}</dt>
            <dd data-testid="reopened-until">
              <strong>{dateTime(w.reopenedUntil)}</strong>
            </dd>
          </div>
        )}
        <div className="dl-row">
          <dt>{t('window.service')}</dt>
          <dd>{range(w.serviceOpensAt, w.serviceClosesAt)}</dd>
        </div>
        {w.open && w.secondsLeft != null && (
          <div className="dl-row">
            <dt>{t('window.left')}</dt>
            <dd>
              <strong>
                <TimeLeft seconds={w.secondsLeft} />
              </strong>
            </dd>
          </div>
        )}
      </dl>
      <p className="muted small">{t('window.taiwanTime')}</p>
      {phase === 'notYet' && (
        <p className="notice notice-info" data-testid="window-not-yet">
          {t('window.notYet', { at: w.opensAt ? date(w.opensAt) : '' })} {w.inService && t('window.draftMeanwhile')}
        </p>
      )}
      {phase === 'closed' && (
        <p className="notice notice-error" role="status" data-testid="window-closed">
          {t('window.closed', { at: w.closesAt ? date(w.closesAt) : '' })}{' '}
          {submitted ? t('window.closedSubmitted') : t('window.closedDraft')}
        </p>
      )}
      {phase === 'outOfService' && (
        <p className="notice notice-error" role="status" data-testid="window-closed">
          {t('window.outOfService', { year: w.schoolYear })} {t('window.askDistrict')}
        </p>
      )}
    </section>
  );
}
