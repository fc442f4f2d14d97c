/**
 * A deterministic synthetic hall for the render benchmark: east-west theme alleys, each lined on
 * both sides by 4 × 4 m stands facing it, cut every SEGMENT stands by north-south connecting
 * alleys, with as many rows as the stand count needs and about as wide as deep. Every stand has
 * its own exhibitor (the worst case for the branding atlas). The layout passes validateLayout.
 */
import {
  EXHIBITOR_KINDS,
  type Alley,
  type HallFloor,
  type HallLayout,
  type LocalizedText,
  type Stand,
} from '@salon/shared';
import type { ExhibitorLook } from '../../scene/exhibitorLook.ts';
import { seededRandom } from './random.ts';

const STAND = 4;
const ALLEY_WIDTH = 3;
const CONNECTOR_WIDTH = 3;
const SEGMENT = 8;
const MARGIN = 4;
/** From one theme alley's centre line to the next: two rows of stands back to back and a gap. */
const ROW_PITCH = 12;
const SEGMENT_PITCH = SEGMENT * STAND + STAND;

export const SYNTHETIC_TOPICS: readonly (readonly [string, LocalizedText])[] = [
  ['preschool', { ru: 'Дошкольное образование', en: 'Preschool education' }],
  ['school', { ru: 'Общее образование', en: 'School education' }],
  ['vocational', { ru: 'Профессиональное образование', en: 'Vocational education' }],
  ['higher', { ru: 'Высшее образование', en: 'Higher education' }],
  ['digital', { ru: 'Цифровая школа', en: 'Digital school' }],
  ['inclusive', { ru: 'Инклюзивное образование', en: 'Inclusive education' }],
  ['teacher', { ru: 'Учитель будущего', en: 'Teacher of the future' }],
  ['edtech', { ru: 'EdTech', en: 'EdTech' }],
];

const PREFIXES = [
  ['Эду', 'Edu'],
  ['Лого', 'Logo'],
  ['Нейро', 'Neuro'],
  ['Гео', 'Geo'],
  ['Кванто', 'Quanto'],
  ['Лингва', 'Lingua'],
  ['Профи', 'Profi'],
  ['Умно', 'Umno'],
] as const;
const SUFFIXES = [
  ['лаб', 'lab'],
  ['класс', 'class'],
  ['тех', 'tech'],
  [' Центр', ' Centre'],
  [' Школа', ' School'],
  ['сфера', 'sphere'],
  ['трек', 'track'],
  ['код', 'code'],
] as const;

export interface SyntheticHall {
  readonly floor: HallFloor;
  readonly layout: HallLayout;
  readonly exhibitors: ReadonlyMap<string, ExhibitorLook>;
  readonly topics: ReadonlyMap<string, LocalizedText>;
}

export function syntheticHall(standCount: number, seed = 1): SyntheticHall {
  const count = Math.max(0, Math.floor(standCount));
  const random = seededRandom(seed);
  const segments = Math.max(1, Math.round(Math.sqrt(count / 48)));
  const rows = Math.max(1, Math.ceil(count / (2 * segments * SEGMENT)));
  const connectorX = (s: number) => MARGIN + STAND / 2 + s * SEGMENT_PITCH;
  const alleyY = (row: number) => MARGIN + 6 + row * ROW_PITCH;
  const floor = {
    width: connectorX(segments) + STAND / 2 + MARGIN,
    depth: alleyY(rows - 1) + 6 + MARGIN,
  };
  const alleys: Alley[] = [];
  for (let row = 0; row < rows; row += 1) {
    const [topicCode] = SYNTHETIC_TOPICS[row % SYNTHETIC_TOPICS.length] ?? ['school'];
    alleys.push({
      id: `row-${row}`,
      topicCode,
      from: { x: connectorX(0), y: alleyY(row) },
      to: { x: connectorX(segments), y: alleyY(row) },
      width: ALLEY_WIDTH,
    });
  }
  for (let s = 0; s <= segments; s += 1) {
    alleys.push({
      id: `cross-${s}`,
      topicCode: null,
      from: { x: connectorX(s), y: alleyY(0) - 5.5 },
      to: { x: connectorX(s), y: alleyY(rows - 1) + 5.5 },
      width: CONNECTOR_WIDTH,
    });
  }
  const stands: Stand[] = [];
  const exhibitors = new Map<string, ExhibitorLook>();
  const offset = ALLEY_WIDTH / 2 + STAND / 2;
  for (let row = 0; row < rows && stands.length < count; row += 1) {
    for (const side of [-1, 1] as const) {
      for (let slot = 0; slot < segments * SEGMENT && stands.length < count; slot += 1) {
        const segment = Math.floor(slot / SEGMENT);
        const index = stands.length;
        const exhibitorId = `e${index}`;
        stands.push({
          id: `s${index}`,
          exhibitorId,
          x: connectorX(segment) + STAND + (slot % SEGMENT) * STAND,
          y: alleyY(row) + side * offset,
          width: STAND,
          depth: STAND,
          facing: side < 0 ? 'north' : 'south',
        });
        exhibitors.set(exhibitorId, syntheticExhibitor(index, random));
      }
    }
  }
  const screens = [
    {
      id: 'screen-1',
      stageId: 'stage-1',
      x: floor.width / 2,
      y: floor.depth - 2,
      width: 8,
      facing: 'south' as const,
    },
  ];
  const spawnPoints = [{ id: 'spawn-1', x: connectorX(0), y: alleyY(0) }];
  return {
    floor,
    layout: { stands, alleys, screens, spawnPoints },
    exhibitors,
    topics: new Map(SYNTHETIC_TOPICS),
  };
}

function syntheticExhibitor(index: number, random: () => number): ExhibitorLook {
  const [prefixRu, prefixEn] = PREFIXES[index % PREFIXES.length] ?? PREFIXES[0];
  const [suffixRu, suffixEn] =
    SUFFIXES[Math.floor(index / PREFIXES.length) % SUFFIXES.length] ?? SUFFIXES[0];
  const number = Math.floor(index / (PREFIXES.length * SUFFIXES.length)) + 1;
  const hue = Math.floor(random() * 360);
  return {
    name: { ru: `${prefixRu}${suffixRu} ${number}`, en: `${prefixEn}${suffixEn} ${number}` },
    colors: {
      primary: hslHex(hue, 0.55, 0.38),
      accent: hslHex((hue + 150 + random() * 60) % 360, 0.7, 0.6),
    },
    kind: EXHIBITOR_KINDS[index % EXHIBITOR_KINDS.length] ?? 'business',
  };
}

/** #rrggbb for an HSL colour (h in degrees, s and l in 0…1). */
export function hslHex(h: number, s: number, l: number): string {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const value = l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}
