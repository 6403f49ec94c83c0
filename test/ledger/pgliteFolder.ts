/**
 * Fresh PGlite ledger folders for tests without a fresh initdb each (4–8 s,
 * far more on a busy machine): a migrated, empty ledger is made once and kept
 * under node_modules/.cache (keyed by the PGlite version and the migrations),
 * and every folder is a copy of it, which opens in under a second.
 */
import { cp, mkdir, mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLedger } from '../../src/ledger/index';
import { migrations } from '../../src/ledger/store/migrations';

const modules = join(process.cwd(), 'node_modules');
const pgliteVersion = (JSON.parse(await readFile(join(modules, '@electric-sql/pglite/package.json'), 'utf8')) as { version: string }).version;
const cacheDir = join(modules, '.cache', 'savedesk');
const templateDir = join(cacheDir, `ledger-template-pglite-${pgliteVersion}-m${migrations.length}`);

let template: Promise<string> | undefined;
const made: string[] = [];

/** A new ledger folder, migrated, holding no data; removed by {@link removeLedgerFolders}. */
export async function freshLedgerFolder(): Promise<string> {
  template ??= ensureTemplate();
  const folder = await tempFolder();
  await cp(await template, folder, { recursive: true });
  return folder;
}

/** Removes every folder made here. */
export async function removeLedgerFolders(): Promise<void> {
  await Promise.all(made.map((folder) => rm(folder, { recursive: true, force: true })));
}

/** The kept template, made when missing; test files racing to make it each build their own and one rename wins. */
async function ensureTemplate(): Promise<string> {
  if (await exists(templateDir)) return templateDir;
  await mkdir(cacheDir, { recursive: true });
  const building = await mkdtemp(join(cacheDir, 'building-'));
  const folder = join(building, 'data');
  await (await openLedger(`pglite:${folder}`)).close();
  await rename(folder, templateDir).catch(async (error: NodeJS.ErrnoException) => {
    if (!(await exists(templateDir))) throw error;
  });
  await rm(building, { recursive: true, force: true });
  return templateDir;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'savedesk-ledger-'));
  made.push(folder);
  return join(folder, 'data');
}
