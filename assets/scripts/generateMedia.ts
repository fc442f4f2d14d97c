/**
 * Generates the demo fair's media into assets/videos/ and assets/materials/ (`npm run
 * media:generate -w @salon/assets`, add `-- --force` to remake files that exist): six video
 * presentations (WebM, MP4, poster, Russian and English captions), six PDF brochures and four
 * infographics. The files are committed; this script is how they were made. Each file is
 * written to a scratch folder first and moved into place whole, so an interrupted run leaves
 * no half-written file that a later run would skip.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { resolveAssetPath } from '../media.ts';
import { brochureJobs } from './media/brochures.ts';
import { BROCHURES, INFOGRAPHICS, VIDEOS } from './media/catalogue.ts';
import { infographicJobs } from './media/infographics.ts';
import { FONTS, hasTool, type MediaJob } from './media/tools.ts';
import { videoJobs } from './media/videos.ts';

const force = process.argv.includes('--force');

if (!hasTool('ffmpeg')) {
  throw new Error('ffmpeg is not installed: apt-get install ffmpeg');
}
for (const font of Object.values(FONTS)) {
  if (!existsSync(font)) throw new Error(`${font} is missing: apt-get install fonts-dejavu-core`);
}

const workFolder = mkdtempSync(join(tmpdir(), 'salon-media-'));
try {
  for (const folder of ['videos', 'materials'])
    mkdirSync(resolveAssetPath(folder), { recursive: true });
  const jobs: MediaJob[] = [
    ...VIDEOS.flatMap((video) => videoJobs(video, workFolder)),
    ...brochureJobs(BROCHURES),
    ...infographicJobs(INFOGRAPHICS, workFolder),
  ];
  let total = 0;
  for (const job of jobs) {
    const target = resolveAssetPath(job.path);
    if (existsSync(target) && !force) {
      console.log(`${job.path}: exists, skipped (use --force to remake it)`);
    } else {
      const scratch = join(workFolder, `out-${basename(job.path)}`);
      await job.make(scratch);
      copyFileSync(scratch, `${target}.partial`);
      renameSync(`${target}.partial`, target);
      console.log(`${job.path}: ${String(statSync(target).size)} bytes`);
    }
    total += statSync(target).size;
  }
  console.log(`${String(jobs.length)} files, ${(total / 1024 / 1024).toFixed(2)} MB in all`);
} finally {
  rmSync(workFolder, { recursive: true, force: true });
}
