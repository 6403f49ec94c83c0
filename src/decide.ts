import type { ValidConfig } from './schema/config';
import type { Decision } from './schema/decision';
import type { Offer } from './schema/offer';
import { validateRequest } from './pipeline/validate/validateRequest';
import { deriveFacts } from './pipeline/facts/deriveFacts';
import type { RuleSet } from './pipeline/rules/evaluateRules';
import { collectCandidates } from './pipeline/candidates/collectCandidates';
import { applyConstraints } from './pipeline/constraints/applyConstraints';
import { returnLoss } from './pipeline/price/returnLoss';
import { priceCandidates } from './pipeline/price/priceCandidates';
import { empower } from './pipeline/empowerment/empower';
import { rank, rankLearning } from './pipeline/rank/rank';
import { holdoutGroup } from './pipeline/experiment/holdoutGroup';
import { applyHoldout } from './pipeline/experiment/applyHoldout';
import type { AcceptanceIndex } from './learning/acceptanceIndex';
import { assembleDecision } from './pipeline/decision/assembleDecision';
import type { WatchIndex } from './signals/watchIndex';

/** A validated config with what `createDesk` prepared from it once. */
export interface PreparedClient {
  readonly config: ValidConfig;
  readonly catalog: ReadonlyMap<string, Offer>;
  readonly rules: RuleSet;
  /** What customers accept: the learned model, or every offer at its prior. */
  readonly acceptance: AcceptanceIndex;
  /** The SKU × reason pairs under watch, if any. */
  readonly watch?: WatchIndex | undefined;
}

/**
 * The decision procedure, stage by stage (DESIGN.md, *Deciding*):
 * validate → derive facts → evaluate rules → candidates → constraints →
 * price → empowerment → rank → experiment → decision.
 */
export async function decide(client: PreparedClient, raw: unknown, options: { trace?: boolean } = {}): Promise<Decision> {
  const { config } = client;
  const request = validateRequest(raw, config);
  const trace = options.trace === true;
  const { context, facts } = deriveFacts(request, config, { ...(trace ? {} : { only: client.rules.factsRead }), watch: client.watch });
  const outcome = await client.rules.evaluate(facts, context, trace);
  const proposed = collectCandidates(outcome.fired, client.catalog, config.policy);
  const eligible = applyConstraints(proposed.candidates, context, config.policy);
  const loss = returnLoss(context, config.policy);
  const priced = priceCandidates(eligible.candidates, context, loss);
  const empowered = empower(priced.candidates, context, config.policy);
  const ranked = rank(empowered.candidates, loss, config.policy, context.digits, rankLearning(client.acceptance, config.client.id, context));
  const holdout = config.policy.holdout;
  const group = holdout === undefined ? null : holdoutGroup(request.customer.id, holdout);
  const shown = applyHoldout(group, ranked.offers, [...proposed.withheld, ...eligible.withheld, ...priced.withheld, ...empowered.withheld, ...ranked.withheld]);
  return assembleDecision({
    config,
    context,
    loss,
    offers: shown.offers,
    withheld: shown.withheld,
    group,
    fired: outcome.fired,
    ...(outcome.trace ? { trace: { facts: withoutRequest(facts), rules: outcome.trace } } : {}),
  });
}

function withoutRequest(facts: Record<string, unknown>): Record<string, unknown> {
  const { request: _request, ...rest } = facts;
  return rest;
}
