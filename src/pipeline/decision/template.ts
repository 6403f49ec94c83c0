import { parsePath, resolvePath } from '../rules/path';

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/** The placeholders in a guidance text: `{{customer.name}}` gives `customer.name`. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

/**
 * Fills `{{customer.name}}`-style placeholders from the request. A missing
 * value becomes empty text: a note reads "Apologise to  for the delay"
 * rather than showing template syntax to an agent.
 */
export function fillTemplate(text: string, request: unknown): string {
  return text.replace(PLACEHOLDER, (_, placeholder: string) => {
    const value = resolvePath(request, parsePath(`$.${placeholder}`) ?? []);
    return value === undefined || value === null || typeof value === 'object' ? '' : String(value);
  });
}
