import { describe, expect, it } from 'vitest';
import { fillTemplate, placeholders } from './template';

describe('guidance templates', () => {
  const request = { customer: { name: 'Ada' }, order: { id: 'o-9', items: [{ name: 'Sofa' }] } };

  it('fills placeholders from the request, including list items', () => {
    expect(fillTemplate('Call {{ customer.name }} about {{order.items[0].name}} ({{order.id}}).', request)).toBe('Call Ada about Sofa (o-9).');
  });

  it('leaves missing values and objects empty rather than showing template syntax', () => {
    expect(fillTemplate('Hi {{customer.nickname}}{{order}}!', request)).toBe('Hi !');
  });

  it('lists the placeholders a text uses', () => {
    expect(placeholders('{{a.b}} and {{ c }}')).toEqual(['a.b', 'c']);
  });
});
