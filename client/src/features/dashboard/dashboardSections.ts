/** The dashboard's sections in the order of its sidebar; the URL's `?section=` names one. */
export const DASHBOARD_SECTIONS = [
  'card',
  'media',
  'materials',
  'products',
  'webinars',
  'staff',
  'leads',
  'chat',
] as const;
export type DashboardSection = (typeof DASHBOARD_SECTIONS)[number];

export function sectionFrom(value: string | null): DashboardSection {
  return DASHBOARD_SECTIONS.find((section) => section === value) ?? 'card';
}
