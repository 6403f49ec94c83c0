import type { DecidedOffer, OrderItem } from 'savedesk';
import { h } from './dom';
import { formatAmount, offerTerms, offerValue } from './offerText';

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

/**
 * One offer as a card. The accept button's accessible name carries the
 * offer's label, so a screen reader user hears which offer each button takes.
 */
export function offerCard(offer: DecidedOffer, currency: string, onAccept: (offer: DecidedOffer) => void): HTMLElement {
  const terms = offerTerms(offer, currency);
  const accept = h('button', { type: 'button', class: 'primary', 'aria-label': `Accept: ${offer.label}` }, 'Accept');
  accept.addEventListener('click', () => onAccept(offer));
  return h(
    'li',
    { class: 'offer', 'data-offer-id': offer.offerId },
    h(
      'div',
      { class: 'offer-body' },
      ...(offer.rank === 1 ? [h('span', { class: 'badge' }, 'Best for you')] : []),
      h('h3', {}, offer.label),
      h('p', { class: 'offer-value' }, offerValue(offer, currency)),
      ...(terms.length > 0 ? [h('p', { class: 'offer-terms' }, capitalize(terms.join(' · ')))] : []),
    ),
    accept,
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
