import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { useFormProblems } from '../../api/form-problems';
import { dataOrThrow } from '../../api/problem';
import { RegisterDealer, useRegions } from './dealer-api';
import { isDealerCode, registerDealerBody, TEXT_LIMITS, textProblem } from './dealer-rules';

const TIME_ZONES = Intl.supportedValuesOf('timeZone');

/** Register a dealer with every field the API takes; checked as the API checks, its refusals beside the fields. */
export default function RegisterDealerPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const problems = useFormProblems(form);
  const regions = useRegions();
  const register = useMutation({
    mutationFn: async (body: RegisterDealer) => dataOrThrow(await api.POST('/api/dealers', { body })),
    onSuccess: (dealer) => {
      void queryClient.invalidateQueries({ queryKey: ['dealers'] });
      navigate(`/dealers/${dealer.code}`);
    },
    onError: problems.show,
  });

  const text = (max: number, required: boolean): Rule[] => [
    { required, message: t('problems:required') },
    {
      validator: async (_rule, value?: string) => {
        const problem = value ? textProblem(value, max) : undefined;
        if (problem) throw new Error(t(problem, { limit: max }));
      },
    },
  ];
  const code = (required: boolean): Rule[] => [
    { required, message: t('problems:required') },
    {
      validator: async (_rule, value?: string) => {
        if (value && !isDealerCode(value)) throw new Error(t('problems:dealerCode'));
      },
    },
  ];

  return (
    <section aria-labelledby="register-title">
      <Typography.Title level={1} id="register-title">
        {t('dealers:register.title')}
      </Typography.Title>
      <Card style={{ maxWidth: 720 }}>
        {problems.banner}
        <Form
          form={form}
          layout="vertical"
          aria-label={t('dealers:register.title')}
          initialValues={{ timeZone: 'Asia/Shanghai' }}
          onValuesChange={problems.clear}
          onFinish={(values) => register.mutate(registerDealerBody(values) as unknown as RegisterDealer)}
        >
          <Form.Item name="code" label={t('dealers:fields.code')} rules={code(true)} extra={t('dealers:register.codeHint')} normalize={(v?: string) => v?.toUpperCase()}>
            <Input autoFocus maxLength={32} />
          </Form.Item>
          <Form.Item name="name" label={t('dealers:fields.name')} rules={text(TEXT_LIMITS.name, true)}>
            <Input />
          </Form.Item>
          <Form.Item name="region" label={t('dealers:fields.region')} rules={[{ required: true, message: t('problems:required') }]}>
            <Select
              loading={regions.isPending}
              options={(regions.data ?? []).map(({ region }) => ({ value: region, label: t(`dealers:regions.${region}`, { defaultValue: region }) }))}
            />
          </Form.Item>
          <Form.Item name="parentDealerCode" label={t('dealers:fields.parentDealerCode')} rules={code(false)} extra={t('dealers:register.parentHint')} normalize={(v?: string) => v?.toUpperCase()}>
            <Input maxLength={32} />
          </Form.Item>
          <Form.Item name="address" label={t('dealers:fields.address')} rules={text(TEXT_LIMITS.address, false)}>
            <Input />
          </Form.Item>
          <Form.Item name="hotline" label={t('dealers:fields.hotline')} rules={text(TEXT_LIMITS.hotline, false)}>
            <Input />
          </Form.Item>
          <Form.Item name="timeZone" label={t('dealers:fields.timeZone')} rules={[{ required: true, message: t('problems:required') }]}>
            <Select showSearch options={TIME_ZONES.map((zone) => ({ value: zone, label: zone }))} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={register.isPending}>
              {t('dealers:register.submit')}
            </Button>
            <Button onClick={() => navigate('/dealers')}>{t('common:actions.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </section>
  );
}
