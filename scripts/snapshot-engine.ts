/**
 * Loads the engine of a checkout (`root`, default this repository) from its sources, with esbuild, so the
 * snapshot is computed from src/ and data/ as they are — no build needed — and a scratch copy of the
 * repository with edited data can be evaluated the same way (the gate's test does that).
 *
 * DATA_VERSION is defined as a constant: the snapshot must not depend on the package version.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { buildSnapshot, renderSnapshot, type Engine, type Snapshot } from './snapshot-core.js';

export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const SNAPSHOT_FILE = 'snapshots/decisions.json';

interface LoadedEngine extends Engine {
  readonly PURPOSE_IDS: readonly string[];
}

/** Bundles `root`/src/index.ts (with the purpose ids) into a temporary module and imports it. */
export async function loadEngine(root: string = REPO_ROOT): Promise<LoadedEngine> {
  const result = await build({
    stdin: {
      contents: "export * from './src/index.ts';\nexport { PURPOSE_IDS } from './src/ids.ts';\n",
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'snapshot-entry.ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'error',
    define: { __DATA_VERSION__: JSON.stringify('0.0.0-snapshot') },
  });
  const dir = mkdtempSync(join(tmpdir(), 'lpd-snapshot-'));
  try {
    const file = join(dir, 'engine.mjs');
    writeFileSync(file, result.outputFiles[0]!.contents);
    return (await import(pathToFileURL(file).href)) as LoadedEngine;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The snapshot the engine in `root` computes now. */
export async function computeSnapshot(root: string = REPO_ROOT): Promise<Snapshot> {
  const engine = await loadEngine(root);
  return buildSnapshot(engine, engine.PURPOSE_IDS);
}

export function readCommittedSnapshot(root: string = REPO_ROOT): string | null {
  try {
    return readFileSync(join(root, SNAPSHOT_FILE), 'utf8');
  } catch {
    return null;
  }
}

export async function writeSnapshot(root: string = REPO_ROOT): Promise<{ text: string; changed: boolean }> {
  const text = renderSnapshot(await computeSnapshot(root));
  const changed = readCommittedSnapshot(root) !== text;
  if (changed) {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(root, 'snapshots'), { recursive: true });
    writeFileSync(join(root, SNAPSHOT_FILE), text);
  }
  return { text, changed };
}
