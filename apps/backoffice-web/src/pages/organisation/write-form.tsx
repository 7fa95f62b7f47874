import { Button, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormProblems } from '../../api/form-problems';
import { ID, useWrite } from './organisation-api';

type Values = Record<string, unknown>;

/** Dates as the API takes them (YYYY-MM-DD); empty texts left out. */
export function bodyOf(values: Values): Values {
  return Object.fromEntries(Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => [k, typeof v === 'object' && v !== null && 'format' in v ? (v as Dayjs).format('YYYY-MM-DD') : typeof v === 'string' ? v.trim() : v]));
}

/**
 * One write of the organisation pages: its fields, a submit button, and each problem of a refused
 * request beside its field in the UI's language (the rest in a banner).
 */
export function WriteForm({ name, label, submit, write, refresh, children, onDone, layout = 'inline' }: {
  /** Prefixes its fields' ids (two forms on a page may both have an effectiveOn: each label points at its own field). */
  name: string; label: string; submit: string; write: (body: never) => Promise<unknown>; refresh: string[][]; children: ReactNode;
  onDone?: () => void; layout?: 'inline' | 'vertical';
}) {
  const [form] = Form.useForm();
  const problems = useFormProblems(form);
  const mutation = useWrite(write as (body: Values) => Promise<unknown>, refresh);
  return (
    <>
      {problems.banner}
      <Form form={form} name={name} layout={layout} aria-label={label} style={{ marginBottom: 16, rowGap: 8 }}
        onFinish={(values: Values) => {
          problems.clear();
          mutation.mutate(bodyOf(values), { onSuccess: () => { form.resetFields(); onDone?.(); }, onError: problems.show });
        }}>
        {children}
        <Form.Item><Button type="primary" htmlType="submit" loading={mutation.isPending}>{submit}</Button></Form.Item>
      </Form>
    </>
  );
}

export function DateItem({ name, label, required = true }: { name: string; label: string; required?: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} rules={[{ required, message: t('organisation:problems.required') }]}>
      <DatePicker format="YYYY-MM-DD" />
    </Form.Item>
  );
}

export function TextItem({ name, label, required = true, id = false, width = 200 }: { name: string; label: string; required?: boolean; id?: boolean; width?: number }) {
  const { t } = useTranslation();
  const rules = [{ required, message: t('organisation:problems.required') }, ...(id ? [{ pattern: ID, message: t('organisation:problems.id') }] : [])];
  return (
    <Form.Item name={name} label={label} rules={rules}>
      <Input style={{ width }} autoComplete="off" />
    </Form.Item>
  );
}

export function NumberItem({ name, label, min, max }: { name: string; label: string; min: number; max: number }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('organisation:problems.required') }]}>
      <InputNumber min={min} max={max} precision={0} style={{ width: 100 }} />
    </Form.Item>
  );
}

export function SelectItem({ name, label, options }: { name: string; label: string; options: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('organisation:problems.required') }]}>
      <Select options={options} style={{ width: 160 }} />
    </Form.Item>
  );
}
