import { describe, expect, it } from 'vitest';
import { createDesk, type ClientConfig, type ReturnRequest } from '../src/index';
import { config, request } from './support/builders';

describe('desk.warm', () => {
  it('decides the samples and leaves every later decision as a cold desk makes it, a failing sample skipped', async () => {
    const cold = createDesk(config() as ClientConfig);
    const warmed = createDesk(config() as ClientConfig);
    const sample = request() as ReturnRequest;
    const refused = { ...sample, lines: [] } as unknown as ReturnRequest;
    await expect(cold.decide(refused)).rejects.toThrow();
    await expect(warmed.warm([refused, sample], 50)).resolves.toBeUndefined();
    const next = request({ id: 'req-2' }) as ReturnRequest;
    expect(await warmed.decide(next)).toEqual(await cold.decide(next));
  });
});
