import { Space, Tag } from 'antd';
import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import type { RequisitionStatus } from './requisition-filters';

export const STATUS_COLOURS: Record<RequisitionStatus, string> = {
  submitted: 'blue', refused: 'red', approved: 'geekblue', 'partly-shipped': 'orange', shipped: 'green',
};

export function StatusTag({ status }: { status: RequisitionStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOURS[status]} data-testid="requisition-status">{t(`requisitions:status.${status}`)}</Tag>;
}

/** Monthly, or urgent with its carrier. */
export function UrgencyText({ urgency, carrier }: { urgency: 'monthly' | 'urgent'; carrier?: string }) {
  const { t } = useTranslation();
  if (urgency === 'monthly') return <>{t('requisitions:urgency.monthly')}</>;
  return (
    <Space size={4}>
      <Tag color="volcano">{t('requisitions:urgency.urgent')}</Tag>
      {carrier && carrier !== 'standard' && <span>{t(`requisitions:carriers.${carrier}`)}</span>}
    </Space>
  );
}

/** The ship-by day, with an "overdue" tag when it passed with units still to ship. */
export function ShipBy({ shipBy, overdue }: { shipBy?: string; overdue: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (!shipBy) return <>—</>;
  return (
    <Space size={4}>
      <span>{formatDate(shipBy, language)}</span>
      {overdue && <Tag color="red" data-testid="requisition-overdue">{t('requisitions:overdue')}</Tag>}
    </Space>
  );
}

/** What the requisition waits for before its lines ship: a payment (款到發貨), the check of in-warranty replacements. */
export function AwaitingTags({ awaitingPayment, awaitingCheck, none = null }: { awaitingPayment: boolean; awaitingCheck: boolean; none?: ReactNode }) {
  const { t } = useTranslation();
  if (!awaitingPayment && !awaitingCheck) return <>{none}</>;
  return (
    <Space size={4} wrap>
      {awaitingPayment && <Tag color="gold" data-testid="awaiting-payment">{t('requisitions:awaiting.payment')}</Tag>}
      {awaitingCheck && <Tag color="purple" data-testid="awaiting-check">{t('requisitions:awaiting.check')}</Tag>}
    </Space>
  );
}
