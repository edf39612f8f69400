import { describe, expect, it } from 'vitest';
import { SseParser } from '../../web/src/api/sse-parser';

describe('SseParser', () => {
  it('parses named events with JSON data', () => {
    const parser = new SseParser();
    const events = parser.feed('event: delta\ndata: {"judge":"A","text":"Hi"}\n\nevent: done\ndata: {}\n\n');
    expect(events).toEqual([
      { event: 'delta', data: '{"judge":"A","text":"Hi"}' },
      { event: 'done', data: '{}' },
    ]);
  });

  it('keeps a partial event until the rest arrives, whatever the chunk boundaries', () => {
    const stream = 'event: judgment\ndata: {"judge":"B","score":4}\n\n';
    for (let cut = 1; cut < stream.length; cut++) {
      const parser = new SseParser();
      const events = [...parser.feed(stream.slice(0, cut)), ...parser.feed(stream.slice(cut))];
      expect(events, `cut at ${cut}`).toEqual([{ event: 'judgment', data: '{"judge":"B","score":4}' }]);
    }
  });

  it('accepts CRLF and CR line endings, split between chunks', () => {
    const parser = new SseParser();
    expect(parser.feed('event: a\r\ndata: 1\r')).toEqual([]);
    expect(parser.feed('\n\r\nevent: b\rdata: 2\r')).toEqual([{ event: 'a', data: '1' }]);
    // A lone trailing CR may be half of CRLF, so the blank line is only known once the next byte arrives.
    expect(parser.feed('\r')).toEqual([]);
    expect(parser.feed('\n')).toEqual([{ event: 'b', data: '2' }]);
  });

  it('ignores comments (heartbeats) and events without data; defaults the name to message', () => {
    const parser = new SseParser();
    expect(parser.feed(': ping\n\nevent: lonely\n\ndata: x\n\n')).toEqual([{ event: 'message', data: 'x' }]);
  });

  it('joins multi-line data with newlines and strips only one leading space', () => {
    const parser = new SseParser();
    expect(parser.feed('data:  two spaces\ndata:none\n\n')).toEqual([{ event: 'message', data: ' two spaces\nnone' }]);
  });
});
