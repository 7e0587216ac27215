import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import type { Choice } from '../components/Form';
import { graphql } from '../gql';
import type { ReferenceList } from '../gql/graphql';
import { useI18n } from '../i18n';

/** A reference list (titles, subjects) as the platform keeps it: the labels it gives and what it still offers. */
export const REFERENCE_ITEMS_QUERY = graphql(`
  query ReferenceItems($list: ReferenceList!) {
    referenceItems(list: $list) {
      code
      zh
      en
      active
    }
  }
`);

/**
 * The options to offer for a new choice: the active items of the list, in the platform's labels.
 * `keep` adds codes already chosen that are no longer offered, so a record keeps showing them
 * (the server refuses them for a change, and says so).
 */
export function useChoices(list: ReferenceList, keep: readonly string[] = []): { choices: Choice[]; loading: boolean } {
  const { pick } = useI18n();
  const { data, loading } = useQuery(REFERENCE_ITEMS_QUERY, { variables: { list } });
  const keepKey = keep.join(',');
  const choices = useMemo(() => {
    const kept = new Set(keepKey ? keepKey.split(',') : []);
    return (data?.referenceItems ?? []).filter((i) => i.active || kept.has(i.code)).map((i) => ({ code: i.code, label: pick(i.zh, i.en) }));
  }, [data, pick, keepKey]);
  return { choices, loading };
}
