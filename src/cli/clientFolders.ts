import { SavedeskConfigError } from '../errors/SavedeskError';
import { messages } from '../errors/messages';
import { findClientFolders } from '../node/findClientFolders';

/**
 * The client folders in or below `dirs`, for a command that runs over many
 * (`test`, `lint`).
 * @throws SavedeskConfigError naming each folder when none holds a client.
 */
export async function clientFoldersIn(dirs: readonly string[]): Promise<string[]> {
  const folders = await findClientFolders(dirs);
  if (folders.length === 0) throw new SavedeskConfigError(dirs.map((dir) => ({ code: 'no-client-folder' as const, file: dir, path: '', message: messages.noClientFolder })));
  return folders;
}
