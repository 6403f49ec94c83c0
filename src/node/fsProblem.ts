import { messages } from '../errors/messages';

/** True when a file system call failed because the path does not exist. */
export function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

/** Why a file or folder could not be read, as an issue message. */
export function unreadable(error: unknown): string {
  return isMissing(error) ? messages.missing : messages.cannotRead(error instanceof Error ? error.message : String(error));
}
