import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');

/** Processes whose environment holds `marker`: every process `npm run` started for this test, however deep. */
function processesMarked(marker: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'latin1').includes(marker);
      } catch {
        return false; // gone, or not ours to read
      }
    })
    .map(Number);
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

describe.skipIf(process.platform !== 'linux')('npm run example:call-center', () => {
  it('stops the server and every process under npm when npm gets SIGTERM', async () => {
    const marker = `SAVEDESK_SHUTDOWN_TEST=${randomUUID()}`;
    const [name, value] = marker.split('=') as [string, string];
    const npm = spawn('npm', ['run', '--silent', 'example:call-center'], {
      cwd: repo,
      env: { ...process.env, PORT: '0', DATABASE_URL: 'memory:', [name]: value },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    npm.stdout.on('data', (chunk) => (output += chunk));
    npm.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<void>((resolve) => npm.on('exit', () => resolve()));

    const port = await new Promise<number>((resolve, reject) => {
      const look = () => {
        const listening = /Server listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (listening !== null) return resolve(Number(listening[1]));
        if (npm.exitCode !== null) return reject(new Error(`the service did not start:\n${output}`));
        setTimeout(look, 100);
      };
      look();
    });
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    expect(processesMarked(marker).length).toBeGreaterThan(1);

    npm.kill('SIGTERM');
    await exited;
    // npm is gone; its children close the server and the ledger, then exit.
    for (let wait = 0; wait < 100 && processesMarked(marker).length > 0; wait += 1) await sleep(100);
    expect(processesMarked(marker)).toEqual([]);
    expect(await portAnswers(port)).toBe(false);
    expect(output).toContain('SIGTERM: closing');
  }, 60_000);
});
