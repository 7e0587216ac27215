import { useEffect, useState } from 'react';
import { codesOf } from '../../../server/src/shared/labels';
import type { Subject, TeacherTitle } from '../gql/graphql';
import { useI18n } from '../i18n';
import { Filters, useUrlFilters } from './DataList';

const TITLES: TeacherTitle[] = codesOf('TeacherTitle');
const SUBJECTS: Subject[] = codesOf('Subject');
/** How long typing rests before the search is asked (ms). */
const DEBOUNCE_MS = 350;

/**
 * The search and filters of a teacher list (name, masked ID, school; title, subject, confirmed this
 * semester), asked of the server. They live in the address (`?q=&title=&subject=&confirmed=`), so
 * a link keeps them; the search follows the typing after a short pause.
 */
export function useTeacherFilters() {
  const filters = useUrlFilters();
  const search = filters.get('q');
  const title = TITLES.find((x) => x === filters.get('title')) ?? null;
  const subject = SUBJECTS.find((x) => x === filters.get('subject')) ?? null;
  const c = filters.get('confirmed');
  const confirmed = c === 'yes' ? true : c === 'no' ? false : null;
  const variables = { search, title, subject, confirmed };
  return { filters, variables, key: JSON.stringify(variables), any: Boolean(search || title || subject || c) };
}

export function TeacherFilters({ state }: { state: ReturnType<typeof useTeacherFilters> }) {
  const { t, label } = useI18n();
  const { filters, variables } = state;
  const asked = variables.search ?? '';
  const [text, setText] = useState(asked);
  const [typedFor, setTypedFor] = useState(asked);
  // The address changed (back button, 清除條件): the box follows it.
  if (typedFor !== asked) {
    setTypedFor(asked);
    setText(asked);
  }
  const { params, setParams } = filters;
  useEffect(() => {
    const q = text.trim();
    if (q === asked) return;
    const timer = setTimeout(() => {
      const next = new URLSearchParams(params);
      if (q) next.set('q', q);
      else next.delete('q');
      setTypedFor(q);
      setParams(next, { replace: true });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, asked, params, setParams]);

  return (
    <Filters
      footer={
        state.any && (
          <div className="field field-actions">
            <button type="button" onClick={filters.clear} data-testid="teacher-filters-clear">
              {t('common.clear')}
            </button>
          </div>
        )
      }
    >
      <div className="field field-grow">
        <label htmlFor="t-search">{t('teachers.search')}</label>
        <input
          id="t-search"
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('teachers.searchHint')}
          data-testid="teacher-search"
        />
      </div>
      <div className="field">
        <label htmlFor="t-title">{t('field.title')}</label>
        <select
          id="t-title"
          value={variables.title ?? ''}
          onChange={(e) => filters.set('title', e.target.value || null)}
          data-testid="teacher-title"
        >
          <option value="">{t('common.all')}</option>
          {TITLES.map((x) => (
            <option key={x} value={x}>
              {label('TeacherTitle', x)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="t-subject">{t('field.subjects')}</label>
        <select
          id="t-subject"
          value={variables.subject ?? ''}
          onChange={(e) => filters.set('subject', e.target.value || null)}
          data-testid="teacher-subject"
        >
          <option value="">{t('common.all')}</option>
          {SUBJECTS.map((x) => (
            <option key={x} value={x}>
              {label('Subject', x)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="t-confirmed">{t('review.confirmation')}</label>
        <select
          id="t-confirmed"
          value={variables.confirmed === null ? '' : variables.confirmed ? 'yes' : 'no'}
          onChange={(e) => filters.set('confirmed', e.target.value || null)}
          data-testid="teacher-confirmed"
        >
          <option value="">{t('common.all')}</option>
          <option value="yes">{t('review.confirmed')}</option>
          <option value="no">{t('review.notConfirmed')}</option>
        </select>
      </div>
    </Filters>
  );
}
