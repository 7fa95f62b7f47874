import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, InputNumber, Space } from 'antd';
import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { INTEGER_LIMITS } from './agreement-terms';
import { IntegerTerm, ListTerm, textRules, TextTerm } from './term-fields';

/** A section of the terms: its fields side by side where the page is wide, lists across the whole width. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 18 }}>{title}</h2>} style={{ marginBottom: 16 }}>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', columnGap: 16 }}>{children}</div>
    </Card>
  );
}

/** Spans a section's whole width. */
export const WHOLE_WIDTH = { gridColumn: '1 / -1' } as const;

/** Territory, notice and who serves the dealer. */
export function OrganisationSection() {
  const { t } = useTranslation();
  return (
    <Section title={t('agreements:sections.organisation')}>
      <ListTerm path="territory" />
      <IntegerTerm path="noticeDays" />
      <TextTerm path="serviceOrganisation.address" />
      <TextTerm path="serviceOrganisation.hotline" />
      <TextTerm path="serviceOrganisation.serviceManager" />
      <ListTerm path="serviceOrganisation.technicians" />
    </Section>
  );
}

/** Warranty periods (第四條 1), a component's own period, and the return windows. */
export function WarrantySection() {
  const { t } = useTranslation();
  const [min, max] = INTEGER_LIMITS['componentOverride.months'] ?? [0, 120];
  return (
    <Section title={t('agreements:sections.warranty')}>
      <IntegerTerm path="warranty.defaultMonths" />
      <IntegerTerm path="warranty.newSparePartsMonths" />
      <ListTerm path="warranty.excludedCategories" />
      <Form.List name={['warranty', 'componentOverrides']}>
        {(fields, { add, remove }) => (
          <fieldset style={WHOLE_WIDTH}>
            <legend style={{ fontSize: 14 }}>{t('agreements:terms.warranty.componentOverrides')}</legend>
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item name={[field.name, 'component']} label={t('agreements:terms.componentOverride.component')} rules={textRules(100, t, true)}>
                  <Input placeholder="print-head" />
                </Form.Item>
                <Form.Item name={[field.name, 'months']} label={t('agreements:terms.componentOverride.months')}
                  rules={[{ required: true, message: t('agreements:problems.required') }, { type: 'integer', min, max, message: t('agreements:problems.range', { min, max }) }]}>
                  <InputNumber min={min} max={max} precision={0} />
                </Form.Item>
                <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('agreements:form.removeRow', { row: index + 1 })} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ component: '', months: 3 })}>{t('agreements:form.addOverride')}</Button>
          </fieldset>
        )}
      </Form.List>
      <IntegerTerm path="returns.doaWindowDays" />
      <IntegerTerm path="returns.qualityWindowDays" />
    </Section>
  );
}

/** Response, resolution and arrival times, and the loaner device. */
export function ServiceLevelsSection() {
  const { t } = useTranslation();
  return (
    <Section title={t('agreements:sections.serviceLevels')}>
      <IntegerTerm path="serviceLevels.firstResponseMinutes" />
      <IntegerTerm path="serviceLevels.resolutionWorkingHours" />
      <IntegerTerm path="serviceLevels.complexResolutionWorkingDays" />
      <IntegerTerm path="serviceLevels.arrivalHours.local" />
      <IntegerTerm path="serviceLevels.arrivalHours.near" />
      <IntegerTerm path="serviceLevels.arrivalHours.far" />
      <IntegerTerm path="serviceLevels.loanerAfterWorkingDays" />
      <IntegerTerm path="serviceLevels.loanerMaxDays" />
    </Section>
  );
}
