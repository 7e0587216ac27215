import { useState } from 'react';
import { codesOf } from '../../../../server/src/shared/labels';
import {
  DIMENSIONS,
  filterCount,
  GROUPINGS,
  MAX_GROUPINGS,
  optionCodes,
  SOURCES,
  TEACHER_ONLY,
  type ChoiceCondition,
  type DemandQuestion,
} from '../../domain/demand';
import type { DemandGroupBy, DemandSource, Dimension, Remoteness, Stage, Subject, TeacherTitle } from '../../gql/graphql';
import type { SchoolYearInfo } from '../../hooks/useSchoolYear';
import { useI18n } from '../../i18n';
import { CheckboxGroup } from '../Form';
import { useDemandLabels } from './labels';

export interface CountyInfo {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  order: number;
}

/**
 * What to ask: the school years, teacher or school plans, the dimension, up to three groupings
 * (where the view groups) and the filter (counties, stages, remoteness, titles, subjects, and
 * "chose option X in dimension Y"). Every change goes to the address at once.
 */
export function DemandControls({
  question,
  onChange,
  years,
  counties,
  grouping = true,
  yearsHint,
}: {
  question: DemandQuestion;
  onChange(q: DemandQuestion): void;
  years: readonly SchoolYearInfo[];
  counties: readonly CountyInfo[];
  /** The view groups as the viewer chooses (the map and the trend group by themselves). */
  grouping?: boolean;
  yearsHint?: string;
}) {
  const { t, label, pick } = useI18n();
  const labels = useDemandLabels();
  const q = question;
  const set = (patch: Partial<DemandQuestion>) => onChange({ ...q, ...patch });
  const teacher = q.source === 'TEACHER_PLANS';
  const ascending = [...years].sort((a, b) => a.year - b.year);

  function setSource(source: DemandSource) {
    // TITLE and SUBJECT are teachers': school plans drop them.
    const keep = source === 'TEACHER_PLANS';
    set({
      source,
      groupBy: keep ? q.groupBy : q.groupBy.filter((g) => !TEACHER_ONLY.includes(g)),
      titles: keep ? q.titles : [],
      subjects: keep ? q.subjects : [],
    });
  }

  /** A grouping chosen at one level; one already used at another level swaps places with it. */
  function setGrouping(level: number, value: DemandGroupBy | '') {
    const next = [...q.groupBy];
    if (value === '') next.splice(level);
    else {
      const other = next.indexOf(value);
      if (other >= 0 && other !== level) {
        if (next[level]) next[other] = next[level];
        else next.splice(other, 1);
      }
      next[Math.min(level, next.length)] = value;
    }
    set({ groupBy: next.filter((g, i, all) => Boolean(g) && all.indexOf(g) === i).slice(0, MAX_GROUPINGS) });
  }

  function setChoice(i: number, c: ChoiceCondition | null) {
    const next = [...q.choices];
    if (c) next[i] = c;
    else next.splice(i, 1);
    set({ choices: next });
  }

  const available = GROUPINGS.filter((g) => teacher || !TEACHER_ONLY.includes(g));
  const nFilters = filterCount(q);
  // The filter starts open when one is set (e.g. from a bookmarked address); then the viewer decides.
  const [filterOpen, setFilterOpen] = useState(nFilters > 0 || q.choices.length > 0);

  return (
    <section className="analysis-controls" aria-label={t('analysis.controls')}>
      <div className="filters">
        <CheckboxGroup
          idPrefix="years"
          legend={t('planning.schoolYear')}
          compact
          choices={ascending.map((y) => ({ code: String(y.year), label: t('planning.yearOption', { year: y.year }) }))}
          value={q.years.map(String)}
          onChange={(next) => {
            if (next.length > 0) set({ years: next.map(Number).sort((a, b) => a - b) });
          }}
        />
        <div className="field">
          <label htmlFor="a-source">{t('analysis.sourceLabel')}</label>
          <select id="a-source" data-testid="analysis-source" value={q.source} onChange={(e) => setSource(e.target.value as DemandSource)}>
            {SOURCES.map((s) => (
              <option key={s} value={s}>
                {labels.sourceText(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="a-dimension">{t('analysis.dimension')}</label>
          <select
            id="a-dimension"
            data-testid="analysis-dimension"
            value={q.dimension}
            onChange={(e) => set({ dimension: e.target.value as Dimension })}
          >
            {DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                {label('Dimension', d)}
              </option>
            ))}
          </select>
        </div>
        {grouping &&
          Array.from({ length: MAX_GROUPINGS }, (_, level) => {
            const current = q.groupBy[level] ?? '';
            return (
              <div className="field" key={level}>
                <label htmlFor={`a-by-${level}`}>{t('analysis.groupLevel', { n: level + 1 })}</label>
                <select
                  id={`a-by-${level}`}
                  data-testid={`analysis-by-${level}`}
                  value={current}
                  disabled={level > q.groupBy.length}
                  onChange={(e) => setGrouping(level, e.target.value as DemandGroupBy | '')}
                >
                  <option value="">{t('analysis.noGrouping')}</option>
                  {available.map((g) => (
                    <option key={g} value={g}>
                      {labels.groupingText(g)}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        {yearsHint && <p className="muted small filters-note">{yearsHint}</p>}
      </div>

      <details
        className="card analysis-filter"
        data-testid="analysis-filter"
        open={filterOpen}
        onToggle={(e) => setFilterOpen(e.currentTarget.open)}
      >
        <summary>
          {t('analysis.filterTitle')}
          {nFilters > 0 && <span className="chip">{t('analysis.filterCount', { n: nFilters })}</span>}
        </summary>
        <div className="analysis-filter-body">
          <CheckboxGroup
            idPrefix="f-counties"
            legend={t('grouping.COUNTY')}
            compact
            choices={counties.map((c) => ({ code: c.id, label: pick(c.name, c.nameEn) }))}
            value={q.countyIds}
            onChange={(v) => set({ countyIds: v })}
          />
          <CheckboxGroup
            idPrefix="f-stages"
            legend={t('grouping.STAGE')}
            compact
            choices={codesOf('Stage').map((c) => ({ code: c, label: label('Stage', c) }))}
            value={q.stages}
            onChange={(v) => set({ stages: v as Stage[] })}
          />
          <CheckboxGroup
            idPrefix="f-remoteness"
            legend={t('grouping.REMOTENESS')}
            compact
            choices={codesOf('Remoteness').map((c) => ({ code: c, label: label('Remoteness', c) }))}
            value={q.remoteness}
            onChange={(v) => set({ remoteness: v as Remoteness[] })}
          />
          {teacher && (
            <>
              <CheckboxGroup
                idPrefix="f-titles"
                legend={t('grouping.TITLE')}
                compact
                choices={codesOf('TeacherTitle').map((c) => ({ code: c, label: label('TeacherTitle', c) }))}
                value={q.titles}
                onChange={(v) => set({ titles: v as TeacherTitle[] })}
              />
              <CheckboxGroup
                idPrefix="f-subjects"
                legend={t('grouping.SUBJECT')}
                compact
                choices={codesOf('Subject').map((c) => ({ code: c, label: label('Subject', c) }))}
                value={q.subjects}
                onChange={(v) => set({ subjects: v as Subject[] })}
              />
            </>
          )}
          <fieldset className="checks choice-conditions" data-field="f-choices">
            <legend>{t('analysis.choicesTitle')}</legend>
            <p className="hint">{t('analysis.choicesHint')}</p>
            {q.choices.map((c, i) => (
              <div className="choice-condition" key={i} data-testid={`choice-${i}`}>
                <div className="field">
                  <label htmlFor={`f-choice-${i}`}>{t('analysis.choiceDimension')}</label>
                  <select
                    id={`f-choice-${i}`}
                    value={c.dimension}
                    onChange={(e) => setChoice(i, { dimension: e.target.value as Dimension, options: [] })}
                  >
                    {DIMENSIONS.map((d) => (
                      <option key={d} value={d}>
                        {label('Dimension', d)}
                      </option>
                    ))}
                  </select>
                </div>
                <CheckboxGroup
                  idPrefix={`f-choice-${i}-options`}
                  legend={t('analysis.choiceOptions')}
                  compact
                  choices={optionCodes(c.dimension).map((o) => ({ code: o, label: labels.optionText(c.dimension, o) }))}
                  value={c.options}
                  onChange={(v) => setChoice(i, { ...c, options: v })}
                />
                <button type="button" className="small-button" onClick={() => setChoice(i, null)}>
                  {t('analysis.removeChoice')}
                </button>
              </div>
            ))}
            <button
              type="button"
              className="small-button"
              data-testid="add-choice"
              onClick={() => set({ choices: [...q.choices, { dimension: q.dimension === 'METHOD' ? 'TIME' : 'METHOD', options: [] }] })}
            >
              {t('analysis.addChoice')}
            </button>
          </fieldset>
          {nFilters > 0 && (
            <p>
              <button
                type="button"
                onClick={() => set({ countyIds: [], stages: [], remoteness: [], titles: [], subjects: [], choices: [] })}
                data-testid="clear-filter"
              >
                {t('common.clear')}
              </button>
            </p>
          )}
        </div>
      </details>
    </section>
  );
}
