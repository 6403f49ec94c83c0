#!/usr/bin/env node
import { run } from './main';
import { processTerminal } from './terminal';

process.exitCode = await run(process.argv.slice(2), processTerminal());
