import { SupplyDemandReport } from '../../components/supply/SupplyDemandReport';
import { useI18n } from '../../i18n';

/** 供需: the analysis's supply-demand tab, the gap map by county and the table. */
export function SupplyView() {
  const { t } = useI18n();
  return (
    <>
      <p className="muted">{t('supply.intro')}</p>
      <SupplyDemandReport testId="supply-view" />
    </>
  );
}
