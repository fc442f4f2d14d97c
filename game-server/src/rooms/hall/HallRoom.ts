/**
 * One hall's room: loads the published layout on creation and keeps who is present. Movement,
 * interest management and sessions arrive with the walkable-hall issue.
 */
import { Room, type Client } from '@colyseus/core';
import { IdSchema } from '@salon/shared';
import { z } from 'zod';
import { Avatar, HallState } from './HallState.ts';
import { fetchPublishedLayout } from './layoutSource.ts';

const CreateOptionsSchema = z.object({ hallId: IdSchema, apiUrl: z.url() });
const JoinOptionsSchema = z.object({ name: z.string().trim().min(1).max(40) });

export class HallRoom extends Room<{ state: HallState }> {
  override maxClients = 300;

  override async onCreate(options: unknown): Promise<void> {
    const { hallId, apiUrl } = CreateOptionsSchema.parse(options);
    const published = await fetchPublishedLayout(apiUrl, hallId);
    this.state = new HallState({ hallId, layoutVersion: published.version });
  }

  override onJoin(client: Client, options: unknown): void {
    const { name } = JoinOptionsSchema.parse(options);
    this.state.avatars.set(client.sessionId, new Avatar({ name }));
  }

  override onLeave(client: Client): void {
    this.state.avatars.delete(client.sessionId);
  }
}
