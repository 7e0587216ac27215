import { Fragment, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { fieldErrors } from '../apollo/errors';
import { graphql } from '../gql';
import type { ReviewTeacherFragment, Subject, TeacherTitle } from '../gql/graphql';
import { useChoices } from '../hooks/useReference';
import { useI18n } from '../i18n';
import { CheckboxGroup } from './Form';
import { Value } from './Value';

/** A row of the school's teacher list as its keepers see it: the profile and this semester's confirmation. */
export const ReviewTeacher = graphql(`
  fragment ReviewTeacher on Teacher {
    ...TeacherRow
    profileConfirmation {
      semester
      confirmedAt
      current
    }
  }
`);

const CORRECT_TEACHERS = graphql(`
  mutation CorrectTeachers($items: [TeacherCorrectionInput!]!, $contacts: Boolean!) {
    correctTeachers(items: $items) {
      ...ReviewTeacher
    }
  }
`);

interface Props {
  teachers: ReviewTeacherFragment[];
  forbidden: Set<string>;
  caption: string;
  /** The viewer keeps these records: selection, corrections. */
  editable: boolean;
  /** The e-mail and phone columns (asked with $contacts: me.can.readTeacherContacts). */
  contacts: boolean;
  /** After a correction: ask the server again (review counts, other rows). */
  onChanged(): void;
}

/** A confirmation cell: confirmed this semester, or when last confirmed. */
function Confirmation({ c }: { c: ReviewTeacherFragment['profileConfirmation'] }) {
  const { t } = useI18n();
  if (!c) return <Value value={null} />;
  if (c.current) return <span className="badge badge-ok">{t('review.confirmed')}</span>;
  return (
    <>
      <span className="badge badge-warn">{t('review.notConfirmed')}</span>
      {c.semester && <div className="muted small">{t('profile.lastConfirmed', { semester: c.semester })}</div>}
    </>
  );
}

/**
 * The school's teachers with their confirmation status; for its keepers, inline correction of
 * title and subjects per row, and a title/subject set applied to the selected rows at once
 * (correctTeachers: all or nothing).
 */
export function TeacherReviewTable({ teachers, forbidden, caption, editable, contacts, onChanged }: Props) {
  const { t, label, list, explain, errorText, num } = useI18n();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<{ id: string; title: TeacherTitle; subjects: Subject[] } | null>(null);
  const [bulkTitle, setBulkTitle] = useState<TeacherTitle | ''>('');
  const [bulkSubjectsOn, setBulkSubjectsOn] = useState(false);
  const [bulkSubjects, setBulkSubjects] = useState<Subject[]>([]);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);
  const [correct, { loading }] = useMutation(CORRECT_TEACHERS);
  const titles = useChoices('TITLE', editing ? [editing.title] : []);
  const subjects = useChoices('SUBJECT', editing?.subjects ?? []);

  const pageIds = teachers.map((x) => x.id);
  const selectedHere = pageIds.filter((id) => selected.has(id));
  const allHere = pageIds.length > 0 && selectedHere.length === pageIds.length;

  function toggle(id: string, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  }

  async function saveRow() {
    if (!editing) return;
    setRowError(null);
    if (editing.subjects.length < 1 || editing.subjects.length > 6) {
      setRowError(t('profile.error.subjects'));
      return;
    }
    try {
      await correct({ variables: { contacts, items: [{ id: editing.id, title: editing.title, subjects: editing.subjects }] } });
      const name = teachers.find((x) => x.id === editing.id)?.name ?? '';
      setEditing(null);
      setMessage({ kind: 'ok', text: t('review.corrected', { name }) });
      onChanged();
    } catch (err) {
      const f = fieldErrors(err as Error);
      const first = Object.values(f)[0];
      setRowError(first ? explain(first) : errorText(err as Error));
    }
  }

  async function applyBulk() {
    setMessage(null);
    const ids = [...selected];
    if (ids.length === 0) return;
    if (!bulkTitle && !bulkSubjectsOn) {
      setMessage({ kind: 'error', text: t('review.bulk.nothing') });
      return;
    }
    if (bulkSubjectsOn && (bulkSubjects.length < 1 || bulkSubjects.length > 6)) {
      setMessage({ kind: 'error', text: t('profile.error.subjects') });
      return;
    }
    try {
      await correct({
        variables: {
          contacts,
          items: ids.map((id) => ({ id, title: bulkTitle || null, subjects: bulkSubjectsOn ? bulkSubjects : null })),
        },
      });
      setMessage({ kind: 'ok', text: t('review.bulk.done', { n: num(ids.length) }) });
      setSelected(new Set());
      onChanged();
    } catch (err) {
      const f = fieldErrors(err as Error);
      const first = Object.values(f)[0];
      setMessage({ kind: 'error', text: t('review.bulk.failed', { message: first ? explain(first) : errorText(err as Error) }) });
    }
  }

  const cols = (editable ? 9 : 7) - (contacts ? 0 : 2);
  return (
    <>
      {message && (
        <p
          className={message.kind === 'ok' ? 'notice notice-ok' : 'notice notice-error'}
          role={message.kind === 'ok' ? 'status' : 'alert'}
          data-testid="review-message"
        >
          {message.text}
        </p>
      )}
      {editable && selected.size > 0 && (
        <section className="bulk-bar" aria-labelledby="bulk-heading" data-testid="bulk-bar">
          <h2 id="bulk-heading" className="bulk-title">
            {t('review.bulk.title', { n: num(selected.size) })}
          </h2>
          <div className="inline-form">
            <div className="field">
              <label htmlFor="bulk-title">{t('field.title')}</label>
              <select id="bulk-title" value={bulkTitle} onChange={(e) => setBulkTitle(e.target.value as TeacherTitle | '')}>
                <option value="">{t('review.bulk.keep')}</option>
                {titles.choices.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.label}
                  </option>
                ))}
              </select>
            </div>
            <label className="check">
              <input
                type="checkbox"
                checked={bulkSubjectsOn}
                onChange={(e) => setBulkSubjectsOn(e.target.checked)}
                data-testid="bulk-subjects-on"
              />
              {t('review.bulk.setSubjects')}
            </label>
          </div>
          {bulkSubjectsOn && (
            <CheckboxGroup
              idPrefix="bulk-subjects"
              legend={t('field.subjects')}
              choices={subjects.choices}
              value={bulkSubjects}
              onChange={(v) => setBulkSubjects(v as Subject[])}
              compact
            />
          )}
          <div className="row-actions">
            <button type="button" className="primary" disabled={loading} onClick={applyBulk} data-testid="bulk-apply">
              {t('review.bulk.apply', { n: num(selected.size) })}
            </button>
            <button type="button" onClick={() => setSelected(new Set())}>
              {t('review.bulk.clear')}
            </button>
          </div>
        </section>
      )}
      <div className="table-wrap">
        <table className="data" data-testid="teachers-table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {editable && (
                <th scope="col" className="select-col">
                  <input
                    type="checkbox"
                    checked={allHere}
                    onChange={(e) => {
                      const next = new Set(selected);
                      for (const id of pageIds) {
                        if (e.target.checked) next.add(id);
                        else next.delete(id);
                      }
                      setSelected(next);
                    }}
                    aria-label={t('review.selectPage')}
                    data-testid="select-page"
                  />
                </th>
              )}
              <th scope="col">{t('field.name')}</th>
              <th scope="col">{t('field.title')}</th>
              <th scope="col">{t('field.subjects')}</th>
              <th scope="col">{t('review.confirmation')}</th>
              <th scope="col">{t('field.nationalIdMasked')}</th>
              {contacts && <th scope="col">{t('field.email')}</th>}
              {contacts && <th scope="col">{t('field.phone')}</th>}
              {editable && <th scope="col">{t('accounts.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {teachers.map((x) => (
              <Fragment key={x.id}>
                <tr data-teacher={x.id} data-name={x.name} className={selected.has(x.id) ? 'selected' : undefined}>
                  {editable && (
                    <td className="select-col">
                      <input
                        type="checkbox"
                        checked={selected.has(x.id)}
                        onChange={(e) => toggle(x.id, e.target.checked)}
                        aria-label={t('review.select', { name: x.name })}
                        data-testid="select-teacher"
                      />
                    </td>
                  )}
                  <th scope="row" className="nowrap">
                    {x.name}
                  </th>
                  <td className="nowrap" data-col="title">
                    {label('TeacherTitle', x.title)}
                  </td>
                  <td data-col="subjects">{list(x.subjects.map((s) => label('Subject', s)))}</td>
                  <td className="nowrap" data-col="confirmation">
                    <Confirmation c={x.profileConfirmation} />
                  </td>
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
                  {editable && (
                    <td>
                      <button
                        type="button"
                        className="small-button"
                        aria-expanded={editing?.id === x.id}
                        aria-label={t('review.correctOf', { name: x.name })}
                        data-testid="correct"
                        onClick={() => {
                          setRowError(null);
                          setEditing(editing?.id === x.id ? null : { id: x.id, title: x.title, subjects: x.subjects });
                        }}
                      >
                        {t('review.correct')}
                      </button>
                    </td>
                  )}
                </tr>
                {editing?.id === x.id && (
                  <tr className="edit-row" data-testid="edit-row">
                    <td colSpan={cols}>
                      <div className="inline-form">
                        <div className="field">
                          <label htmlFor={`edit-title-${x.id}`}>{t('field.title')}</label>
                          <select
                            id={`edit-title-${x.id}`}
                            value={editing.title}
                            onChange={(e) => setEditing({ ...editing, title: e.target.value as TeacherTitle })}
                          >
                            {titles.choices.map((c) => (
                              <option key={c.code} value={c.code}>
                                {c.label}
                              </option>
                            ))}
                          </select>
                        </div>
                      </div>
                      <CheckboxGroup
                        idPrefix={`edit-subjects-${x.id}`}
                        legend={t('field.subjects')}
                        choices={subjects.choices}
                        value={editing.subjects}
                        onChange={(v) => setEditing({ ...editing, subjects: v as Subject[] })}
                        error={rowError ?? undefined}
                        compact
                      />
                      <div className="row-actions">
                        <button type="button" className="primary" disabled={loading} onClick={saveRow} data-testid="save-correction">
                          {t('review.save')}
                        </button>
                        <button type="button" onClick={() => setEditing(null)}>
                          {t('common.cancel')}
                        </button>
                      </div>
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
