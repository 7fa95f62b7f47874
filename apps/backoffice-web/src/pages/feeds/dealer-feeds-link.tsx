import { FileTextOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The dealer page's small link to the dealer's monthly feed submissions. */
export function DealerFeedsLink({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <Link to={`/dealers/${code}/feeds`} data-testid="dealer-feeds-link">
      <FileTextOutlined aria-hidden /> {t('feeds:dealerLink')}
    </Link>
  );
}
