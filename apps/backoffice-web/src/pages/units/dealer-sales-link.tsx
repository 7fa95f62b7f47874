import { LineChartOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The dealer page's small link to the dealer's sales and warranty-card return rate. */
export function DealerSalesLink({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <Link to={`/dealers/${code}/sales`} data-testid="dealer-sales-link">
      <LineChartOutlined aria-hidden /> {t('units:sales.link')}
    </Link>
  );
}
