import { Option } from 'commander';
import { SavedeskInputError } from '../../errors/SavedeskError';
import { loadClient } from '../../node/loadClient';
import { parseJson, readText, type Read } from '../../node/readJson';
import type { ReturnRequest } from '../../schema/request';
import type { CommandRegistration } from '../main';
import { decisionTable } from '../format/decisionTable';
import type { Terminal } from '../terminal';

const STDIN = '-';

/** `savedesk decide <client-dir> <request.json|->`: one decision, as JSON or a table. */
export const decideCommand: CommandRegistration = (program, terminal) => {
  program
    .command('decide')
    .description('Decide one return request for a client and print the decision.')
    .argument('<client-dir>', 'the client folder, e.g. rules/nordhem')
    .argument('<request>', 'the request: a JSON file, or - to read standard input')
    .addOption(new Option('--format <format>', 'json, or table for a person').choices(['json', 'table']).default('json'))
    .option('--trace', "include the facts and each rule's condition results (json)")
    .addHelpText('after', `
Exit code: 0, or 2 when the client does not load or the request is invalid.

Examples:
  savedesk decide rules/nordhem examples/requests/nordhem-too-firm.json
  cat request.json | savedesk decide rules/nordhem - --format table`)
    .action(async (dir: string, requestFile: string, options: { format: string; trace?: boolean }) => {
      const { desk } = await loadClient(dir);
      const file = requestFile === STDIN ? '<stdin>' : requestFile;
      const request = await readRequest(requestFile, file, terminal);
      const decision = await desk.decide(request, { trace: options.trace === true }).catch((error: unknown) => {
        // Name the request file in each problem, as a client's problems name theirs.
        throw error instanceof SavedeskInputError ? new SavedeskInputError(error.issues.map((issue) => ({ ...issue, file }))) : error;
      });
      if (options.format === 'table') for (const line of decisionTable(decision, terminal)) terminal.out(line);
      else terminal.out(JSON.stringify(decision, null, 2));
    });
};

/** The request file's JSON; `decide` checks every field of it and refuses what is not a request. */
async function readRequest(requestFile: string, file: string, terminal: Terminal): Promise<ReturnRequest> {
  const text: Read<string> = requestFile === STDIN ? { ok: true, value: await terminal.readStdin() } : await readText(requestFile);
  const json = text.ok ? parseJson(text.value, file) : text;
  if (!json.ok) throw new SavedeskInputError(json.issues);
  return json.value as ReturnRequest;
}
