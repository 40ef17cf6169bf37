/**
 * `watch:sources` from its arguments to its output and exit code, apart from the process so that tests run it on
 * a fixture dataset and fixture repositories without touching the real data or the network.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DatasetSchema } from '../../src/schema/index.js';
import { formatIssues, loadDatasetFiles } from '../dataset-files.js';
import { archiveReader, parseGitDirs } from '../verify/archive-reader.js';
import { citationPlaces } from '../verify/archived-citations.js';
import { reportText } from './report-text.js';
import { watchSources } from './watch.js';

/** The options `watch:sources` takes; the scheduled workflow and the tests use these names. */
export const WATCH_OPTIONS = {
  'git-dir': { type: 'string', multiple: true, default: [] as string[] },
  json: { type: 'boolean', default: false },
  data: { type: 'string' },
  offline: { type: 'boolean', default: false },
  'list-repositories': { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const satisfies ParseArgsConfig['options'];

const USAGE = `npm run watch:sources [-- --git-dir owner/name=PATH …] [--json] [--offline] [--data DIR] [--list-repositories]

Reads the newest capture of every archived document the data cites and reports captures the data does not
record yet and quotes backing claims in force that the newest capture no longer holds.

  --git-dir owner/name=PATH  read that repository from a local git clone (repeatable); others are read from GitHub
  --offline                  never use the network: a repository without a local clone cannot be read
  --json                     the report as JSON
  --data DIR                 the dataset to watch (default: the package's data/)
  --list-repositories        print the archive repositories the data cites, one a line, and stop

Exit 0: nothing to review; 1: something to review; 2: a document could not be read.
`;

/** Runs the watch as the command line asks; `exitCode` is the process's. */
export async function runWatch(args: readonly string[]): Promise<{ exitCode: number; output: string }> {
  const { values } = parseArgs({ args: [...args], options: WATCH_OPTIONS, strict: true });
  if (values.help) return { exitCode: 0, output: USAGE };
  const dataDir = values.data === undefined ? undefined : pathToFileURL(`${resolve(values.data)}/`);
  const parsed = DatasetSchema.safeParse(loadDatasetFiles(dataDir));
  if (!parsed.success) return { exitCode: 2, output: `The dataset is not valid:\n${formatIssues(parsed.error.issues)}\n` };
  const { sources } = parsed.data.sources;
  if (values['list-repositories']) {
    const repositories = new Set(sources.flatMap((s) => (s.archive === null ? [] : [s.archive, ...s.revisions])).map((a) => a.repository));
    return { exitCode: 0, output: [...repositories].sort().map((r) => `${r}\n`).join('') };
  }
  const reader = archiveReader(parseGitDirs(values['git-dir']), { offline: values.offline });
  const report = await watchSources({ sources, places: citationPlaces(parsed.data) }, reader);
  return { exitCode: report.exitCode, output: values.json ? `${JSON.stringify(report, null, 2)}\n` : reportText(report) };
}
