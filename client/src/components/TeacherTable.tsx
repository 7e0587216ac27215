import { graphql } from '../gql';
import type { TeacherRowFragment } from '../gql/graphql';
import { useI18n } from '../i18n';
import { Value } from './Value';

/**
 * The columns of a teacher list; personal fields are null where the API withheld them. E-mail and
 * phone are asked only with `$contacts` (me.can.readTeacherContacts): a district's list has no such columns.
 */
export const TeacherRow = graphql(`
  fragment TeacherRow on Teacher {
    id
    name
    title
    subjects
    nationalIdMasked
    email @include(if: $contacts)
    phone @include(if: $contacts)
    school {
      id
      name
    }
  }
`);

interface Props {
  teachers: TeacherRowFragment[];
  /** Fields the API withheld from this viewer (FORBIDDEN). */
  forbidden: Set<string>;
  showSchool?: boolean;
  /** The e-mail and phone columns (asked with $contacts). */
  contacts: boolean;
  caption: string;
}

export function TeacherTable({ teachers, forbidden, showSchool = false, contacts, caption }: Props) {
  const { t, label, list } = useI18n();
  return (
    <div className="table-wrap">
      <table className="data" data-testid="teachers-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('field.name')}</th>
            {showSchool && <th scope="col">{t('field.school')}</th>}
            <th scope="col">{t('field.title')}</th>
            <th scope="col">{t('field.subjects')}</th>
            <th scope="col">{t('field.nationalIdMasked')}</th>
            {contacts && <th scope="col">{t('field.email')}</th>}
            {contacts && <th scope="col">{t('field.phone')}</th>}
          </tr>
        </thead>
        <tbody>
          {teachers.map((x) => (
            <tr key={x.id}>
              <th scope="row" className="nowrap">
                {x.name}
              </th>
              {showSchool && <td className="nowrap">{x.school.name}</td>}
              <td className="nowrap">{label('TeacherTitle', x.title)}</td>
              <td>{list(x.subjects.map((s) => label('Subject', s)))}</td>
              <td data-col="nationalIdMasked" className="nowrap">
                <Value value={x.nationalIdMasked} forbidden={forbidden.has('nationalIdMasked')} mono />
              </td>
              {contacts && (
                <td data-col="email">
                  <Value value={x.email} forbidden={forbidden.has('email')} />
                </td>
              )}
              {contacts && (
                <td data-col="phone" className="nowrap">
                  <Value value={x.phone} forbidden={forbidden.has('phone')} mono />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
