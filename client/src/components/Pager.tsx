import { useState } from 'react';
import { useI18n } from '../i18n';

/**
 * Cursor paging forwards and back: the API pages forwards only (`first`, `after`), so the cursors
 * of the pages already seen are kept to go back. A new `resetKey` (changed filters) starts over.
 */
export function useCursorPager(resetKey: string) {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({ key: resetKey, cursors: [null] });
  const cursors = state.key === resetKey ? state.cursors : [null];
  if (state.key !== resetKey) setState({ key: resetKey, cursors: [null] });
  return {
    after: cursors[cursors.length - 1],
    page: cursors.length,
    hasPrevious: cursors.length > 1,
    next: (endCursor: string) => setState({ key: resetKey, cursors: [...cursors, endCursor] }),
    previous: () => setState({ key: resetKey, cursors: cursors.slice(0, -1) }),
  };
}

export type CursorPager = ReturnType<typeof useCursorPager>;

interface PagerProps {
  page: number;
  total: number | undefined;
  pageSize: number;
  hasPrevious: boolean;
  hasNext: boolean;
  endCursor: string | null | undefined;
  onPrevious(): void;
  onNext(endCursor: string): void;
  countText: string;
  /** A page is loading: the buttons wait for it. */
  busy?: boolean;
}

export function Pager({ page, total, pageSize, hasPrevious, hasNext, endCursor, onPrevious, onNext, countText, busy = false }: PagerProps) {
  const { t } = useI18n();
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav className="pager" aria-label={t('common.pagination')}>
      <button type="button" onClick={onPrevious} disabled={!hasPrevious || busy}>
        {t('common.previous')}
      </button>
      <span className="pager-status" aria-live="polite">
        {t('common.pageOf', { page, pages: total === undefined ? '…' : Math.max(1, Math.ceil(total / pageSize)) })}
        {total !== undefined && <span className="sr-only"> {countText}</span>}
      </span>
      <button type="button" onClick={() => endCursor && onNext(endCursor)} disabled={!hasNext || !endCursor || busy}>
        {t('common.next')}
      </button>
    </nav>
  );
}
