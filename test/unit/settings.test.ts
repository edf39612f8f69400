// Settings are parsed in one place (src/config.ts); timeouts and the offline mode are derived from them.
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../src/config';
import { callTimeouts } from '../../src/judges/timeouts';

describe('readSettings', () => {
  it('gives the documented defaults when nothing is set', () => {
    const s = readSettings({});
    expect(s).toMatchObject({
      JUDGE_TIMEOUT_MS: 60_000,
      JUDGE_FIRST_TOKEN_TIMEOUT_MS: 20_000,
      OFFLINE_JUDGES: 'auto',
      DISABLED_JUDGES: [],
      DAILY_PAID_JUDGE_CALLS: 2000,
      JUDGMENT_CACHE: 'on',
    });
  });

  it('reads the judge settings that src/judges used to parse itself', () => {
    const s = readSettings({ OFFLINE_JUDGES: ' ON ', DISABLED_JUDGES: ' gpt-4o, ,claude-3-sonnet ', JUDGE_TIMEOUT_MS: '5000' });
    expect(s.OFFLINE_JUDGES).toBe('on');
    expect(s.DISABLED_JUDGES).toEqual(['gpt-4o', 'claude-3-sonnet']);
    expect(s.JUDGE_TIMEOUT_MS).toBe(5000);
  });

  it('falls back to the default for a malformed value, setting by setting', () => {
    const s = readSettings({ OFFLINE_JUDGES: 'sometimes', JUDGE_TIMEOUT_MS: '0', JUDGE_FIRST_TOKEN_TIMEOUT_MS: 'soon', BOOTSTRAP_ROUNDS: '500' });
    expect(s.OFFLINE_JUDGES).toBe('auto');
    expect(s.JUDGE_TIMEOUT_MS).toBe(60_000);
    expect(s.JUDGE_FIRST_TOKEN_TIMEOUT_MS).toBe(20_000);
    expect(s.BOOTSTRAP_ROUNDS).toBe(500);
  });

  it('parses an Env once and hands back the same settings', () => {
    const env = { PRELIMINARY_VOTES: '7' };
    expect(readSettings(env)).toBe(readSettings(env));
    expect(readSettings({ PRELIMINARY_VOTES: '8' }).PRELIMINARY_VOTES).toBe(8);
  });

  it('feeds the judges’ call timeouts', () => {
    expect(callTimeouts({ JUDGE_TIMEOUT_MS: '4000', JUDGE_FIRST_TOKEN_TIMEOUT_MS: '9000' })).toEqual({ firstTokenMs: 4000, totalMs: 4000, stallMs: 4000 });
  });
});
