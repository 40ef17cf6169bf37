/**
 * The one format every benchmark writes and bench/report.ts reads: a section of figures, each a measurement with,
 * where it has one, its ratio to the section's reference and its target. A new benchmark (another path through
 * the library) writes its own section file into test-output/bench/ and is reported with the others.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';

/** Where `npm run bench` writes its section files. */
export const RESULTS_DIR = 'test-output/bench';

/** A target: the figure's ratio must be at most (`≤`) or at least (`≥`) `value`. */
export interface Target {
  readonly compare: '≤' | '≥';
  readonly value: number;
  /** What the ratio is of, for the report: "× baseline", "× bare node", "lines/s ÷ 500,000". */
  readonly unit: string;
}

/** One measured figure. */
export interface Figure {
  readonly name: string;
  /** The measurement as people read it: "41.2 ns", "612,000 lines/s", "38.1 ms". */
  readonly shown: string;
  /** The measurement compared with the section's reference (a baseline, a bare start, a required rate). */
  readonly ratio?: number;
  readonly target?: Target;
  /** Anything else worth printing beside it (peak memory, spread). */
  readonly note?: string;
}

/** One benchmark's results. */
export interface Section {
  readonly title: string;
  /** How it was measured, in one or two sentences. */
  readonly method: string;
  readonly figures: readonly Figure[];
  readonly machine: string;
}

/** The machine and its load now, for the record. */
export function machine(): string {
  const [one] = loadavg();
  return `${availableParallelism()} CPUs (${cpus()[0]?.model ?? '?'}), node ${process.version}, load average ${one!.toFixed(2)}`;
}

/** Writes a section as `RESULTS_DIR/<order>-<name>.json`; the report prints sections in file-name order. */
export function writeSection(fileName: string, section: Omit<Section, 'machine'>): void {
  const file = join(RESULTS_DIR, `${fileName}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...section, machine: machine() }, null, 2)}\n`);
}

/** Every section written so far, in file-name order. */
export function readSections(dir = RESULTS_DIR): Section[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Section);
}

/** Whether a figure meets its target (`undefined` when it has none). */
export function meets(figure: Figure): boolean | undefined {
  if (figure.target === undefined || figure.ratio === undefined) return undefined;
  return figure.target.compare === '≤' ? figure.ratio <= figure.target.value : figure.ratio >= figure.target.value;
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
