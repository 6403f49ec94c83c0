import { describe, expect, it } from 'vitest';
import type { ValidConfig } from '../../schema/config';
import type { Comparison } from '../../schema/rule';
import { config } from '../../../test/support/builders';
import { valueTypes } from './valueTypes';

/** The warning for one comparison, or null. */
const warningFor = (comparison: Comparison) =>
  valueTypes(config({ rules: [{ name: 'r', conditions: { all: [comparison] }, event: { type: 'flag', params: { flag: 'x' } } }] }) as ValidConfig)[0]?.message ?? null;

describe('valueTypes', () => {
  it.each<[string, Comparison]>([
    ['number fact, text value', { fact: 'returnValue', operator: 'greaterThan', value: 'lots' }],
    ['number fact, text in equal', { fact: 'orderCount', operator: 'equal', value: '3' }],
    ['text fact, number value', { fact: 'reason', operator: 'equal', value: 3 }],
    ['text fact with a numeric operator', { fact: 'customerSegment', operator: 'lessThan', value: 3 }],
    ['array fact with equal', { fact: 'customerTags', operator: 'equal', value: 'vip' }],
    ['array fact with notEqual', { fact: 'skus', operator: 'notEqual', value: 'SOFA' }],
    ['array fact with in', { fact: 'categories', operator: 'in', value: ['sofa'] }],
    ['a number in a list for a text fact', { fact: 'channel', operator: 'in', value: ['phone', 7] }],
    ['contains on a text fact', { fact: 'reason', operator: 'contains', value: 'firm' }],
    ['contains with a number', { fact: 'itemTags', operator: 'doesNotContain', value: 3 }],
  ])('warns about %s', (_, comparison) => {
    expect(warningFor(comparison)).toMatch(/never|whole list/);
  });

  it.each<[string, Comparison]>([
    ['a number compared with a number', { fact: 'returnValue', operator: 'greaterThanInclusive', value: 100 }],
    ['a fact that may be null compared with null', { fact: 'tenureDays', operator: 'equal', value: null }],
    ['text in a list of text', { fact: 'reason', operator: 'in', value: ['too-firm', 'too-soft'] }],
    ['contains on an array fact', { fact: 'categories', operator: 'contains', value: 'sofa' }],
    ['a value that refers to a fact', { fact: 'returnValue', operator: 'greaterThan', value: { fact: 'orderTotal' } }],
    ['a decorated operator', { fact: 'categories', operator: 'someFact:equal', value: 'sofa' }],
    ['a path into the request', { fact: 'request', operator: 'equal', value: 'x', path: '$.order.id' }],
    ['a host fact', { fact: 'underWarranty', operator: 'equal', value: true }],
  ])('leaves alone %s', (_, comparison) => {
    expect(warningFor(comparison)).toBeNull();
  });
});
