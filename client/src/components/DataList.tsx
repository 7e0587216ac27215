import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ErrorLike } from '@apollo/client';
import { useI18n } from '../i18n';
import { fieldLabels } from './fieldNames';
import { Pager, type CursorPager } from './Pager';
import { ForbiddenFieldsNote, LoadError, Loading, NoAccess } from './Status';

/** A page of a connection as the API returns it (`totalCount`, `pageInfo`, `edges`). */
export interface Connection<N> {
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  edges: readonly { node: N }[];
}

interface DataListProps<N> {
  /** The page shown (the last one while the next loads); null/undefined until one has come. */
  conn: Connection<N> | null | undefined;
  loading: boolean;
  pager: CursorPager;
  pageSize: number;
  /** "{total} schools": shown above the table (formatted) and read with the pager. */
  countText(total: number | string): string;
  countTestId: string;
  /** The list's filters, shown above the count once a page has come (a page that shows them at once keeps them outside). */
  filters?: ReactNode;
  /** Said after the count, e.g. how many rows of the loaded page a filter keeps. */
  countExtra?: ReactNode;
  /** Beside the count (e.g. downloads): the count and this are laid out as a list head. */
  headExtra?: ReactNode;
  /**
   * The load error, told under the count and, while nothing is loaded, instead of the list. A page
   * that tells its errors above its filters leaves this out.
   */
  error?: ErrorLike;
  /** Nothing loaded and the list refused (FORBIDDEN): true for the usual words, or the words to say. */
  noAccess?: boolean | string;
  /** Notices above the table (e.g. the answer to the last action). */
  notes?: ReactNode;
  /** Fields the API withheld from this viewer: named in a note above the table. */
  withheld?: Set<string>;
  /** The rows to show; by default the page's nodes (a page filtering on the loaded page passes its own). */
  rows?: N[];
  /** The words of an empty list; "no data" by default. */
  emptyText?: string;
  /** The table: its test ID, caption, header cells and a row per node ... */
  table?: { testId: string; caption: string; columns: ReactNode; row(node: N, index: number): ReactNode; className?: string };
  /** ... or a table component of its own. */
  children?(rows: N[]): ReactNode;
}

/**
 * One paged list: loading and refusal while nothing is loaded, then the count, notes, the table
 * (or "no data") and the pager. The filters above it are the page's (see `Filters`).
 */
export function DataList<N>({
  conn,
  loading,
  pager,
  pageSize,
  countText,
  countTestId,
  filters,
  countExtra,
  headExtra,
  error,
  noAccess,
  notes,
  withheld,
  rows,
  emptyText,
  table,
  children,
}: DataListProps<N>) {
  const { t, num } = useI18n();
  if (!conn) {
    if (noAccess) return <NoAccess message={typeof noAccess === 'string' ? noAccess : undefined} />;
    if (loading) return <Loading />;
    return error ? <LoadError error={error} /> : null;
  }
  const shown = rows ?? conn.edges.map((e) => e.node);
  const count = (
    <p className="muted" data-testid={countTestId}>
      {countText(num(conn.totalCount))}
      {countExtra}
    </p>
  );
  return (
    <>
      {filters}
      {headExtra ? (
        <div className="list-head">
          {count}
          {headExtra}
        </div>
      ) : (
        count
      )}
      {notes}
      {withheld && <ForbiddenFieldsNote fields={fieldLabels(withheld, t)} />}
      {error && <LoadError error={error} />}
      {shown.length === 0 ? (
        <p className="empty">{emptyText ?? t('common.empty')}</p>
      ) : table ? (
        <div className="table-wrap" aria-busy={loading}>
          <table className={table.className ? `data ${table.className}` : 'data'} data-testid={table.testId}>
            <caption className="sr-only">{table.caption}</caption>
            <thead>
              <tr>{table.columns}</tr>
            </thead>
            <tbody>{shown.map((node, i) => table.row(node, i))}</tbody>
          </table>
        </div>
      ) : (
        children?.(shown)
      )}
      <Pager
        page={pager.page}
        total={conn.totalCount}
        pageSize={pageSize}
        hasPrevious={pager.hasPrevious}
        hasNext={conn.pageInfo.hasNextPage}
        endCursor={conn.pageInfo.endCursor}
        onPrevious={pager.previous}
        onNext={pager.next}
        countText={countText(conn.totalCount)}
        busy={loading}
      />
    </>
  );
}

/**
 * The filters of a list live in the address (`?county=…&q=…`), so a view can be bookmarked and
 * the back button undoes a filter. `set` changes one, `clear` all.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  return {
    params,
    setParams,
    get: (key: string) => params.get(key) || null,
    set(key: string, value: string | null) {
      const next = new URLSearchParams(params);
      if (value) next.set(key, value);
      else next.delete(key);
      setParams(next);
    },
    clear: () => setParams(new URLSearchParams()),
  };
}

/** The text of a search box, following its filter in the address (asked on submit, not per keystroke). */
export function useDraftText(value: string | null): [string, (text: string) => void] {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  return [text, setText];
}

/**
 * The filter form above a list: its fields, then 查詢 and (when a filter is set) 清除條件. Without
 * `onSubmit` the fields apply as they change and the form has no buttons.
 */
export function Filters({
  onSubmit,
  canClear = false,
  onClear,
  noValidate,
  footer,
  children,
}: {
  onSubmit?(e: FormEvent): void;
  canClear?: boolean;
  onClear?(): void;
  noValidate?: boolean;
  /** Said under the fields (a note on how they apply). */
  footer?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <form className="filters" role="search" onSubmit={onSubmit ?? ((e) => e.preventDefault())} noValidate={noValidate}>
      {children}
      {onSubmit && (
        <div className="field field-actions">
          <button type="submit" className="primary">
            {t('common.filter')}
          </button>
          {canClear && (
            <button type="button" onClick={onClear}>
              {t('common.clear')}
            </button>
          )}
        </div>
      )}
      {footer}
    </form>
  );
}
