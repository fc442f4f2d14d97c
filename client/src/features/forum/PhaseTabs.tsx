/** The schedule's phase filter: every day, the main days, or the continuation. */
import { FORUM_PHASES } from '@salon/shared';
import { useTranslation } from 'react-i18next';

interface PhaseTabsProps {
  value: string;
  onChange: (phase: string) => void;
}

export function PhaseTabs({ value, onChange }: PhaseTabsProps) {
  const { t } = useTranslation();
  return (
    <div className="phase-tabs" role="group" aria-label={t('forum.phaseFilter')}>
      <button type="button" aria-pressed={value === ''} onClick={() => onChange('')}>
        {t('forum.allPhases')}
      </button>
      {FORUM_PHASES.map((phase) => (
        <button
          key={phase}
          type="button"
          className={`phase-${phase}`}
          aria-pressed={value === phase}
          onClick={() => onChange(phase)}
        >
          {t(`forum.phaseTab.${phase}`)}
        </button>
      ))}
    </div>
  );
}
