/**
 * savedesk for Node: client folders on disk (`client.json`, `rules/*.json`,
 * `cases/*.json`) loaded, checked and run. Every problem names its file and
 * the JSON path inside it.
 * @module savedesk/node
 */
export { loadClient, type LoadedClient } from './loadClient';
export { loadCases, type CaseFile } from './cases';
export { runCase, type CaseResult } from './runCase';
export { findClientFolders } from './findClientFolders';
export { lintClient } from './lint/lintClient';
