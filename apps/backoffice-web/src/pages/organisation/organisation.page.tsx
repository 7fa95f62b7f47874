import { Card, DatePicker, Descriptions, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { QueryState } from '../../components/states';
import { formatDate } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import { ChangeRecord, useOrganisation, writes } from './organisation-api';
import { useMayWrite } from './organisation-roles';
import { TechniciansCard } from './technicians-card';
import { DateItem, TextItem, WriteForm } from './write-form';

/** A dealer's service organisation (第二條 1-2) on a day: in force, scheduled changes, the history with late notices, its technicians. */
export default function OrganisationPage() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const [params, setParams] = useSearchParams();
  const on = params.get('on') ?? undefined;
  const organisation = useOrganisation(code, on);
  const mayWrite = useMayWrite();
  const heading = (text: string) => <h2 style={{ margin: 0, fontSize: 18 }}>{text}</h2>;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ marginBottom: 0 }}>{t('organisation:page.title', { code })}</Typography.Title>
      <DatePicker aria-label={t('organisation:page.on')} format="YYYY-MM-DD" value={on ? dayjs(on) : null} placeholder={t('organisation:page.today')}
        onChange={(day) => setParams(day ? { on: day.format('YYYY-MM-DD') } : {})} />
      <QueryState query={organisation}>
        {(found) => (
          <>
            <Card title={heading(t('organisation:page.inForce', { on: found.on }))}>
              <Descriptions column={1} size="small" items={[
                { key: 'address', label: t('organisation:fields.address'), children: found.inForce.address ?? '—' },
                { key: 'hotline', label: t('organisation:fields.hotline'), children: found.inForce.hotline ?? '—' },
                { key: 'serviceManager', label: t('organisation:fields.serviceManager'), children: found.inForce.serviceManager ?? '—' },
                { key: 'technicians', label: t('organisation:fields.technicians'), children: found.inForce.technicians.map((tech) => tech.name).join('、') || '—' },
              ]} />
            </Card>
            <Card title={heading(t('organisation:page.scheduled'))}>
              <Changes changes={found.scheduled} label={t('organisation:page.scheduled')} />
            </Card>
            <Card title={heading(t('organisation:page.history', { late: found.lateChanges }))}>
              <Changes changes={found.history} label={t('organisation:page.historyLabel')} testId="organisation-history" />
            </Card>
          </>
        )}
      </QueryState>
      {mayWrite && (
        <Card title={heading(t('organisation:change.title'))}>
          <WriteForm name="organisationChange" label={t('organisation:change.title')} submit={t('organisation:change.submit')} write={writes.change(code)}
            refresh={[['organisation', code]]}>
            <DateItem name="effectiveOn" label={t('organisation:fields.effectiveOn')} />
            <TextItem name="address" label={t('organisation:fields.address')} required={false} width={280} />
            <TextItem name="hotline" label={t('organisation:fields.hotline')} required={false} width={140} />
            <TextItem name="serviceManager" label={t('organisation:fields.serviceManager')} required={false} width={140} />
          </WriteForm>
        </Card>
      )}
      <TechniciansCard code={code} on={on} />
    </Space>
  );
}

function Changes({ changes, label, testId }: { changes: ChangeRecord[]; label: string; testId?: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const what = (c: ChangeRecord) => c.kind === 'organisation'
    ? (['address', 'hotline', 'serviceManager'] as const).filter((k) => c[k] !== undefined).map((k) => `${t(`organisation:fields.${k}`)}: ${c[k]}`).join('; ')
    : t(`organisation:kinds.${c.kind}`, { name: c.name ?? c.technicianId, id: c.technicianId });
  return (
    <Table<ChangeRecord> size="small" rowKey={(c) => `${c.recordedAt}-${c.effectiveOn}-${c.kind}-${c.technicianId ?? ''}`} aria-label={label} data-testid={testId}
      dataSource={changes} pagination={false} scroll={{ x: 'max-content' }} locale={{ emptyText: t('organisation:page.none') }}
      columns={[
        { title: t('organisation:fields.effectiveOn'), dataIndex: 'effectiveOn', render: (d: string) => formatDate(d, language) },
        { title: t('organisation:fields.change'), key: 'what', render: (_, c) => what(c) },
        { title: t('organisation:fields.notifiedOn'), dataIndex: 'notifiedOn', render: (d: string) => formatDate(d, language) },
        { title: t('organisation:fields.notice'), dataIndex: 'late',
          render: (late: boolean) => (late ? <Tag color="red">{t('organisation:page.late')}</Tag> : <Tag color="green">{t('organisation:page.onTime')}</Tag>) },
      ]} />
  );
}
