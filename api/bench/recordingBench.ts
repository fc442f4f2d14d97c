/**
 * `npm run bench:recording -w @salon/api -- --minutes 60`: how long finishing a forum recording
 * takes. Makes a WebM the size of an N-minute program at 2.5 Mbit/s written the way
 * MediaRecorder writes it (one minute encoded with ffmpeg, repeated, muxed as a live stream
 * without duration or cues), uploads it to the api in 4 MB chunks as the producer's browser
 * would, and times the finish (remux with ffmpeg, probe, store). Prints, last:
 *   recording-bench: minutes=N size_mb=S upload_s=U finish_s=F remuxed=R duration_s=D
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { RecordingSchema } from '@salon/shared';
import { buildApp } from '../src/app.ts';
import { openPglite } from '../src/db/database.ts';
import { seedDemoFair } from '../src/db/seed/seedDemoFair.ts';
import { issueSession } from '../src/routes/sessions/issueSession.ts';
import { createUser } from '../src/routes/sessions/userRepository.ts';
import { assignStaff } from '../src/routes/studio/eventStaffRepository.ts';
import { loadDemoFair } from '@salon/assets/seed';

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '60' } } });
const minutes = Number(values.minutes);
const CHUNK_BYTES = 4 * 1024 * 1024;
const EVENT = 'ev001';

const work = await mkdtemp(path.join(tmpdir(), 'salon-recording-bench-'));
const ffmpeg = (args: string[]) =>
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args]);

ffmpeg([
  ...['-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=30'],
  ...['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000'],
  ...['-t', '60', '-c:v', 'libvpx', '-b:v', '2500k', '-deadline', 'realtime', '-cpu-used', '8'],
  ...['-c:a', 'libopus', '-b:a', '96k', path.join(work, 'minute.webm')],
]);
await writeFile(
  path.join(work, 'list.txt'),
  Array.from({ length: minutes }, () => "file 'minute.webm'\n").join(''),
);
const live = path.join(work, 'live.webm');
ffmpeg([
  ...['-f', 'concat', '-safe', '0', '-i', path.join(work, 'list.txt')],
  ...['-c', 'copy', '-f', 'webm', '-live', '1', live],
]);

await mkdir(path.join(work, 'uploads'));
const database = await openPglite(null);
await database.migrate();
await seedDemoFair(database.db, loadDemoFair());
const app = await buildApp({
  database,
  sessionSecret: 'bench-secret-bench-secret-bench-secret-0',
  uploadsDir: path.join(work, 'uploads'),
  livekit: null,
  logLevel: 'warn',
});
const producer = await createUser(database.db, {
  email: 'bench-producer@salon.example',
  displayName: 'Продюсер',
  role: 'producer',
});
await assignStaff(database.db, {
  eventId: EVENT,
  role: 'producer',
  userId: producer.id,
  assignedBy: producer.id,
});
const headers = { authorization: `Bearer ${(await issueSession(app, producer)).token}` };
await app.inject({ method: 'POST', url: `/api/events/${EVENT}/studio/live`, headers });

const uploadStart = performance.now();
const file = await open(live);
let size = 0;
try {
  const buffer = Buffer.alloc(CHUNK_BYTES);
  for (let seq = 0; ; seq += 1) {
    const { bytesRead } = await file.read(buffer, 0, CHUNK_BYTES, size);
    if (bytesRead === 0) break;
    const response = await app.inject({
      method: 'POST',
      url: `/api/events/${EVENT}/recording/chunks?seq=${String(seq)}`,
      headers: { ...headers, 'content-type': 'application/octet-stream' },
      payload: Buffer.from(buffer.subarray(0, bytesRead)),
    });
    if (response.statusCode !== 200) throw new Error(`Chunk ${String(seq)}: ${response.body}`);
    size += bytesRead;
  }
} finally {
  await file.close();
}
const uploadSeconds = (performance.now() - uploadStart) / 1000;

const finishStart = performance.now();
const finished = await app.inject({
  method: 'POST',
  url: `/api/events/${EVENT}/recording/finish`,
  headers,
});
const finishSeconds = (performance.now() - finishStart) / 1000;
const recording = RecordingSchema.parse(finished.json());

await app.close();
await database.close();
await rm(work, { recursive: true, force: true });
console.log(
  `recording-bench: minutes=${String(minutes)} size_mb=${(size / 1024 / 1024).toFixed(0)} upload_s=${uploadSeconds.toFixed(1)} finish_s=${finishSeconds.toFixed(2)} remuxed=${String(recording.remuxed)} duration_s=${String(Math.round(recording.durationSeconds ?? 0))}`,
);
