import { AutoComplete, Input, Space, Typography } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatFen } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import type { PricedItem } from './requisition-types';
import { usePartSearch } from './requisitions-api';

/** The most of a search text the price list takes (`q`). */
const SEARCH_MAX = 64;

/**
 * Finds a part on the price list in force today by its number's start or a part of its name, and
 * hands the one picked on (with its price today); the box is emptied for the next.
 */
export function PartSearch({ onPick, id }: { onPick: (part: PricedItem) => void; id?: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [text, setText] = useState('');
  const q = useDeferredValue(text.trim());
  const parts = usePartSearch(q);
  const items = q ? (parts.data?.items ?? []) : [];
  const options = items.map((item) => ({
    value: item.code,
    label: (
      <Space style={{ width: '100%', justifyContent: 'space-between' }} data-testid={`part-option-${item.code}`}>
        <span><Typography.Text strong>{item.code}</Typography.Text> {item.name}</span>
        <span>{formatFen(item.unitPriceFen, language)}</span>
      </Space>
    ),
  }));
  const pick = (code: string) => {
    const item = items.find((candidate) => candidate.code === code);
    if (item) onPick(item);
    setText('');
  };
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <AutoComplete id={id} value={text} options={options} onChange={(value: string) => setText(value.slice(0, SEARCH_MAX))} onSelect={pick}
        style={{ width: '100%', maxWidth: 560 }} data-testid="part-search"
        notFoundContent={q && !parts.isFetching && parts.data ? t('requisitions:new.noPart', { q }) : undefined}>
        <Input.Search placeholder={t('requisitions:new.searchPlaceholder')} aria-label={t('requisitions:new.search')} autoComplete="off" loading={parts.isFetching} />
      </AutoComplete>
      {parts.data?.on && <Typography.Text type="secondary">{t('requisitions:new.pricesOn', { on: formatDate(parts.data.on, language) })}</Typography.Text>}
    </Space>
  );
}
