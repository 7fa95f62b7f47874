import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import type { Dealer } from './dealer-api';

/** Everything registered about a dealer. */
export function DealerProfile({ dealer }: { dealer: Dealer }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const none = '—';
  const items = [
    { key: 'code', label: t('dealers:fields.code'), children: dealer.code },
    { key: 'name', label: t('dealers:fields.name'), children: dealer.name },
    { key: 'region', label: t('dealers:fields.region'), children: t(`dealers:regions.${dealer.region}`, { defaultValue: dealer.region }) },
    {
      key: 'serviceClass',
      label: t('dealers:fields.serviceClass'),
      children: dealer.serviceClass ? t(`dealers:serviceClasses.${dealer.serviceClass}`, { defaultValue: dealer.serviceClass }) : none,
    },
    {
      key: 'parentDealerCode',
      label: t('dealers:fields.parentDealerCode'),
      children: dealer.parentDealerCode ? <Link to={`/dealers/${dealer.parentDealerCode}`}>{dealer.parentDealerCode}</Link> : none,
    },
    { key: 'address', label: t('dealers:fields.address'), children: dealer.address ?? none },
    { key: 'hotline', label: t('dealers:fields.hotline'), children: dealer.hotline ?? none },
    { key: 'timeZone', label: t('dealers:fields.timeZone'), children: dealer.timeZone },
    { key: 'registeredAt', label: t('dealers:fields.registeredAt'), children: dealer.registeredAt ? formatDateTime(dealer.registeredAt, language) : none },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} data-testid="dealer-profile" />;
}
