import type { CustomerView, OrderItem } from 'savedesk';
import { accept, askForOptions, decline, ServiceError, type PortalRequest } from './api';
import { byId, h } from './dom';
import { formatAmount } from './money';
import { offerTaken, returnBooked, type Confirmation } from './nextSteps';
import { shop } from './shop';
import { itemChoice, offerCard, personPanel, type Choice } from './views';

const { customer, order } = shop;
const form = byId<HTMLFormElement>('return-form');

byId('brand').textContent = shop.brand;
// deliveredAt is a date: read as midnight UTC, so shown in UTC to be the same day in every time zone.
const delivered = new Date(order.deliveredAt).toLocaleDateString('en', { dateStyle: 'long', timeZone: 'UTC' });
byId('order-summary').textContent = `Order ${order.id}, delivered ${delivered}`;
byId('items').append(...order.items.map((item) => itemChoice(item, order.currency)));
byId('reason').append(...shop.reasons.map(({ code, label }) => h('option', { value: code }, label)));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void showOptions();
});

/** The return request a portal sends: channel `portal`; the service adds the time and the portal's level. */
function returnRequest(item: OrderItem, reasonCode: string, note: string): PortalRequest {
  return {
    id: `portal-${crypto.randomUUID()}`,
    channel: 'portal',
    customer,
    order,
    lines: [{ sku: item.sku, quantity: item.quantity }],
    reason: { code: reasonCode, ...(note === '' ? {} : { note }) },
  };
}

async function showOptions(): Promise<void> {
  const data = new FormData(form);
  const item = order.items.find(({ sku }) => sku === data.get('sku'));
  const reason = shop.reasons.find(({ code }) => code === data.get('reason'));
  if (item === undefined || reason === undefined) return;
  const button = byId<HTMLButtonElement>('see-options');
  button.disabled = true;
  try {
    const { requestId, view } = await askForOptions(returnRequest(item, reason.code, String(data.get('note')).trim()));
    renderOptions(requestId, view, item, reason.person === true);
  } catch (error) {
    showError(error);
  } finally {
    button.disabled = false;
  }
}

function renderOptions(requestId: string, view: CustomerView, item: OrderItem, faulty: boolean): void {
  const name = item.name ?? item.sku;
  const { offers, fallback, currency } = view;
  const owed = fallback.kind === 'return';
  const sorry = faulty ? `We're sorry about the ${name}: that should not happen.` : `We're sorry the ${name} didn't work out.`;
  byId('options-intro').textContent = offers.length === 0 ? sorry : `Sorted by what you get, most first.${owed ? ' Or return it as usual for a full refund.' : ''}`;
  const noRefund = byId('no-refund');
  noRefund.hidden = owed;
  noRefund.textContent = owed ? '' : `No refund is owed for this item: ${fallback.detail.replace(/: no refund is owed$/, '')}.`;
  const person = byId('person');
  person.hidden = !faulty && owed;
  person.replaceChildren(
    ...personPanel(order.id, faulty ? 'If it is faulty or arrived damaged, one of our team can send a replacement straight away or arrange a repair, as well as the refund below.' : 'One of our team will look at what we can do.'),
  );
  byId('offer-list').replaceChildren(...offers.map((offer) => offerCard(offer, item, currency, fallback, (choice) => void take(requestId, choice, item, currency))));
  byId('plain-return').replaceChildren(...plainReturn(requestId, view, item, offers.length > 0));
  byId('error').hidden = true;
  byId('options').hidden = false;
  byId('options-heading').focus();
}

/** The plain return as a button when a refund is owed (`#no-refund` says why when none is). */
function plainReturn(requestId: string, view: CustomerView, item: OrderItem, hasOffers: boolean): HTMLElement[] {
  const { fallback } = view;
  if (fallback.kind === 'none') return [];
  const refund = formatAmount(fallback.refund, view.currency);
  const button = h('button', { type: 'button', class: hasOffers ? 'secondary' : 'primary' }, hasOffers ? `No thanks, return it for a ${refund} refund` : `Return it for a ${refund} refund`);
  button.addEventListener('click', () => void settle(() => decline(requestId), returnBooked(item, refund)));
  return [button];
}

async function take(requestId: string, choice: Choice, item: OrderItem, currency: string): Promise<void> {
  await settle(() => accept(requestId, choice.offer.offerId), offerTaken(choice, item, currency));
}

/** Sends the shopper's answer; the confirmation shows only once the service has recorded it. */
async function settle(send: () => Promise<unknown>, confirmation: Confirmation): Promise<void> {
  try {
    await send();
  } catch (error) {
    showError(error);
    return;
  }
  byId('start').hidden = true;
  byId('options').hidden = true;
  byId('confirmation-heading').textContent = confirmation.heading;
  byId('confirmation-text').textContent = confirmation.text;
  byId('next-steps').replaceChildren(...confirmation.steps.map((step) => h('li', {}, step)));
  byId('confirmation').hidden = false;
  byId('confirmation-heading').focus();
}

function showError(error: unknown): void {
  console.error(error);
  const message = byId('error');
  message.textContent =
    error instanceof ServiceError && error.status === 409
      ? 'That option is no longer available. Please choose another, or contact us.'
      : 'Something went wrong on our side. Please try again, or contact us and we will sort out your return.';
  message.hidden = false;
}
