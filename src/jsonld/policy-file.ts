import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_AS_OF, DATA_VERSION } from '../api/data-version.js';
import { regions } from '../api/regions.js';
import { sourcesFile } from '../data/sources.js';
import { vocabulary } from '../data/vocabulary.js';
import { timelineFile } from '../data/timeline-files.js';
import { policyJsonLd } from './policy-jsonld.js';

/** What writing `policy.jsonld` produced: the file and how many processes it holds. */
export interface PolicyFile {
  readonly file: string;
  readonly processes: number;
}

/** Writes `policy.jsonld` into `dir` (created if missing), built from the data files as they are. */
export function writePolicyJsonLd(dir: string): PolicyFile {
  const document = policyJsonLd({
    dataVersion: DATA_VERSION,
    asOf: DATA_AS_OF,
    regions,
    vocabulary,
    sources: sourcesFile.sources,
    provisionsOf: (purpose, region) => timelineFile(purpose).regions[region.id],
  });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'policy.jsonld');
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  return { file, processes: (document['@graph'] as readonly unknown[]).length - 1 };
}
