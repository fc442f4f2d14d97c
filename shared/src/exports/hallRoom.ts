/** Avatars in the hall room: movement, collision, stepping, colours, and the room's protocol. */

export {
  MOVEMENT,
  POSITION_QUANTUM,
  TICK_SECONDS,
  dequantize,
  dequantizeHeading,
  quantize,
  quantizeHeading,
} from '../movement/movementRules.ts';
export { buildCollisionWorld } from '../movement/collisionWorld.ts';
export type { CollisionWorld } from '../movement/collisionWorld.ts';
export { collide, isWalkable } from '../movement/collide.ts';
export { isMoving, stepAvatar } from '../movement/stepAvatar.ts';
export type { Motion, MotionIntent } from '../movement/stepAvatar.ts';
export { avatarColor } from '../fair/avatarColor.ts';
export {
  AVATAR_STATES,
  HALL_CLOSE_CODES,
  HALL_MESSAGES,
  HALL_ROOM,
  HallJoinOptionsSchema,
} from '../protocol/hallProtocol.ts';
export type {
  AvatarState,
  HallJoinOptions,
  HallMessage,
  HallMessageType,
} from '../protocol/hallProtocol.ts';
