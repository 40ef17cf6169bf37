/**
 * `npm run snapshot`: recomputes snapshots/decisions.json — the engine's answer for every region × purpose ×
 * grid date × member kind — from src/ and data/. Commit it with the data change, and add a changeset: at least
 * minor when an answer changed (`npm run check:snapshot` says whether one did). See docs/versioning.md.
 */
import { parseArgs } from 'node:util';
import { compareSnapshots, describeChanges, parseSnapshot } from './snapshot-core.js';
import { computeSnapshot, readCommittedSnapshot, REPO_ROOT, SNAPSHOT_FILE, writeSnapshot } from './snapshot-engine.js';

const { values } = parseArgs({ options: { root: { type: 'string', default: REPO_ROOT } } });
const root = values.root;
const before = readCommittedSnapshot(root);
const { changed } = await writeSnapshot(root);
if (!changed) {
  console.log(`${SNAPSHOT_FILE} is up to date.`);
} else if (before === null) {
  console.log(`wrote ${SNAPSHOT_FILE}`);
} else {
  const changes = compareSnapshots(parseSnapshot(before), await computeSnapshot(root));
  console.log(`wrote ${SNAPSHOT_FILE}`);
  console.log(
    changes.length === 0
      ? 'No answer changed (only the grid or the header moved).'
      : `${changes.length} answer(s) changed — add a changeset of at least minor:\n${describeChanges(changes)}`,
  );
}
