import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProgramMix, type MixContext } from './ProgramMix.ts';

/** A node of the fake graph: what it is, what it feeds, whether it plays. */
class FakeNode {
  readonly outputs = new Set<FakeNode>();
  readonly offset = { value: 1 };
  playing = false;
  readonly stream = { getAudioTracks: () => [] };
  readonly name: string;
  constructor(name: string) {
    this.name = name;
  }
  connect(target: FakeNode) {
    this.outputs.add(target);
  }
  disconnect() {
    this.outputs.clear();
  }
  start() {
    this.playing = true;
  }
  stop() {
    this.playing = false;
  }
}

/** An AudioContext that only keeps the graph, so a test can see what reaches the mix. */
function fakeAudio() {
  const nodes: FakeNode[] = [];
  const make = (name: string) => {
    const node = new FakeNode(name);
    nodes.push(node);
    return node;
  };
  const destination = make('destination');
  const audio = {
    state: 'running' as AudioContextState,
    onstatechange: null as (() => void) | null,
    resume() {
      audio.state = 'running';
      audio.onstatechange?.();
      return Promise.resolve();
    },
    close: () => Promise.resolve(),
    createMediaStreamDestination: () => destination,
    createConstantSource: () => make('constant'),
    createMediaStreamSource: (stream: { id: string }) => make(`voice:${stream.id}`),
  };
  /** What feeds the mix's destination; a constant source with its offset and whether it plays. */
  const inputs = () =>
    nodes
      .filter((node) => node.outputs.has(destination))
      .map((node) =>
        node.name === 'constant'
          ? `constant(${String(node.offset.value)},${node.playing ? 'on' : 'off'})`
          : node.name,
      );
  /** What a page opened without a click gets. */
  const suspend = () => {
    audio.state = 'suspended';
  };
  return { audio: audio as unknown as MixContext, inputs, suspend };
}

const track = (id: string) => ({ id }) as unknown as MediaStreamTrack;

describe('ProgramMix', () => {
  beforeEach(() => {
    // The mix wraps each voice in a MediaStream; Node has none, so the fake names it by track.
    vi.stubGlobal(
      'MediaStream',
      class {
        readonly id: string;
        constructor(tracks: Array<{ id: string }>) {
          this.id = tracks.map((each) => each.id).join('+');
        }
      },
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('feeds the mix a playing silent source when no voice is on air, so the track has frames', () => {
    const fake = fakeAudio();
    const mix = new ProgramMix(fake.audio);
    expect(fake.inputs()).toEqual(['constant(0,on)']);
    mix.set(new Map());
    expect(fake.inputs()).toEqual(['constant(0,on)']);
  });

  it('adds the voices on air beside the silence and takes off those no longer on air', () => {
    const fake = fakeAudio();
    const mix = new ProgramMix(fake.audio);
    mix.set(new Map([['m', track('m')]]));
    mix.set(
      new Map([
        ['m', track('m')],
        ['s', track('s')],
      ]),
    );
    expect(fake.inputs()).toEqual(['constant(0,on)', 'voice:m', 'voice:s']);
    mix.set(new Map([['s', track('s')]]));
    expect(fake.inputs()).toEqual(['constant(0,on)', 'voice:s']);
    mix.set(new Map());
    expect(fake.inputs()).toEqual(['constant(0,on)']);
  });

  it('says when the browser holds the sound back, and lets it through on resume', () => {
    const fake = fakeAudio();
    const mix = new ProgramMix(fake.audio);
    const changes: boolean[] = [];
    mix.onPausedChange(() => changes.push(mix.paused));
    fake.suspend();
    expect(mix.paused).toBe(true);
    mix.resume();
    expect(mix.paused).toBe(false);
    expect(changes).toEqual([false]);
  });

  it('lets nothing into the mix once closed', () => {
    const fake = fakeAudio();
    const mix = new ProgramMix(fake.audio);
    mix.set(new Map([['m', track('m')]]));
    mix.close();
    expect(fake.inputs()).toEqual([]);
  });
});
