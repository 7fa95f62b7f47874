import { Alert, FormInstance } from 'antd';
import { TFunction } from 'i18next';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, FieldProblem } from './problem';
import { knownReason, namePathOf, placeProblems } from './problem-reasons';
import { statusText } from './status-text';

/** A reason in the UI's language when it is a known one, else the server's own words. */
export function reasonText(problem: FieldProblem, t: TFunction): string {
  const known = knownReason(problem);
  return known ? t(known.key, known.values) : problem.reason;
}

/**
 * Puts each problem of a refused submit beside the Form field it names (in the UI's language) and
 * keeps the rest, with the answer's message, for a banner. Errors that are no API problem (the
 * network is down) go to the banner too.
 */
export function useFormProblems(form: FormInstance) {
  const { t } = useTranslation();
  const [banner, setBanner] = useState<string[]>([]);
  const show = useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiProblem)) return setBanner([t('common:errors.network')]);
      const registered = form.getFieldsError().map((field) => field.name.join('.'));
      const { beside, banner: rest } = placeProblems(error.problem.problems, registered);
      form.setFields(beside.map((problem) => ({ name: namePathOf(problem.field), errors: [reasonText(problem, t)] })));
      const summary = beside.length > 0 && rest.length === 0 ? [] : [statusText(error, t)];
      setBanner([...summary, ...rest.map((problem) => `${problem.field}: ${reasonText(problem, t)}`)]);
    },
    [form, t],
  );
  const clear = useCallback(() => setBanner([]), []);
  const bannerElement = banner.length > 0 ? <ProblemBanner lines={banner} onClose={clear} /> : null;
  return { show, clear, banner: bannerElement };
}

export function ProblemBanner({ lines, onClose }: { lines: string[]; onClose?: () => void }) {
  const [first, ...more] = lines;
  return (
    <Alert
      type="error"
      role="alert"
      data-testid="problem-banner"
      showIcon
      closable={onClose ? { onClose } : false}
      title={first}
      description={more.length > 0 ? <ul>{more.map((line) => <li key={line}>{line}</li>)}</ul> : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}
