/**
 * The decision-snapshot gate (`npm run check:snapshot`, part of `npm run check:release`). Fails when
 *  (a) snapshots/decisions.json is not what the engine computes from data/ now — run `npm run snapshot` and
 *      add a changeset; or
 *  (b) the answers differ from the last release's snapshot and neither a pending changeset nor an applied
 *      version bump makes the next release at least minor for this package.
 * The rules are pure functions in snapshot-core.ts; "the last release" is defined in snapshot-release.ts and
 * docs/versioning.md.
 *
 *   npx tsx scripts/snapshot-gate.ts [--root DIR]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gateVerdict, type GateResult, type Release } from './snapshot-core.js';
import { computeSnapshot, readCommittedSnapshot, REPO_ROOT } from './snapshot-engine.js';
import { findLastRelease, readChangesets } from './snapshot-release.js';

export interface RunGateOptions {
  /** The checkout to judge; default this repository. */
  readonly root?: string;
  /** The last release; default: found with git (see snapshot-release.ts). */
  readonly release?: Release | null;
}

export async function runGate(options: RunGateOptions = {}): Promise<GateResult> {
  const root = options.root ?? REPO_ROOT;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  const found = options.release === undefined ? findLastRelease(root) : { release: options.release, notes: [] };
  return gateVerdict({
    packageName: pkg.name,
    version: pkg.version,
    computed: await computeSnapshot(root),
    committedText: readCommittedSnapshot(root),
    release: found.release,
    changesets: readChangesets(root),
    notes: found.notes,
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { root: { type: 'string' } } });
  const result = await runGate(values.root === undefined ? {} : { root: values.root });
  for (const note of result.notes) console.log(`snapshot gate: ${note}`);
  for (const error of result.errors) console.error(`snapshot gate: ${error}`);
  console.log(result.ok ? 'snapshot gate: passed' : 'snapshot gate: FAILED');
  process.exitCode = result.ok ? 0 : 1;
}
