/** Russian interface text: the fair's first language, one file per part of the app. */
import { ruApp } from './ru/app.ts';
import { ruHall } from './ru/hall.ts';
import { ruFair } from './ru/fair.ts';
import { ruDashboard } from './ru/dashboard.ts';
import { ruAccounts } from './ru/accounts.ts';
import { ruStand } from './ru/stand.ts';
import { ruLive } from './ru/live.ts';
import { ruEvent } from './ru/event.ts';
import { ruStudio } from './ru/studio.ts';

export const ru = {
  ...ruApp,
  ...ruHall,
  ...ruFair,
  ...ruDashboard,
  ...ruAccounts,
  ...ruStand,
  ...ruLive,
  ...ruEvent,
  ...ruStudio,
};
