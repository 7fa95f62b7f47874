import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, InputNumber, Select, Space } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CLOCK_PATTERN, INTEGER_LIMITS } from './agreement-terms';
import { hundredthsRule } from './fund-terms-section';
import { Section, WHOLE_WIDTH } from './service-terms-sections';
import { IntegerTerm, ListTerm, textRules } from './term-fields';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The working calendar the service levels count in (每周一至周五9:00—18:00 by default). */
export function CalendarSection() {
  const { t } = useTranslation();
  const zones = useMemo(() => [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])].sort().map((zone) => ({ value: zone, label: zone })), []);
  const clock = [{ required: true, message: t('agreements:problems.required') }, { pattern: CLOCK_PATTERN, message: t('agreements:problems.clock') }];
  return (
    <Section title={t('agreements:sections.calendar')}>
      <Form.Item name={['calendar', 'workingDays']} label={t('agreements:terms.calendar.workingDays')} style={WHOLE_WIDTH} extra={t('agreements:form.default', { value: t('agreements:form.weekdays') })}>
        <Checkbox.Group options={WEEKDAYS.map((day) => ({ value: day, label: t(`agreements:weekdays.${day}`) }))} />
      </Form.Item>
      <Form.Item name={['calendar', 'dayStart']} label={t('agreements:terms.calendar.dayStart')} rules={clock} extra={t('agreements:form.default', { value: '09:00' })}>
        <Input placeholder="09:00" />
      </Form.Item>
      <Form.Item name={['calendar', 'dayEnd']} label={t('agreements:terms.calendar.dayEnd')} rules={clock} extra={t('agreements:form.default', { value: '18:00' })}>
        <Input placeholder="18:00" />
      </Form.Item>
      <Form.Item name={['calendar', 'timeZone']} label={t('agreements:terms.calendar.timeZone')} rules={[{ required: true, message: t('agreements:problems.required') }]}
        extra={t('agreements:form.default', { value: 'Asia/Shanghai' })}>
        <Select showSearch options={zones} />
      </Form.Item>
      <ListTerm path="calendar.holidays" dates />
      <ListTerm path="calendar.adjustedWorkingDays" dates />
    </Section>
  );
}

/** Reporting deadlines, training, and the days approved parts ship within. */
export function ReportingTrainingSection() {
  const { t } = useTranslation();
  return (
    <Section title={t('agreements:sections.reporting')}>
      <IntegerTerm path="reporting.feedDueDay" />
      <IntegerTerm path="reporting.assessmentDueDay" />
      <IntegerTerm path="training.freeTrainingPlaces" />
      <IntegerTerm path="training.maxTrainingDays" />
      <IntegerTerm path="logistics.shippingDays" />
    </Section>
  );
}

/** The fee schedule (售後協議書 二 1), replaced whole: fees typed in yuan. */
export function FeeScheduleSection() {
  const { t } = useTranslation();
  const [min, max] = INTEGER_LIMITS['feeItem.freeQuota'] ?? [0, 1000];
  return (
    <Section title={t('agreements:sections.fees')}>
      <Form.List name="feeSchedule" rules={[{ validator: async (_, items?: unknown[]) => { if ((items?.length ?? 0) > 200) throw new Error(t('agreements:problems.maxItems', { max: 200 })); } }]}>
        {(fields, { add, remove }, { errors }) => (
          <fieldset style={WHOLE_WIDTH}>
            <legend style={{ fontSize: 14 }}>{t('agreements:terms.feeSchedule')}</legend>
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item name={[field.name, 'operation']} label={t('agreements:terms.feeItem.operation')} rules={textRules(100, t, true)}>
                  <Input />
                </Form.Item>
                <Form.Item name={[field.name, 'feeYuan']} label={t('agreements:terms.feeItem.feeYuan')}
                  rules={[{ required: true, message: t('agreements:problems.required') }, hundredthsRule(Number.MAX_SAFE_INTEGER, t)]}>
                  <Input inputMode="decimal" prefix="¥" style={{ width: 140 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'freeQuota']} label={t('agreements:terms.feeItem.freeQuota')}
                  rules={[{ required: true, message: t('agreements:problems.required') }, { type: 'integer', min, max, message: t('agreements:problems.range', { min, max }) }]}>
                  <InputNumber min={min} max={max} precision={0} />
                </Form.Item>
                <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('agreements:form.removeRow', { row: index + 1 })} />
              </Space>
            ))}
            <Form.ErrorList errors={errors} />
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ operation: '', feeYuan: '0', freeQuota: 0 })}>{t('agreements:form.addFee')}</Button>
          </fieldset>
        )}
      </Form.List>
    </Section>
  );
}
