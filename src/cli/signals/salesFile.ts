import { parse } from 'csv-parse/sync';
import { SavedeskInputError } from '../../errors/SavedeskError';
import type { Issue } from '../../errors/issue';
import { messages } from '../../errors/messages';
import { readText } from '../../node/readJson';
import type { SalesRow } from '../../signals/recallOptions';

/**
 * Reads a sales file: CSV with a header row naming `sku` and `units`, and
 * optionally `category` (other columns are ignored). Parsed with csv-parse,
 * so quoted fields, commas inside quotes, a byte-order mark and CRLF line
 * ends are all read as a spreadsheet writes them.
 * @throws SavedeskInputError naming the file, and the line of every bad row.
 */
export async function readSalesFile(file: string): Promise<SalesRow[]> {
  const text = await readText(file);
  if (!text.ok) throw new SavedeskInputError(text.issues);
  let records: Record<string, string>[];
  try {
    records = parse(text.value, { columns: true, bom: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new SavedeskInputError([{ code: 'invalid-format', file, path: '', message: messages.notCsv(error instanceof Error ? error.message : String(error)) }]);
  }
  const missing = ['sku', 'units'].filter((column) => records.length > 0 && !(column in records[0]!));
  if (missing.length > 0) throw new SavedeskInputError([{ code: 'required', file, path: '', message: messages.salesColumns(missing) }]);
  const issues: Issue[] = [];
  const rows = records.flatMap((record, i): SalesRow[] => {
    // Line numbers as an editor shows them: the header is line 1 (a quoted line break would shift them; sales files have none).
    const where = `${file}:${i + 2}`;
    const units = Number(record['units']);
    if (record['sku'] === undefined || record['sku'] === '') issues.push({ code: 'required', file: where, path: 'sku', message: messages.required });
    if (record['units'] === '' || !Number.isFinite(units) || units < 0) issues.push({ code: 'invalid', file: where, path: 'units', message: messages.salesUnits(record['units'] ?? '') });
    const category = record['category'];
    return [{ sku: record['sku'] ?? '', units, ...(category === undefined || category === '' ? {} : { category }) }];
  });
  if (issues.length > 0) throw new SavedeskInputError(issues);
  return rows;
}
