/** English interface text; the same keys as ru.ts (the type check enforces it). */
import { enApp } from './en/app.ts';
import { enHall } from './en/hall.ts';
import { enFair } from './en/fair.ts';
import { enDashboard } from './en/dashboard.ts';
import { enAccounts } from './en/accounts.ts';
import { enStand } from './en/stand.ts';
import { enLive } from './en/live.ts';
import { enEvent } from './en/event.ts';
import { enStudio } from './en/studio.ts';
import type { Messages } from './messages.ts';
import type { ru } from './ru.ts';

export const en: Messages<typeof ru> = {
  ...enApp,
  ...enHall,
  ...enFair,
  ...enDashboard,
  ...enAccounts,
  ...enStand,
  ...enLive,
  ...enEvent,
  ...enStudio,
};
