import { Button, Card, Modal, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/states';
import { formatDate } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import { Certificate, Technician, useTechnicians, writes } from './organisation-api';
import { useMayWrite } from './organisation-roles';
import { DateItem, TextItem, WriteForm } from './write-form';

const STATUS_COLOURS: Record<string, string> = { valid: 'green', expired: 'red', revoked: 'volcano', 'not-yet-valid': 'default' };

type Dialog = { kind: 'issue' | 'leave'; technician: Technician } | { kind: 'revoke'; technician: Technician; certificate: Certificate };

/** The dealer's technicians on the day with their certificates (維修員證): each one's expiry and status that day; writers issue, revoke, record departures. */
export function TechniciansCard({ code, on }: { code: string; on?: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const technicians = useTechnicians(code, on);
  const mayWrite = useMayWrite();
  const [dialog, setDialog] = useState<Dialog>();
  const refresh = [['technicians', code], ['organisation', code]];
  const certificates = (technician: Technician) => (
    <Space orientation="vertical" size={2}>
      {technician.certificates.map((c) => (
        <Space key={c.certificateNo} size={4} wrap>
          <span>{c.certificateNo}</span>
          <span>{t('organisation:technicians.validTo', { from: formatDate(c.issuedOn, language), to: formatDate(c.expiresOn, language) })}</span>
          <Tag color={STATUS_COLOURS[c.status]} data-testid="certificate-status">{t(`organisation:status.${c.status}`)}</Tag>
          {mayWrite && !c.revokedOn && <Button size="small" onClick={() => setDialog({ kind: 'revoke', technician, certificate: c })}>{t('organisation:technicians.revoke')}</Button>}
        </Space>
      ))}
      {technician.certificates.length === 0 && <Tag color="orange">{t('organisation:technicians.noCertificate')}</Tag>}
    </Space>
  );
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 18 }}>{t('organisation:technicians.title')}</h2>}>
      {mayWrite && (
        <WriteForm name="joinTechnician" label={t('organisation:technicians.join')} submit={t('organisation:technicians.join')} write={writes.join(code)} refresh={refresh}>
          <TextItem name="technicianId" label={t('organisation:fields.technicianId')} id width={140} />
          <TextItem name="name" label={t('organisation:fields.name')} width={140} />
          <DateItem name="effectiveOn" label={t('organisation:fields.effectiveOn')} />
        </WriteForm>
      )}
      <QueryState query={technicians}>
        {(found) => (
          <Table<Technician> size="small" rowKey="technicianId" dataSource={found.items} pagination={false} scroll={{ x: 'max-content' }}
            aria-label={t('organisation:technicians.title')} data-testid="technicians-table" locale={{ emptyText: t('organisation:page.none') }}
            columns={[
              { title: t('organisation:fields.technicianId'), dataIndex: 'technicianId' },
              { title: t('organisation:fields.name'), dataIndex: 'name' },
              { title: t('organisation:fields.tenure'), key: 'tenure', render: (_, tech) =>
                `${formatDate(tech.joinedOn, language)} – ${tech.leftOn ? formatDate(tech.leftOn, language) : ''}` },
              { title: t('organisation:fields.inOrganisation'), dataIndex: 'inOrganisation', render: (yes: boolean) => (yes ? t('organisation:page.yes') : t('organisation:page.no')) },
              { title: t('organisation:fields.certificates'), key: 'certificates', render: (_, tech) => certificates(tech) },
              ...(mayWrite ? [{ title: '', key: 'actions', render: (_: unknown, tech: Technician) => (
                <Space>
                  <Button size="small" onClick={() => setDialog({ kind: 'issue', technician: tech })}>{t('organisation:technicians.issue')}</Button>
                  {!tech.leftOn && <Button size="small" onClick={() => setDialog({ kind: 'leave', technician: tech })}>{t('organisation:technicians.leave')}</Button>}
                </Space>
              ) }] : []),
            ]} />
        )}
      </QueryState>
      {dialog && <TechnicianDialog code={code} dialog={dialog} refresh={refresh} onClose={() => setDialog(undefined)} />}
    </Card>
  );
}

function TechnicianDialog({ code, dialog, refresh, onClose }: { code: string; dialog: Dialog; refresh: string[][]; onClose: () => void }) {
  const { t } = useTranslation();
  const { technicianId, name } = dialog.technician;
  const certificateNo = dialog.kind === 'revoke' ? dialog.certificate.certificateNo : '';
  const title = t(`organisation:technicians.${dialog.kind}Title`, { name, id: technicianId, no: certificateNo });
  const write = dialog.kind === 'issue' ? writes.issue(code, technicianId)
    : dialog.kind === 'leave' ? writes.leave(code, technicianId) : writes.revoke(code, technicianId, certificateNo);
  return (
    <Modal open title={title} footer={null} onCancel={onClose} destroyOnHidden>
      <WriteForm name="technicianDialog" label={title} submit={t('organisation:page.save')} write={write} refresh={refresh} onDone={onClose} layout="vertical">
        {dialog.kind === 'issue' && (
          <>
            <TextItem name="certificateNo" label={t('organisation:fields.certificateNo')} id />
            <DateItem name="issuedOn" label={t('organisation:fields.issuedOn')} />
            <DateItem name="expiresOn" label={t('organisation:fields.expiresOn')} />
            <TextItem name="trainingSessionId" label={t('organisation:fields.trainingSessionId')} id required={false} />
          </>
        )}
        {dialog.kind === 'leave' && <DateItem name="effectiveOn" label={t('organisation:fields.effectiveOn')} />}
        {dialog.kind === 'revoke' && (
          <>
            <DateItem name="revokedOn" label={t('organisation:fields.revokedOn')} />
            <TextItem name="reason" label={t('organisation:fields.reason')} width={320} />
          </>
        )}
      </WriteForm>
    </Modal>
  );
}
