import { readFileSync } from 'node:fs';
import type * as z from 'zod';
import { PURPOSE_IDS } from '../src/ids.js';

/** The dataset's files as parsed JSON, in the shape DatasetSchema takes, read from `dataDir`. */
export function loadDatasetFiles(dataDir: URL = new URL('../data/', import.meta.url)) {
  const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dataDir), 'utf8'));
  return {
    meta: read('meta.json'),
    vocabulary: read('vocabulary.json'),
    sources: read('sources.json'),
    regions: read('regions.json'),
    timelines: PURPOSE_IDS.map((purpose) => read(`${purpose}.json`)),
  };
}

/** Zod issues as one line each: the path in the data and the message. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n');
}
