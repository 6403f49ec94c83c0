import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { SavedeskError } from '../../errors/SavedeskError';
import { messages } from '../../errors/messages';

/** The lock file in a PGlite data folder: the pid of the process that holds the folder. */
const LOCK_FILE = 'savedesk.lock';

/**
 * Takes the data folder for this process, or refuses with `ledger-locked`:
 * PGlite keeps no lock of its own, and two processes writing one folder
 * corrupt it. The lock file holds the owner's pid, created with O_EXCL; a lock
 * whose process is gone (killed, crashed) is stale and taken over. Resolves to
 * the function that releases the folder.
 */
export async function lockFolder(folder: string): Promise<() => Promise<void>> {
  await mkdir(folder, { recursive: true });
  const file = join(folder, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) throw new SavedeskError('ledger-locked', messages.ledgerLocked(folder, owner), []);
    // Stale: move it aside (only one process wins the rename), then try to create ours again.
    await rename(file, `${file}.stale-${process.pid}`).then(
      () => rm(`${file}.stale-${process.pid}`, { force: true }),
      () => undefined,
    );
  }
  throw new SavedeskError('ledger-locked', messages.ledgerLocked(folder, Number.NaN), []);
}

/** Whether a process with this pid exists (this one included: a second open in one process is refused too). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
