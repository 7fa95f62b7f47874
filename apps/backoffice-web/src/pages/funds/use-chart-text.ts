import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import { ChartText } from './fund-chart-options';

/** The funds charts' series names and money, in the UI's language. */
export function useChartText(): ChartText {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return useMemo(
    () => ({
      fund: t('funds:fields.fund'),
      payments: t('funds:fields.payments'),
      accrual: t('funds:fields.accrual'),
      charges: t('funds:fields.charges'),
      balance: t('funds:fields.balance'),
      money: (fen: number) => formatFen(fen, language),
    }),
    [t, language],
  );
}
