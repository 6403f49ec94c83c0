/** Opens the ledger at argv[2] and prints `opened`, or the code of the error it was refused with. */
import { SavedeskError } from '../../../src/index';
import { openLedger } from '../../../src/ledger/index';

try {
  await (await openLedger(process.argv[2]!)).close();
  process.stdout.write('opened\n');
} catch (error) {
  process.stdout.write(`${error instanceof SavedeskError ? error.code : 'unexpected'}\n`);
}
