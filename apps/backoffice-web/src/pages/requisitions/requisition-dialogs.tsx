import { Alert, DatePicker, Form, Input, InputNumber, Modal, Radio, Table, Tag, Typography } from 'antd';
import dayjs, { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormProblems } from '../../api/form-problems';
import { formatDate, formatFen } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import { renamedProblems } from '../payments/renamed-problems';
import { hundredthsText, PAYMENT_MAX_FEN, readYuan } from '../payments/yuan-text';
import { dottedField, newShipmentId } from './new-requisition';
import { decisionProblem, DecisionValues, outstandingFen, reviewDefaults, reviewOf, reviewOutcome, shipmentField, shipmentOf, shipmentRows, ShipRow } from './requisition-steps';
import { CLIENT_ID, NOTE_MAX, REASON_MAX, Requisition, Shipment, WAYBILL_MAX } from './requisition-types';
import { useCheckReplacements, useConfirmReceipt, useRecordPayment, useReview, useShipParts } from './requisitions-api';

/** A step a requisition's page opened: each a dialog of its own. */
export type RequisitionDialog = { kind: 'review' } | { kind: 'pay' } | { kind: 'check' } | { kind: 'ship' } | { kind: 'receive'; shipment: Shipment };

interface DialogProps {
  requisition: Requisition;
  /** The step was recorded: what to tell the reader. */
  onDone: (notice: string) => void;
  onClose: () => void;
}

export function RequisitionStepDialog({ dialog, ...props }: DialogProps & { dialog: RequisitionDialog }) {
  switch (dialog.kind) {
    case 'review': return <ReviewDialog {...props} />;
    case 'pay': return <PaymentDialog {...props} />;
    case 'check': return <CheckDialog {...props} />;
    case 'ship': return <ShipDialog {...props} />;
    case 'receive': return <ReceiptDialog {...props} shipment={dialog.shipment} />;
  }
}

const DAY = 'YYYY-MM-DD';
const dateRules = (t: (key: string) => string) => [{ required: true, message: t('requisitions:problems.required') }];

/** One decision per line: the approved quantity (the asked one to start with), a reason when less. */
function ReviewDialog({ requisition, onDone, onClose }: DialogProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [form] = Form.useForm<{ decisions: DecisionValues[] }>();
  const problems = useFormProblems(form);
  const review = useReview(requisition.dealerCode, requisition.requisitionId);
  const { lines } = requisition;
  const decisions = (Form.useWatch('decisions', form) ?? reviewDefaults(lines)) as DecisionValues[];
  const outcome = reviewOutcome(lines, lines.map((line, i) => ({ lineNo: line.lineNo, approvedQuantity: decisions[i]?.approvedQuantity })));
  const title = t('requisitions:review.title', { id: requisition.requisitionId });
  return (
    <Modal open title={title} width={960} okText={t('requisitions:review.submit')} cancelText={t('common:actions.cancel')} onOk={() => form.submit()}
      onCancel={onClose} confirmLoading={review.isPending} destroyOnHidden data-testid="review-dialog">
      {problems.banner}
      <Form form={form} name="review" aria-label={title} initialValues={{ decisions: reviewDefaults(lines) }}
        onFinish={(values) => {
          problems.clear();
          const body = reviewOf(lines.map((line, i) => ({ ...values.decisions[i], lineNo: line.lineNo })));
          review.mutate(body, {
            onSuccess: () => onDone(t(`requisitions:review.done.${reviewOutcome(lines, body.decisions)}`)),
            onError: (error) => problems.show(renamedProblems(error, dottedField)),
          });
        }}>
        <Table size="small" rowKey="lineNo" dataSource={lines} pagination={false} scroll={{ x: 'max-content' }} data-testid="review-lines"
          columns={[
            { title: '#', dataIndex: 'lineNo' },
            { title: t('requisitions:fields.part'), key: 'part', render: (_, line) => <><Typography.Text strong>{line.code}</Typography.Text> {line.name}</> },
            { title: t('requisitions:fields.supply'), dataIndex: 'supply', render: (supply: string) => t(`requisitions:supplies.${supply}`) },
            { title: t('requisitions:fields.unitPrice'), dataIndex: 'unitPriceFen', align: 'right', render: (fen: number) => formatFen(fen, language) },
            { title: t('requisitions:fields.asked'), dataIndex: 'quantity', align: 'right' },
            { title: t('requisitions:fields.approved'), key: 'approved', render: (_, line, i) => (
              <Form.Item name={['decisions', i, 'approvedQuantity']} style={{ marginBottom: 0 }}
                rules={[{ validator: async (_rule, value?: number | null) => {
                  // A missing reason is said beside the reason.
                  const problem = decisionProblem(line.quantity, { approvedQuantity: value });
                  if (problem && problem !== 'reason') throw new Error(t(`requisitions:problems.approved.${problem}`, { max: line.quantity }));
                } }]}>
                <InputNumber min={0} max={line.quantity} precision={0} style={{ width: 90 }} aria-label={t('requisitions:review.approvedOf', { line: line.lineNo })} />
              </Form.Item>
            ) },
            { title: t('requisitions:fields.reason'), key: 'reason', render: (_, line, i) => (
              <Form.Item name={['decisions', i, 'reason']} style={{ marginBottom: 0 }} dependencies={[['decisions', i, 'approvedQuantity']]}
                rules={[{ max: REASON_MAX, message: t('requisitions:problems.tooLong', { max: REASON_MAX }) }, ({ getFieldValue }) => ({
                  validator: async (_rule, reason?: string) => {
                    const approved = getFieldValue(['decisions', i, 'approvedQuantity']) as number | null | undefined;
                    if (decisionProblem(line.quantity, { approvedQuantity: approved, reason }) === 'reason') throw new Error(t('requisitions:problems.reason'));
                  },
                })]}>
                <Input style={{ width: 260 }} maxLength={REASON_MAX} autoComplete="off" aria-label={t('requisitions:review.reasonOf', { line: line.lineNo })}
                  placeholder={(decisions[i]?.approvedQuantity ?? line.quantity) < line.quantity ? t('requisitions:review.reasonPlaceholder') : undefined} />
              </Form.Item>
            ) },
          ]} />
      </Form>
      <Alert style={{ marginTop: 16 }} type={outcome === 'refused' ? 'warning' : 'info'} showIcon title={t(`requisitions:review.outcome.${outcome}`)} data-testid="review-outcome" />
    </Modal>
  );
}

interface PaymentValues {
  paymentRef: string;
  amountYuan: string;
  receivedOn: Dayjs;
}

/** 款到發貨: the payment for the sale lines, typed in yuan and sent as exact fen; what is still due to start with. */
function PaymentDialog({ requisition, onDone, onClose }: DialogProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [form] = Form.useForm<PaymentValues>();
  const problems = useFormProblems(form);
  const pay = useRecordPayment(requisition.dealerCode, requisition.requisitionId);
  const amount = readYuan(Form.useWatch('amountYuan', form) ?? '', PAYMENT_MAX_FEN);
  const due = outstandingFen(requisition);
  const title = t('requisitions:pay.title', { id: requisition.requisitionId });
  return (
    <Modal open title={title} okText={t('requisitions:pay.submit')} cancelText={t('common:actions.cancel')} onOk={() => form.submit()} onCancel={onClose}
      confirmLoading={pay.isPending} destroyOnHidden data-testid="payment-dialog">
      {problems.banner}
      <Typography.Paragraph>{t('requisitions:pay.due', { due: formatFen(requisition.saleDueFen, language), paid: formatFen(requisition.paidFen, language), rest: formatFen(due, language) })}</Typography.Paragraph>
      <Form form={form} name="requisitionPayment" layout="vertical" aria-label={title}
        initialValues={{ paymentRef: '', amountYuan: due > 0 ? hundredthsText(due) : '', receivedOn: dayjs() }}
        onFinish={(values) => {
          const reading = readYuan(values.amountYuan, PAYMENT_MAX_FEN);
          if (!reading.ok) return;
          problems.clear();
          pay.mutate({ paymentRef: values.paymentRef.trim(), amountFen: reading.fen, receivedOn: values.receivedOn.format(DAY) }, {
            onSuccess: () => onDone(t('requisitions:pay.done', { amount: formatFen(reading.fen, language) })),
            // The amount is typed in yuan: the API's amountFen problem goes beside amountYuan.
            onError: (error) => problems.show(renamedProblems(error, (field) => (field === 'amountFen' ? 'amountYuan' : field))),
          });
        }}>
        <Form.Item name="paymentRef" label={t('requisitions:fields.paymentRef')} extra={t('requisitions:pay.refHelp')}
          rules={[{ required: true, whitespace: true, message: t('requisitions:problems.required') }, { pattern: CLIENT_ID, message: t('requisitions:problems.clientId') }]}>
          <Input autoComplete="off" placeholder="BANK-2026-11-0042" maxLength={100} />
        </Form.Item>
        <Form.Item name="amountYuan" label={t('requisitions:fields.amountYuan')} required
          extra={amount.ok ? t('requisitions:pay.amountIs', { amount: formatFen(amount.fen, language) }) : t('requisitions:pay.amountHelp')}
          rules={[{ validator: async (_, text?: string) => {
            const reading = readYuan(text ?? '', PAYMENT_MAX_FEN);
            if (!reading.ok) throw new Error(t(`requisitions:problems.amount.${reading.reason}`));
          } }]}>
          <Input inputMode="decimal" prefix="¥" autoComplete="off" />
        </Form.Item>
        <Form.Item name="receivedOn" label={t('requisitions:fields.receivedOn')} rules={dateRules(t)}>
          <DatePicker format={DAY} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface CheckValues {
  passed: boolean;
  note: string;
  waybillNo?: string;
}

/** The check of the in-warranty replacements' list and the waybill of the old parts: passed or failed, with a note the dealer reads. */
function CheckDialog({ requisition, onDone, onClose }: DialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CheckValues>();
  const problems = useFormProblems(form);
  const check = useCheckReplacements(requisition.dealerCode, requisition.requisitionId);
  const title = t('requisitions:check.title', { id: requisition.requisitionId });
  const records = [...new Set(requisition.lines.filter((l) => l.supply === 'warranty' && l.repairRecordNo).map((l) => l.repairRecordNo))];
  return (
    <Modal open title={title} okText={t('requisitions:check.submit')} cancelText={t('common:actions.cancel')} onOk={() => form.submit()} onCancel={onClose}
      confirmLoading={check.isPending} destroyOnHidden data-testid="check-dialog">
      {problems.banner}
      {records.length > 0 && <Typography.Paragraph>{t('requisitions:check.records', { records: records.join(', ') })}</Typography.Paragraph>}
      <Form form={form} name="replacementCheck" layout="vertical" aria-label={title} initialValues={{ passed: true, note: '', waybillNo: '' }}
        onFinish={(values) => {
          problems.clear();
          const waybillNo = values.waybillNo?.trim();
          check.mutate({ passed: values.passed, note: values.note.trim(), ...(waybillNo ? { waybillNo } : {}) }, {
            onSuccess: () => onDone(t(values.passed ? 'requisitions:check.donePassed' : 'requisitions:check.doneFailed')),
            onError: problems.show,
          });
        }}>
        <Form.Item name="passed" label={t('requisitions:fields.result')}>
          <Radio.Group options={[{ value: true, label: t('requisitions:check.passed') }, { value: false, label: t('requisitions:check.failed') }]} />
        </Form.Item>
        <Form.Item name="note" label={t('requisitions:fields.checkNote')} extra={t('requisitions:check.noteHelp')}
          rules={[{ required: true, whitespace: true, message: t('requisitions:problems.note') }, { max: NOTE_MAX, message: t('requisitions:problems.tooLong', { max: NOTE_MAX }) }]}>
          <Input.TextArea rows={3} maxLength={NOTE_MAX} showCount />
        </Form.Item>
        <Form.Item name="waybillNo" label={t('requisitions:fields.returnWaybill')} extra={t('requisitions:check.waybillHelp')}
          rules={[{ max: WAYBILL_MAX, message: t('requisitions:problems.tooLong', { max: WAYBILL_MAX }) }]}>
          <Input autoComplete="off" maxLength={WAYBILL_MAX} placeholder="SF1234567890" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ShipValues {
  shipmentId: string;
  waybillNo: string;
  shippedOn: Dayjs;
  rows: ShipRow[];
}

/** A shipment: per open line how many ship now (up to what is approved and not shipped), the waybill and the day. */
function ShipDialog({ requisition, onDone, onClose }: DialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ShipValues>();
  const problems = useFormProblems(form);
  const ship = useShipParts(requisition.dealerCode, requisition.requisitionId);
  const [shipmentId] = useState(() => newShipmentId(dayjs().format(DAY)));
  const [nothing, setNothing] = useState(false);
  const rows = shipmentRows(requisition);
  const lineOf = (lineNo: number) => requisition.lines.find((line) => line.lineNo === lineNo);
  const title = t('requisitions:ship.title', { id: requisition.requisitionId });
  return (
    <Modal open title={title} width={880} okText={t('requisitions:ship.submit')} cancelText={t('common:actions.cancel')} onOk={() => form.submit()}
      onCancel={onClose} confirmLoading={ship.isPending} destroyOnHidden data-testid="ship-dialog">
      {problems.banner}
      <Form form={form} name="shipment" layout="vertical" aria-label={title} initialValues={{ shipmentId, waybillNo: '', shippedOn: dayjs(), rows }}
        onFinish={(values) => {
          problems.clear();
          const { body, rowOf } = shipmentOf({ shipmentId, waybillNo: values.waybillNo, shippedOn: values.shippedOn.format(DAY),
            rows: rows.map((row, i) => ({ lineNo: row.lineNo, quantity: values.rows[i]?.quantity ?? 0 })) });
          setNothing(body.lines.length === 0);
          if (body.lines.length === 0) return;
          const units = body.lines.reduce((n, line) => n + line.quantity, 0);
          ship.mutate(body, {
            onSuccess: () => onDone(t('requisitions:ship.done', { id: body.shipmentId, count: units })),
            // The API names the lines it was sent (lines[0]): beside the form's row of that line.
            onError: (error) => problems.show(renamedProblems(error, (field) => shipmentField(field, rowOf))),
          });
        }}>
        <Form.Item name="shipmentId" label={t('requisitions:fields.shipmentId')} extra={t('requisitions:ship.idHelp')}>
          <Input readOnly />
        </Form.Item>
        <Form.Item name="waybillNo" label={t('requisitions:fields.waybillNo')}
          rules={[{ required: true, whitespace: true, message: t('requisitions:problems.required') }, { max: WAYBILL_MAX, message: t('requisitions:problems.tooLong', { max: WAYBILL_MAX }) }]}>
          <Input autoComplete="off" maxLength={WAYBILL_MAX} placeholder="SF1234567890" />
        </Form.Item>
        <Form.Item name="shippedOn" label={t('requisitions:fields.shippedOn')} extra={t('requisitions:ship.dayHelp')} rules={dateRules(t)}>
          <DatePicker format={DAY} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('requisitions:ship.lines')} style={{ marginBottom: 0 }}>
          <Table size="small" rowKey="lineNo" dataSource={rows} pagination={false} scroll={{ x: 'max-content' }} data-testid="ship-lines"
            columns={[
              { title: '#', dataIndex: 'lineNo' },
              { title: t('requisitions:fields.part'), key: 'part', render: (_, row) => <><Typography.Text strong>{lineOf(row.lineNo)?.code}</Typography.Text> {lineOf(row.lineNo)?.name}</> },
              { title: t('requisitions:fields.supply'), key: 'supply', render: (_, row) => t(`requisitions:supplies.${lineOf(row.lineNo)?.supply ?? 'sale'}`) },
              { title: t('requisitions:fields.open'), dataIndex: 'open', align: 'right' },
              { title: t('requisitions:ship.now'), key: 'quantity', render: (_, row, i) => (
                <Form.Item name={['rows', i, 'quantity']} style={{ marginBottom: 0 }}
                  rules={[{ type: 'integer', min: 0, max: row.open, message: t('requisitions:problems.shipQuantity', { max: row.open }) }]}>
                  <InputNumber min={0} max={row.open} precision={0} style={{ width: 90 }} aria-label={t('requisitions:ship.quantityOf', { line: row.lineNo })} />
                </Form.Item>
              ) },
              { title: '', key: 'waits', render: (_, row) => row.waitsFor && <Tag color="gold">{t(`requisitions:ship.waits.${row.waitsFor}`)}</Tag> },
            ]} />
          <Form.ErrorList errors={nothing ? [t('requisitions:problems.nothingToShip')] : []} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The dealer confirms a shipment arrived, on a day from its shipping day to today. */
function ReceiptDialog({ requisition, shipment, onDone, onClose }: DialogProps & { shipment: Shipment }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [form] = Form.useForm<{ receivedOn: Dayjs }>();
  const problems = useFormProblems(form);
  const receive = useConfirmReceipt(requisition.dealerCode, requisition.requisitionId);
  const title = t('requisitions:receive.title', { id: shipment.shipmentId });
  return (
    <Modal open title={title} okText={t('requisitions:receive.submit')} cancelText={t('common:actions.cancel')} onOk={() => form.submit()} onCancel={onClose}
      confirmLoading={receive.isPending} destroyOnHidden data-testid="receipt-dialog">
      {problems.banner}
      <Typography.Paragraph>{t('requisitions:receive.shipped', { waybill: shipment.waybillNo, day: formatDate(shipment.shippedOn, language) })}</Typography.Paragraph>
      <Form form={form} name="receipt" layout="vertical" aria-label={title} initialValues={{ receivedOn: dayjs() }}
        onFinish={({ receivedOn }) => {
          problems.clear();
          receive.mutate({ shipmentId: shipment.shipmentId, receivedOn: receivedOn.format(DAY) }, {
            onSuccess: () => onDone(t('requisitions:receive.done', { id: shipment.shipmentId })),
            onError: problems.show,
          });
        }}>
        <Form.Item name="receivedOn" label={t('requisitions:fields.receivedOn')} rules={dateRules(t)}>
          <DatePicker format={DAY} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
