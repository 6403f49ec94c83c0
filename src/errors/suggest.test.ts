import { describe, expect, it } from 'vitest';
import { suggest } from './suggest';

describe('suggest', () => {
  it('finds the name a slip was meant to be, whatever the case', () => {
    expect(suggest('valeu', ['value', 'fact', 'operator'])).toBe('value');
    expect(suggest('supervsor', ['agent', 'supervisor', 'manager'])).toBe('supervisor');
    expect(suggest('ReturnValue', ['returnValue', 'returnShare'])).toBe('returnValue');
  });

  it('suggests nothing when no name is near, or there are none', () => {
    expect(suggest('colour', ['agent', 'supervisor'])).toBeNull();
    expect(suggest('x', [])).toBeNull();
    expect(suggest('agent', ['agent'])).toBeNull();
  });
});
