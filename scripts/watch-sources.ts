/**
 * `npm run watch:sources`: whether LinkedIn changed a text the data relies on since the data last looked. For
 * every archived document it compares the newest capture in its Open Terms Archive repository with the newest
 * revision the data records, and looks up every quote backing a claim in force in that newest capture
 * (scripts/watch/). `--git-dir owner/name=PATH` reads a repository from a local clone, as for verify:sources;
 * otherwise it is read from GitHub. `--json` for the report as JSON; `--help` for the rest.
 *
 * Exit 0: nothing to review; 1: something to review (a quote in force missing, or a newer capture to
 * acknowledge); 2: a document could not be read.
 */
import { runWatch } from './watch/cli.js';

try {
  const { exitCode, output } = await runWatch(process.argv.slice(2));
  process.stdout.write(output);
  process.exitCode = exitCode;
} catch (error) {
  // A mistyped option must not pass for exit 1, "something to review": nothing was read.
  process.stderr.write(`watch:sources: ${(error as Error).message}\nnpm run watch:sources -- --help for the options.\n`);
  process.exitCode = 2;
}
