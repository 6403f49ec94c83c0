import type { Outcome, ValidConfig } from '../../src/index';
import { seededRandom } from '../../scripts/generate/random';

/** What the generated world looks like; every field has a default. */
export interface OutcomeWorld {
  readonly seed?: number;
  readonly count?: number;
  /** Share of customers in the holdout; 0 for outcomes with no group at all. */
  readonly holdoutShare?: number;
  /** Chance a holdout customer keeps the order without any offer. */
  readonly baseline?: number;
  /** Chance a decision is still open (nothing heard). */
  readonly openShare?: number;
  /** The true chance a customer takes the first offer: the prior times this. */
  readonly truthFactor?: number;
}

const AGENTS = ['a-ines', 'a-omar', 'a-li', 'a-sven', null] as const;
const CHANNELS = ['phone', 'chat', 'email', 'portal'] as const;
const START = Date.UTC(2026, 8, 1);

/**
 * Seeded outcomes for a client: treatment and holdout, several offers ×
 * reasons, levels, agents and approvals. Not a decision engine: offers are
 * drawn from the catalog (those allowed for the reason), and customers take
 * the first with `acceptRate × truthFactor`, or a lower one now and then.
 */
export function generateOutcomes(config: ValidConfig, world: OutcomeWorld = {}): Outcome[] {
  const { seed = 1, count = 2000, holdoutShare = 0.1, baseline = 0.15, openShare = 0.05, truthFactor = 0.8 } = world;
  const random = seededRandom(seed);
  const levels = config.policy.levels.map((level) => level.id);
  const reasons = [...new Set(config.catalog.flatMap((offer) => offer.reasons ?? []))].sort();
  const outcomes: Outcome[] = [];
  for (let n = 0; n < count; n++) {
    const reason = random.pick(reasons);
    const group = holdoutShare === 0 ? undefined : random.chance(holdoutShare) ? 'holdout' : 'treatment';
    const levelIndex = random.int(0, levels.length - 2);
    const agentId = random.pick(AGENTS);
    const eligible = config.catalog.filter((offer) => offer.kind !== 'upsell' && (offer.reasons === undefined || offer.reasons.includes(reason)));
    const shown = group === 'holdout' ? [] : random.some(eligible, 3);
    const offers = shown.map((offer, index) => {
      const needs = random.chance(0.25) ? levels[levelIndex + 1]! : null;
      return {
        offerId: offer.id,
        kind: offer.kind,
        rank: index + 1,
        cost: `${random.int(5, 240)}.${String(random.int(0, 99)).padStart(2, '0')}`,
        approval: needs === null ? null : { level: needs },
        rate: offer.acceptRate ?? config.policy.defaultAcceptRate,
        source: random.chance(0.3) ? ('learned' as const) : ('prior' as const),
      };
    });
    const at = new Date(START + n * 7 * 60_000).toISOString();
    const outcome: Outcome = {
      requestId: `r-${seed}-${n}`,
      clientId: config.client.id,
      customerId: `c-${random.int(1, Math.max(1, Math.floor(count / 2)))}`,
      segment: random.chance(0.3) ? 'vip' : null,
      reason,
      channel: agentId === null ? 'portal' : random.pick(CHANNELS.slice(0, 3)),
      level: levels[levelIndex]!,
      agentId,
      at,
      currency: config.currency,
      returnValue: `${random.int(100, 2000)}.00`,
      returnLoss: `${random.int(100, 1200)}.00`,
      offers,
      ...(group === undefined ? {} : { group }),
      result: { status: 'open' },
    };
    outcomes.push({ ...outcome, result: resultOf(outcome, random, { baseline, openShare, truthFactor }) });
  }
  return outcomes;
}

function resultOf(outcome: Outcome, random: ReturnType<typeof seededRandom>, world: Required<Pick<OutcomeWorld, 'baseline' | 'openShare' | 'truthFactor'>>): Outcome['result'] {
  const at = new Date(Date.parse(outcome.at) + 3_600_000).toISOString();
  if (random.chance(world.openShare)) return { status: 'open' };
  if (outcome.group === 'holdout') return random.chance(world.baseline) ? { status: 'open' } : { status: 'declined', at };
  const taken = outcome.offers.find((offer) => random.chance(offer.rank === 1 ? offer.rate * world.truthFactor : 0.1));
  if (taken === undefined) return { status: 'declined', at };
  return {
    status: 'accepted',
    offerId: taken.offerId,
    at,
    cost: taken.cost,
    ...(taken.approval === null ? {} : { approvedBy: { id: 'sup-1', level: taken.approval.level } }),
  };
}
