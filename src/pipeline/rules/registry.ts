import type { ValidRequest } from '../../schema/request';
import type { Facts } from '../facts/deriveFacts';

/** What a custom fact is computed from. */
export interface FactContext {
  /** The validated request. */
  readonly request: ValidRequest;
  /** The facts savedesk derived. */
  readonly facts: Readonly<Facts>;
}

/**
 * A fact the host computes, registered from code (never from a rule file).
 * Synchronous; `params` are the condition's `params`. A throw makes `decide`
 * reject with code `rule-evaluation-failed`.
 */
export type CustomFact = (params: Readonly<Record<string, unknown>>, context: FactContext) => unknown;

/** An operator the host defines, registered from code: `(factValue, conditionValue) => boolean`. */
export type CustomOperator = (factValue: unknown, value: unknown) => boolean;

/** Facts and operators registered from code. */
export interface Registry {
  readonly facts: Readonly<Record<string, CustomFact>>;
  readonly operators: Readonly<Record<string, CustomOperator>>;
}
