import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFormProblems } from '../../api/form-problems';
import { formatFen } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import { renamedProblems } from '../payments/renamed-problems';
import { hundredthsText } from '../payments/yuan-text';
import { PRICE_CODE, PRICE_KINDS, PriceKind } from './price-filters';
import { PriceItem, Revision, useChangePriceLine, useWithdrawPriceLine } from './price-list-api';
import { readPrice } from './price-text';

/** What a writer opened: a new line (or any code typed), another price or name of a listed line, or its withdrawal. */
export type PriceDialog = { kind: 'change'; item?: PriceItem } | { kind: 'withdraw'; item: PriceItem };

interface ChangeForm {
  code: string;
  kind: PriceKind;
  name: string;
  unitPriceYuan: string;
  effectiveFrom: Dayjs;
  reason: string;
}

const REASON_MAX = 500;
const NAME_MAX = 200;

export function PriceLineDialog({ dialog, onDone, onClose }: { dialog: PriceDialog; onDone: (revision: Revision) => void; onClose: () => void }) {
  return dialog.kind === 'change'
    ? <ChangeDialog item={dialog.item} onDone={onDone} onClose={onClose} />
    : <WithdrawDialog item={dialog.item} onDone={onDone} onClose={onClose} />;
}

/** A line as it is to be from a day, with a reason: the price typed in yuan, sent as exact fen; the API's problems beside the fields. */
function ChangeDialog({ item, onDone, onClose }: { item?: PriceItem; onDone: (revision: Revision) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [form] = Form.useForm<ChangeForm>();
  const problems = useFormProblems(form);
  const change = useChangePriceLine();
  const price = readPrice(Form.useWatch('unitPriceYuan', form));
  const title = item ? t('prices:change.titleOf', { code: item.code }) : t('prices:change.title');
  const submit = (values: ChangeForm) => {
    const reading = readPrice(values.unitPriceYuan);
    if (!reading.ok) return;
    problems.clear();
    const body = {
      code: values.code.trim(), kind: values.kind, name: values.name.trim(), unitPriceFen: reading.fen,
      effectiveFrom: values.effectiveFrom.format('YYYY-MM-DD'), reason: values.reason.trim(),
    };
    change.mutate(body, {
      onSuccess: onDone,
      // The price is typed in yuan: the API's unitPriceFen problem goes beside unitPriceYuan.
      onError: (error) => problems.show(renamedProblems(error, (field) => (field === 'unitPriceFen' ? 'unitPriceYuan' : field))),
    });
  };
  return (
    <Modal open title={title} okText={t('prices:change.submit')} cancelText={t('common:actions.cancel')} onOk={() => form.submit()} onCancel={onClose}
      confirmLoading={change.isPending} destroyOnHidden data-testid="price-change-dialog">
      {problems.banner}
      <Form<ChangeForm> form={form} name="priceChange" layout="vertical" aria-label={title} onFinish={submit}
        initialValues={{
          code: item?.code ?? '', kind: item?.kind, name: item?.name ?? '', unitPriceYuan: item ? hundredthsText(item.unitPriceFen) : '',
          effectiveFrom: dayjs(), reason: '',
        }}>
        <Form.Item name="code" label={t('prices:fields.code')} extra={item ? undefined : t('prices:change.codeHelp')}
          rules={[{ required: true, whitespace: true, message: t('prices:problems.required') }, { pattern: PRICE_CODE, message: t('prices:problems.code') }]}>
          <Input autoComplete="off" disabled={!!item} placeholder="P-1001" maxLength={64} />
        </Form.Item>
        <Form.Item name="kind" label={t('prices:fields.kind')} rules={[{ required: true, message: t('prices:problems.required') }]}>
          <Select options={PRICE_KINDS.map((kind) => ({ value: kind, label: t(`prices:kinds.${kind}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('prices:fields.name')}
          rules={[{ required: true, whitespace: true, message: t('prices:problems.required') }, { max: NAME_MAX, message: t('prices:problems.tooLong', { max: NAME_MAX }) }]}>
          <Input autoComplete="off" maxLength={NAME_MAX} />
        </Form.Item>
        <Form.Item name="unitPriceYuan" label={t('prices:fields.unitPriceYuan')} required
          extra={price.ok ? t('prices:change.priceIs', { price: formatFen(price.fen, language) }) : t('prices:change.priceHelp')}
          rules={[{ validator: (_, text: string | undefined) => priceProblem(text, t) }]}>
          <Input inputMode="decimal" prefix="¥" placeholder="480.00" autoComplete="off" />
        </Form.Item>
        <Form.Item name="effectiveFrom" label={t('prices:fields.effectiveFrom')} extra={t('prices:change.effectiveHelp')}
          rules={[{ required: true, message: t('prices:problems.required') }]}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('prices:fields.reason')} extra={t('prices:change.reasonHelp')}
          rules={[{ required: true, whitespace: true, message: t('prices:problems.reasonRequired') }, { max: REASON_MAX, message: t('prices:problems.tooLong', { max: REASON_MAX }) }]}>
          <Input.TextArea rows={2} maxLength={REASON_MAX} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function priceProblem(text: string | undefined, t: (key: string) => string): Promise<void> {
  const reading = readPrice(text);
  return reading.ok ? Promise.resolve() : Promise.reject(new Error(t(`prices:problems.price.${reading.reason}`)));
}

/** The line withdrawn from a day, with a reason: nothing is priced at it from then on. */
function WithdrawDialog({ item, onDone, onClose }: { item: PriceItem; onDone: (revision: Revision) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ effectiveFrom: Dayjs; reason: string }>();
  const problems = useFormProblems(form);
  const withdraw = useWithdrawPriceLine();
  const title = t('prices:withdraw.title', { code: item.code, name: item.name });
  return (
    <Modal open title={title} okText={t('prices:withdraw.submit')} okButtonProps={{ danger: true }} cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()} onCancel={onClose} confirmLoading={withdraw.isPending} destroyOnHidden data-testid="price-withdraw-dialog">
      {problems.banner}
      <Form form={form} name="priceWithdrawal" layout="vertical" aria-label={title} initialValues={{ effectiveFrom: dayjs(), reason: '' }}
        onFinish={({ effectiveFrom, reason }) => {
          problems.clear();
          withdraw.mutate({ code: item.code, effectiveFrom: effectiveFrom.format('YYYY-MM-DD'), reason: reason.trim() }, { onSuccess: onDone, onError: problems.show });
        }}>
        <Form.Item name="effectiveFrom" label={t('prices:fields.withdrawnFrom')} rules={[{ required: true, message: t('prices:problems.required') }]}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('prices:fields.reason')} extra={t('prices:change.reasonHelp')}
          rules={[{ required: true, whitespace: true, message: t('prices:problems.reasonRequired') }, { max: REASON_MAX, message: t('prices:problems.tooLong', { max: REASON_MAX }) }]}>
          <Input.TextArea rows={2} maxLength={REASON_MAX} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
