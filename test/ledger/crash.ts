/**
 * A process accepting under load is killed with SIGKILL; every acceptance it
 * acknowledged (printed after the promise resolved) must be in the ledger
 * when it is opened again. One check, run for PGlite and PostgreSQL.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { expect } from 'vitest';
import { openLedger } from '../../src/ledger/index';
import { allOutcomes } from './fixtures';

const child = fileURLToPath(new URL('./support/acceptUnderLoad.ts', import.meta.url));

/** Kills the child after `acknowledged` acceptances and checks that each of them survived. */
export async function killedUnderLoadLosesNothing(url: string, acknowledged = 150): Promise<void> {
  const clientId = `crash-${randomUUID().slice(0, 8)}`;
  const proc = spawn(process.execPath, ['--import', 'tsx', child, url, clientId], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const acked: string[] = [];
  const exited = new Promise<NodeJS.Signals | null>((resolve) => proc.on('exit', (_code, signal) => resolve(signal)));
  for await (const line of createInterface({ input: proc.stdout })) {
    if (line.startsWith('accepted ')) acked.push(line.slice('accepted '.length));
    if (acked.length === acknowledged) proc.kill('SIGKILL');
  }
  expect(await exited, stderr).toBe('SIGKILL');
  expect(acked.length).toBeGreaterThanOrEqual(acknowledged);

  const ledger = await openLedger(url);
  try {
    const outcomes = new Map((await allOutcomes(ledger, clientId)).map((o) => [o.requestId, o]));
    const lost = acked.filter((requestId) => outcomes.get(requestId)?.result.status !== 'accepted');
    expect(lost).toEqual([]);
  } finally {
    await ledger.close();
  }
}
