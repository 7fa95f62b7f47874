import { Form, Input, InputNumber, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TERMS, INTEGER_LIMITS, isCalendarDate, LIST_LIMITS, TEXT_LIMITS, textProblem } from './agreement-terms';

type Name = (string | number)[];

/** The default of a term by its dotted path, as the form shows it ("default: 12"); undefined when it has none. */
export function defaultOf(path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], DEFAULT_TERMS);
}

function defaultText(path: string, t: TFunction): string | undefined {
  const value = defaultOf(path);
  if (value === undefined) return undefined;
  const shown = Array.isArray(value) ? (value.length ? value.join(', ') : t('agreements:form.none')) : String(value);
  return t('agreements:form.default', { value: shown });
}

/** The label of a term: agreements:terms.<path> (list items by their own name). */
const labelOf = (path: string, t: TFunction) => t(`agreements:terms.${path}`);

/** Rules for a line of text as the API takes it: not blank, no control characters, at most `max` characters. */
export function textRules(max: number, t: TFunction, required = false): Rule[] {
  return [
    ...(required ? [{ required: true, message: t('agreements:problems.required') }] : []),
    {
      validator: async (_, value?: string) => {
        const problem = value ? textProblem(value, max) : undefined;
        if (problem) throw new Error(t(`agreements:problems.${problem}`, { max }));
      },
    },
  ];
}

/** A whole number within the request's limits, its default shown beside it. */
export function IntegerTerm({ path, name, limit = path }: { path: string; name?: Name; limit?: string }) {
  const { t } = useTranslation();
  const [min, max] = INTEGER_LIMITS[limit] ?? [0, Number.MAX_SAFE_INTEGER];
  const message = t('agreements:problems.range', { min, max });
  return (
    <Form.Item name={name ?? path.split('.')} label={labelOf(path, t)} extra={defaultText(path, t)}
      rules={[{ required: true, message: t('agreements:problems.required') }, { type: 'integer', min, max, message }]}>
      <InputNumber min={min} max={max} precision={0} style={{ width: '100%' }} />
    </Form.Item>
  );
}

/** An optional line of text. */
export function TextTerm({ path }: { path: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={path.split('.')} label={labelOf(path, t)} rules={textRules(TEXT_LIMITS[path] ?? 100, t)}>
      <Input />
    </Form.Item>
  );
}

/** A list typed item by item (Enter adds one); each item a line of text, or a date YYYY-MM-DD. */
export function ListTerm({ path, dates = false }: { path: string; dates?: boolean }) {
  const { t } = useTranslation();
  const { maxItems, maxLength = 100 } = LIST_LIMITS[path] ?? { maxItems: 500 };
  const itemProblem = (value: string): string | undefined => {
    if (dates) return isCalendarDate(value) ? undefined : t('agreements:problems.date', { value });
    const problem = textProblem(value, maxLength);
    return problem && `${value}: ${t(`agreements:problems.${problem}`, { max: maxLength })}`;
  };
  return (
    <Form.Item name={path.split('.')} label={labelOf(path, t)} style={{ gridColumn: '1 / -1' }}
      extra={[defaultText(path, t), t('agreements:form.listHelp')].filter(Boolean).join(' · ')}
      rules={[
        { type: 'array', max: maxItems, message: t('agreements:problems.maxItems', { max: maxItems }) },
        {
          validator: async (_, values?: string[]) => {
            const problem = (values ?? []).map(itemProblem).find(Boolean);
            if (problem) throw new Error(problem);
          },
        },
      ]}>
      <Select mode="tags" open={false} tokenSeparators={[',', '，', ';']} placeholder={dates ? '2027-10-01' : undefined} />
    </Form.Item>
  );
}
