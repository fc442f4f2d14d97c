/** English text for the app frame: name, navigation, language, common words, home and not found; the same keys as the Russian (the type check enforces it). */
import type { ruApp } from '../ru/app.ts';
import type { Messages } from '../messages.ts';

export const enApp: Messages<typeof ruApp> = {
  app: {
    name: 'Salon',
    fair: 'Moscow International Education Fair',
    skipToContent: 'Skip to content',
  },
  nav: {
    home: 'Home',
    hall: 'Exhibition',
    map: 'Map',
    exhibitors: 'Exhibitors',
    forum: 'Forum',
    university: 'University',
  },
  language: { label: 'Language', ru: 'Русский', en: 'English' },
  common: {
    loading: 'Loading…',
    error: 'Could not load the data.',
    network: 'Cannot reach the server. Check your internet connection.',
    retry: 'Try again',
    search: 'Search',
    previous: 'Previous',
    next: 'Next',
    pageOf: 'Page {{page}} of {{pages}}',
    results_one: '{{count}} result',
    results_few: '{{count}} results',
    results_many: '{{count}} results',
    results_other: '{{count}} results',
    clearFilters: 'Clear filters',
    notFound: 'Nothing found.',
    back: 'Back',
  },
  home: {
    title: 'The online education fair',
    lead: 'An exhibition, a forum and a university for everyone who teaches and learns: walk the alleys of the exhibition, watch the forum live and build your own professional-development track.',
    exhibitors: 'exhibitors',
    events: 'forum events',
    halls: 'halls',
    programs: 'programs',
    phases: '26–29 April — MIEF; 30 April – 8 May — MIEF: continuation',
  },
  notFound: { title: 'Page not found', home: 'Go home' },
};
