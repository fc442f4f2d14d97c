/**
 * rtc-node starts its native side with log capture on: every log record of the Rust SDK and of
 * libwebrtc, trace level included, is sent to JavaScript as its own event, decoded there and
 * handed to every Room of the process, each behind a lock, and then dropped. A process with ten
 * participants got about 55,000 of them in a ten-second benchmark, which cost more CPU than all
 * the WebRTC work: the harness, not the server, then set the latency it measured.
 *
 * Starting the native side again with capture off keeps rtc-node's own event callback and leaves
 * native logs to env_logger, which prints what RUST_LOG asks for: nothing unless set, as before
 * (rtc-node dropped them), so that rooms closing under a test do not print alarming errors.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { FfiEvent, livekitInitialize } from '@livekit/rtc-ffi-bindings';
import { VideoSource } from '@livekit/rtc-node';

let done = false;

export function stopForwardingNativeLogs(): void {
  if (done) return;
  const rtcNodeEntry = fileURLToPath(import.meta.resolve('@livekit/rtc-node'));
  // Two copies of the bindings would be two native servers: ours would change nothing.
  const theirs = createRequire(rtcNodeEntry).resolve('@livekit/rtc-ffi-bindings');
  const ours = createRequire(import.meta.url).resolve('@livekit/rtc-ffi-bindings');
  if (theirs !== ours) {
    throw new Error(
      `@livekit/rtc-ffi-bindings: rtc-node uses ${theirs}, the api ${ours}; pin the api's to rtc-node's version`,
    );
  }
  // Read once, when the native side starts: on first use, which the next line makes.
  process.env.RUST_LOG ??= 'off';
  new VideoSource(2, 2);
  const client = globalThis._ffiClientInstance;
  if (!client) throw new Error('rtc-node did not start its native side');
  const { version } = JSON.parse(
    readFileSync(new URL('../package.json', `file://${rtcNodeEntry}`), 'utf8'),
  ) as { version: string };
  livekitInitialize((data) => client.emit('ffi_event', FfiEvent.fromBinary(data)), false, version);
  done = true;
}
