import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export default function DealerListPage() {
  const { t } = useTranslation();
  return <Typography.Title level={1}>{t('dealers:list.title')}</Typography.Title>;
}
