import { describe, expect, it } from 'vitest';
import {
  POSITION_QUANTUM,
  dequantize,
  dequantizeHeading,
  quantize,
  quantizeHeading,
} from './movementRules.ts';

describe('quantize', () => {
  it('round-trips positions to within half a quantum', () => {
    for (const metres of [0, 0.04, 12.345, 159.99, -3.21]) {
      expect(Math.abs(dequantize(quantize(metres)) - metres)).toBeLessThanOrEqual(
        POSITION_QUANTUM / 2,
      );
    }
  });

  it('fits the largest floor in a signed 16-bit integer', () => {
    expect(quantize(2000)).toBeLessThanOrEqual(32767);
    expect(quantize(-2000)).toBeGreaterThanOrEqual(-32768);
  });
});

describe('quantizeHeading', () => {
  it('maps any angle to a byte and back within one step', () => {
    for (const radians of [0, 1, Math.PI, -Math.PI / 2, 7 * Math.PI]) {
      const byte = quantizeHeading(radians);
      expect(byte).toBeGreaterThanOrEqual(0);
      expect(byte).toBeLessThan(256);
      const back = dequantizeHeading(byte);
      const diff = Math.abs(Math.atan2(Math.sin(back - radians), Math.cos(back - radians)));
      expect(diff).toBeLessThanOrEqual((2 * Math.PI) / 256);
    }
  });
});
