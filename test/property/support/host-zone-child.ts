/**
 * Answers the questions on stdin (a JSON array of Questions) with the engine from src/, under whatever TZ this
 * process was started with, and prints the answers as a JSON array. Run by host-zone.test.ts as
 * `node --import tsx test/property/support/host-zone-child.ts` with TZ set.
 */
import { readFileSync } from 'node:fs';
import { answer, type Question } from './host-zone-cases.js';

// vitest defines __DATA_VERSION__ at build time; outside it, src/api/data-version.ts needs it as a global.
(globalThis as { __DATA_VERSION__?: string }).__DATA_VERSION__ = 'host-zone-child';
const api = await import('../../../src/index.js');
const questions = JSON.parse(readFileSync(0, 'utf8')) as Question[];
process.stdout.write(JSON.stringify({ tz: Intl.DateTimeFormat().resolvedOptions().timeZone, answers: questions.map((q) => answer(api, q)) }));
