import { useMemo } from 'react';
import { GROUPING_ENUM, optionEnum } from '../../domain/demand';
import type { DemandGroupBy, DemandSource, Dimension } from '../../gql/graphql';
import { useI18n, type MessageKey } from '../../i18n';
import type { DemandGroupData, GroupKeyData } from './queries';

const GROUPING_KEY: Record<DemandGroupBy, MessageKey> = {
  COUNTY: 'grouping.COUNTY',
  STAGE: 'grouping.STAGE',
  REMOTENESS: 'grouping.REMOTENESS',
  TITLE: 'grouping.TITLE',
  SUBJECT: 'grouping.SUBJECT',
  SCHOOL_YEAR: 'grouping.SCHOOL_YEAR',
};

/**
 * Words of the analysis in the current language: options and group values from labels.ts (the
 * table the server also uses), counties as the API names them, school years as "110 學年度".
 */
export function useDemandLabels() {
  const { t, label, pick } = useI18n();
  return useMemo(() => {
    const keyText = (k: Pick<GroupKeyData, 'by' | 'value' | 'label' | 'labelEn'>): string => {
      if (k.by === 'COUNTY') return pick(k.label, k.labelEn);
      if (k.by === 'SCHOOL_YEAR') return t('planning.yearOption', { year: k.value });
      const e = GROUPING_ENUM[k.by];
      const text = e ? label(e, k.value) : k.value;
      return text === k.value ? pick(k.label, k.labelEn) : text;
    };
    return {
      keyText,
      groupText: (g: Pick<DemandGroupData, 'key'>) => (g.key.length === 0 ? t('analysis.allPlans') : g.key.map(keyText).join(' / ')),
      optionText: (dimension: Dimension, code: string) => label(optionEnum(dimension), code),
      groupingText: (by: DemandGroupBy) => t(GROUPING_KEY[by]),
      dimensionText: (d: Dimension) => label('Dimension', d),
      sourceText: (s: DemandSource) => t(s === 'TEACHER_PLANS' ? 'analysis.source.TEACHER_PLANS' : 'analysis.source.SCHOOL_PLANS'),
    };
  }, [t, label, pick]);
}
