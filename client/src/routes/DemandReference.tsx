import { useAuth } from '../auth/AuthProvider';
import { NoAccess } from '../components/Status';
import { SupplyDemandReport } from '../components/supply/SupplyDemandReport';
import { useI18n } from '../i18n';

/**
 * 需求參考 (研習辦理單位參考, 附件三 貳 四): a course organiser's accounts with the statistics permission
 * read the aggregated demand against what is offered, as the server perturbs it; never a person.
 */
export function DemandReferencePage() {
  const { t } = useI18n();
  const { me } = useAuth();
  if (me && !me.can.readSupplyDemand) {
    return (
      <>
        <h1>{t('supply.referenceTitle')}</h1>
        <NoAccess />
      </>
    );
  }
  return (
    <>
      <h1>{t('supply.referenceTitle')}</h1>
      <p className="muted">{t('supply.referenceIntro')}</p>
      <SupplyDemandReport testId="demand-reference" />
    </>
  );
}
