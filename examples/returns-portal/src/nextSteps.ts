import type { CustomerOffer, OrderItem } from 'savedesk';
import { formatAmount } from './money';
import type { Choice } from './views';

/** What the confirmation says: a heading, one sentence, and the steps that follow. */
export interface Confirmation {
  readonly heading: string;
  readonly text: string;
  readonly steps: readonly string[];
}

const label = 'We email you a prepaid return label now: print it, or show the QR code at any drop-off point.';
const sendWithin = (what: string) => `Pack ${what} and drop it off within 14 days.`;

/** The confirmation for an offer taken: what the shopper has now, and what they do next. */
export function offerTaken({ offer, variant }: Choice, item: OrderItem, currency: string): Confirmation {
  const name = item.name ?? item.sku;
  const total = formatAmount(offer.total, currency);
  const text = `You chose: ${offer.label}.`;
  switch (offer.kind) {
    case 'store_credit':
      return { heading: 'Your store credit is ready', text, steps: [`${total} of store credit is in your account now, to spend on anything.`, label, sendWithin(`the ${name}`)] };
    case 'keep_item':
    case 'discount':
      return { heading: 'Keep it — your money is on its way', text, steps: [`Keep the ${name}: there is nothing to send back.`, `${total} goes back to the card you paid with within 5 working days.`] };
    case 'exchange': {
      const wanted = variant === undefined ? 'your new one' : `the ${Object.values(variant).join(', ')}`;
      return { heading: 'Your exchange is booked', text, steps: [`We ship ${wanted} today, free of charge.`, label, sendWithin(`the one you have`)] };
    }
    case 'coupon':
      return { heading: 'Your voucher is on its way', text, steps: [`Keep the ${name}.`, ...couponStep(offer, total, currency)] };
    default:
      return { heading: 'All set — thank you for staying with us', text, steps: [`We email the details to you now.`, `Keep the ${name} until we tell you otherwise.`] };
  }
}

function couponStep(offer: CustomerOffer, total: string, currency: string): string[] {
  const { validDays, minSpend } = offer.terms;
  const on = minSpend === undefined ? '' : ` on orders of ${formatAmount(minSpend, currency)} or more`;
  return [`Your ${total} code arrives by email${on}${validDays === undefined ? '' : `, valid ${validDays} days`}.`];
}

/** The confirmation for the plain return. */
export function returnBooked(item: OrderItem, refund: string): Confirmation {
  return {
    heading: 'Your return is booked',
    text: `We're sorry the ${item.name ?? item.sku} didn't work out.`,
    steps: [label, sendWithin(`the ${item.name ?? item.sku}`), `Your ${refund} refund reaches the card you paid with within 5 working days of the parcel reaching us.`],
  };
}
