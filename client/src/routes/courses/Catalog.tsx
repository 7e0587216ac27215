import { type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { codesOf, type EnumName } from '../../../../server/src/shared/labels';
import { useAuth } from '../../auth/AuthProvider';
import { DataList, Filters, useDraftText, useUrlFilters } from '../../components/DataList';
import { useCursorPager } from '../../components/Pager';
import { dayInstant } from '../../domain/courses';
import { graphql } from '../../gql';
import type { CourseOrder, StudyDomain, StudyLevel, StudyMethod, StudyMode, StudyPlace, StudyTime } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { COUNTIES_QUERY } from '../Schools';

const PAGE_SIZE = 20;

/** 研習課程查詢 (public): the published courses with a filter on each dimension; "fits me" for a teacher. */
const CATALOG_QUERY = graphql(`
  query CourseCatalog(
    $first: Int!
    $after: String
    $search: String
    $countyId: ID
    $organiserId: ID
    $from: DateTimeISO
    $to: DateTimeISO
    $openNow: Boolean
    $hasSeats: Boolean
    $fitsMe: Boolean
    $domain: [StudyDomain!]
    $level: [StudyLevel!]
    $method: [StudyMethod!]
    $mode: [StudyMode!]
    $time: [StudyTime!]
    $place: [StudyPlace!]
    $orderBy: CourseOrder
  ) {
    courses(
      first: $first
      after: $after
      search: $search
      countyId: $countyId
      organiserId: $organiserId
      from: $from
      to: $to
      openNow: $openNow
      hasSeats: $hasSeats
      fitsMe: $fitsMe
      domain: $domain
      level: $level
      method: $method
      mode: $mode
      time: $time
      place: $place
      orderBy: $orderBy
    ) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          code
          title
          domain
          hours
          startsAt
          endsAt
          status
          capacity
          seatsLeft
          waitlistLeft
          registrationOpen
          registrationClosesAt
          place
          fitsMe
          organiser {
            id
            name
          }
          county {
            id
            name
            nameEn
          }
          myRegistration {
            id
            status
          }
        }
      }
    }
  }
`);

/** The dimension filters the API offers: URL key, enum, argument. */
const DIMENSIONS = [
  { key: 'domain', enumName: 'StudyDomain', label: 'courses.domain' },
  { key: 'level', enumName: 'StudyLevel', label: 'courses.level' },
  { key: 'method', enumName: 'StudyMethod', label: 'courses.method' },
  { key: 'mode', enumName: 'StudyMode', label: 'courses.mode' },
  { key: 'time', enumName: 'StudyTime', label: 'courses.time' },
  { key: 'place', enumName: 'StudyPlace', label: 'courses.place' },
] as const satisfies readonly { key: string; enumName: EnumName; label: string }[];

export function CatalogPage() {
  const { t, label, pick, date, num } = useI18n();
  const { me } = useAuth();
  const filters = useUrlFilters();
  const search = filters.get('q');
  const [searchText, setSearchText] = useDraftText(search);
  const countyId = filters.get('county');
  const organiserId = filters.get('organiser');
  const from = filters.get('from');
  const to = filters.get('to');
  const openNow = filters.get('open') === '1';
  const hasSeats = filters.get('seats') === '1';
  const teacher = Boolean(me?.can.enrolInCourses);
  const fitsMe = teacher && filters.get('fits') === '1';
  const asked = (filters.get('order') as CourseOrder | null) ?? null;
  // FIT ranks by the viewer's own teacher plan: offered to teachers only (me.can.enrolInCourses)
  const order = asked === 'FIT' && !teacher ? null : asked;
  const dims = Object.fromEntries(DIMENSIONS.map((d) => [d.key, filters.get(d.key)])) as Record<
    (typeof DIMENSIONS)[number]['key'],
    string | null
  >;
  const one = <T,>(v: string | null) => (v ? [v as T] : null);

  const variables = {
    first: PAGE_SIZE,
    search,
    countyId,
    organiserId,
    from: from ? dayInstant(from) : null,
    to: to ? dayInstant(to, true) : null,
    openNow: openNow || null,
    hasSeats: hasSeats || null,
    fitsMe: fitsMe || null,
    domain: one<StudyDomain>(dims.domain),
    level: one<StudyLevel>(dims.level),
    method: one<StudyMethod>(dims.method),
    mode: one<StudyMode>(dims.mode),
    time: one<StudyTime>(dims.time),
    place: one<StudyPlace>(dims.place),
    orderBy: order,
  };
  const pager = useCursorPager(JSON.stringify(variables));
  const counties = useQuery(COUNTIES_QUERY);
  const { data, previousData, loading, error } = useQuery(CATALOG_QUERY, {
    variables: { ...variables, after: pager.after },
    fetchPolicy: 'cache-and-network',
  });
  const conn = (data ?? previousData)?.courses;
  const organiserName = conn?.edges.find((e) => e.node.organiser.id === organiserId)?.node.organiser.name;
  const anyFilter = filters.params.toString() !== '';

  function submit(e: FormEvent) {
    e.preventDefault();
    filters.set('q', searchText.trim() || null);
  }

  return (
    <>
      <h1>{t('courses.catalogTitle')}</h1>
      <p className="muted">{t('courses.catalogIntro')}</p>
      <Filters onSubmit={submit} canClear={anyFilter} onClear={filters.clear}>
        <div className="field field-grow">
          <label htmlFor="c-search">{t('courses.search')}</label>
          <input
            id="c-search"
            type="search"
            value={searchText}
            placeholder={t('courses.searchHint')}
            onChange={(e) => setSearchText(e.target.value)}
            data-testid="catalog-search"
          />
        </div>
        <div className="field">
          <label htmlFor="c-county">{t('courses.county')}</label>
          <select
            id="c-county"
            value={countyId ?? ''}
            onChange={(e) => filters.set('county', e.target.value || null)}
            data-testid="catalog-county"
          >
            <option value="">{t('common.all')}</option>
            {counties.data?.counties.map((c) => (
              <option key={c.id} value={c.id}>
                {pick(c.name, c.nameEn)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="c-from">{t('courses.from')}</label>
          <input id="c-from" type="date" value={from ?? ''} onChange={(e) => filters.set('from', e.target.value || null)} />
        </div>
        <div className="field">
          <label htmlFor="c-to">{t('courses.to')}</label>
          <input id="c-to" type="date" value={to ?? ''} onChange={(e) => filters.set('to', e.target.value || null)} />
        </div>
        {DIMENSIONS.map((d) => (
          <div className="field" key={d.key}>
            <label htmlFor={`c-${d.key}`}>{t(d.label)}</label>
            <select
              id={`c-${d.key}`}
              value={dims[d.key] ?? ''}
              onChange={(e) => filters.set(d.key, e.target.value || null)}
              data-testid={`catalog-${d.key}`}
            >
              <option value="">{t('common.all')}</option>
              {codesOf(d.enumName).map((code) => (
                <option key={code} value={code}>
                  {label(d.enumName, code)}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="field">
          <label htmlFor="c-order">{t('courses.order')}</label>
          <select id="c-order" value={order ?? ''} onChange={(e) => filters.set('order', e.target.value || null)}>
            <option value="">{label('CourseOrder', 'OPEN_FIRST')}</option>
            {teacher && <option value="FIT">{label('CourseOrder', 'FIT')}</option>}
            <option value="START">{label('CourseOrder', 'START')}</option>
            <option value="RELEVANCE">{label('CourseOrder', 'RELEVANCE')}</option>
          </select>
        </div>
        <div className="field check-field">
          <label className="check">
            <input
              type="checkbox"
              checked={openNow}
              onChange={(e) => filters.set('open', e.target.checked ? '1' : null)}
              data-testid="catalog-open"
            />
            {t('courses.openNow')}
          </label>
          <label className="check">
            <input type="checkbox" checked={hasSeats} onChange={(e) => filters.set('seats', e.target.checked ? '1' : null)} />
            {t('courses.hasSeats')}
          </label>
          {teacher && (
            <label className="check">
              <input
                type="checkbox"
                checked={fitsMe}
                onChange={(e) => filters.set('fits', e.target.checked ? '1' : null)}
                data-testid="catalog-fits"
              />
              {t('courses.fitsMeFilter')}
            </label>
          )}
        </div>
      </Filters>
      {organiserId && (
        <p className="chip-line">
          <span className="chip">
            {t('courses.organiserIs', { name: organiserName ?? '…' })}
            <button
              type="button"
              className="link-button"
              onClick={() => filters.set('organiser', null)}
              aria-label={t('courses.organiserClear')}
            >
              ✕
            </button>
          </span>
        </p>
      )}
      <DataList
        conn={conn}
        loading={loading}
        pager={pager}
        pageSize={PAGE_SIZE}
        error={error}
        countText={(total) => t('courses.count', { total })}
        countTestId="catalog-count"
        emptyText={t('courses.none')}
      >
        {(rows) => (
          <ul className="course-list" data-testid="catalog-list" aria-busy={loading}>
            {rows.map((c) => (
              <li key={c.id} className="course-card" data-code={c.code}>
                <div className="course-card-head">
                  <Link to={`/courses/${encodeURIComponent(c.id)}`} className="course-title" data-testid="course-link">
                    {c.title}
                  </Link>
                  <span className="badge-line">
                    {c.registrationOpen ? (
                      <span className="badge badge-ok">{t('courses.open')}</span>
                    ) : (
                      <span className="badge badge-plain">{label('CourseStatus', c.status)}</span>
                    )}
                    {c.fitsMe === true && (
                      <span className="badge badge-fit" data-testid="fits-me">
                        {t('courses.fitsMe')}
                      </span>
                    )}
                    {c.myRegistration && <span className="badge badge-warn">{label('RegistrationStatus', c.myRegistration.status)}</span>}
                  </span>
                </div>
                <p className="muted small">
                  <span className="mono">{c.code}</span> · {label('StudyDomain', c.domain)} · {label('StudyPlace', c.place)}
                </p>
                <dl className="course-facts">
                  <div>
                    <dt>{t('courses.organiser')}</dt>
                    <dd>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => filters.set('organiser', c.organiser.id)}
                        title={t('courses.organiserOnly')}
                      >
                        {c.organiser.name}
                      </button>
                      {c.county && <span className="muted">{t('common.paren', { x: pick(c.county.name, c.county.nameEn) })}</span>}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('courses.dates')}</dt>
                    <dd>{date(c.startsAt) === date(c.endsAt) ? date(c.startsAt) : `${date(c.startsAt)} – ${date(c.endsAt)}`}</dd>
                  </div>
                  <div>
                    <dt>{t('courses.hours')}</dt>
                    <dd>{t('courses.hoursValue', { n: num(c.hours) })}</dd>
                  </div>
                  <div>
                    <dt>{t('courses.seatsLeft')}</dt>
                    <dd data-testid="seats-left">
                      {c.seatsLeft > 0
                        ? t('courses.seatsOf', { left: num(c.seatsLeft), capacity: num(c.capacity) })
                        : c.waitlistLeft > 0
                          ? t('courses.waitlistOnly', { n: num(c.waitlistLeft) })
                          : t('courses.full')}
                    </dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </DataList>
    </>
  );
}
