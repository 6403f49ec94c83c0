import { createDesk, type DecidedOffer, type Decision, type OrderItem, type ReturnRequest } from 'savedesk';
import config from 'virtual:savedesk-client';
import sample from './sample-order.json';
import { byId, h } from './dom';
import { formatAmount, offerValue } from './offerText';
import { itemChoice, offerCard } from './views';

// Compiled once when the page loads; every "See my options" reuses it.
const desk = createDesk(config);
const { customer, order } = sample;
const form = byId<HTMLFormElement>('return-form');

byId('brand').textContent = config.client.name;
// deliveredAt is a date: read as midnight UTC, so shown in UTC to be the same day in every time zone.
const delivered = new Date(order.deliveredAt).toLocaleDateString('en', { dateStyle: 'long', timeZone: 'UTC' });
byId('order-summary').textContent = `Order ${order.id}, delivered ${delivered}`;
byId('items').append(...order.items.map((item) => itemChoice(item, order.currency)));
byId('reason').append(...(config.reasons ?? []).map(({ code, label }) => h('option', { value: code }, label)));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void showOffers();
});

/** The return request a portal sends: channel `portal`, so the core never proposes an offer that needs approval. */
function returnRequest(item: OrderItem, reasonCode: string, note: string): ReturnRequest {
  return {
    id: `portal-${crypto.randomUUID()}`,
    receivedAt: new Date().toISOString(), // the page may read the clock; the core never does
    channel: 'portal',
    customer,
    order,
    lines: [{ sku: item.sku, quantity: item.quantity }],
    reason: { code: reasonCode, ...(note === '' ? {} : { note }) },
  };
}

async function showOffers(): Promise<void> {
  const data = new FormData(form);
  const item = order.items.find(({ sku }) => sku === data.get('sku'));
  if (item === undefined) return;
  let decision: Decision;
  try {
    decision = await desk.decide(returnRequest(item, String(data.get('reason')), String(data.get('note')).trim()));
  } catch (error) {
    showError(error);
    return;
  }
  // The core already withholds what a portal may not give; the page still shows only what needs no approval.
  const offers = decision.offers.filter((offer) => offer.approval === null);
  const refund = formatAmount(decision.fallback.refund, decision.currency);
  byId('offers-intro').textContent =
    offers.length === 0
      ? `We're sorry the ${item.name ?? item.sku} didn't work out.`
      : `You can still return the ${item.name ?? item.sku}. Or, if one of these helps, we'd love you to keep your order:`;
  byId('offer-list').replaceChildren(...offers.map((offer) => offerCard(offer, decision.currency, (taken) => confirmOffer(taken, decision.currency))));
  const continueReturn = byId('continue-return');
  continueReturn.textContent = offers.length === 0 ? `Return it for a ${refund} refund` : `No thanks, return it for a ${refund} refund`;
  // Assigned, not added: a second "See my options" replaces the handler for the item now chosen.
  continueReturn.onclick = () => confirmReturn(item, refund);
  byId('error').hidden = true;
  byId('offers').hidden = false;
  byId('offers-heading').focus();
}

function confirmOffer(offer: DecidedOffer, currency: string): void {
  showConfirmation('All set — thank you for staying with us', `You chose: ${offer.label} (${offerValue(offer, currency).toLowerCase()}). We'll email the details for order ${order.id}.`);
}

function confirmReturn(item: OrderItem, refund: string): void {
  showConfirmation('Your return is booked', `We'll email a prepaid label for the ${item.name ?? item.sku}. Your ${refund} refund follows once it reaches us.`);
}

/** Replaces the form and offers with the outcome, and moves focus there so it is announced. */
function showConfirmation(heading: string, text: string): void {
  byId('start').hidden = true;
  byId('offers').hidden = true;
  byId('confirmation-heading').textContent = heading;
  byId('confirmation-text').textContent = text;
  byId('confirmation').hidden = false;
  byId('confirmation-heading').focus();
}

function showError(error: unknown): void {
  console.error(error);
  const message = byId('error');
  message.textContent = 'Something went wrong on our side. Please try again, or contact us and we will sort out your return.';
  message.hidden = false;
}
