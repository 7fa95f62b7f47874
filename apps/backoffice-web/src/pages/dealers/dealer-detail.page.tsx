import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';

export default function DealerDetailPage() {
  const { t } = useTranslation();
  const { code } = useParams();
  return <Typography.Title level={1}>{t('dealers:detail.title', { code })}</Typography.Title>;
}
