import { Card, DatePicker, Form, Input, Radio, Switch } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { readHundredths } from '../payments/yuan-text';
import { BASIS_POINTS_MAX } from './agreement-terms';

/** A form value that is a calendar date in a DatePicker and YYYY-MM-DD in the form's values. */
const asDate = {
  getValueProps: (value?: string) => ({ value: value ? dayjs(value, 'YYYY-MM-DD') : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : ''),
};

/** The validity and the fund model with its own terms: switching the model shows the other model's fields. */
export function FundTermsSection() {
  const { t } = useTranslation();
  const required = { required: true, message: t('agreements:problems.required') };
  const fundModel = Form.useWatch('fundModel') as string | undefined;
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 18 }}>{t('agreements:sections.fund')}</h2>} style={{ marginBottom: 16 }}>
      <Form.Item name="validFrom" label={t('agreements:terms.validFrom')} rules={[required]} {...asDate}>
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="validTo" label={t('agreements:terms.validTo')} dependencies={['validFrom']} {...asDate}
        rules={[required, ({ getFieldValue }) => ({
          validator: async (_, to?: string) => {
            const from = getFieldValue('validFrom') as string | undefined;
            if (from && to && to < from) throw new Error(t('agreements:problems.validTo'));
          },
        })]}>
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="fundModel" label={t('agreements:terms.fundModel')} rules={[required]}>
        <Radio.Group optionType="button" options={[
          { value: 'revenue-share', label: t('agreements:fundModels.revenue-share') },
          { value: 'per-unit', label: t('agreements:fundModels.per-unit') },
        ]} />
      </Form.Item>
      {fundModel === 'per-unit' ? (
        <Form.Item name="allowancePerUnitYuan" label={t('agreements:terms.allowancePerUnitYuan')} extra={t('agreements:form.allowanceHelp')}
          rules={[required, hundredthsRule(Number.MAX_SAFE_INTEGER, t)]}>
          <Input inputMode="decimal" prefix="¥" placeholder="150.00" />
        </Form.Item>
      ) : (
        <>
          <Form.Item name="fundRatePercent" label={t('agreements:terms.fundRatePercent')} extra={t('agreements:form.percentHelp', { value: '3' })}
            rules={[required, hundredthsRule(BASIS_POINTS_MAX, t)]}>
            <Input inputMode="decimal" suffix="%" />
          </Form.Item>
          <Form.Item name="partsQuotaPercent" label={t('agreements:terms.partsQuotaPercent')} extra={t('agreements:form.percentHelp', { value: '2' })}
            rules={[required, hundredthsRule(BASIS_POINTS_MAX, t)]}>
            <Input inputMode="decimal" suffix="%" />
          </Form.Item>
          <Form.Item name="carryAcrossYear" label={t('agreements:terms.carryAcrossYear')} valuePropName="checked" extra={t('agreements:form.carryHelp')}>
            <Switch />
          </Form.Item>
        </>
      )}
    </Card>
  );
}

/** An amount with at most two decimals (yuan, or a percentage), zero allowed, read exactly. */
export function hundredthsRule(max: number, t: (key: string, values?: Record<string, unknown>) => string): Rule {
  return {
    validator: async (_, text?: string) => {
      if (!text) return;
      const reading = readHundredths(text, { max, allowZero: true });
      if (!reading.ok) throw new Error(t(`agreements:problems.hundredths.${reading.reason}`));
    },
  };
}
