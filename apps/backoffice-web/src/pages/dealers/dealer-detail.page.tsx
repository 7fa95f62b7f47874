import { Card, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { QueryState } from '../../components/states';
import { SignAgreementLink } from '../agreements/sign-agreement-link';
import { DealerFeedsLink } from '../feeds/dealer-feeds-link';
import { DealerSalesLink } from '../units/dealer-sales-link';
import { AgreementTimeline } from './agreement-timeline';
import { useDealer } from './dealer-api';
import { DealerHistory } from './dealer-history';
import { DealerProfile } from './dealer-profile';
import { SubDealers } from './sub-dealers';

/**
 * One dealer: profile, sub-dealers, agreement versions and history. A dealer that does not exist
 * and one this user may not see both show the not-found state (the gateway answers 404 for both).
 */
export default function DealerDetailPage() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const dealer = useDealer(code);
  const heading = (text: string) => <h2 style={{ margin: 0, fontSize: 18 }}>{text}</h2>;
  return (
    <QueryState query={dealer}>
      {(found) => (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Typography.Title level={1} style={{ marginBottom: 0 }}>
            {t('dealers:detail.title', { code: found.code, name: found.name })}
          </Typography.Title>
          <Space size="large" wrap>
            <DealerFeedsLink code={found.code} />
            <DealerSalesLink code={found.code} />
          </Space>
          <DealerProfile dealer={found} />
          <Link to={`/dealers/${encodeURIComponent(found.code)}/organisation`}>{t('organisation:page.link')}</Link>
          <Card title={heading(t('dealers:detail.subDealers'))}>
            <SubDealers code={found.code} />
          </Card>
          <Card title={heading(t('dealers:detail.agreements'))} extra={<SignAgreementLink code={found.code} />}>
            <AgreementTimeline code={found.code} />
          </Card>
          <Card title={heading(t('dealers:detail.history'))}>
            <DealerHistory code={found.code} />
          </Card>
        </Space>
      )}
    </QueryState>
  );
}
