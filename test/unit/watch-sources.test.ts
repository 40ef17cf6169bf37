import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackingPlace } from '../../scripts/verify/archived-citations.js';
import { runWatch } from '../../scripts/watch/cli.js';
import { reportText } from '../../scripts/watch/report-text.js';
import { watchSources, type WatchReport } from '../../scripts/watch/watch.js';
import { loadDatasetFiles } from '../../scripts/dataset-files.js';
import { NoNetwork, type ArchiveReader } from '../../scripts/verify/archive-reader.js';
import { DatasetSchema } from '../../src/schema/index.js';
import { archiveFixtureFactory, type ArchiveFixture } from '../support/archive-fixtures.js';
import { citationPlaces, groupByArchivedText } from '../../scripts/verify/archived-citations.js';

let factory: ReturnType<typeof archiveFixtureFactory>;
beforeAll(() => {
  factory = archiveFixtureFactory();
});
afterAll(() => factory.dispose());

async function watch(fixture: ArchiveFixture, ...flags: string[]) {
  return runWatch(['--data', fixture.dataDir, '--offline', ...fixture.gitDirFlags, ...flags]);
}

/** One run, read both ways: the report as JSON, and as the text a maintainer reads (the same report, formatted). */
async function watchJson(fixture: ArchiveFixture): Promise<{ exitCode: number; report: WatchReport; text: string }> {
  const { exitCode, output } = await watch(fixture, '--json');
  const report = JSON.parse(output) as WatchReport;
  return { exitCode, report, text: reportText(report) };
}

/** The quotes of archived texts, each with where it is cited and whether anything in force rests on it. */
function archivedQuotes(fixture: ArchiveFixture) {
  const places = citationPlaces(fixture.dataset);
  const { archived } = groupByArchivedText(fixture.dataset.sources.sources, places);
  return archived.flatMap((text) =>
    [...new Set(text.quotes.map((q) => q.citation.quote))].map((quote) => {
      // The same words may be cited from another revision of the document too: what is in force counts them all.
      const everywhere = places.filter((p) => p.citation.quote === quote);
      return { quote, archive: text.archive, inForce: everywhere.some((p) => p.inForce), places: everywhere };
    }),
  );
}

/** A new capture of the document holding `quote`, with the quote's paragraph replaced by `replacement`. */
function recapture(fixture: ArchiveFixture, archive: { repository: string; path: string }, edit: (text: string) => string, date: string): string {
  const repository = fixture.repositories.get(archive.repository)!;
  return repository.capture(archive.path, edit(repository.current(archive.path)), date);
}

// Each run reads a dozen git objects through git processes: quick on an idle machine, slower under load.
describe('npm run watch:sources on archives the test builds', { timeout: 60_000 }, () => {
  it('reports nothing to review when the newest capture of every document is recorded and holds every quote', async () => {
    const fixture = factory.make();
    const { exitCode, output } = await watch(fixture);
    expect(output).toMatch(/0 quote\(s\) in force missing, 0 capture\(s\) to acknowledge, 0 document\(s\) unreadable, [1-9]\d* quote\(s\) in force present: nothing to review \(exit 0\)/);
    expect(exitCode).toBe(0);
  });

  it('reports a newer capture that changes only other sections as one to acknowledge, and nothing once it is recorded', async () => {
    const fixture = factory.make();
    const [target] = archivedQuotes(fixture).filter((q) => q.inForce);
    const commit = recapture(fixture, target!.archive, (text) => text.replace(/^# .*$/m, '# A new heading, nothing else changed'), '2026-11-30');

    const before = await watchJson(fixture);
    expect(before.exitCode).toBe(1);
    expect(before.report.quotes.filter((q) => q.status === 'missing')).toEqual([]);
    const document = before.report.documents.find((d) => d.status === 'to-acknowledge')!;
    expect(document).toMatchObject({ repository: target!.archive.repository, path: target!.archive.path, newest: { commit, captured: '2026-11-30' } });
    const { text } = before;
    expect(text).toContain(`ACKNOWLEDGE  ${target!.archive.repository} ${target!.archive.path}`);
    expect(text).toContain(`"commit":"${commit}","captured":"2026-11-30"`);
    expect(text).not.toContain('MISSING');

    fixture.editData('sources.json', (json) => {
      const file = json as { sources: { id: string; revisions: unknown[] }[] };
      file.sources.find((s) => s.id === document.recorded.source)!.revisions.push({ repository: document.repository, path: document.path, commit, captured: '2026-11-30' });
      return file;
    });
    expect((await watch(fixture)).exitCode).toBe(0);
  });

  it.each([
    ['drops', (quote: string) => (text: string) => text.replace(`${quote}\n`, '')],
    ['rewords', (quote: string) => (text: string) => text.replace(quote, quote.replace(/ (\S+)$/, ' no longer $1'))],
  ])('reports a capture that %s a quoted sentence of a provision in force as a quote missing, naming the claim, the provision and the commit', async (_, edit) => {
    const fixture = factory.make();
    const target = archivedQuotes(fixture).find((q) => q.places.some((p) => p.inForce && p.provision !== null))!;
    const commit = recapture(fixture, target.archive, edit(target.quote), '2026-11-30');

    const { exitCode, report, text: output } = await watchJson(fixture);
    expect(exitCode).toBe(1);
    const missing = report.quotes.filter((q) => q.status === 'missing');
    expect(missing.map((q) => q.quote)).toEqual([target.quote]);
    const inForce = target.places.filter((p) => p.inForce);
    expect(missing[0]!.backs.map((b) => b.where).sort()).toEqual([...new Set(inForce.map((p) => p.where))].sort());
    expect(missing[0]!.newest.commit).toBe(commit);
    expect(missing[0]!.nearestChange?.distance).toBe(0);

    const place = inForce.find((p): p is BackingPlace & { provision: object } => p.provision !== null)!;
    expect(output).toMatch(/^1 quote\(s\) backing claims in force are missing from the newest capture of their text: the data may be wrong now\.\n/);
    expect(output).toContain(`MISSING      “${target.quote}”`);
    expect(output).toContain(`backs      ${place.where}: ${place.claims.join('; ')}`);
    expect(output).toContain(`gone from  the newest capture ${commit.slice(0, 12)} (2026-11-30)`);
  });

  it('raises no alarm when a quote of a closed provision is gone from the newest text: it is history', async () => {
    const fixture = factory.make();
    const closed = archivedQuotes(fixture).find((q) => !q.inForce)!;
    expect(closed.places.every((p) => p.provision !== null)).toBe(true);
    recapture(fixture, closed.archive, (text) => text.replace(`${closed.quote}\n`, ''), '2026-11-30');

    const { exitCode, report, text } = await watchJson(fixture);
    expect(report.quotes.some((q) => q.quote === closed.quote)).toBe(false);
    expect(report.quotes.filter((q) => q.status === 'missing')).toEqual([]);
    expect(exitCode).toBe(1); // the new capture is still to acknowledge
    expect(text).not.toContain(closed.quote);
  });

  it('exits 2 naming the document when a repository cannot be read', async () => {
    const fixture = factory.make();
    const [first] = fixture.repositories.values();
    const flags = fixture.gitDirFlags.map((flag) => (flag === `${first!.name}=${first!.gitDir}` ? `${first!.name}=${fixture.root}/no-such-clone` : flag));
    const { exitCode, output } = await runWatch(['--data', fixture.dataDir, '--offline', ...flags]);
    expect(exitCode).toBe(2);
    expect(output).toMatch(new RegExp(`UNREADABLE   ${first!.name} \\S.*no-such-clone`));
    expect(output).toContain('not everything could be read (exit 2)');
  });

  it('exits 2 with a clear message when a repository has neither a local clone nor the network', async () => {
    const fixture = factory.make();
    const { exitCode, output } = await runWatch(['--data', fixture.dataDir, '--offline']);
    expect(exitCode).toBe(2);
    expect(output).toContain('no local clone of OpenTermsArchive/');
    expect(output).toContain('was given (--git-dir OpenTermsArchive/');
  });

  it('lists the archive repositories the data cites, for the scheduled workflow to clone', async () => {
    const fixture = factory.make();
    const { output } = await runWatch(['--data', fixture.dataDir, '--list-repositories']);
    expect(output.trim().split('\n')).toEqual([...fixture.repositories.keys()].sort());
  });
});

describe('the watch without a way to read the archives', () => {
  it('says that it needs a local clone or the network, and exits 2', async () => {
    const dataset = DatasetSchema.parse(loadDatasetFiles());
    const unreachable: ArchiveReader = {
      text: () => Promise.reject(new NoNetwork('cannot reach github.com (ENOTFOUND)')),
      captures: () => Promise.reject(new NoNetwork('cannot reach api.github.com (ENOTFOUND)')),
    };
    const report = await watchSources({ sources: dataset.sources.sources, places: citationPlaces(dataset) }, unreachable);
    expect(report.exitCode).toBe(2);
    expect(report.unreachable).toBe(true);
    expect(report.documents.every((d) => d.status === 'unreadable')).toBe(true);
    const text = reportText(report);
    expect(text).toMatch(/^watch:sources reads the archives from a local clone \(--git-dir owner\/name=PATH\) or from GitHub; GitHub could not be reached/);
    expect(text).toContain('UNREADABLE   OpenTermsArchive/pga-versions LinkedIn/Privacy Policy.md: cannot reach api.github.com (ENOTFOUND)');
  });
});
