import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useFormProblems } from '../../api/form-problems';
import { dataOrThrow } from '../../api/problem';
import { formatFen } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import { DealerCodeInput } from './dealer-code-input';
import { DEALER_CODE } from './payment-filters';
import { fenMaximumOf, renamedProblems } from './renamed-problems';
import { PAYMENT_MAX_FEN, readYuan } from './yuan-text';

interface PaymentForm {
  paymentId: string;
  dealerCode: string;
  receivedOn: Dayjs;
  amountYuan: string;
}

const PAYMENT_ID = /^[A-Za-z0-9_.:/-]{1,100}$/;

/** Records a payment (回款): the amount is typed in yuan and sent as exact integer fen. */
export default function RecordPaymentPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [params] = useSearchParams();
  const [form] = Form.useForm<PaymentForm>();
  const problems = useFormProblems(form);
  const amount = readYuan(Form.useWatch('amountYuan', form) ?? '', PAYMENT_MAX_FEN);

  const record = useMutation({
    mutationFn: async (values: PaymentForm) => {
      const reading = readYuan(values.amountYuan, PAYMENT_MAX_FEN);
      if (!reading.ok) throw new Error('the amount was validated before sending');
      const body = { paymentId: values.paymentId.trim(), dealerCode: values.dealerCode, receivedOn: values.receivedOn.format('YYYY-MM-DD'), amountFen: reading.fen };
      return dataOrThrow(await api.POST('/api/payments', { body }));
    },
    onSuccess: async (payment) => {
      await queries.invalidateQueries({ queryKey: ['payments'] });
      await queries.invalidateQueries({ queryKey: ['funds'] });
      // The fund page says what was recorded: the fund accrues from it shortly after (asOf tells when).
      const notice = t('payments:record.done', { amount: formatFen(payment.amountFen, language), dealer: payment.dealerCode, quarter: payment.quarter });
      navigate(`/funds/${encodeURIComponent(payment.dealerCode)}`, { state: { notice } });
    },
    // The amount is typed in yuan: a limit the API states in fen is said in yuan (PAYMENT_MAX_FEN may be set lower than the form knows).
    onError: (error) => problems.show(renamedProblems(error, (field) => (field === 'amountFen' ? 'amountYuan' : field), ({ field, reason }) => {
      const max = field === 'amountFen' ? fenMaximumOf(reason) : undefined;
      return max === undefined ? undefined : t('payments:problems.amount.atMost', { max: formatFen(max, language) });
    })),
  });

  return (
    <>
      <Typography.Title level={1}>{t('payments:record.title')}</Typography.Title>
      {problems.banner}
      <Form<PaymentForm> form={form} layout="vertical" style={{ maxWidth: 480 }} aria-label={t('payments:record.title')}
        initialValues={{ dealerCode: params.get('dealer')?.toUpperCase() ?? '' }}
        onFinish={(values) => { problems.clear(); record.mutate(values); }}>
        <Form.Item name="paymentId" label={t('payments:fields.paymentId')} extra={t('payments:record.paymentIdHelp')}
          rules={[{ required: true, message: t('payments:problems.required') }, { pattern: PAYMENT_ID, message: t('payments:problems.paymentId') }]}>
          <Input placeholder="PAY-2026-0001" autoComplete="off" />
        </Form.Item>
        <Form.Item name="dealerCode" label={t('payments:fields.dealerCode')}
          rules={[{ required: true, message: t('payments:problems.required') }, { pattern: DEALER_CODE, message: t('payments:problems.dealerCode') }]}>
          <DealerCodeInput />
        </Form.Item>
        <Form.Item name="receivedOn" label={t('payments:fields.receivedOn')} rules={[{ required: true, message: t('payments:problems.required') }]}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="amountYuan" label={t('payments:fields.amountYuan')} required
          extra={amount.ok ? t('payments:record.amountIs', { amount: formatFen(amount.fen, language) }) : t('payments:record.amountHelp')}
          rules={[{ validator: (_, text: string | undefined) => amountProblem(text, t) }]}>
          <Input inputMode="decimal" prefix="¥" placeholder="100,000.00" autoComplete="off" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={record.isPending}>{t('payments:record.submit')}</Button>
      </Form>
    </>
  );
}

function amountProblem(text: string | undefined, t: (key: string) => string): Promise<void> {
  const reading = readYuan(text ?? '', PAYMENT_MAX_FEN);
  return reading.ok ? Promise.resolve() : Promise.reject(new Error(t(`payments:problems.amount.${reading.reason}`)));
}
