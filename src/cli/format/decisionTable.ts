import type { Decision } from '../../schema/decision';
import type { Terminal } from '../terminal';
import { groupDigits } from './amount';
import { columns } from './columns';
import { styleOf, wrapTo, type Style } from './style';

/**
 * A decision as an agent's screen shows it: a header, the offers as a table
 * (label beside id, amounts with grouped digits), then withheld, the guidance
 * (wrapped to the terminal), follow-ups and flags.
 */
export function decisionTable(decision: Decision, terminal: Pick<Terminal, 'colour' | 'width'> = {}): string[] {
  const style = styleOf(terminal);
  const { currency } = decision;
  const [header, ...rows] = columns(
    [
      ['rank', 'offer', 'id', 'kind', `cost ${currency}`, `value ${currency}`, `saving ${currency}`, 'approval'],
      ...decision.offers.map((offer) => [
        String(offer.rank),
        offer.label,
        offer.offerId,
        offer.kind,
        groupDigits(offer.cost),
        groupDigits(offer.customerValue),
        groupDigits(offer.expectedSaving),
        offer.approval?.level ?? '-',
      ]),
    ],
    [true, false, false, false, true, true, true, false],
  );
  return [
    style.bold(
      `${decision.clientId} · request ${decision.requestId} · return of ${groupDigits(decision.returnValue)} ${currency} · loss if returned ${groupDigits(decision.returnLoss)} · ${fallbackText(decision.fallback)}`,
    ),
    '',
    ...(decision.offers.length === 0 ? [`${style.bold('offers:')} none (the plain return)`] : [style.bold(header!), ...rows]),
    ...section(style, 'withheld', columns(decision.withheld.map((entry) => [entry.offerId, entry.why, entry.detail]))),
    ...section(style, 'guidance', decision.guidance.flatMap((note) => wrapTo(terminal, `${note.text} ${style.dim(`(${note.rule})`)}`, 2))),
    ...section(style, 'follow-ups', decision.followUps.map((contact) => `after ${contact.afterDays} days by ${contact.channel}: ${contact.purpose} ${style.dim(`(${contact.rule})`)}`)),
    ...section(style, 'flags', decision.flags.map((flag) => style.yellow(flag))),
  ];
}

/** What happens if every offer is declined. */
function fallbackText(fallback: Decision['fallback']): string {
  return 'refund' in fallback ? `refund if declined ${groupDigits(fallback.refund)}` : 'no refund owed';
}

function section(style: Style, title: string, lines: readonly string[]): string[] {
  return ['', `${style.bold(`${title}:`)}${lines.length === 0 ? ' none' : ''}`, ...lines.map((line) => `  ${line}`)];
}
