/**
 * A decimal amount with its integer digits grouped by three
 * (`"12889233.75"` → `"12,889,233.75"`), done on the text so that no digit
 * passes through a binary float.
 */
export function groupDigits(amount: string): string {
  const [, sign = '', whole = '', rest = ''] = /^([-+]?)(\d+)(.*)$/s.exec(amount) ?? [];
  if (whole === '') return amount;
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${rest}`;
}
