import { formatMoney } from '../money/money';
import type { ValidConfig } from '../schema/config';
import type { Outcome } from '../schema/outcome';
import { compareText } from './acceptance';
import type { ApprovalRow, Spend, SpendRow } from './reportTypes';
import { cell, moneyFigures, MoneyTally } from './tallies';

/** Concession spend by level and by agent, and approvals by the level they needed. */
export class SpendTally {
  private readonly all = new MoneyTally();
  private readonly byLevel = new Map<string, MoneyTally>();
  private readonly byAgent = new Map<string | null, MoneyTally>();
  private readonly approvals = new Map<string, { shown: number; given: MoneyTally }>();

  add(outcome: Outcome): void {
    const { result } = outcome;
    const accepted = result.status === 'accepted' ? result : undefined;
    for (const offer of outcome.offers) {
      if (offer.approval === null) continue;
      const row = cell(this.approvals, offer.approval.level, () => ({ shown: 0, given: new MoneyTally() }));
      row.shown += 1;
      if (accepted?.offerId === offer.offerId) row.given.add(accepted.cost);
    }
    if (accepted === undefined) return;
    this.all.add(accepted.cost);
    // The level whose authority gave it: the approver's when it was approved, else the caller's own.
    cell(this.byLevel, accepted.approvedBy?.level ?? outcome.level, () => new MoneyTally()).add(accepted.cost);
    cell(this.byAgent, outcome.agentId, () => new MoneyTally()).add(accepted.cost);
  }

  result(config: Pick<ValidConfig, 'policy'>, digits: number): { spend: Spend; approvals: ApprovalRow[] } {
    const chain = config.policy.levels.map((level) => level.id);
    // Chain order; a level no longer in the policy after those, by name.
    const byChain = (a: string, b: string) => rankIn(chain, a) - rankIn(chain, b) || compareText(a, b);
    const rows = <Key extends string | null>(entries: [Key, MoneyTally][]): SpendRow[] =>
      entries.map(([key, tally]) => ({ key, concessions: tally.count, ...moneyFigures(tally, digits) }));
    return {
      spend: {
        total: formatMoney(this.all.total, digits),
        concessions: this.all.count,
        byLevel: rows([...this.byLevel].sort(([a], [b]) => byChain(a, b))),
        byAgent: rows([...this.byAgent].sort(([a, first], [b, second]) => second.total.comparedTo(first.total) || compareText(a ?? '', b ?? ''))),
      },
      approvals: [...this.approvals]
        .sort(([a], [b]) => byChain(a, b))
        .map(([level, row]) => ({ level, shown: row.shown, given: row.given.count, spend: formatMoney(row.given.total, digits) })),
    };
  }
}

function rankIn(chain: readonly string[], level: string): number {
  const index = chain.indexOf(level);
  return index < 0 ? chain.length : index;
}
