/** The hall's layout: its schema and validation, the alley graph, paths and nearest stands. */

export {
  AlleySchema,
  FACINGS,
  FacingSchema,
  HallFloorSchema,
  HallLayoutSchema,
  HallSchema,
  PointSchema,
  ScreenSchema,
  SpawnPointSchema,
  StandSchema,
} from '../hall/hallLayout.ts';
export type {
  Alley,
  Facing,
  Hall,
  HallFloor,
  HallLayout,
  Screen,
  SpawnPoint,
  Stand,
} from '../hall/hallLayout.ts';
export { LAYOUT_ISSUE_CODES, LayoutIssueSchema } from '../hall/layoutIssue.ts';
export type { LayoutIssue, LayoutIssueCode } from '../hall/layoutIssue.ts';
export { standBox, standEntrance } from '../hall/standGeometry.ts';
export { buildAlleyGraph, snapToAlleys } from '../hall/alleyGraph.ts';
export type { AlleyGraph, AlleySnap } from '../hall/alleyGraph.ts';
export { findPath } from '../hall/findPath.ts';
export type { PathResult } from '../hall/findPath.ts';
export { validateLayout } from '../hall/validateLayout.ts';
export { nearestStand } from '../hall/nearestStand.ts';
export {
  HallListSchema,
  HallParamsSchema,
  HallSummarySchema,
  PublishedLayoutSchema,
  ValidateLayoutBodySchema,
  ValidateLayoutResultSchema,
} from '../api/halls.ts';
export type { HallSummary, PublishedLayout } from '../api/halls.ts';
