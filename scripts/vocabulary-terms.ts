/**
 * Writes the term lists the vocabulary tests check the data against, from local clones of the W3C Data Privacy
 * Vocabulary and of fideslang: every IRI of DPV 2.3 (each extension's combined CSV file under `2.3/`) and every
 * fideslang key (data uses, data categories, data subjects). The clones are read through git, so a bare mirror
 * works as well as a checkout; the commit each list came from is written with it.
 *
 *   git clone https://github.com/w3c/dpv && git clone https://github.com/ethyca/fideslang
 *   npx tsx scripts/vocabulary-terms.ts --dpv dpv --fideslang fideslang
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dpv: { type: 'string' },
    fideslang: { type: 'string' },
  },
});
if (values.dpv === undefined || values.fideslang === undefined) {
  console.error('usage: tsx scripts/vocabulary-terms.ts --dpv DPV_CLONE --fideslang FIDESLANG_CLONE');
  process.exit(2);
}

const DPV_VERSION = '2.3';
const out = (name: string) => new URL(`../test/fixtures/vocabularies/${name}`, import.meta.url);
const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

/** The column `name` of every row of a CSV text with a header line (quoted fields, commas and newlines inside quotes). */
function csvColumn(text: string, name: string): string[] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') rows.at(-1)!.push(field), (field = '');
    else if (c === '\n') rows.at(-1)!.push(field), (field = ''), rows.push([]);
    else if (c !== '\r') field += c;
  }
  if (field !== '' || rows.at(-1)!.length > 0) rows.at(-1)!.push(field);
  const [header, ...body] = rows.filter((row) => row.length > 1);
  const at = header!.indexOf(name);
  if (at < 0) throw new Error(`no column ${name}`);
  return body.map((row) => row[at]!).filter((value) => value !== '');
}

function dpvTerms(dir: string, rev: string) {
  const commit = git(dir, 'rev-parse', rev).trim();
  // Each extension's combined file (2.3/pd/pd.csv, 2.3/legal/eu/gdpr/eu-gdpr.csv, …) holds all its modules' terms.
  const files = git(dir, 'ls-tree', '-r', '--name-only', commit, `${DPV_VERSION}/`)
    .split('\n')
    .filter((path) => path.endsWith('.csv') && !path.includes('/modules/'));
  const iris = new Set<string>();
  for (const file of files) for (const iri of csvColumn(git(dir, 'show', `${commit}:${file}`), 'iri')) iris.add(iri);
  return { repository: 'w3c/dpv', commit, version: DPV_VERSION, files: `${DPV_VERSION}/**/*.csv outside modules/`, iris: [...iris].sort() };
}

function fideslangKeys(dir: string, rev: string) {
  const commit = git(dir, 'rev-parse', rev).trim();
  const keys = (file: string, list: string) =>
    (JSON.parse(git(dir, 'show', `${commit}:data_files/${file}.json`)) as Record<string, { fides_key: string }[]>)[list]!
      .map((entry) => entry.fides_key)
      .sort();
  return {
    repository: 'ethyca/fideslang',
    commit,
    dataUses: keys('data_uses', 'data_use'),
    dataCategories: keys('data_categories', 'data_category'),
    dataSubjects: keys('data_subjects', 'data_subject'),
  };
}

writeFileSync(out('dpv.json'), `${JSON.stringify(dpvTerms(values.dpv, 'HEAD'), null, 1)}\n`);
writeFileSync(out('fideslang.json'), `${JSON.stringify(fideslangKeys(values.fideslang, 'HEAD'), null, 1)}\n`);
console.log('wrote test/fixtures/vocabularies/dpv.json and fideslang.json');
