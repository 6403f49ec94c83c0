import { describe, expect, it } from 'vitest';
import { config, request } from '../test/support/builders';
import { checkConfig, checkRequest } from './check';

describe('checkConfig and checkRequest', () => {
  it('give the typed value, defaults filled in, for valid input', () => {
    const checked = checkRequest(JSON.parse(JSON.stringify(request())));
    expect(checked).toMatchObject({ ok: true, value: { id: 'req-1', purpose: 'return' } });
    expect(checkConfig(JSON.parse(JSON.stringify(config())))).toMatchObject({ ok: true, value: { policy: { maxOffers: 3 } } });
  });

  it('give every problem, without throwing, for invalid input of any type', () => {
    expect(checkRequest('not a request')).toEqual({ ok: false, issues: [{ code: 'wrong-type', path: '', message: 'must be an object ({ … })' }] });
    const broken = checkRequest({ ...request(), channel: 'fax', order: { ...request().order, placedAt: '2026-12-01' } });
    expect(broken.ok ? [] : broken.issues.map((issue) => issue.code)).toEqual(['not-allowed', 'date-order']);
    expect(checkConfig(42)).toMatchObject({ ok: false, issues: [{ path: '' }] });
  });

  it('checks rules against the facts the host will register', () => {
    const rules = [{ name: 'r', conditions: { all: [{ fact: 'mood', operator: 'equal', value: 1 }] }, event: { type: 'flag', params: { flag: 'x' } } }];
    expect(checkConfig(config({ rules })).ok).toBe(false);
    expect(checkConfig(config({ rules }), { facts: { mood: () => 1 } }).ok).toBe(true);
  });
});
