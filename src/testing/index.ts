/**
 * savedesk in vitest: a client folder's cases as tests.
 * @module savedesk/testing
 */
export { describeClient } from './describeClient';
