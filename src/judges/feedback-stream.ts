// Incremental extractor for what the visitor should see while a judge writes. Judges usually answer with
// JSON {"feedback": "...", "score": n}; streaming that raw would show braces and escapes, so this streams the
// value of "feedback" as it is written, unescaped. When the output is not JSON it streams the raw text.
// Pure: feed chunks with push(), get the new visible text back; call end() once at the end.
import { FEEDBACK_KEYS } from './critique-text';

const FEEDBACK_KEY_SET = new Set(FEEDBACK_KEYS);
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };

export interface FeedbackStream {
  /** Feeds the next raw chunk; returns the newly visible text (possibly ''). */
  push(chunk: string): string;
  /** Call once when the output is complete; returns any text still to show. */
  end(): string;
}

type Mode = 'start' | 'raw' | 'json' | 'done';

export function createFeedbackStream(): FeedbackStream {
  let mode: Mode = 'start';
  let raw = ''; // everything received, for the fallbacks
  let startBuffer = ''; // text held while deciding between JSON and prose
  let emittedAny = false;

  // JSON scanner state (top-level object only).
  let depth = 0;
  let inString = false;
  let stringRole: 'key' | 'value' | 'nested' = 'nested';
  let inFeedback = false;
  let escape: '' | '\\' | 'u' = '';
  let hex = '';
  let highSurrogate = '';
  let keyBuffer = '';
  let lastKey = '';
  let expectValue = false;

  function decodeUnit(unit: string): string {
    // A \uD83D must wait for its low half so a chunk never carries half a character.
    const code = unit.charCodeAt(0);
    if (highSurrogate) {
      const high = highSurrogate;
      highSurrogate = '';
      if (code >= 0xdc00 && code <= 0xdfff) return high + unit;
      return '\ufffd' + decodeUnit(unit);
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      highSurrogate = unit;
      return '';
    }
    return unit;
  }

  /** Scans JSON characters; returns the feedback text found in this piece. */
  function scanJson(text: string): string {
    let out = '';
    for (let i = 0; i < text.length && mode === 'json'; i++) {
      const ch = text[i];
      if (inString) {
        if (escape === 'u') {
          hex += ch;
          if (hex.length === 4) {
            const unit = String.fromCharCode(parseInt(hex, 16) || 0xfffd);
            if (inFeedback) out += decodeUnit(unit);
            else if (stringRole === 'key') keyBuffer += unit;
            escape = '';
            hex = '';
          }
          continue;
        }
        if (escape === '\\') {
          escape = '';
          if (ch === 'u') {
            escape = 'u';
            continue;
          }
          const decoded = SIMPLE_ESCAPES[ch] ?? ch;
          if (inFeedback) out += decodeUnit(decoded);
          else if (stringRole === 'key') keyBuffer += decoded;
          continue;
        }
        if (ch === '\\') {
          escape = '\\';
          continue;
        }
        if (ch === '"') {
          inString = false;
          if (inFeedback) {
            if (highSurrogate) out += '\ufffd';
            mode = 'done';
          } else if (stringRole === 'key') lastKey = keyBuffer;
          continue;
        }
        if (inFeedback) out += decodeUnit(ch);
        else if (stringRole === 'key') keyBuffer += ch;
        continue;
      }
      if (/\s/.test(ch)) continue;
      if (ch === '"') {
        inString = true;
        if (depth === 1 && expectValue) {
          stringRole = 'value';
          inFeedback = FEEDBACK_KEY_SET.has(lastKey);
          expectValue = false;
        } else if (depth === 1) {
          stringRole = 'key';
          keyBuffer = '';
        } else stringRole = 'nested';
        continue;
      }
      if (depth === 1 && ch === ':') {
        expectValue = true;
        continue;
      }
      if (depth === 1 && expectValue) expectValue = false; // a number, literal, object or array value
      if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') {
        depth--;
        if (depth === 0) mode = 'done';
      }
    }
    return out;
  }

  /** Decides from the first meaningful characters whether the output is JSON (optionally fenced) or prose. */
  function sniff(): string {
    const trimmed = startBuffer.trimStart();
    if (!trimmed) return '';
    if (trimmed.startsWith('`')) {
      if ('```'.startsWith(trimmed)) return ''; // could still become a fence
      if (trimmed.startsWith('```')) {
        const newline = trimmed.indexOf('\n');
        if (newline === -1) return ''; // wait for the end of the fence line
        const afterFence = trimmed.slice(newline + 1);
        if (!afterFence.trimStart()) return '';
        if (afterFence.trimStart().startsWith('{')) return enterJson(afterFence.trimStart());
      }
      return enterRaw();
    }
    if (trimmed.startsWith('{')) return enterJson(trimmed);
    return enterRaw();
  }

  function enterJson(text: string): string {
    mode = 'json';
    depth = 1;
    return scanJson(text.slice(1));
  }

  function enterRaw(): string {
    mode = 'raw';
    return startBuffer.trimStart();
  }

  function visible(text: string): string {
    if (text) emittedAny = true;
    return text;
  }

  return {
    push(chunk) {
      raw += chunk;
      switch (mode) {
        case 'start':
          startBuffer += chunk;
          return visible(sniff());
        case 'raw':
          return visible(chunk);
        case 'json':
          return visible(scanJson(chunk));
        case 'done':
          return '';
      }
    },
    end() {
      if (emittedAny) return visible(highSurrogate ? '\ufffd' : '');
      if (mode === 'raw') return '';
      // Nothing visible yet: JSON without a feedback field shows nothing; anything else shows as written.
      const text = raw.trim();
      const unfenced = text.replace(/^```[a-zA-Z]*\s*\n?/, '').replace(/```\s*$/, '').trim();
      try {
        const value = JSON.parse(unfenced);
        if (value && typeof value === 'object') return '';
      } catch {
        // not JSON
      }
      return visible(text);
    },
  };
}
