// The per-visitor share of the day's paid calls: the cap and the refusal's wording, at a fixed time.
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../src/config';
import { visitorBudgetError, visitorPaidCallCap } from '../../src/judges/visitor-budget';

describe('visitorPaidCallCap', () => {
  it('is the share of the daily ceiling, at least one battle, none without a ceiling or a share', () => {
    expect(visitorPaidCallCap(readSettings({}))).toBe(100); // 5% of 2000
    expect(visitorPaidCallCap(readSettings({ DAILY_PAID_JUDGE_CALLS: '1000', VISITOR_DAILY_PAID_SHARE: '0.1' }))).toBe(100);
    expect(visitorPaidCallCap(readSettings({ DAILY_PAID_JUDGE_CALLS: '99', VISITOR_DAILY_PAID_SHARE: '0.05' }))).toBe(4);
    expect(visitorPaidCallCap(readSettings({ DAILY_PAID_JUDGE_CALLS: '10' }))).toBe(2);
    expect(visitorPaidCallCap(readSettings({ DAILY_PAID_JUDGE_CALLS: '0' }))).toBeNull();
    expect(visitorPaidCallCap(readSettings({ VISITOR_DAILY_PAID_SHARE: '0' }))).toBeNull();
    // Malformed or out of range: the default.
    expect(readSettings({ VISITOR_DAILY_PAID_SHARE: '1.5' }).VISITOR_DAILY_PAID_SHARE).toBe(0.05);
    expect(readSettings({ VISITOR_DAILY_PAID_SHARE: 'lots' }).VISITOR_DAILY_PAID_SHARE).toBe(0.05);
  });
});

describe('visitorBudgetError', () => {
  it('is a 429 that says when the visitor can play again, with Retry-After to midnight UTC', () => {
    const now = Date.parse('2026-12-01T18:45:30Z');
    const error = visitorBudgetError(readSettings({}), now);
    expect(error.status).toBe(429);
    expect(error.code).toBe('visitor_budget');
    expect(error.message).toMatch(/5% of the day's paid judge calls/);
    expect(error.message).toMatch(/play again from 00:00 UTC \(in 5 h 15 min\)/);
    expect(error.headers['Retry-After']).toBe(String(5 * 3600 + 14 * 60 + 30));
    expect(visitorBudgetError(readSettings({}), Date.parse('2026-12-01T21:00:10Z')).message).toMatch(/\(in 3 h 0 min\)/);
  });
});
