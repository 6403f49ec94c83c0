import * as z from 'zod';
import { SavedeskConfigError, SavedeskError } from '../errors/SavedeskError';
import { messages } from '../errors/messages';
import { joinPath, type Issue } from '../errors/issue';
import { parseIssues } from '../pipeline/validate/zodIssues';
import { murmur3 } from '../random/murmur3';
import { ClientConfigSchema, type ClientConfig, type ValidConfig } from '../schema/config';
import { dateTime } from '../schema/common';
import { OutcomeSchema, type Outcome } from '../schema/outcome';
import type { AcceptanceModel, AcceptancePosterior } from './AcceptanceModel';
import { creditFirstOffer, type Credit } from './credit';

const DAY_MS = 86_400_000;

/** Options for {@link learnAcceptance}. */
export const LearnOptionsSchema = z.strictObject({
  priorWeight: z.number().positive().max(1_000_000).default(20).describe('How many customers a prior is worth.'),
  halfLifeDays: z.number().positive().max(36_500).default(90).describe('An outcome this many days older than asOf counts half.'),
  asOf: dateTime.optional().describe('Decay from this time instead of the newest outcome; outcomes after it are left out.'),
});

/** Options for {@link learnAcceptance}: `priorWeight` (default 20), `halfLifeDays` (default 90), `asOf`. */
export type LearnOptions = z.input<typeof LearnOptionsSchema>;

/** Decayed sums of one level, and the levels below it. */
interface Tally {
  accepted: number;
  shown: number;
  outcomes: number;
  readonly below: Map<string, Tally>;
}

/**
 * Learns what customers accept from outcomes: a hierarchical Beta-Binomial
 * per offer, then offer × reason, then offer × reason × segment, each level
 * shrunk toward the level above, the catalog's `acceptRate` (else
 * `policy.defaultAcceptRate`) the offer level's prior, worth `priorWeight`
 * customers. An outcome counts 2^(−age / halfLifeDays), its age measured back
 * from the newest outcome (or `asOf`), never from the clock. Only the offer
 * shown first is credited (README, *Learning and holdouts*); an open outcome
 * teaches nothing. Pure, and the order of `outcomes` does not matter: the
 * same outcomes in any order give the same model, byte for byte.
 * @throws SavedeskConfigError when `config` is not a valid client config.
 * @throws SavedeskError (`invalid-input`) naming the path of every invalid outcome or option.
 * @example
 * ```ts
 * const model = learnAcceptance(outcomes, config, { priorWeight: 20, halfLifeDays: 90 });
 * const desk = createDesk(config, { acceptance: model });
 * ```
 */
export function learnAcceptance(outcomes: Iterable<Outcome>, config: ClientConfig | ValidConfig, options: LearnOptions = {}): AcceptanceModel {
  const valid = validConfig(config);
  const settings = validOptions(options);
  const catalog = new Map(valid.catalog.map((offer) => [offer.id, offer.acceptRate ?? valid.policy.defaultAcceptRate]));
  const credits = creditsOf(outcomes, valid.client.id, catalog);
  const asOf = settings.asOf ?? newest(credits);
  const until = asOf === null ? Number.POSITIVE_INFINITY : Date.parse(asOf);
  // A fixed order makes every floating-point sum the same whatever order the outcomes came in.
  const kept = credits.filter((credit) => credit.at <= until).sort(compareCredits);

  const root = tally();
  for (const credit of kept) {
    const weight = 2 ** (-(until - credit.at) / (settings.halfLifeDays * DAY_MS));
    let level = root;
    for (const key of [credit.offerId, credit.reason, credit.segment]) {
      if (key === null) break;
      level = child(level, key);
      level.shown += weight;
      level.outcomes += 1;
      if (credit.accepted) level.accepted += weight;
    }
  }

  const w = settings.priorWeight;
  const offers = sortedEntries(root.below).map(([offerId, offer]) => {
    const prior = catalog.get(offerId)!;
    const offerPosterior = posterior(prior, w, offer);
    return {
      offerId,
      prior,
      ...offerPosterior,
      reasons: sortedEntries(offer.below).map(([reason, byReason]) => {
        const reasonPosterior = posterior(offerPosterior.rate, w, byReason);
        const segments = sortedEntries(byReason.below).map(([segment, bySegment]) => ({ segment, ...posterior(reasonPosterior.rate, w, bySegment) }));
        return { reason, ...reasonPosterior, segments };
      }),
    };
  });
  const learned = { clientId: valid.client.id, asOf, priorWeight: w, halfLifeDays: settings.halfLifeDays, outcomes: kept.length, offers };
  return { version: murmur3(JSON.stringify(learned)).toString(16).padStart(8, '0'), ...learned };
}

function validConfig(config: unknown): ValidConfig {
  const parsed = parseIssues(ClientConfigSchema, config);
  if (parsed.issues) throw new SavedeskConfigError(parsed.issues);
  return parsed.data;
}

function validOptions(options: unknown): z.output<typeof LearnOptionsSchema> {
  const parsed = parseIssues(LearnOptionsSchema, options);
  if (parsed.issues) throw new SavedeskError('invalid-input', messages.invalidLearning(parsed.issues.length), parsed.issues.map((issue) => ({ ...issue, path: joinPath('options', issue.path) })));
  return parsed.data;
}

/** Every outcome checked (all problems reported at once), then credited. */
function creditsOf(outcomes: Iterable<Outcome>, clientId: string, catalog: ReadonlyMap<string, number>): Credit[] {
  const credits: Credit[] = [];
  const issues: Issue[] = [];
  let i = 0;
  for (const outcome of outcomes) {
    const parsed = parseIssues(OutcomeSchema, outcome);
    if (parsed.issues) issues.push(...parsed.issues.map((issue) => ({ ...issue, path: joinPath(`outcomes[${i}]`, issue.path) })));
    else if (parsed.data.clientId === clientId) {
      const credit = creditFirstOffer(parsed.data);
      if (credit !== null && catalog.has(credit.offerId)) credits.push(credit);
    }
    i++;
  }
  if (issues.length > 0) throw new SavedeskError('invalid-input', messages.invalidLearning(issues.length), issues);
  return credits;
}

/** The time of the newest credited outcome, as it was written. */
function newest(credits: readonly Credit[]): string | null {
  let best: Credit | null = null;
  for (const credit of credits) if (best === null || credit.at > best.at || (credit.at === best.at && credit.when < best.when)) best = credit;
  return best === null ? null : best.when;
}

function compareCredits(a: Credit, b: Credit): number {
  return a.at - b.at || text(a.offerId, b.offerId) || text(a.reason, b.reason) || text(a.segment ?? '', b.segment ?? '') || Number(a.accepted) - Number(b.accepted);
}

function text(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function tally(): Tally {
  return { accepted: 0, shown: 0, outcomes: 0, below: new Map() };
}

function child(level: Tally, key: string): Tally {
  let found = level.below.get(key);
  if (found === undefined) level.below.set(key, (found = tally()));
  return found;
}

function sortedEntries(map: ReadonlyMap<string, Tally>): Array<[string, Tally]> {
  return [...map].sort(([a], [b]) => text(a, b));
}

/** Beta(prior × weight + accepted, (1 − prior) × weight + declined), rounded so the JSON is short and stable. */
function posterior(prior: number, weight: number, level: Tally): AcceptancePosterior {
  // A prior of exactly 0 or 1 would make a Beta parameter 0: keep it inside (0, 1).
  const p = Math.min(Math.max(prior, 1e-6), 1 - 1e-6);
  const alpha = round(p * weight + level.accepted);
  const beta = round((1 - p) * weight + (level.shown - level.accepted));
  return { rate: round(alpha / (alpha + beta)), alpha, beta, outcomes: level.outcomes };
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
