/**
 * A webinar's format in words, as a small tag before its title: every list of exhibitors'
 * sessions uses it, so a master class reads as one wherever it is listed.
 */
import type { WebinarFormat } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import './webinars.css';

export function WebinarFormatLabel({ format }: { format: WebinarFormat }) {
  const { t } = useTranslation();
  return (
    <span className={`webinar-format webinar-format-${format}`} data-format={format}>
      {t(`live.format.${format}`)}
    </span>
  );
}
