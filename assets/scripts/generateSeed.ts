/**
 * Regenerates the demo fair's seed files in assets/seed/ (`npm run seed:generate -w
 * @salon/assets`). The fair is validated against the shared schemas before anything is written.
 */
import { writeFileSync } from 'node:fs';
import { DEMO_FAIR_PART_NAMES, DemoFairSchema, seedFileText } from '../seed/demoFair.ts';
import { generateDemoFair } from './seed/generateDemoFair.ts';

const fair = DemoFairSchema.parse(generateDemoFair());
for (const part of DEMO_FAIR_PART_NAMES) {
  const url = new URL(`../seed/${part}.json`, import.meta.url);
  writeFileSync(url, seedFileText(fair[part]));
  console.log(`seed/${part}.json: ${fair[part].length} records`);
}
