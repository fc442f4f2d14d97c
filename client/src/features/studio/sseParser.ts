/**
 * Reads a text/event-stream as it arrives, in arbitrary pieces: calls `onData` with the `data`
 * of each complete event (several `data:` lines joined by newlines). Comments (the server's
 * keep-alives) and other fields are skipped. Needed because the studio stream takes the session
 * as a Bearer header, which EventSource cannot send, so the page reads it with fetch.
 */
export interface SseParser {
  push: (text: string) => void;
}

export function createSseParser(onData: (data: string) => void): SseParser {
  let buffer = '';
  let data: string[] = [];
  const line = (text: string) => {
    if (text === '') {
      if (data.length > 0) onData(data.join('\n'));
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
  };
  return {
    push(text) {
      buffer += text;
      for (;;) {
        const end = buffer.search(/\r\n|\r|\n/);
        if (end === -1) return;
        const breakLength = buffer.startsWith('\r\n', end) ? 2 : 1;
        // A lone \r at the very end may be the first half of \r\n: wait for the next piece.
        if (buffer[end] === '\r' && breakLength === 1 && end === buffer.length - 1) return;
        line(buffer.slice(0, end));
        buffer = buffer.slice(end + breakLength);
      }
    },
  };
}
