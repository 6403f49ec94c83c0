/**
 * An amount for a shopper to read, e.g. "€98.95". The service computed it in
 * Decimal; it passes through a number here only to be displayed, which is
 * exact at a currency's two or three minor digits.
 */
export function formatAmount(amount: string, currency: string): string {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).format(Number(amount));
}
