import { List } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { EmptyState, QueryState } from '../../components/states';
import { useSubDealers } from './dealer-api';

/** The dealer's sub-dealers (分銷商), each a link to its page (read-only for a dealer user). */
export function SubDealers({ code }: { code: string }) {
  const { t } = useTranslation();
  const subDealers = useSubDealers(code);
  return (
    <QueryState inline query={subDealers} isEmpty={(list) => list.length === 0} empty={<EmptyState description={t('dealers:detail.noSubDealers')} />}>
      {(list) => (
        <List
          size="small"
          data-testid="sub-dealers"
          dataSource={list}
          renderItem={(dealer) => (
            <List.Item>
              <Link to={`/dealers/${dealer.code}`}>{dealer.code}</Link> {dealer.name}
            </List.Item>
          )}
        />
      )}
    </QueryState>
  );
}
