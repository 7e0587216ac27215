import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { forbiddenFields } from '../apollo/errors';
import { useAuth } from '../auth/AuthProvider';
import { fieldLabels } from '../components/fieldNames';
import { navigationOf } from '../components/Layout';
import { ForbiddenFieldsNote, LoadError, Loading } from '../components/Status';
import { Value } from '../components/Value';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { HomeCourses } from './courses/HomeCourses';

/** The viewer's own records: a teacher sees its full national ID, a business account its own. */
const HOME_QUERY = graphql(`
  query Home {
    me {
      username
      teacher {
        id
        name
        nationalId
        nationalIdMasked
        email
        phone
        title
        subjects
        school {
          id
          code
          name
        }
      }
      businessAccount {
        id
        name
        username
        role
        status
        permissions
        nationalId
        nationalIdMasked
        email
        phone
      }
    }
  }
`);

function Row({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="dl-row" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function HomePage() {
  const { t, label, pick, list } = useI18n();
  const { me } = useAuth();
  const { data, loading, error } = useQuery(HOME_QUERY, { fetchPolicy: 'network-only' });
  if (!me) return null;

  const teacher = data?.me?.teacher ?? null;
  const account = data?.me?.businessAccount ?? null;
  const withheldTeacher = forbiddenFields(error, ['me', 'teacher']);
  const withheldAccount = forbiddenFields(error, ['me', 'businessAccount']);

  const links = navigationOf(me, t).filter((l) => l.id !== 'home');

  return (
    <>
      <h1>{t('home.welcome', { name: me.name })}</h1>
      <section className="card" aria-labelledby="who-heading">
        <h2 id="who-heading">{t('home.who')}</h2>
        <dl className="dl" data-testid="who-am-i">
          <Row label={t('home.name')}>{me.name}</Row>
          <Row label={t('home.username')}>
            <span className="mono">{me.username}</span>
          </Row>
          <Row label={t('home.role')} testId="home-role">
            {label('ViewerRole', me.role)}
          </Row>
          <Row label={t('home.unit')} testId="home-unit">
            {me.unit ? (
              <>
                {me.unit.name}
                <span className="muted">{t('common.paren', { x: label('UnitKind', me.unit.kind) })}</span>
              </>
            ) : (
              <Value value={null} />
            )}
          </Row>
          <Row label={t('home.county')} testId="home-county">
            <Value value={me.county ? pick(me.county.name, me.county.nameEn) : null} />
          </Row>
          {me.permissions.length > 0 && (
            <Row label={t('home.permissions')}>
              <ul className="tags">
                {me.permissions.map((p) => (
                  <li key={p}>{label('Permission', p)}</li>
                ))}
              </ul>
            </Row>
          )}
        </dl>
        {links.length > 0 && (
          <p className="quick-links">
            {t('home.canDo')}
            {links.map((l, i) => (
              <span key={l.to}>
                {i > 0 && ' · '}
                <Link to={l.to}>{l.text}</Link>
              </span>
            ))}
          </p>
        )}
      </section>

      <HomeCourses />

      {loading && !data && <Loading />}
      <LoadError error={error} />

      {teacher && (
        <section className="card" aria-labelledby="teacher-heading" data-testid="my-teacher">
          <h2 id="teacher-heading">{t('home.myTeacher')}</h2>
          <dl className="dl">
            <Row label={t('field.name')}>{teacher.name}</Row>
            <Row label={t('field.school')}>
              {teacher.school.name} <span className="muted mono">{teacher.school.code}</span>
            </Row>
            <Row label={t('field.title')}>{label('TeacherTitle', teacher.title)}</Row>
            <Row label={t('field.subjects')}>{list(teacher.subjects.map((s) => label('Subject', s)))}</Row>
            <Row label={t('field.nationalId')} testId="my-national-id">
              <Value value={teacher.nationalId} forbidden={withheldTeacher.has('nationalId')} mono />
            </Row>
            <Row label={t('field.email')}>
              <Value value={teacher.email} forbidden={withheldTeacher.has('email')} />
            </Row>
            <Row label={t('field.phone')}>
              <Value value={teacher.phone} forbidden={withheldTeacher.has('phone')} mono />
            </Row>
          </dl>
          <ForbiddenFieldsNote fields={fieldLabels(withheldTeacher, t)} />
        </section>
      )}

      {account && (
        <section className="card" aria-labelledby="account-heading" data-testid="my-account">
          <h2 id="account-heading">{t('home.myAccount')}</h2>
          <dl className="dl">
            <Row label={t('field.name')}>{account.name}</Row>
            <Row label={t('field.role')}>{label('BusinessRole', account.role)}</Row>
            <Row label={t('home.status')}>
              <Value value={account.status ? label('AccountStatus', account.status) : null} forbidden={withheldAccount.has('status')} />
            </Row>
            <Row label={t('field.nationalId')} testId="my-national-id">
              <Value value={account.nationalId} forbidden={withheldAccount.has('nationalId')} mono />
            </Row>
            <Row label={t('field.email')}>
              <Value value={account.email} forbidden={withheldAccount.has('email')} />
            </Row>
            <Row label={t('field.phone')}>
              <Value value={account.phone} forbidden={withheldAccount.has('phone')} mono />
            </Row>
          </dl>
          <ForbiddenFieldsNote fields={fieldLabels(withheldAccount, t)} />
        </section>
      )}
    </>
  );
}
