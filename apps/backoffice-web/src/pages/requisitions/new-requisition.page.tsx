import { DeleteOutlined } from '@ant-design/icons';
import { Button, Descriptions, Form, Input, InputNumber, Radio, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useFormProblems } from '../../api/form-problems';
import { useUser } from '../../auth/session-context';
import { formatFen } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import { DealerCodeInput } from '../payments/dealer-code-input';
import { renamedProblems } from '../payments/renamed-problems';
import { dottedField, estimateOf, LineValues, newLine, newRequisitionId, PartPrice, RequisitionValues, submissionOf, withPurpose } from './new-requisition';
import { PartSearch } from './part-search';
import { DEALER_CODE, requisitionPath } from './requisition-filters';
import {
  freightCode, LINES_MAX, NOTE_MAX, PricedItem, PURPOSES, QUANTITY_MAX, RECORD_NO_MAX, SUPPLIES, URGENCIES, URGENT_CARRIERS,
} from './requisition-types';
import { useFreightLines, useSubmitRequisition } from './requisitions-api';

/**
 * A new requisition (維修配件備料單): a dealer user for itself, a parts clerk or admin for the dealer it
 * chooses. Monthly, or urgent by a carrier whose freight difference is charged on each shipment;
 * each line a part found on today's price list, for stock or a repair, bought or an in-warranty
 * replacement; the estimate at today's prices. The id is made once per form: sent again after a
 * lost answer, nothing is submitted twice.
 */
export default function NewRequisitionPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const user = useUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<RequisitionValues>();
  const problems = useFormProblems(form);
  const [requisitionId] = useState(() => newRequisitionId(dayjs().format('YYYY-MM-DD')));
  const [prices, setPrices] = useState<ReadonlyMap<string, PartPrice>>(new Map());
  const submit = useSubmitRequisition();
  const freight = useFreightLines();
  const freightOf = (carrier: string) => freight.data?.items.find((item) => item.code === freightCode(carrier))?.unitPriceFen;

  const urgency = Form.useWatch('urgency', form);
  const carrier = Form.useWatch('carrier', form);
  const lines = (Form.useWatch('lines', form) ?? []) as Partial<LineValues>[];
  const estimate = estimateOf(lines, prices, urgency === 'urgent' && carrier ? (freightOf(carrier) ?? 0) : 0);

  const addPart = (part: PricedItem) => {
    setPrices((known) => new Map(known).set(part.code, { name: part.name, unitPriceFen: part.unitPriceFen }));
    form.setFieldValue('lines', [...(form.getFieldValue('lines') as LineValues[] | undefined ?? []), newLine(part.code)]);
    void form.validateFields([['lines']]).catch(() => undefined);
  };

  const send = (values: RequisitionValues) => {
    problems.clear();
    const dealerCode = user.dealerCode ?? values.dealerCode;
    submit.mutate({ dealerCode, body: submissionOf({ ...values, requisitionId, dealerCode }) }, {
      onSuccess: (requisition) => navigate(requisitionPath(requisition.dealerCode, requisition.requisitionId),
        { state: { notice: t('requisitions:new.done', { id: requisition.requisitionId }) } }),
      // The API names a line's problem lines[0].code: beside that line's field.
      onError: (error) => problems.show(renamedProblems(error, dottedField)),
    });
  };

  return (
    <>
      <Typography.Title level={1}>{t('requisitions:new.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('requisitions:new.intro')}</Typography.Paragraph>
      {problems.banner}
      <Form<RequisitionValues> form={form} name="newRequisition" layout="vertical" aria-label={t('requisitions:new.title')} onFinish={send}
        initialValues={{ requisitionId, dealerCode: user.dealerCode ?? params.get('dealer')?.toUpperCase() ?? '', urgency: 'monthly', lines: [], note: '' }}>
        <Space wrap size="large" align="start">
          <Form.Item name="requisitionId" label={t('requisitions:fields.requisitionId')} extra={t('requisitions:new.idHelp')}>
            <Input readOnly style={{ width: 260 }} />
          </Form.Item>
          {user.dealerCode ? (
            <Form.Item label={t('requisitions:fields.dealerCode')}>
              <Typography.Text strong data-testid="requisition-dealer">{user.dealerCode}</Typography.Text>
            </Form.Item>
          ) : (
            <Form.Item name="dealerCode" label={t('requisitions:fields.dealerCode')} style={{ minWidth: 220 }}
              rules={[{ required: true, message: t('requisitions:problems.required') }, { pattern: DEALER_CODE, message: t('requisitions:problems.dealerCode') }]}>
              <DealerCodeInput />
            </Form.Item>
          )}
          <Form.Item name="urgency" label={t('requisitions:fields.urgency')} rules={[{ required: true, message: t('requisitions:problems.required') }]}>
            <Radio.Group optionType="button" options={URGENCIES.map((value) => ({ value, label: t(`requisitions:urgency.${value}`) }))}
              onChange={(event) => { if (event.target.value === 'monthly') form.setFieldValue('carrier', undefined); }} />
          </Form.Item>
          {urgency === 'urgent' && (
            <Form.Item name="carrier" label={t('requisitions:fields.carrier')} extra={t('requisitions:new.carrierHelp')} style={{ minWidth: 280 }}
              rules={[{ required: true, message: t('requisitions:problems.carrier') }]}>
              <Select placeholder={t('requisitions:new.chooseCarrier')} options={URGENT_CARRIERS.map((value) => {
                const fen = freightOf(value);
                return {
                  value,
                  disabled: !!freight.data && fen === undefined,
                  label: fen === undefined ? t(`requisitions:carriers.${value}`) : t('requisitions:new.carrierFreight', { carrier: t(`requisitions:carriers.${value}`), freight: formatFen(fen, language) }),
                };
              })} />
            </Form.Item>
          )}
        </Space>

        <Form.Item label={t('requisitions:new.addPart')} htmlFor="requisition-part-search" extra={t('requisitions:new.addPartHelp')}>
          <PartSearch id="requisition-part-search" onPick={addPart} />
        </Form.Item>

        <Form.List name="lines" rules={[{ validator: async (_, value?: unknown[]) => {
          if (!value?.length) throw new Error(t('requisitions:problems.noLines'));
          if (value.length > LINES_MAX) throw new Error(t('requisitions:problems.tooManyLines', { max: LINES_MAX }));
        } }]}>
          {(fields, { remove }, { errors }) => (
            <>
              <Table size="small" rowKey="key" dataSource={fields} pagination={false} scroll={{ x: 'max-content' }} data-testid="requisition-lines"
                aria-label={t('requisitions:new.lines')} locale={{ emptyText: t('requisitions:new.noLines') }}
                columns={[
                  { title: '#', key: 'no', render: (_, field) => field.name + 1 },
                  { title: t('requisitions:fields.part'), key: 'code', render: (_, field) => (
                    <Form.Item name={[field.name, 'code']} style={{ marginBottom: 0 }}>
                      <PartText prices={prices} />
                    </Form.Item>
                  ) },
                  { title: t('requisitions:fields.unitPrice'), key: 'price', align: 'right', render: (_, field) => {
                    const price = prices.get(lines[field.name]?.code ?? '');
                    return price ? formatFen(price.unitPriceFen, language) : '—';
                  } },
                  { title: t('requisitions:fields.quantity'), key: 'quantity', render: (_, field) => (
                    <Form.Item name={[field.name, 'quantity']} style={{ marginBottom: 0 }}
                      rules={[{ required: true, message: t('requisitions:problems.required') },
                        { type: 'integer', min: 1, max: QUANTITY_MAX, message: t('requisitions:problems.quantity', { max: QUANTITY_MAX }) }]}>
                      <InputNumber min={1} max={QUANTITY_MAX} precision={0} style={{ width: 90 }} aria-label={t('requisitions:fields.quantity')} />
                    </Form.Item>
                  ) },
                  { title: t('requisitions:fields.purpose'), key: 'purpose', render: (_, field) => (
                    <Form.Item name={[field.name, 'purpose']} style={{ marginBottom: 0 }}>
                      <Select style={{ width: 130 }} aria-label={t('requisitions:fields.purpose')}
                        options={PURPOSES.map((value) => ({ value, label: t(`requisitions:purposes.${value}`) }))}
                        onChange={(purpose: LineValues['purpose']) => form.setFieldValue(['lines', field.name], withPurpose(form.getFieldValue(['lines', field.name]) as LineValues, purpose))} />
                    </Form.Item>
                  ) },
                  { title: t('requisitions:fields.repairRecordNo'), key: 'repairRecordNo', render: (_, field) => lines[field.name]?.purpose === 'repair' ? (
                    <Form.Item name={[field.name, 'repairRecordNo']} style={{ marginBottom: 0 }}
                      rules={[{ required: true, whitespace: true, message: t('requisitions:problems.repairRecordNo') },
                        { max: RECORD_NO_MAX, message: t('requisitions:problems.tooLong', { max: RECORD_NO_MAX }) }]}>
                      <Input style={{ width: 180 }} maxLength={RECORD_NO_MAX} placeholder="D0001-2026-09-001" autoComplete="off" aria-label={t('requisitions:fields.repairRecordNo')} />
                    </Form.Item>
                  ) : '—' },
                  { title: t('requisitions:fields.supply'), key: 'supply', render: (_, field) => (
                    <Form.Item name={[field.name, 'supply']} style={{ marginBottom: 0 }}>
                      <Select style={{ width: 190 }} aria-label={t('requisitions:fields.supply')} disabled={lines[field.name]?.purpose !== 'repair'}
                        options={SUPPLIES.map((value) => ({ value, label: t(`requisitions:supplies.${value}`) }))} />
                    </Form.Item>
                  ) },
                  { title: t('requisitions:fields.amount'), key: 'amount', align: 'right', render: (_, field) => {
                    const line = lines[field.name];
                    const one = line ? estimateOf([line], prices) : undefined;
                    if (!one || one.unpriced > 0) return '—';
                    return one.warrantyFen > 0n
                      ? <Typography.Text type="secondary">{t('requisitions:new.warrantyValue', { amount: formatFen(one.warrantyFen, language) })}</Typography.Text>
                      : formatFen(one.saleFen, language);
                  } },
                  { title: '', key: 'remove', render: (_, field) => (
                    <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)}
                      aria-label={t('requisitions:new.removeLine', { line: field.name + 1 })} />
                  ) },
                ]} />
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>

        <Descriptions size="small" column={1} bordered style={{ maxWidth: 560, margin: '16px 0' }} data-testid="requisition-estimate"
          title={t('requisitions:new.estimate')}>
          <Descriptions.Item label={t('requisitions:new.saleTotal')}>{formatFen(estimate.saleFen, language)}</Descriptions.Item>
          {estimate.warrantyFen > 0n && (
            <Descriptions.Item label={t('requisitions:new.warrantyTotal')}>{formatFen(estimate.warrantyFen, language)}</Descriptions.Item>
          )}
          {urgency === 'urgent' && (
            <Descriptions.Item label={t('requisitions:new.freight')}>{formatFen(estimate.freightFen, language)}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('requisitions:new.total')}><Typography.Text strong data-testid="requisition-total">{formatFen(estimate.totalFen, language)}</Typography.Text></Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary">{t('requisitions:new.estimateHelp')}</Typography.Paragraph>

        <Form.Item name="note" label={t('requisitions:fields.note')} style={{ maxWidth: 560 }}
          rules={[{ max: NOTE_MAX, message: t('requisitions:problems.tooLong', { max: NOTE_MAX }) }]}>
          <Input.TextArea rows={2} maxLength={NOTE_MAX} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submit.isPending} data-testid="requisition-submit">{t('requisitions:new.submit')}</Button>
      </Form>
    </>
  );
}

/** A line's part: its number and name (the Form.Item's value, so a problem the API names `lines[0].code` shows under it). */
function PartText({ value, prices }: { value?: string; prices: ReadonlyMap<string, PartPrice> }) {
  return (
    <span>
      <Typography.Text strong>{value}</Typography.Text> {value ? prices.get(value)?.name : ''}
    </span>
  );
}
