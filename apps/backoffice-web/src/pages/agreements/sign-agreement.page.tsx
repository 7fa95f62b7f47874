import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import type { paths } from '../../api/schema';
import { useFormProblems } from '../../api/form-problems';
import { ApiProblem, dataOrThrow } from '../../api/problem';
import { NotFoundState, QueryState } from '../../components/states';
import { useAgreements } from '../dealers/dealer-api';
import { renamedProblems } from '../payments/renamed-problems';
import { keepEnterInField } from './enter-key';
import { AgreementFormValues, formFieldOf, formValuesOf, signAgreementBody } from './agreement-form';
import { AgreementTerms, NEW_AGREEMENT_TERMS } from './agreement-terms';
import { CalendarSection, FeeScheduleSection, ReportingTrainingSection } from './calendar-fee-sections';
import { FundTermsSection } from './fund-terms-section';
import { OrganisationSection, ServiceLevelsSection, WarrantySection } from './service-terms-sections';
import { TermChangeList } from './term-change-list';
import { termChanges } from './term-changes';

/**
 * The request as the generated client types it. The form's body differs in one way only: its time
 * zone is any the browser knows, not the service's enum; the service checks it (a 400 beside the field).
 */
type SignAgreementRequest = NonNullable<paths['/api/dealers/{code}/agreements']['post']['requestBody']>['content']['application/json'];

interface Version { agreementVersion: number; validFrom: string; validTo: string; terms: AgreementTerms }

/**
 * Signs a dealer's agreement: a first one starts from the defaults, a renewal from the terms of the
 * latest version, valid from the day after it ends. Every term can be changed; the list beside the
 * form says what differs before it is signed.
 */
export default function SignAgreementPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  // The dealer page's query: the versions it shows are the ones a renewal starts from.
  const query = useAgreements(code);
  // An unknown dealer and one this user may not see look the same: not even its code as a title.
  if (query.error instanceof ApiProblem && query.error.status === 404) return <NotFoundState />;
  return (
    <>
      <Typography.Title level={1}>{t('agreements:sign.title', { code })}</Typography.Title>
      <QueryState query={query}>
        {(versions) => <SignAgreementForm code={code} latest={(versions as unknown as Version[]).at(-1)} />}
      </QueryState>
    </>
  );
}

function SignAgreementForm({ code, latest }: { code: string; latest: Version | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [form] = Form.useForm<AgreementFormValues>();
  const problems = useFormProblems(form);
  const base = latest?.terms ?? NEW_AGREEMENT_TERMS;
  const initial = useMemo(() => formValuesOf(base, latest ? nextDay(latest.validTo) : '', ''), [base, latest]);
  const values = Form.useWatch((all: AgreementFormValues) => all, form);
  const changes = useMemo(() => changesFrom(base, values), [base, values]);

  const sign = useMutation({
    mutationFn: async (submitted: AgreementFormValues) => {
      const body = signAgreementBody(submitted);
      return dataOrThrow(await api.POST('/api/dealers/{code}/agreements', { params: { path: { code } }, body: body as SignAgreementRequest }));
    },
    // The dealer page shows the new version in its timeline and the signing in its history.
    onSuccess: async () => {
      await Promise.all([['agreements', code], ['history', code]].map((queryKey) => queries.invalidateQueries({ queryKey })));
      navigate(`/dealers/${encodeURIComponent(code)}`);
    },
    onError: (error) => problems.show(renamedProblems(error, (field) => formFieldOf(field).join('.'))),
  });

  return (
    <Form<AgreementFormValues> form={form} layout="vertical" initialValues={initial} aria-label={t('agreements:sign.formLabel', { code })}
      onFinish={(submitted) => { problems.clear(); sign.mutate(submitted); }} scrollToFirstError style={{ maxWidth: 880 }}
      onKeyDown={keepEnterInField}>
      {problems.banner}
      <FundTermsSection />
      <OrganisationSection />
      <WarrantySection />
      <ServiceLevelsSection />
      <CalendarSection />
      <ReportingTrainingSection />
      <FeeScheduleSection />
      <TermChangeList changes={changes}
        against={latest ? t('agreements:changes.version', { version: latest.agreementVersion }) : t('agreements:changes.defaults')} />
      <Space>
        <Button type="primary" htmlType="submit" loading={sign.isPending}>{t('agreements:sign.submit')}</Button>
        <Button onClick={() => navigate(`/dealers/${encodeURIComponent(code)}`)}>{t('agreements:sign.cancel')}</Button>
      </Space>
    </Form>
  );
}

/** The terms' changes from `base`, or undefined while the form cannot make a request yet. */
function changesFrom(base: AgreementTerms, values: AgreementFormValues | undefined) {
  if (!values?.fundModel) return undefined;
  try {
    const { validFrom: _from, validTo: _to, ...terms } = signAgreementBody(values);
    return termChanges(base, terms);
  } catch {
    return undefined; // an amount not yet a valid number
  }
}

/** The day after a calendar date (YYYY-MM-DD), by the calendar, in UTC so no time zone shifts it. */
export function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
