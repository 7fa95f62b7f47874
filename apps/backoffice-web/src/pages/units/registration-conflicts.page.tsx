import { Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryState } from '../../components/states';
import { Conflict, useConflicts } from './units-api';

const PAGE = 50;

/** Serials carded twice (by two dealers, or under two card numbers), for review: the first card stays. */
export default function RegistrationConflictsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const conflicts = useConflicts((page - 1) * PAGE, PAGE);
  const columns = [
    { key: 'serialNo', title: t('units:fields.serialNo'), render: (_: unknown, c: Conflict) => <Link to={`/units/${encodeURIComponent(c.serialNo)}`}>{c.serialNo}</Link> },
    { key: 'conflict', title: t('units:conflicts.kind'), render: (_: unknown, c: Conflict) => t(`units:conflicts.kinds.${c.conflict}`) },
    { key: 'first', title: t('units:conflicts.first'), render: (_: unknown, c: Conflict) => `${c.registeredDealerCode} · ${c.registeredCardNo}` },
    { key: 'second', title: t('units:conflicts.second'), render: (_: unknown, c: Conflict) => `${c.dealerCode} · ${c.cardNo}` },
    { key: 'saleDate', dataIndex: 'saleDate', title: t('units:fields.saleDate') },
    { key: 'flaggedAt', title: t('units:conflicts.flaggedAt'), render: (_: unknown, c: Conflict) => new Date(c.flaggedAt).toLocaleString() },
  ];
  return (
    <section aria-labelledby="conflicts-title">
      <Typography.Title level={1} id="conflicts-title">{t('units:conflicts.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('units:conflicts.intro')}</Typography.Paragraph>
      <QueryState query={conflicts}>
        {(found) => (
          <Table<Conflict>
            rowKey={(c) => `${c.serialNo}-${c.dealerCode}-${c.cardNo}`}
            size="small"
            columns={columns}
            dataSource={found.items}
            locale={{ emptyText: t('units:conflicts.none') }}
            pagination={{ current: page, pageSize: PAGE, total: found.total, onChange: setPage, showSizeChanger: false }}
            data-testid="registration-conflicts"
          />
        )}
      </QueryState>
    </section>
  );
}
