import { CarOutlined, CheckCircleOutlined, DollarOutlined, FileSearchOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useUser } from '../../auth/session-context';
import { QueryState } from '../../components/states';
import { formatDate, formatFen } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import { RequisitionDialog, RequisitionStepDialog } from './requisition-dialogs';
import { actionsOf } from './requisition-roles';
import { isOverdue, openOf, openUnitsOf, outstandingFen, quotedFen, shipmentTotalFen } from './requisition-steps';
import { AwaitingTags, ShipBy, StatusTag, UrgencyText } from './requisition-tags';
import type { ReplacementCheck, Requisition, RequisitionLine, Shipment } from './requisition-types';
import { useRequisition } from './requisitions-api';

const heading = (text: string) => <h2 style={{ margin: 0, fontSize: 18 }}>{text}</h2>;

/**
 * One requisition as it stands (read from its events: never behind a write): its lines with what
 * was asked, approved and shipped, and why less; what is due and paid; the checks of the
 * in-warranty replacements with their notes (how the dealer is told the result); the shipments.
 * The steps the user's role may take now: review, record a payment, check, ship, confirm a receipt.
 */
export default function RequisitionPage() {
  const { code = '', requisitionId = '' } = useParams();
  const requisition = useRequisition(code.toUpperCase(), requisitionId);
  return <QueryState query={requisition}>{(found) => <RequisitionView requisition={found} />}</QueryState>;
}

function RequisitionView({ requisition }: { requisition: Requisition }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const user = useUser();
  const arrived = (useLocation().state as { notice?: string } | null)?.notice;
  const [notice, setNotice] = useState(arrived);
  const [dialog, setDialog] = useState<RequisitionDialog>();
  const actions = actionsOf(user, requisition);
  const open = openUnitsOf(requisition);
  const overdue = isOverdue(requisition, open, dayjs().format('YYYY-MM-DD'));
  const lastCheck = requisition.checks.at(-1);
  const queue = user.dealerCode ? `/dealers/${encodeURIComponent(user.dealerCode)}/requisitions` : '/requisitions';
  const hasWarranty = requisition.lines.some((line) => line.supply === 'warranty');

  const summary: { key: string; label: string; children: ReactNode }[] = [
    { key: 'dealer', label: t('requisitions:fields.dealerCode'), children: <Link to={`/dealers/${encodeURIComponent(requisition.dealerCode)}`}>{requisition.dealerCode}</Link> },
    { key: 'status', label: t('requisitions:fields.status'), children: <StatusTag status={requisition.status} /> },
    { key: 'urgency', label: t('requisitions:fields.urgency'), children: <UrgencyText urgency={requisition.urgency} carrier={requisition.carrier} /> },
    { key: 'carrier', label: t('requisitions:fields.carrier'), children: t(`requisitions:carriers.${requisition.carrier}`) },
    { key: 'submittedOn', label: t('requisitions:fields.submittedOn'), children: formatDate(requisition.submittedOn, language) },
    { key: 'reviewedOn', label: t('requisitions:fields.reviewedOn'), children: requisition.reviewedOn ? formatDate(requisition.reviewedOn, language) : '—' },
    { key: 'shipBy', label: t('requisitions:fields.shipBy'), children: <ShipBy shipBy={requisition.shipBy} overdue={overdue} /> },
    { key: 'openUnits', label: t('requisitions:fields.openUnits'), children: open },
    { key: 'saleDue', label: t('requisitions:fields.saleDue'), children: <span data-testid="requisition-sale-due">{formatFen(requisition.saleDueFen, language)}</span> },
    { key: 'paid', label: t('requisitions:fields.paid'), children: <span data-testid="requisition-paid">{formatFen(requisition.paidFen, language)}</span> },
    { key: 'outstanding', label: t('requisitions:fields.outstanding'), children: formatFen(outstandingFen(requisition), language) },
    { key: 'waiting', label: t('requisitions:fields.waitingFor'), children: (
      <AwaitingTags awaitingPayment={requisition.awaitingPayment} awaitingCheck={requisition.awaitingCheck} none="—" />
    ) },
    ...(requisition.note ? [{ key: 'note', label: t('requisitions:fields.note'), children: requisition.note }] : []),
  ];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Link to={queue}>{t('requisitions:detail.back')}</Link>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Typography.Title level={1} style={{ marginBottom: 0 }}>{t('requisitions:detail.title', { id: requisition.requisitionId })}</Typography.Title>
          <Space wrap>
            {actions.review && <Button type="primary" icon={<FileSearchOutlined />} onClick={() => setDialog({ kind: 'review' })} data-testid="requisition-review">{t('requisitions:actions.review')}</Button>}
            {actions.pay && <Button icon={<DollarOutlined />} onClick={() => setDialog({ kind: 'pay' })} data-testid="requisition-pay">{t('requisitions:actions.pay')}</Button>}
            {actions.check && <Button icon={<CheckCircleOutlined />} onClick={() => setDialog({ kind: 'check' })} data-testid="requisition-check">{t('requisitions:actions.check')}</Button>}
            {actions.ship && <Button type="primary" icon={<CarOutlined />} onClick={() => setDialog({ kind: 'ship' })} data-testid="requisition-ship">{t('requisitions:actions.ship')}</Button>}
          </Space>
        </Space>
      </div>
      {notice && <Alert type="success" role="status" showIcon closable={{ onClose: () => setNotice(undefined) }} title={notice} data-testid="requisition-notice" />}
      {lastCheck && !lastCheck.passed && (
        <Alert type="warning" showIcon data-testid="requisition-check-failed"
          title={t('requisitions:detail.checkFailed', { day: formatDate(lastCheck.checkedOn, language) })} description={lastCheck.note} />
      )}
      {requisition.status === 'refused' && <Alert type="error" showIcon title={t('requisitions:detail.refused')} />}
      <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} items={summary} data-testid="requisition-summary" />
      <Card title={heading(t('requisitions:detail.lines'))}>
        <LinesTable requisition={requisition} />
      </Card>
      <Card title={heading(t('requisitions:detail.shipments'))}>
        {requisition.shipments.length === 0
          ? <Typography.Text type="secondary">{t('requisitions:detail.noShipments')}</Typography.Text>
          : <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {requisition.shipments.map((shipment) => (
              <ShipmentCard key={shipment.shipmentId} shipment={shipment} requisition={requisition}
                onReceive={actions.receive && !shipment.receivedOn ? () => setDialog({ kind: 'receive', shipment }) : undefined} />
            ))}
          </Space>}
      </Card>
      {(requisition.saleDueFen > 0 || requisition.payments.length > 0) && (
        <Card title={heading(t('requisitions:detail.payments'))}>
          <Table size="small" rowKey="paymentRef" dataSource={requisition.payments} pagination={false} data-testid="requisition-payments"
            aria-label={t('requisitions:detail.payments')} locale={{ emptyText: t('requisitions:detail.noPayments') }} columns={[
              { title: t('requisitions:fields.paymentRef'), dataIndex: 'paymentRef' },
              { title: t('requisitions:fields.amount'), dataIndex: 'amountFen', align: 'right', render: (fen: number) => formatFen(fen, language) },
              { title: t('requisitions:fields.receivedOn'), dataIndex: 'receivedOn', render: (day: string) => formatDate(day, language) },
            ]} />
        </Card>
      )}
      {(hasWarranty || requisition.checks.length > 0) && (
        <Card title={heading(t('requisitions:detail.checks'))}>
          <Table<ReplacementCheck> size="small" rowKey={(check) => `${check.checkedOn}-${requisition.checks.indexOf(check)}`} dataSource={requisition.checks}
            pagination={false} data-testid="requisition-checks" aria-label={t('requisitions:detail.checks')}
            locale={{ emptyText: t('requisitions:detail.noChecks') }} columns={[
              { title: t('requisitions:fields.checkedOn'), dataIndex: 'checkedOn', render: (day: string) => formatDate(day, language) },
              { title: t('requisitions:fields.result'), dataIndex: 'passed', render: (passed: boolean) => (
                <Tag color={passed ? 'green' : 'red'}>{t(passed ? 'requisitions:check.passed' : 'requisitions:check.failed')}</Tag>
              ) },
              { title: t('requisitions:fields.checkNote'), dataIndex: 'note' },
              { title: t('requisitions:fields.returnWaybill'), dataIndex: 'waybillNo', render: (no?: string) => no ?? '—' },
            ]} />
        </Card>
      )}
      {dialog && (
        <RequisitionStepDialog dialog={dialog} requisition={requisition} onClose={() => setDialog(undefined)}
          onDone={(text) => { setNotice(text); setDialog(undefined); }} />
      )}
    </Space>
  );
}

function LinesTable({ requisition }: { requisition: Requisition }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const reviewed = requisition.status !== 'submitted';
  return (
    <Table<RequisitionLine> size="small" rowKey="lineNo" dataSource={requisition.lines} pagination={false} scroll={{ x: 'max-content' }}
      data-testid="requisition-lines" aria-label={t('requisitions:detail.lines')} columns={[
        { title: '#', dataIndex: 'lineNo' },
        { title: t('requisitions:fields.code'), dataIndex: 'code' },
        { title: t('requisitions:fields.name'), dataIndex: 'name' },
        { title: t('requisitions:fields.purpose'), dataIndex: 'purpose', render: (purpose: string, line) => (
          <>{t(`requisitions:purposes.${purpose}`)}{line.repairRecordNo ? ` · ${line.repairRecordNo}` : ''}</>
        ) },
        { title: t('requisitions:fields.supply'), dataIndex: 'supply', render: (supply: string) => (
          <Tag color={supply === 'warranty' ? 'purple' : 'blue'}>{t(`requisitions:supplies.${supply}`)}</Tag>
        ) },
        { title: t('requisitions:fields.quotedPrice'), dataIndex: 'unitPriceFen', align: 'right', render: (fen: number) => formatFen(fen, language) },
        { title: t('requisitions:fields.asked'), dataIndex: 'quantity', align: 'right' },
        { title: t('requisitions:fields.approved'), dataIndex: 'approvedQuantity', align: 'right', render: (quantity?: number) => (reviewed ? quantity ?? 0 : '—') },
        { title: t('requisitions:fields.shipped'), dataIndex: 'shippedQuantity', align: 'right' },
        { title: t('requisitions:fields.open'), key: 'open', align: 'right', render: (_, line) => (reviewed ? openOf(line) : '—') },
        { title: t('requisitions:fields.reason'), dataIndex: 'reason', render: (reason?: string) => reason ?? '' },
        { title: t('requisitions:fields.amount'), key: 'amount', align: 'right', render: (_, line) => {
          const fen = quotedFen(line, reviewed ? (line.approvedQuantity ?? 0) : line.quantity);
          return line.supply === 'warranty'
            ? <Typography.Text type="secondary">{t('requisitions:new.warrantyValue', { amount: formatFen(fen, language) })}</Typography.Text>
            : formatFen(fen, language);
        } },
      ]} />
  );
}

function ShipmentCard({ shipment, requisition, onReceive }: { shipment: Shipment; requisition: Requisition; onReceive?: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const nameOf = (lineNo: number) => requisition.lines.find((line) => line.lineNo === lineNo)?.name ?? '';
  return (
    <Card type="inner" size="small" data-testid={`shipment-${shipment.shipmentId}`}
      title={<Space wrap><InboxOutlined aria-hidden /><span>{t('requisitions:detail.shipment', { id: shipment.shipmentId })}</span>
        {shipment.late && <Tag color="red" data-testid="shipment-late">{t('requisitions:detail.late')}</Tag>}
        {shipment.receivedOn
          ? <Tag color="green" data-testid="shipment-received">{t('requisitions:detail.receivedOn', { day: formatDate(shipment.receivedOn, language) })}</Tag>
          : <Tag data-testid="shipment-in-transit">{t('requisitions:detail.inTransit')}</Tag>}
      </Space>}
      extra={onReceive && <Button type="primary" size="small" onClick={onReceive} data-testid="shipment-receive">{t('requisitions:actions.receive')}</Button>}>
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }} items={[
        { key: 'carrier', label: t('requisitions:fields.carrier'), children: t(`requisitions:carriers.${shipment.carrier}`) },
        { key: 'waybill', label: t('requisitions:fields.waybillNo'), children: shipment.waybillNo },
        { key: 'shippedOn', label: t('requisitions:fields.shippedOn'), children: formatDate(shipment.shippedOn, language) },
        { key: 'freight', label: t('requisitions:fields.freightDifference'), children: formatFen(shipment.freightDifferenceFen, language) },
      ]} />
      <Table size="small" rowKey="lineNo" dataSource={shipment.lines} pagination={false} scroll={{ x: 'max-content' }}
        aria-label={t('requisitions:detail.shipment', { id: shipment.shipmentId })} columns={[
          { title: '#', dataIndex: 'lineNo' },
          { title: t('requisitions:fields.code'), dataIndex: 'code' },
          { title: t('requisitions:fields.name'), key: 'name', render: (_, line) => nameOf(line.lineNo) },
          { title: t('requisitions:fields.supply'), dataIndex: 'supply', render: (supply: string) => t(`requisitions:supplies.${supply}`) },
          { title: t('requisitions:fields.quantity'), dataIndex: 'quantity', align: 'right' },
          { title: t('requisitions:fields.shippedPrice'), dataIndex: 'unitPriceFen', align: 'right', render: (fen: number) => formatFen(fen, language) },
          { title: t('requisitions:fields.amount'), dataIndex: 'amountFen', align: 'right', render: (fen: number) => formatFen(fen, language) },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={6}>{t('requisitions:detail.shipmentTotal')}</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right"><Typography.Text strong>{formatFen(shipmentTotalFen(shipment), language)}</Typography.Text></Table.Summary.Cell>
          </Table.Summary.Row>
        )} />
    </Card>
  );
}
