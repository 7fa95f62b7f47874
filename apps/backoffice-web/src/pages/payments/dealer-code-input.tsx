import { useQuery } from '@tanstack/react-query';
import { AutoComplete, Input } from 'antd';
import { useDeferredValue } from 'react';
import { api } from '../../api/client';
import { dataOrThrow } from '../../api/problem';

/**
 * A dealer code, typed or picked from the dealers whose code or name holds what is typed (the
 * gateway's GET /api/dealers?q=, so a dealer user is offered its own dealers only). A Form.Item's
 * value and onChange pass through; what is typed stays a plain code the form validates.
 */
export function DealerCodeInput({ value, onChange, id }: { value?: string; onChange?: (code: string) => void; id?: string }) {
  const typed = useDeferredValue(value?.trim() ?? '');
  const dealers = useQuery({
    queryKey: ['dealers', 'pick', typed],
    queryFn: async () => dataOrThrow(await api.GET('/api/dealers', { params: { query: { q: typed, limit: 10 } } })),
    enabled: typed.length > 0,
    staleTime: 60_000,
  });
  const options = (dealers.data?.items ?? []).map((dealer) => ({ value: dealer.code, label: `${dealer.code} ${dealer.name}` }));
  return (
    <AutoComplete id={id} value={value} options={options} onChange={(code: string) => onChange?.(code.toUpperCase())}>
      <Input placeholder="D0001" autoComplete="off" />
    </AutoComplete>
  );
}
