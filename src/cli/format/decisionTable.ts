import type { Decision } from '../../schema/decision';
import { columns } from './columns';

/** A decision for a person: a header, the offers as a table, then withheld, guidance, follow-ups and flags. */
export function decisionTable(decision: Decision): string[] {
  const { currency } = decision;
  return [
    `${decision.clientId} · request ${decision.requestId} · return of ${decision.returnValue} ${currency} · loss if returned ${decision.returnLoss} · refund if declined ${decision.fallback.refund}${decision.experiment ? ` · ${decision.experiment.group} group` : ''}`,
    '',
    ...(decision.offers.length === 0
      ? ['offers: none (the plain return)']
      : columns(
          [
            ['rank', 'offer', 'kind', `cost ${currency}`, `value ${currency}`, `saving ${currency}`, 'accepts', 'approval'],
            ...decision.offers.map((offer) => [
              String(offer.rank),
              offer.offerId,
              offer.kind,
              offer.cost,
              offer.customerValue,
              offer.expectedSaving,
              `${(offer.acceptance.rate * 100).toFixed(0)}% ${offer.acceptance.source}`,
              offer.approval?.level ?? '-',
            ]),
          ],
          [true, false, false, true, true, true, true, false],
        )),
    ...section('withheld', columns(decision.withheld.map((entry) => [entry.offerId, entry.why, entry.detail]))),
    ...section('guidance', decision.guidance.map((note) => `${note.text} (${note.rule})`)),
    ...section('follow-ups', decision.followUps.map((contact) => `after ${contact.afterDays} days by ${contact.channel}: ${contact.purpose} (${contact.rule})`)),
    ...section('flags', [...decision.flags]),
  ];
}

function section(title: string, lines: readonly string[]): string[] {
  return ['', `${title}:${lines.length === 0 ? ' none' : ''}`, ...lines.map((line) => `  ${line}`)];
}
