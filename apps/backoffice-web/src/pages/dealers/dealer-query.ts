const SORT_KEYS = ['code', 'name', 'region', 'registeredOn'] as const;

/** How the API orders a list: a key, `-` first for descending (GET /dealers `sort`). */
export type DealerSort = `${'' | '-'}${(typeof SORT_KEYS)[number]}`;

/** The dealers list's state as it lives in the URL (so a filtered page can be shared and reloaded). */
export interface DealerListState {
  q: string;
  region: string;
  sort: DealerSort;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [20, 50, 100] as const;
const DEFAULT_STATE: DealerListState = { q: '', region: '', sort: 'code', page: 1, pageSize: 20 };

export function listStateOf(params: URLSearchParams): DealerListState {
  const number = (name: string, fallback: number) => {
    const value = Number(params.get(name));
    return Number.isSafeInteger(value) && value > 0 ? value : fallback;
  };
  const sort = params.get('sort') ?? DEFAULT_STATE.sort;
  const known = (SORT_KEYS as readonly string[]).includes(sort.replace(/^-/, ''));
  const pageSize = number('pageSize', DEFAULT_STATE.pageSize);
  return {
    q: params.get('q') ?? '',
    region: params.get('region') ?? '',
    sort: known ? (sort as DealerSort) : DEFAULT_STATE.sort,
    page: number('page', 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_STATE.pageSize,
  };
}

/** Only what differs from the defaults goes in the URL. */
export function searchParamsOf(state: DealerListState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULT_STATE) as Array<keyof DealerListState>) {
    if (state[key] !== DEFAULT_STATE[key] && state[key] !== '') params.set(key, String(state[key]));
  }
  return params;
}

/** GET /api/dealers query of a list state: the filters, the order, the page as skip/limit. */
export function dealersQueryOf(state: DealerListState): { q?: string; region?: string; sort: DealerSort; skip: number; limit: number } {
  return {
    ...(state.q.trim() ? { q: state.q.trim() } : {}),
    ...(state.region ? { region: state.region } : {}),
    sort: state.sort,
    skip: (state.page - 1) * state.pageSize,
    limit: state.pageSize,
  };
}

/** The antd Table's sorter as the API's sort, and back. */
export function sortOf(field: string | undefined, order: 'ascend' | 'descend' | null | undefined): DealerSort {
  const key = SORT_KEYS.find((known) => known === field);
  if (!key || !order) return DEFAULT_STATE.sort;
  return order === 'descend' ? `-${key}` : key;
}

export function sortOrderOf(sort: DealerSort, field: string): 'ascend' | 'descend' | null {
  if (sort === field) return 'ascend';
  return sort === `-${field}` ? 'descend' : null;
}
