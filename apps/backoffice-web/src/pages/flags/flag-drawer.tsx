import { Button, Descriptions, Drawer, Form, Input, List, Modal, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormProblems } from '../../api/form-problems';
import { mayReach } from '../../auth/roles';
import { useUser } from '../../auth/session-context';
import { QueryState } from '../../components/states';
import { formatDateTime } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import { evidenceLink, FLAG_DISMISSERS, STATUS_COLOURS } from './flag-filters';
import { FlagDetail, FlagEvidence, useDismissFlag, useFlag } from './flags-api';

type Open = { dealerCode: string; flagId: string };

/** One flag: what its rule says, the evidence rows linking to their submissions and units, its history, and the dismissal. */
export function FlagDrawer({ open, onClose }: { open: Open; onClose: () => void }) {
  const { t } = useTranslation();
  const query = useFlag(open);
  return (
    <Drawer open onClose={onClose} size="large" title={t('flags:detail.title')} data-testid="flag-drawer" destroyOnHidden>
      <QueryState query={query}>{(flag) => <FlagDetails flag={flag} open={open} />}</QueryState>
    </Drawer>
  );
}

function FlagDetails({ flag, open }: { flag: FlagDetail; open: Open }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const user = useUser();
  const [dismissing, setDismissing] = useState(false);
  const serial = flag.rule !== 'parts-without-repair';
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('flags:fields.rule')}>{t(`flags:rules.${flag.rule}.name`)}</Descriptions.Item>
        <Descriptions.Item label={t('flags:detail.means')}>{t(`flags:rules.${flag.rule}.means`)}</Descriptions.Item>
        <Descriptions.Item label={t('flags:fields.dealerCode')}><Link to={`/dealers/${encodeURIComponent(flag.dealerCode)}`}>{flag.dealerCode}</Link></Descriptions.Item>
        <Descriptions.Item label={t('flags:fields.period')}>{flag.period}</Descriptions.Item>
        <Descriptions.Item label={t(serial ? 'flags:fields.serial' : 'flags:fields.recordNo')}>
          {serial ? <Link to={`/units/${encodeURIComponent(flag.subject)}`}>{flag.subject}</Link> : flag.subject}
        </Descriptions.Item>
        <Descriptions.Item label={t('flags:fields.status')}><Tag color={STATUS_COLOURS[flag.status]}>{t(`flags:status.${flag.status}`)}</Tag></Descriptions.Item>
      </Descriptions>
      <div>
        <Typography.Title level={2} style={{ fontSize: 18 }}>{t('flags:detail.evidence')}</Typography.Title>
        <List size="small" bordered data-testid="flag-evidence" dataSource={flag.evidence}
          renderItem={(evidence) => <List.Item><EvidenceLine evidence={evidence} flagDealer={flag.dealerCode} serial={serial} /></List.Item>} />
      </div>
      <div>
        <Typography.Title level={2} style={{ fontSize: 18 }}>{t('flags:detail.history')}</Typography.Title>
        <Timeline data-testid="flag-history" items={flag.history.map((entry) => ({
          key: `${entry.event}-${entry.at}`,
          content: (
            <>
              <Typography.Text strong>{t(`flags:history.${entry.event}`)}</Typography.Text> {formatDateTime(entry.at, language)} · {entry.by}
              {entry.reason && <div>{t('flags:history.reason', { reason: entry.reason })}</div>}
            </>
          ),
        }))} />
      </div>
      {flag.status === 'open' && mayReach(user.roles, FLAG_DISMISSERS) && (
        <Button danger onClick={() => setDismissing(true)} data-testid="flag-dismiss">{t('flags:dismiss.action')}</Button>
      )}
      {dismissing && <DismissDialog open={open} onClose={() => setDismissing(false)} />}
    </Space>
  );
}

function EvidenceLine({ evidence, flagDealer, serial }: { evidence: FlagEvidence; flagDealer: string; serial: boolean }) {
  const { t } = useTranslation();
  const link = evidenceLink(evidence, flagDealer, serial);
  const what = evidence.source === 'feed'
    ? t('flags:evidence.row', { kind: t(`feeds:kinds.${evidence.kind}`, { defaultValue: evidence.kind }), key: evidence.key, version: evidence.version, dealer: evidence.dealerCode ?? flagDealer })
    : t('flags:evidence.fact', { key: evidence.key });
  return (
    <span>
      {link ? <Link to={link}>{what}</Link> : what}
      {evidence.detail && <Typography.Text type="secondary"> — {evidence.detail}</Typography.Text>}
    </span>
  );
}

/** The reason is required (at most 500 characters); the service's problems show beside it. */
function DismissDialog({ open, onClose }: { open: Open; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const problems = useFormProblems(form);
  const dismiss = useDismissFlag(open, onClose, problems.show);
  return (
    <Modal open title={t('flags:dismiss.title')} okText={t('flags:dismiss.submit')} cancelText={t('flags:dismiss.cancel')}
      onOk={() => form.submit()} onCancel={onClose} confirmLoading={dismiss.isPending} destroyOnHidden>
      {problems.banner}
      <Form form={form} layout="vertical" onFinish={({ reason }) => { problems.clear(); dismiss.mutate(reason.trim()); }}>
        <Form.Item name="reason" label={t('flags:dismiss.reason')} extra={t('flags:dismiss.help')}
          rules={[{ required: true, whitespace: true, message: t('flags:dismiss.required') }, { max: 500, message: t('flags:dismiss.tooLong') }]}>
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="flag-dismiss-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
