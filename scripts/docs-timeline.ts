/**
 * Generates the "Policy timeline" page of the docs site from the data, so the site can never disagree with it:
 * for each purpose, a table of regions × periods (status, lawful basis, data used), then every period's full
 * provision with its sources, links and verbatim quotes. Run by `npm run docs` (scripts/docs-build.ts);
 * on its own: `tsx scripts/docs-timeline.ts [--out <dir>]`.
 *
 * The data is read through the library (`regions`, `timeline`), the way users read it.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { regions } from '../src/api/regions.js';
import { timeline } from '../src/api/timeline.js';
import { meta } from '../src/data/meta.js';
import { PURPOSE_IDS } from '../src/ids.js';
import { citedSourceIds } from '../src/evidence/resolve.js';
import type { Claim, ClaimCitation, Confidence, OptOutPath, Provision, PurposeId, Region, Source } from '../src/schema/index.js';
import {
  GENERATED_DOCS_DIR,
  GENERATED_PAGES,
  archiveLink,
  cell,
  code,
  label,
  quote,
  slug,
  sourceHeading,
  sourceRecord,
  vocabulary,
  writePage,
} from './docs-markdown.js';

/** One provision of one region, with the date it ends (the next provision's start) or null if it goes on. */
interface Period {
  readonly region: Region;
  readonly provision: Provision;
  readonly until: string | null;
}

/** Regions whose provisions for a purpose are identical over the same dates, shown together in the details. */
interface PeriodGroup {
  readonly regions: readonly Region[];
  readonly provision: Provision;
  readonly until: string | null;
  readonly heading: string;
}

function periodsOf(purpose: PurposeId, region: Region): Period[] {
  const provisions = timeline(region.countries[0]!.code, purpose);
  return provisions.map((provision, i) => ({ region, provision, until: provisions[i + 1]?.effectiveFrom ?? null }));
}

function statusText(provision: Provision): string {
  switch (provision.status) {
    case 'subject':
      return 'subject';
    case 'not-subject':
      return `not subject (${provision.statusReason ?? 'no reason recorded'})`;
    case 'unknown':
      return 'unknown';
  }
}

function statusCell(provision: Provision): string {
  const text = statusText(provision);
  return provision.status === 'subject' ? `**${text}**` : provision.status === 'unknown' ? `_${text}_` : text;
}

function lawfulBasisText(provision: Provision): string {
  if (provision.lawfulBasis !== null) return label(provision.lawfulBasis);
  return provision.status === 'subject' ? 'none stated' : '—';
}

function idsText(ids: readonly string[] | null, provision: Provision): string {
  if (ids !== null) return ids.length === 0 ? 'none' : ids.map(label).join(', ');
  return provision.status === 'subject' ? 'not documented' : '—';
}

function regionName(region: Region): string {
  return `${region.name} (${code(region.id)})`;
}

function groupPeriods(purpose: PurposeId, periods: readonly Period[]): PeriodGroup[] {
  const groups: { regions: Region[]; provision: Provision; until: string | null; key: string }[] = [];
  for (const period of periods) {
    const key = JSON.stringify([period.provision, period.until]);
    const group = groups.find((g) => g.key === key);
    if (group) group.regions.push(period.region);
    else groups.push({ regions: [period.region], provision: period.provision, until: period.until, key });
  }
  return groups
    .sort((a, b) => a.provision.effectiveFrom.localeCompare(b.provision.effectiveFrom))
    .map(({ regions: members, provision, until }) => ({
      regions: members,
      provision,
      until,
      heading: `${purpose}: ${members.map((r) => r.id).join(', ')} from ${provision.effectiveFrom}`,
    }));
}

function optOutPathText(path: OptOutPath): string {
  const name = path.url === undefined ? `**${path.label}**` : `[${path.label}](${path.url})`;
  const parts = [`${path.kind} ${name}`];
  if (path.control !== undefined) parts.push(`option ${quote(path.control)}`);
  if (path.menuPath !== undefined) parts.push(path.menuPath.join(' › '));
  return parts.join(' — ');
}

function details(group: PeriodGroup): string[] {
  const { provision, until } = group;
  const lines = [
    `#### ${group.heading}`,
    '',
    `- **Regions:** ${group.regions.map(regionName).join(', ')}`,
    `- **In force:** from ${provision.effectiveFrom}${until === null ? ', still in force' : ` until ${until}`}`,
    `- **Status:** ${statusText(provision)}`,
  ];
  if (provision.status === 'subject') {
    lines.push(
      `- **Default:** ${provision.default ?? 'not stated'}; **acceptance:** ${provision.acceptance ?? 'not stated'}`,
      `- **Lawful basis:** ${lawfulBasisText(provision)}`,
      `- **Data used:** ${idsText(provision.dataCategories, provision)}`,
      `- **Data never used:** ${idsText(provision.excludedData, provision)}`,
      `- **Minimum age:** ${provision.minimumAge === null ? 'no age rule documented' : `${provision.minimumAge} (younger members are excluded)`}`,
    );
  }
  if (provision.optOut !== null) {
    const { effect, priorOptOutsHonoured, paths } = provision.optOut;
    const honoured = priorOptOutsHonoured === null ? 'not stated' : priorOptOutsHonoured ? 'yes' : 'no';
    lines.push(
      `- **Opting out:** effect ${effect === 'prospective' ? 'prospective (stops future use; data already used stays used)' : 'not stated'}; earlier opt-outs honoured: ${honoured}`,
    );
    for (const path of paths) lines.push(`  - ${optOutPathText(path)}`);
  }
  for (const note of provision.notes) lines.push(`- **Note:** ${note}`);
  lines.push('- **Claims and their evidence** (confidence: high plain; **MEDIUM** and **LOW** marked):');
  for (const claim of provision.claims) {
    lines.push(`  - ${claimText(claim)} — ${confidenceText(claim.confidence)}`);
    for (const citation of claim.citations) {
      const source = sourceRecord(citation.source);
      const link = `[${code(source.id)}](./${GENERATED_PAGES.sources}#${slug(sourceHeading(source))})`;
      lines.push(`    - > ${quote(citation.quote)} — ${link}, ${confidenceText(source.confidence)}; ${whereToReread(citation, source)}`);
    }
  }
  lines.push('');
  return lines;
}

const VOCABULARY_FIELDS: ReadonlySet<Claim['field']> = new Set(['lawfulBasis', 'dataCategories', 'excludedData']);

function claimText(claim: Claim): string {
  const value = String(claim.value);
  return `${code(claim.field)}: ${VOCABULARY_FIELDS.has(claim.field) ? `${label(value)} (${code(value)})` : code(value)}`;
}

/** A confidence level as the page shows it: high plainly, medium and low so they stand out. */
function confidenceText(level: Confidence): string {
  return level === 'high' ? 'high' : `**${level.toUpperCase()}**`;
}

/** Where a quote can be read again: its archived revision, the secondary copy it was read in, or its source's address. */
function whereToReread(citation: ClaimCitation, source: Source): string {
  const archived = [source.archive, ...source.revisions].find((archive) => archive !== null && archive.commit === citation.revision);
  if (archived) return `archived: ${archiveLink(archived)}`;
  if (citation.foundIn !== undefined) return `read in [${citation.foundIn.description}](${citation.foundIn.url})`;
  return source.url === null ? 'no public address' : `<${source.url}>`;
}

interface Change {
  readonly date: string;
  readonly purpose: PurposeId;
  readonly regions: Region[];
  readonly from: string;
  readonly to: string;
}

function changesOf(purpose: PurposeId, periodsByRegion: readonly Period[][]): Change[] {
  const changes: Change[] = [];
  for (const periods of periodsByRegion) {
    for (let i = 1; i < periods.length; i++) {
      const before = periods[i - 1]!;
      const here = periods[i]!;
      const from = statusText(before.provision);
      const to = statusText(here.provision);
      const change = from === to ? `${to} (terms changed)` : to;
      const same = changes.find((c) => c.date === here.provision.effectiveFrom && c.from === from && c.to === change);
      if (same) same.regions.push(here.region);
      else changes.push({ date: here.provision.effectiveFrom, purpose, regions: [here.region], from, to: change });
    }
  }
  return changes;
}

/** The page, as Markdown with TypeDoc front matter. */
export function renderTimelinePage(): string {
  const purposes = PURPOSE_IDS.map((purpose) => {
    const entry = vocabulary.purposes.find((p) => p.id === purpose);
    if (entry === undefined) throw new Error(`purpose "${purpose}" is not described in data/vocabulary.json`);
    const periodsByRegion = regions.map((region) => periodsOf(purpose, region));
    return { purpose, entry, periodsByRegion, groups: groupPeriods(purpose, periodsByRegion.flat()) };
  });
  const changes = purposes
    .flatMap(({ purpose, periodsByRegion }) => changesOf(purpose, periodsByRegion))
    .sort((a, b) => a.date.localeCompare(b.date));
  const heading = (purpose: (typeof purposes)[number]) => `${purpose.entry.label} (${purpose.purpose})`;

  const out = [
    '---',
    'title: Policy timeline',
    '---',
    '# Policy timeline',
    '',
    `Generated from the data in ${code('data/')} each time this site is built, so it shows exactly what the library answers.`,
    `The data covers ${meta.coverageStart} onwards and was last checked against its sources on ${meta.asOf}.`,
    '',
    'Each row is one provision of one region. It applies from 00:00 on **From** in the member’s time zone until 00:00',
    'on **Until**, when the next provision starts; a blank **Until** means it is still in force. Before',
    `${meta.coverageStart} every answer is ${code('unknown')}. Statuses:`,
    '',
    '- **subject** — LinkedIn uses the data for this purpose (members under the minimum age and members who opted out are not subject);',
    '- not subject (excluded) — the region was left out of this use;',
    '- not subject (paused) — LinkedIn paused this use in the region, usually after a regulator stepped in;',
    '- _unknown_ — no source says; the library answers `unknown` rather than guess.',
    '',
    'The **Evidence** link of each row leads to the full provision: default and acceptance, data never used,',
    'minimum age, how to opt out, notes, and every source with its address, archived copy, confidence and the',
    'verbatim quote the provision rests on. See the [source register](./' + GENERATED_PAGES.sources + ') for all sources.',
    '',
    '## Changes at a glance',
    '',
    '| Date | Purpose | Regions | Before | After |',
    '| --- | --- | --- | --- | --- |',
    ...changes.map(
      (c) =>
        `| ${c.date} | ${code(c.purpose)} | ${c.regions.map((r) => code(r.id)).join(', ')} | ${cell(c.from)} | ${cell(c.to)} |`,
    ),
    '',
  ];

  for (const purpose of purposes) {
    out.push(`## ${heading(purpose)}`, '', purpose.entry.description, '');
    out.push('| Region | From | Until | Status | Lawful basis | Data used | Evidence |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const periods of purpose.periodsByRegion) {
      for (const period of periods) {
        const { provision } = period;
        const group = purpose.groups.find(
          (g) => g.provision.effectiveFrom === provision.effectiveFrom && g.regions.includes(period.region),
        );
        if (group === undefined) throw new Error('every period belongs to a group');
        const sources = citedSourceIds(provision.claims).length;
        out.push(
          `| ${cell(regionName(period.region))} | ${provision.effectiveFrom} | ${period.until ?? ''} | ${statusCell(provision)} ` +
            `| ${cell(lawfulBasisText(provision))} | ${cell(idsText(provision.dataCategories, provision))} ` +
            `| [${sources} source${sources === 1 ? '' : 's'}](#${slug(group.heading)}) |`,
        );
      }
    }
    out.push('', `### Evidence: ${purpose.entry.label}`, '');
    for (const group of purpose.groups) out.push(...details(group));
  }
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: GENERATED_DOCS_DIR } } });
  console.log(`wrote ${writePage(GENERATED_PAGES.timeline, renderTimelinePage(), values.out)}`);
}
