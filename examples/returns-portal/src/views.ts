import type { CustomerOffer, Fallback, OrderItem } from 'savedesk';
import { h } from './dom';
import { formatAmount } from './money';
import { offerBreakdown, offerConditions, offerValue } from './offerText';
import { shop, type VariantOption } from './shop';

/** One order line as a radio choice: name and price. */
export function itemChoice(item: OrderItem, currency: string): HTMLElement {
  return h(
    'label',
    { class: 'item' },
    h('input', { type: 'radio', name: 'sku', value: item.sku, required: '' }),
    h('span', { class: 'item-name' }, item.name ?? item.sku),
    h('span', { class: 'item-price' }, formatAmount(item.unitPrice, currency)),
  );
}

/** What the shopper chose to take: the offer, and for an exchange the variant they want. */
export interface Choice {
  readonly offer: CustomerOffer;
  readonly variant?: Readonly<Record<string, string>>;
}

/**
 * One offer as a card: what the shopper gets in total, how it is made up, its
 * conditions, and for an exchange which size or colour to send. The button's
 * accessible name carries the offer's label, so a screen reader user hears
 * which offer each button takes.
 */
export function offerCard(offer: CustomerOffer, item: OrderItem, currency: string, fallback: Fallback, onChoose: (choice: Choice) => void): HTMLElement {
  const breakdown = offerBreakdown(offer, currency, fallback);
  const conditions = offerConditions(offer, currency);
  const variants = shop.variants[item.sku] ?? [];
  const picker = offer.kind === 'exchange' && variants.length > 0 ? variantPicker(offer, variants) : undefined;
  const choose = h('button', { type: 'button', class: 'primary', 'aria-label': `Choose: ${offer.label}` }, 'Choose this');
  choose.addEventListener('click', () => {
    const variant = picker?.read();
    if (variant !== null) onChoose({ offer, ...(variant === undefined ? {} : { variant }) });
  });
  return h(
    'li',
    { class: 'offer', 'data-offer-id': offer.offerId },
    h('h3', {}, offer.label),
    h('p', { class: 'offer-value' }, offerValue(offer, currency)),
    ...(breakdown === undefined ? [] : [h('p', { class: 'offer-breakdown' }, breakdown)]),
    ...(conditions.length === 0 ? [] : [h('p', { class: 'offer-terms' }, capitalize(conditions.join(' · ')))]),
    ...(picker === undefined ? [] : [picker.element]),
    h('div', { class: 'offer-action' }, choose),
  );
}

/**
 * "Which size or colour?": one select per way the item comes, the shopper's
 * own preselected. `read()` gives the wanted variant, or null (with the
 * problem shown) when nothing was changed.
 */
function variantPicker(offer: CustomerOffer, options: readonly VariantOption[]): { element: HTMLElement; read: () => Record<string, string> | null } {
  const ways = new Intl.ListFormat('en', { type: 'disjunction' }).format(options.map((option) => option.name.toLowerCase()));
  const problem = h('p', { class: 'picker-problem', id: `${offer.offerId}-problem`, role: 'alert', hidden: '' });
  const selects = options.map((option) => {
    const select = h(
      'select',
      { id: `${offer.offerId}-${option.name.toLowerCase()}`, name: option.name, 'aria-describedby': problem.id },
      ...option.values.map((value) => h('option', { value, ...(value === option.current ? { selected: '' } : {}) }, value === option.current ? `${value} (yours)` : value)),
    ) as HTMLSelectElement;
    select.addEventListener('change', () => (problem.hidden = true));
    return { option, select };
  });
  const element = h(
    'fieldset',
    { class: 'picker' },
    h('legend', {}, `Which ${ways} would you like?`),
    h('div', { class: 'picker-fields' }, ...selects.map(({ option, select }) => h('div', { class: 'picker-field' }, h('label', { for: select.id }, option.name), select))),
    problem,
  );
  const read = () => {
    const wanted = Object.fromEntries(selects.map(({ option, select }) => [option.name, select.value]));
    if (selects.some(({ option, select }) => select.value !== option.current)) {
      problem.hidden = true;
      return wanted;
    }
    problem.textContent = `Choose a ${ways} different from the one you have.`;
    problem.hidden = false;
    selects[0]!.select.focus();
    return null;
  };
  return { element, read };
}

/** A way to reach a person, for a faulty or damaged item (a person can send a replacement) or when no refund is owed. */
export function personPanel(orderId: string, why: string): HTMLElement[] {
  const chat = `${shop.support.chat}?order=${encodeURIComponent(orderId)}`;
  return [
    h('h3', { id: 'person-heading' }, 'Rather talk to a person?'),
    h('p', {}, why),
    h(
      'p',
      { class: 'person-actions' },
      h('a', { class: 'button primary', href: chat }, 'Chat with us'),
      h('a', { class: 'button secondary', href: `tel:${shop.support.phone.replace(/\s/g, '')}` }, `Call ${shop.support.phone}`),
    ),
    h('p', { class: 'person-hours' }, `${shop.support.hours}. Have your order number ready: ${orderId}.`),
  ];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
