/**
 * The dashboard's sidebar as a vertical tab list (WAI-ARIA tabs): one tab stop, arrow keys,
 * Home and End move between tabs and open them, and the open panel follows in the tab order.
 */
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DASHBOARD_SECTIONS, type DashboardSection } from './dashboardSections.ts';

interface DashboardTabsProps {
  current: DashboardSection;
  onSelect: (section: DashboardSection) => void;
}

export const tabId = (section: DashboardSection) => `dashboard-tab-${section}`;
export const panelId = (section: DashboardSection) => `dashboard-panel-${section}`;

export function DashboardTabs({ current, onSelect }: DashboardTabsProps) {
  const { t } = useTranslation();
  const tabs = useRef(new Map<DashboardSection, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent) {
    const index = DASHBOARD_SECTIONS.indexOf(current);
    const last = DASHBOARD_SECTIONS.length - 1;
    const next = {
      ArrowDown: index === last ? 0 : index + 1,
      ArrowRight: index === last ? 0 : index + 1,
      ArrowUp: index === 0 ? last : index - 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key];
    const section = next === undefined ? undefined : DASHBOARD_SECTIONS[next];
    if (!section) return;
    event.preventDefault();
    onSelect(section);
    tabs.current.get(section)?.focus();
  }

  return (
    <div
      className="dashboard-tabs"
      role="tablist"
      aria-orientation="vertical"
      aria-label={t('dashboard.sectionsLabel')}
      onKeyDown={onKeyDown}
    >
      {DASHBOARD_SECTIONS.map((section) => (
        <button
          key={section}
          ref={(element) => {
            if (element) tabs.current.set(section, element);
            else tabs.current.delete(section);
          }}
          id={tabId(section)}
          type="button"
          role="tab"
          aria-selected={section === current}
          aria-controls={panelId(section)}
          tabIndex={section === current ? 0 : -1}
          onClick={() => onSelect(section)}
        >
          {t(`dashboard.section.${section}`)}
        </button>
      ))}
    </div>
  );
}
