import { SavedeskConfigError } from '../errors/SavedeskError';
import { joinPath, type Issue } from '../errors/issue';
import { messages } from '../errors/messages';
import { parseIssues } from '../pipeline/validate/zodIssues';
import type { ValidConfig } from '../schema/config';
import { AcceptanceModelSchema, type AcceptanceModel } from './AcceptanceModel';

/**
 * Checks an acceptance model handed to `createDesk`: its shape, that it was
 * learned for this client, and that every offer it names is in the catalog.
 * Issues are under `acceptance`.
 * @throws SavedeskConfigError with every problem.
 */
export function validateAcceptance(raw: unknown, config: ValidConfig): AcceptanceModel {
  const parsed = parseIssues(AcceptanceModelSchema, raw);
  const at = (path: string) => joinPath('acceptance', path);
  if (parsed.issues) throw new SavedeskConfigError(parsed.issues.map((issue) => ({ ...issue, path: at(issue.path) })));
  const model = parsed.data;
  const issues: Issue[] = [];
  if (model.clientId !== config.client.id) issues.push({ code: 'mismatch', path: at('clientId'), message: messages.acceptanceForOtherClient(model.clientId, config.client.id) });
  const offerIds = new Set(config.catalog.map((offer) => offer.id));
  model.offers.forEach((offer, i) => {
    if (!offerIds.has(offer.offerId)) issues.push({ code: 'unknown-offer', path: at(`offers[${i}].offerId`), message: messages.acceptanceUnknownOffer(offer.offerId) });
  });
  if (issues.length > 0) throw new SavedeskConfigError(issues);
  return model;
}
