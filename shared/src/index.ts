/**
 * @salon/shared: the public API of the pure domain package. Each file in exports/ names one
 * area's exports explicitly; this file only joins them, so a name is listed once, in its area.
 */
/* eslint-disable no-restricted-syntax -- each file joined here is an explicit named list */

export * from './exports/common.ts';
export * from './exports/accounts.ts';
export * from './exports/geometry.ts';
export * from './exports/hall.ts';
export * from './exports/hallRoom.ts';
export * from './exports/exhibitors.ts';
export * from './exports/stands.ts';
export * from './exports/briefcase.ts';
export * from './exports/webinars.ts';
export * from './exports/forum.ts';
export * from './exports/forumStudio.ts';
export * from './exports/forumAudience.ts';
export * from './exports/university.ts';
