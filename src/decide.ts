import type { ValidConfig } from './schema/config';
import type { Decision, Withheld } from './schema/decision';
import type { ValidRequest } from './schema/request';
import { OutsideExactRange } from './money/minorUnits';
import type { PreparedMoney } from './prepared/PreparedMoney';
import type { PreparedEvent } from './prepared/PreparedEvent';
import { validateRequestLines } from './pipeline/validate/validateRequest';
import type { LineMatch } from './pipeline/facts/matchLines';
import { deriveFacts, type Facts } from './pipeline/facts/deriveFacts';
import type { ReturnContext } from './pipeline/facts/ReturnContext';
import type { RulesOutcome } from './pipeline/rules/RulesOutcome';
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
  readonly rules: RuleSet;
  /** Each rule's event, prepared, by rule index. */
  readonly events: readonly PreparedEvent[];
  /** What customers accept: the learned model, or every offer at its prior. */
  readonly acceptance: AcceptanceIndex;
  /** The SKU × reason pairs under watch, if any. */
  readonly watch?: WatchIndex | undefined;
  /** The client's amounts in exact minor units; undefined when one is beyond their range. */
  readonly minorUnits: PreparedMoney<number> | undefined;
  /** The same in decimal.js, prepared on first use. */
  decimal(): PreparedMoney<unknown>;
}

/**
 * The decision procedure, stage by stage (DESIGN.md, *Deciding*):
 * validate → derive facts → evaluate rules → candidates → constraints →
 * price → empowerment → rank → experiment → decision. Money is exact integer
 * minor units; a decision with an amount beyond their range (past 2^52 minor
 * units somewhere along the way) is made again in decimal.js, which gives the
 * same JSON for every amount both can hold.
 */
export async function decide(client: PreparedClient, raw: unknown, options: { trace?: boolean } = {}): Promise<Decision> {
  const valid = validateRequestLines(raw, client.config);
  if (client.minorUnits !== undefined) {
    try {
      // Awaited only when there is something to wait for (a rule on json-rules-engine): a hop saved per decision.
      const decision = decideWith(client, valid, client.minorUnits, options.trace === true);
      return decision instanceof Promise ? await decision : decision;
    } catch (error) {
      if (!(error instanceof OutsideExactRange)) throw error;
    }
  }
  return decideWith(client, valid, client.decimal(), options.trace === true);
}

/** The decision in the arithmetic of `money`: at once, or a promise when a rule runs on json-rules-engine. */
function decideWith<A>(
  client: PreparedClient,
  { request, matches }: { request: ValidRequest; matches: readonly LineMatch[] },
  money: PreparedMoney<A>,
  trace: boolean,
): Decision | Promise<Decision> {
  const { context, facts } = deriveFacts(request, client.config, { only: trace ? undefined : client.rules.factsRead, watch: client.watch, money: money.m, matches });
  const outcome = client.rules.evaluate(facts, context, trace);
  return outcome instanceof Promise ? outcome.then((settled) => decideOn(client, context, facts, settled, money)) : decideOn(client, context, facts, outcome, money);
}

/** Stages 4–10, once the rules have fired. */
function decideOn<A>(client: PreparedClient, context: ReturnContext<A>, facts: Facts, outcome: RulesOutcome, money: PreparedMoney<A>): Decision {
  const { config } = client;
  const { m } = money;
  const { request } = context;
  // One list of withheld offers, each stage adding its own in turn.
  const withheld: Withheld[] = [];
  const proposed = collectCandidates(outcome.fired, client.events, m.zero, withheld);
  const eligible = applyConstraints(proposed.candidates, context, config.policy, money, withheld);
  const loss = returnLoss(context, money);
  const priced = priceCandidates(eligible.candidates, context, loss, money, withheld);
  const empowered = empower(priced.candidates, context, config.policy, money, withheld);
  const ranked = rank(empowered.candidates, loss, config.policy, m, rankLearning(client.acceptance, config.client.id, context), withheld);
  const holdout = config.policy.holdout;
  const group = holdout === undefined ? null : holdoutGroup(request.customer.id, holdout);
  const shown = applyHoldout(group, ranked.offers, withheld);
  return assembleDecision({
    config,
    context,
    m,
    loss,
    offers: shown.offers,
    withheld: shown.withheld,
    group,
    fired: outcome.fired,
    events: client.events,
    trace: outcome.trace ? { facts: withoutRequest(facts), rules: outcome.trace } : undefined,
  });
}

function withoutRequest(facts: Record<string, unknown>): Record<string, unknown> {
  const { request: _request, ...rest } = facts;
  return rest;
}
