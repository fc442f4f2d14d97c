import { describe, expect, it } from 'vitest';
import { createSseParser } from './sseParser.ts';

function parse(pieces: string[]): string[] {
  const seen: string[] = [];
  const parser = createSseParser((data) => seen.push(data));
  for (const piece of pieces) parser.push(piece);
  return seen;
}

describe('createSseParser', () => {
  it('gives the data of each complete event', () => {
    expect(parse(['data: {"a":1}\n\ndata: {"b":2}\n\n'])).toEqual(['{"a":1}', '{"b":2}']);
  });

  it('joins an event split across pieces, even inside a line', () => {
    expect(parse(['da', 'ta: {"a"', ':1}\n', '\n'])).toEqual(['{"a":1}']);
  });

  it('skips comments and keep-alives', () => {
    expect(parse([': connected\n\n: keep-alive\n\ndata: x\n\n'])).toEqual(['x']);
  });

  it('joins several data lines with newlines and ignores other fields', () => {
    expect(parse(['event: state\nid: 4\ndata: one\ndata: two\n\n'])).toEqual(['one\ntwo']);
  });

  it('accepts CRLF line breaks, also split between pieces', () => {
    expect(parse(['data: x\r', '\n\r\n'])).toEqual(['x']);
  });

  it('waits for the blank line before giving an event', () => {
    expect(parse(['data: x\n'])).toEqual([]);
  });
});
