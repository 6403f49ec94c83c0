/**
 * The core: `createDesk`, the schemas, types and errors. Browser-safe: no `node:` imports.
 * @module savedesk
 */
export { createDesk, type Desk, type DeskOptions, type DecideOptions } from './desk';
export { checkConfig, checkRequest, type CheckResult, type CheckedConfig, type CheckedRequest } from './check';
export { SavedeskError, SavedeskConfigError, SavedeskInputError, type SavedeskErrorCode } from './errors/SavedeskError';
export { issueCodes, type Issue, type IssueCode } from './errors/issue';
export { ClientConfigSchema, ClientFileSchema, type ClientConfig, type ValidConfig } from './schema/config';
export { ReturnRequestSchema, type ReturnRequest, type ValidRequest, type OrderItem } from './schema/request';
export { OfferSchema, offerKinds, offerFieldsNotTerms, salesKinds, type Offer, type OfferKind, type OfferTerms } from './schema/offer';
export { PolicySchema, type Policy } from './schema/policy';
export { RuleSchema, RuleFileSchema, EventSchema, ConditionSchema, ComparisonSchema, type Rule, type RuleEvent, type Condition, type Comparison, type JsonValue } from './schema/rule';
export { withheldReasons, type Decision, type DecidedOffer, type DecidedOfferCommon, type DecidedOfferOf, type DecisionTrace, type Withheld, type WithheldWhy, type Guidance, type FollowUp, type Acceptance, type ExperimentGroup } from './schema/decision';
export { FallbackSchema, type Fallback } from './schema/fallback';
export { customerView } from './view/customerView';
export { CustomerViewSchema, CustomerOfferSchema, CustomerTermsSchema, type CustomerView, type CustomerOffer, type CustomerTerms } from './schema/customerView';
export { learnAcceptance, LearnOptionsSchema, type LearnOptions } from './learning/learnAcceptance';
export { AcceptanceModelSchema, type AcceptanceModel, type AcceptancePosterior } from './learning/AcceptanceModel';
export { holdoutGroup } from './pipeline/experiment/holdoutGroup';
export { OutcomeSchema, type Outcome, type OutcomeResult } from './schema/outcome';
export { saveReport, SaveReportOptionsSchema, type SaveReportOptions, type ReportConfig } from './report/saveReport';
export { isSave } from './report/isSave';
export { learnedRates, type LearnedRate, type LearnedRates } from './report/acceptance';
export type { SaveReport, OutcomeCounts, GroupResult, Experiment, SampleSizeNeed, AcceptanceRow, Calibration, CalibrationBin, Spend, SpendRow, ApprovalRow } from './report/reportTypes';
export { wilson, newcombe, type Interval } from './stats/interval';
export { twoProportionSampleSize, twoProportionPower, type TwoProportionPlan, type GroupSizes } from './stats/sampleSize';
export { CaseSchema, CaseExpectationSchema, type ClientCase, type ValidCase, type CaseExpectation } from './schema/case';
export { checkCase, type CaseMismatch } from './cases/checkCase';
export type { RuleTrace, ConditionTrace } from './pipeline/rules/RulesOutcome';
export type { CustomFact, CustomOperator, FactContext } from './pipeline/rules/registry';
export type { Facts } from './pipeline/facts/deriveFacts';
export { factDescriptions, factNames, factTypes, type FactName, type FactType } from './pipeline/facts/factNames';
export { currencyCodes, isCurrency, minorDigits } from './money/currency';
export { LIMITS } from './limits';
export { findRecallCandidates, recallAccumulator, type RecallAccumulator } from './signals/findRecallCandidates';
export { recallLevels, type RecallCandidate, type RecallLevel, type RecallMethod, type RecallWindow } from './signals/RecallCandidate';
export { WatchListSchema, WatchEntrySchema, type WatchList, type WatchEntry } from './schema/watch';
export { RecallOptionsSchema, SalesRowSchema, type RecallOptions, type SalesRow } from './signals/recallOptions';
