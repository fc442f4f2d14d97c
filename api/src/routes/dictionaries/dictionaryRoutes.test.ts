import { RegionListSchema, TopicListSchema } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/testApp.ts';
import { demoFair } from '../../../test/testDatabases.ts';

const app = useTestApp();

describe('GET /api/regions', () => {
  it('lists every region of the fair', async () => {
    const regions = RegionListSchema.parse((await app().inject('/api/regions')).json());
    expect(regions).toHaveLength(demoFair.regions.length);
  });
});

describe('GET /api/topics', () => {
  it('lists the topics in their display order', async () => {
    const topics = TopicListSchema.parse((await app().inject('/api/topics')).json());
    expect(topics).toEqual(demoFair.topics);
  });
});
