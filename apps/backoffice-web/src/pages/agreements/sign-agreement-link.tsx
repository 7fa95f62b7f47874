import { FileAddOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { mayReach } from '../../auth/roles';
import { useUser } from '../../auth/session-context';
import { AGREEMENT_SIGNERS } from '../routes';

/** The dealer page's way to the sign-agreement form, shown only to those who may sign. */
export function SignAgreementLink({ code }: { code: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (!mayReach(useUser().roles, AGREEMENT_SIGNERS)) return null;
  return (
    <Button icon={<FileAddOutlined />} onClick={() => navigate(`/dealers/${encodeURIComponent(code)}/agreements/new`)}>
      {t('agreements:sign.link')}
    </Button>
  );
}
