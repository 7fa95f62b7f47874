import { Card, Space, Table, Tabs, Tag, Typography } from 'antd';
import { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { EmptyState, QueryState } from '../../components/states';
import { formatDateTime } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import { CatalogModel, CatalogPart, useCatalogModels, useCatalogParts, writes } from './organisation-api';
import { useMayWrite } from './organisation-roles';
import { SelectItem, TextItem, WriteForm } from './write-form';

const CATEGORIES = ['spare-part', 'consumable', 'used-part'] as const;

/** The manufacturer's catalog: the models and parts the dealers' feeds may name; a change is listed again (its history kept). */
export default function CatalogPage() {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ marginBottom: 0 }}>{t('organisation:catalog.title')}</Typography.Title>
      <Tabs items={[
        { key: 'models', label: t('organisation:catalog.models'), children: <Models /> },
        { key: 'parts', label: t('organisation:catalog.parts'), children: <Parts /> },
      ]} />
    </Space>
  );
}

function Models() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const models = useCatalogModels();
  return (
    <>
      {useMayWrite() && (
        <Card style={{ marginBottom: 16 }}>
          <WriteForm name="listModel" label={t('organisation:catalog.listModel')} submit={t('organisation:catalog.list')} write={writes.model} refresh={[['catalog', 'models']]}>
            <TextItem name="model" label={t('organisation:fields.model')} id width={140} />
            <TextItem name="name" label={t('organisation:fields.name')} width={240} />
          </WriteForm>
        </Card>
      )}
      <QueryState query={models} isEmpty={(items) => items.length === 0} empty={<EmptyState description={t('organisation:catalog.empty')} />}>
        {(items) => (
          <Table<CatalogModel> rowKey="model" dataSource={items} pagination={false} size="small" aria-label={t('organisation:catalog.models')} scroll={{ x: 'max-content' }}
            columns={[
              { title: t('organisation:fields.model'), dataIndex: 'model' },
              { title: t('organisation:fields.name'), dataIndex: 'name' },
              { title: t('organisation:fields.changes'), key: 'history', render: (_, m) => history(m.history.map((h) => h.name), t) },
              { title: t('organisation:fields.changedAt'), dataIndex: 'changedAt', render: (at: string) => formatDateTime(at, language) },
            ]} />
        )}
      </QueryState>
    </>
  );
}

function Parts() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const parts = useCatalogParts();
  const categories = CATEGORIES.map((value) => ({ value, label: t(`organisation:categories.${value}`) }));
  return (
    <>
      {useMayWrite() && (
        <Card style={{ marginBottom: 16 }}>
          <WriteForm name="listPart" label={t('organisation:catalog.listPart')} submit={t('organisation:catalog.list')} write={writes.part} refresh={[['catalog', 'parts']]}>
            <TextItem name="partNo" label={t('organisation:fields.partNo')} id width={140} />
            <TextItem name="name" label={t('organisation:fields.name')} width={200} />
            <SelectItem name="category" label={t('organisation:fields.category')} options={categories} />
            <TextItem name="component" label={t('organisation:fields.component')} id required={false} width={120} />
          </WriteForm>
        </Card>
      )}
      <QueryState query={parts} isEmpty={(items) => items.length === 0} empty={<EmptyState description={t('organisation:catalog.empty')} />}>
        {(items) => (
          <Table<CatalogPart> rowKey="partNo" dataSource={items} pagination={false} size="small" aria-label={t('organisation:catalog.parts')} scroll={{ x: 'max-content' }}
            columns={[
              { title: t('organisation:fields.partNo'), dataIndex: 'partNo' },
              { title: t('organisation:fields.name'), dataIndex: 'name' },
              { title: t('organisation:fields.category'), dataIndex: 'category', render: (c: string) => <Tag>{t(`organisation:categories.${c}`)}</Tag> },
              { title: t('organisation:fields.component'), dataIndex: 'component', render: (c?: string) => c ?? '—' },
              { title: t('organisation:fields.changes'), key: 'history', render: (_, p) => history(p.history.map((h) => h.name), t) },
              { title: t('organisation:fields.changedAt'), dataIndex: 'changedAt', render: (at: string) => formatDateTime(at, language) },
            ]} />
        )}
      </QueryState>
    </>
  );
}

/** How often it was listed, and its earlier names when they changed. */
function history(names: string[], t: TFunction): string {
  return names.length <= 1 ? t('organisation:catalog.listedOnce') : t('organisation:catalog.changed', { n: names.length - 1, before: names.slice(0, -1).join(' → ') });
}
