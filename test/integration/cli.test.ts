/**
 * The `linkedin-policy-data` command: what users and scripts see, exit codes included. Most tests run the
 * command in this process (`runInProcess`); those that need a process of their own run the bin, built with the
 * project's tsup config, as a subprocess (`runCli`): a host time zone, node options, a reader that goes away,
 * worker threads, the real bin's exit codes. Expected answers come from the researched policy facts (via
 * test/facts.ts) or are spelt out here, never from the CLI itself.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { decide, type Decision, type PurposeId } from '../../src/index.js';
import { FACTS } from '../facts.js';
import { ANSI, CLI, ndjson, runCli, runInProcess } from './cli-helpers.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const meta = JSON.parse(readFileSync(new URL('../../data/meta.json', import.meta.url), 'utf8')) as { asOf: string };
const vocabulary = JSON.parse(readFileSync(new URL('../../data/vocabulary.json', import.meta.url), 'utf8')) as Record<
  'dataCategories' | 'excludedData' | 'lawfulBases',
  { id: string; label: string }[]
>;
const label = (list: 'dataCategories' | 'excludedData' | 'lawfulBases', id: string): string => {
  const entry = vocabulary[list].find((e) => e.id === id);
  if (entry === undefined) throw new Error(`no ${list} entry ${id}`);
  return entry.label;
};

// The researched facts: from 2025-11-03, for every region where it is subject.
const FACT_CATEGORIES = ['profile', 'member-content', 'resumes', 'engagement', 'gai-inputs', 'group-activity', 'feedback'];
const FACT_EXCLUDED = ['private-messages', 'login-credentials', 'payment-data', 'salary-data'];
const SETTING_URL = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement';
const FORM_URL = 'https://www.linkedin.com/help/linkedin/ask/TS-DPRO';
const PURPOSES: PurposeId[] = ['ai-training', 'microsoft-ads', 'microsoft-ai-training'];

interface CheckJson {
  member: Record<string, unknown>;
  at: string;
  decisions: (Omit<Decision, 'at'> & { at: string })[];
}

/** The text block of one purpose in `check` output, from its heading to the next. */
function block(stdout: string, purpose: PurposeId): string {
  const start = stdout.indexOf(`(${purpose})\n`);
  expect(start, `block for ${purpose}`).toBeGreaterThan(-1);
  const next = stdout.indexOf('\n■ ', start);
  return stdout.slice(start, next < 0 ? undefined : next);
}

function expectNoStack(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toContain('node:internal');
}

describe('no arguments: the sample query (npm start)', () => {
  it('answers for a sample member, says it is a sample and how to ask about another member', async () => {
    const run = await runInProcess([]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Sample query: a member in Germany (DE), born 1990-01-01, on 2025-11-04.');
    expect(run.stdout).toContain('  npx linkedin-policy-data check --country');
    expect(run.stdout).toContain('  npx linkedin-policy-data --help');
    const ai = block(run.stdout, 'ai-training');
    expect(ai).toContain('SUBJECT: this applies to the member');
    expect(ai).toMatch(/Lawful basis +Legitimate interests/);
    expect(ai).toContain(SETTING_URL);
    expect(ai).not.toContain('birthDate not given');
    expect(block(run.stdout, 'microsoft-ads')).toContain('NOT SUBJECT');
    expect(block(run.stdout, 'microsoft-ai-training')).toContain('NOT SUBJECT');
  });
});

describe('check, text output', () => {
  it('DE on 2025-11-04: AI training applies, on legitimate interests, with the data, exclusions and opt-out steps', async () => {
    const run = await runInProcess(['check', '--country', 'DE', '--date', '2025-11-04']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Member +country DE, in region European Union \(eu\)/);
    expect(run.stdout).toMatch(/At +2025-11-04 00:00 GMT\+1 \(Europe\/Berlin\), 2025-11-03T23:00:00\.000Z/);
    const ai = block(run.stdout, 'ai-training');
    expect(ai).toContain('SUBJECT: this applies to the member');
    expect(ai).toMatch(/Lawful basis +Legitimate interests/);
    const flat = ai.replace(/\s+/g, ' ');
    expect(flat).toContain("applies in the member's region (European Union)");
    for (const id of FACT_CATEGORIES) expect(flat).toContain(label('dataCategories', id));
    for (const id of FACT_EXCLUDED) expect(flat).toContain(label('excludedData', id));
    expect(flat).toContain('members under 18 are excluded');
    expect(flat).toContain('Opting out stops future use only');
    expect(flat).toContain('Setting "Data for Generative AI Improvement"');
    expect(flat).toContain('switch off "Use my data for training content creation AI models"');
    expect(flat).toContain('Settings & Privacy › Data privacy › How LinkedIn uses your data');
    expect(ai).toContain(SETTING_URL);
    expect(ai).toContain(FORM_URL);
    expect(flat).toContain('birthDate not given: treated as 18 or older');
    expect(flat).toMatch(/Sources .*ota-erpn-2025/);
    expect(run.stdout).toContain(`last checked against its sources on ${meta.asOf}`);
  });

  it('shows the confidence of each fact beside it, medium and low marked', async () => {
    const run = await runInProcess(['check', '--country', 'DE', '--date', '2025-11-04', '--purpose', 'ai-training']);
    const flat = block(run.stdout, 'ai-training').replace(/\s+/g, ' ');
    expect(flat).toContain(`Lawful basis Legitimate interests [high]`);
    expect(flat).toContain(`${label('dataCategories', 'profile')} [high]`);
    expect(flat).toContain(`${label('dataCategories', 'feedback')} [MEDIUM]`);
    expect(flat).toContain(`${label('dataCategories', 'engagement')} [LOW]`);
    expect(flat).toContain('members under 18 are excluded [MEDIUM]');
    expect(run.stdout.replace(/\s+/g, ' ')).toContain("Confidence of each fact: [high] LinkedIn's own text or a regulator; [MEDIUM] the press quoting LinkedIn; [LOW] a secondary summary.");
  });

  it('--min-confidence high keeps only the facts that LinkedIn or a regulator states', async () => {
    const run = await runInProcess(['check', '--country', 'DE', '--date', '2025-11-04', '--purpose', 'ai-training', '--min-confidence', 'high']);
    expect(run.code).toBe(0);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain('Only facts with evidence of high confidence or firmer are shown (--min-confidence).');
    const flat = block(run.stdout, 'ai-training').replace(/\s+/g, ' ').split('Confidence of each fact')[0]!;
    expect(flat).toContain(`${label('dataCategories', 'profile')} [high]`);
    expect(flat).not.toContain(label('dataCategories', 'engagement'));
    expect(flat).not.toContain('[MEDIUM]');
    expect(flat).not.toContain('[LOW]');
    expect(flat).toMatch(/Not used left out: its evidence is below the confidence asked for/);
    const json = JSON.parse((await runInProcess(['check', '--country', 'DE', '--date', '2025-11-04', '-p', 'ai-training', '--min-confidence', 'HIGH', '--json'])).stdout) as {
      decisions: { provision: { claims: { confidence: string }[] }; sources: { confidence: string }[] }[];
    };
    expect(json.decisions[0]!.provision.claims.every((c) => c.confidence === 'high')).toBe(true);
    expect(json.decisions[0]!.sources.every((s) => s.confidence === 'high')).toBe(true);
    const bad = await runInProcess(['check', '--country', 'DE', '--min-confidence', 'sure']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--min-confidence takes high, medium or low; got "sure"');
  });

  it('--json gives each provision its claims, each with its quotes and confidence', async () => {
    const run = await runInProcess(['check', '--country', 'GB', '--date', '2025-11-04', '-p', 'ai-training', '--json']);
    const { decisions } = JSON.parse(run.stdout) as {
      decisions: { provision: { claims: { field: string; value: unknown; confidence: string; citations: { source: string; quote: string }[] }[] } }[];
    };
    const claims = decisions[0]!.provision.claims;
    expect(claims[0]).toMatchObject({ field: 'status', value: 'subject', confidence: 'high' });
    expect(claims.every((c) => c.citations.length > 0 && c.citations.every((q) => q.quote.length > 0))).toBe(true);
  });

  it('DE on 2025-11-02: not subject, the region being excluded until the change', async () => {
    const run = await runInProcess(['check', '--country', 'de', '--date', '2025-11-02', '--purpose', 'ai-training']);
    expect(run.code).toBe(0);
    const ai = block(run.stdout, 'ai-training');
    expect(ai).toContain('NOT SUBJECT: this does not apply to the member');
    expect(ai.replace(/\s+/g, ' ')).toContain("The member's region (European Union) is excluded from this under the policy in force since 2024-09-18.");
    expect(run.stdout).not.toContain('(microsoft-ads)');
  });

  it('explains a pause, a minor and an opt-out in plain words', async () => {
    const paused = await runInProcess(['check', '--country', 'CA', '--date', '2025-01-15', '--purpose', 'ai-training']);
    expect(paused.stdout.replace(/\s+/g, ' ')).toContain("LinkedIn paused this in the member's region (Canada) since 2024-12-10.");

    const minor = await runInProcess(['check', '--country', 'FR', '--date', '2025-11-04', '--birth-date', '2009-06-01', '--purpose', 'ai-training']);
    const minorBlock = block(minor.stdout, 'ai-training').replace(/\s+/g, ' ');
    expect(minorBlock).toContain('NOT SUBJECT');
    expect(minorBlock).toContain('The member is under 18 on this date, and members under 18 are excluded.');

    const noRule = await runInProcess(['check', '--country', 'US', '--date', '2025-01-15', '--birth-date', '2010-06-01', '--purpose', 'ai-training']);
    const noRuleBlock = block(noRule.stdout, 'ai-training').replace(/\s+/g, ' ');
    expect(noRuleBlock).toContain('UNKNOWN');
    expect(noRuleBlock).toContain('The member is under 18 on this date, and no source says whether members under 18 are excluded under the policy in force since 2024-09-18.');

    const optedOut = await runInProcess(['check', '--country', 'GB', '--date', '2025-11-04', '--opted-out', 'ai-training=2025-10-01', '-p', 'ai-training']);
    const optedOutBlock = block(optedOut.stdout, 'ai-training').replace(/\s+/g, ' ');
    expect(optedOutBlock).toContain('NOT SUBJECT');
    expect(optedOutBlock).toContain('The member opted out at or before this moment');
    expect(optedOut.stdout).toMatch(/Opted out +ai-training at 2025-10-01/);
  });

  it('says "unknown" where the sources do not say, and before the record starts', async () => {
    const us = await runInProcess(['check', '--country', 'US', '--date', '2025-11-04', '--purpose', 'microsoft-ai-training']);
    expect(block(us.stdout, 'microsoft-ai-training')).toContain('UNKNOWN: the sources do not say');
    const early = await runInProcess(['check', '--country', 'US', '--date', '2024-01-01', '--purpose', 'ai-training']);
    expect(block(early.stdout, 'ai-training').replace(/\s+/g, ' ')).toContain('before 2024-09-18, where this record starts');
  });

  it('prints no colour to a pipe, colour with FORCE_COLOR, and none with NO_COLOR whatever else is set', async () => {
    const plain = await runInProcess(['check', '--country', 'DE', '--date', '2025-11-04']);
    expect(plain.stdout).not.toMatch(ANSI);
    const forced = await runInProcess(['check', '--country', 'DE', '--date', '2025-11-04'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(ANSI);
    const noColour = await runInProcess(['check', '--country', 'DE', '--date', '2025-11-04'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(noColour.stdout).not.toMatch(ANSI);
    expect(noColour.stdout).toBe(plain.stdout);
    const emptyNoColour = await runInProcess(['check', '--country', 'DE', '--date', '2025-11-04'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(emptyNoColour.stdout).toMatch(ANSI);
    const sample = await runInProcess([], { env: { NO_COLOR: '1' } });
    expect(sample.stdout + sample.stderr).not.toMatch(ANSI);
  });
});

describe('check --json', () => {
  it('prints {member, at, decisions} with full decisions that agree with the researched facts', async () => {
    const run = await runInProcess(['check', '--country', 'DE', '--date', '2025-11-04', '--birth-date', '1990-01-01', '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as CheckJson;
    expect(json.member).toEqual({ country: 'DE', birthDate: '1990-01-01' });
    expect(json.at).toBe('2025-11-03T23:00:00.000Z');
    expect(json.decisions.map((d) => d.purpose)).toEqual(PURPOSES);
    const [ai, ads, msAi] = json.decisions;
    expect(ai).toMatchObject({ status: 'subject', subject: true, reasons: ['in-scope'], region: 'eu', at: json.at, timeZone: 'Europe/Berlin' });
    expect(ai?.provision).toMatchObject({ effectiveFrom: '2025-11-03', lawfulBasis: 'legitimate-interests', minimumAge: 18 });
    expect(ai?.provision?.dataCategories).toEqual(expect.arrayContaining(FACT_CATEGORIES));
    expect(ai?.provision?.excludedData).toEqual(expect.arrayContaining(FACT_EXCLUDED));
    expect(ai?.sources.length).toBeGreaterThan(0);
    expect(ads).toMatchObject({ status: 'not-subject', reasons: ['region-not-in-scope'] });
    expect(msAi).toMatchObject({ status: 'not-subject', reasons: ['region-not-in-scope'] });
  });

  it('equals the library decisions, serialised', async () => {
    const member = { country: 'GB', timeZone: 'Europe/London', optOuts: { 'microsoft-ai-training': '2025-12-01' } };
    const run = await runInProcess([
      'check', '--country', 'GB', '--time-zone', 'Europe/London', '--opted-out', 'microsoft-ai-training=2025-12-01',
      '--date', '2025-12-01T09:30', '--json',
    ]);
    const expected = PURPOSES.map((purpose) => decide(purpose, member, '2025-12-01T09:30'));
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify({ member, at: '2025-12-01T09:30:00.000Z', decisions: expected })));
    const gbMsAi = expected[2]!;
    expect(gbMsAi.reasons).toEqual(['opted-out']);
  });

  it('answers for each region as the researched facts say, for every purpose', async () => {
    const at = '2025-11-04';
    for (const [country, region] of [['US', 'us'], ['CA', 'ca'], ['HK', 'hk'], ['GB', 'gb'], ['NO', 'eea'], ['IN', 'rest-of-world']] as const) {
      const json = JSON.parse((await runInProcess(['check', '-c', country, '-d', at, '--json'])).stdout) as CheckJson;
      for (const decision of json.decisions) {
        const facts = FACTS[decision.purpose][region];
        const expected = [...facts].reverse().find(([from]) => from <= at)![1];
        expect(decision.status, `${decision.purpose} in ${country}`).toBe(expected);
        expect(decision.region).toBe(region);
      }
    }
  });

  it('defaults --date to now', async () => {
    const before = Date.now();
    const json = JSON.parse((await runInProcess(['check', '--country', 'DE', '--json', '--purpose', 'ai-training'])).stdout) as CheckJson;
    const at = Date.parse(json.at);
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now());
  });

  it('does not depend on the host time zone', async () => {
    const args = ['check', '--country', 'CA', '--date', '2025-11-03', '--json'];
    // A host zone is the process's: the bin runs in processes of its own.
    const utc = await runCli(args, { env: { TZ: 'UTC' } });
    const kiritimati = await runCli(args, { env: { TZ: 'Pacific/Kiritimati' } });
    expect(kiritimati.stdout).toBe(utc.stdout);
    expect((JSON.parse(utc.stdout) as CheckJson).at).toBe('2025-11-03T05:00:00.000Z');
  });
});

describe('check, errors', () => {
  it('an unknown flag is a usage error (2) that names the flag and suggests the right one', async () => {
    const run = await runInProcess(['check', '--contry', 'DE']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unknown option --contry');
    expect(run.stderr).toContain('did you mean --country?');
    expect(run.stderr).toContain("See 'npx linkedin-policy-data check --help'.");
    expectNoStack(run.stderr);
  });

  it('suggests commands as they can be typed: the bare name where the bin is on PATH, else npx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lpd-path-'));
    try {
      const onPath = join(dir, 'linkedin-policy-data');
      writeFileSync(onPath, '#!/bin/sh\n');
      chmodSync(onPath, 0o755);
      const installed = await runInProcess(['check', '--contry', 'DE'], { env: { PATH: `${dir}${delimiter}${process.env['PATH'] ?? ''}` } });
      expect(installed.stderr).toContain("See 'linkedin-policy-data check --help'.");
      const underNpm = await runInProcess(['check', '--contry', 'DE'], { env: { PATH: `${dir}${delimiter}${process.env['PATH'] ?? ''}`, npm_command: 'run-script' } });
      expect(underNpm.stderr).toContain("See 'npx linkedin-policy-data check --help'.");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a flag that takes one value, given twice, is a usage error naming it; repeatable flags repeat', async () => {
    const country = await runInProcess(['check', '--country', 'DE', '-c', 'FR', '--json']);
    expect(country.code).toBe(2);
    expect(country.stdout).toBe('');
    expect(country.stderr).toContain('--country is given more than once; give it once');
    const date = await runInProcess(['exposure', '--country', 'DE', '--to', '2026-01-01', '--to', '2027-01-01']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--to is given more than once');
    const repeated = await runInProcess(['check', '-c', 'DE', '--purpose', 'ai-training', '--purpose', 'microsoft-ads', '--opted-out', 'ai-training', '--opted-out', 'microsoft-ads', '--json']);
    expect(repeated.code).toBe(0);
    expect((JSON.parse(repeated.stdout) as CheckJson).decisions.map((d) => [d.purpose, d.reasons])).toEqual([
      ['ai-training', ['opted-out']],
      ['microsoft-ads', ['region-not-in-scope', 'opted-out']],
    ]);
  });

  it('a country code ISO does not use for the country hints the one it does: uk → GB', async () => {
    const run = await runInProcess(['check', '--country', 'uk', '--date', '2025-11-04']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('did you mean GB?');
    const other = await runInProcess(['check', '--country', 'XX', '--date', '2025-11-04']);
    expect(other.stderr).not.toContain('did you mean');
  });

  it('a missing --country, a missing value and an unexpected argument are usage errors', async () => {
    const missing = await runInProcess(['check', '--date', '2025-11-04']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing required option --country');
    const noValue = await runInProcess(['check', '--country']);
    expect(noValue.code).toBe(2);
    expect(noValue.stderr).toContain('--country <value>');
    const extra = await runInProcess(['check', '--country', 'DE', 'now']);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('unexpected argument "now"');
  });

  it('a misspelt purpose is a usage error naming the flag and the value', async () => {
    for (const args of [['--purpose', 'ai-trainig'], ['--opted-out', 'ai-trainig=2025-10-01']]) {
      const run = await runInProcess(['check', '--country', 'DE', ...args]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('unknown purpose "ai-trainig"');
      expect(run.stderr).toContain(args[0]!);
      expect(run.stderr).toContain('did you mean ai-training?');
      expectNoStack(run.stderr);
    }
  });

  it('bad policy input fails (1) with the library message, its code, the flag and the field', async () => {
    const cases = [
      { args: ['--country', 'XX'], text: 'Invalid country: "XX"', code: 'INVALID_COUNTRY', flag: '--country' },
      { args: ['--country', 'DE', '--date', '2025-02-30'], text: 'Invalid at: "2025-02-30"', code: 'INVALID_DATE', flag: '--date' },
      { args: ['--country', 'DE', '--date', 'tomorrow'], text: 'Invalid at: "tomorrow"', code: 'INVALID_DATE', flag: '--date' },
      { args: ['--country', 'DE', '--birth-date', '1990-13-01'], text: 'Invalid birthDate: "1990-13-01"', code: 'INVALID_BIRTH_DATE', flag: '--birth-date' },
      { args: ['--country', 'DE', '--time-zone', 'Mars/Base'], text: 'Invalid timeZone: "Mars/Base"', code: 'INVALID_TIME_ZONE', flag: '--time-zone' },
      { args: ['--country', 'DE', '--opted-out', 'ai-training=soon'], text: 'Invalid optOuts.ai-training: "soon"', code: 'INVALID_DATE', flag: '--opted-out' },
    ];
    for (const { args, text, code, flag } of cases) {
      const run = await runInProcess(['check', ...args]);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`error: ${text}`);
      expect(run.stderr).toContain(`(${code}; flag ${flag}, field`);
      expectNoStack(run.stderr);
    }
    const json = await runInProcess(['check', '--country', 'XX', '--json']);
    expect(json.code).toBe(1);
    expect(json.stdout).toBe('');
  });

  it('unknown commands and options before the command are usage errors', async () => {
    const command = await runInProcess(['chek']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('unknown command "chek" (did you mean check?)');
    const option = await runInProcess(['--country', 'DE']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("unknown option --country: a command comes first, such as 'npx linkedin-policy-data check --country'");
    const none = await runInProcess(['--color']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('unknown option --color: no command has it');
    expect(none.stderr).not.toContain('check --color');
  });
});

describe('timeline', () => {
  it('lists the region history of each purpose, as the researched facts have it for Canada', async () => {
    const run = await runInProcess(['timeline', '--country', 'CA', '--purpose', 'ai-training']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Timeline for country CA, in region Canada (ca)');
    expect(run.stdout).toContain('2024-09-18 until 2024-12-10: subject');
    expect(run.stdout).toContain('2024-12-10 until 2025-11-03: not subject (paused)');
    expect(run.stdout).toContain('2025-11-03 onwards: subject');
    expect(run.stdout).toContain('opc-2024-12-10');
    expect(run.stdout).not.toContain('(microsoft-ads)');
  });

  it('prints JSON for every purpose by default', async () => {
    const run = await runInProcess(['timeline', '--country', 'gb', '--json']);
    const json = JSON.parse(run.stdout) as { country: string; region: string; timelines: { purpose: PurposeId; provisions: { effectiveFrom: string; status: string }[] }[] };
    expect(json.country).toBe('GB');
    expect(json.region).toBe('gb');
    for (const { purpose, provisions } of json.timelines) {
      const statuses = provisions.map((p) => p.status);
      const facts = FACTS[purpose].gb;
      // Consecutive provisions may share a status (a change of details); compare the runs of status.
      const runs = statuses.filter((s, i) => i === 0 || s !== statuses[i - 1]);
      expect(runs, purpose).toEqual(facts.map(([, status]) => status));
      expect(provisions[0]?.effectiveFrom).toBe('2024-09-18');
    }
  });

  it('fails for a bad country (1) and without one (2)', async () => {
    expect((await runInProcess(['timeline', '--country', 'ZZ'])).code).toBe(1);
    expect((await runInProcess(['timeline'])).code).toBe(2);
  });
});

describe('regions', () => {
  it('lists the eight regions with controllers and countries', async () => {
    const text = await runInProcess(['regions']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('eu: European Union');
    expect(text.stdout).toMatch(/Controller +LinkedIn Ireland Unlimited Company/);
    expect(text.stdout).toContain('3 countries: IS LI NO');
    const json = JSON.parse((await runInProcess(['regions', '--json'])).stdout) as { id: string; countries: unknown[] }[];
    expect(json.map((r) => r.id)).toEqual(['eu', 'eea', 'ch', 'gb', 'ca', 'hk', 'us', 'rest-of-world']);
    // The 27 member states, the 7 territories the EU Treaties apply to, and 12 for which the EU is the nominal one of
    // several candidate regions.
    expect(json[0]?.countries).toHaveLength(46);
  });
});

describe('exposure', () => {
  it('ends the exposure at the opt-out: opting out is prospective', async () => {
    const run = await runInProcess(['exposure', '--country', 'DE', '--opted-out', 'ai-training=2025-12-01', '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { intervals: unknown[]; purpose: string };
    expect(json.purpose).toBe('ai-training');
    expect(json.intervals).toEqual([{ from: '2025-11-02T23:00:00.000Z', to: '2025-11-30T23:00:00.000Z', status: 'subject' }]);
    const text = await runInProcess(['exposure', '--country', 'DE', '--opted-out', 'ai-training=2025-12-01']);
    expect(text.stdout).toContain('SUBJECT  2025-11-03 00:00 GMT+1 (Europe/Berlin) → 2025-12-01 00:00 GMT+1 (Europe/Berlin)');
  });

  it('starts exposure on the 18th birthday and clips to --from/--to', async () => {
    const run = await runInProcess(['exposure', '-c', 'FR', '--birth-date', '2008-03-10', '--from', '2025-01-01', '--to', '2026-12-31', '--json']);
    const json = JSON.parse(run.stdout) as { intervals: unknown[] };
    expect(json.intervals).toEqual([{ from: '2026-03-09T23:00:00.000Z', to: '2026-12-30T23:00:00.000Z', status: 'subject' }]);
    const none = await runInProcess(['exposure', '--country', 'DE', '--to', '2025-01-01']);
    expect(none.stdout).toContain('In no period of the range');
  });

  it('rejects a range that ends before it starts (1) and an unknown flag (2)', async () => {
    const range = await runInProcess(['exposure', '--country', 'DE', '--from', '2026-01-01', '--to', '2025-01-01']);
    expect(range.code).toBe(1);
    expect(range.stderr).toContain('Invalid range.to');
    expect(range.stderr).toContain('flag --to');
    const flag = await runInProcess(['exposure', '--country', 'DE', '--purpose', 'ai-training']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('unknown option --purpose');
  });
});

describe('sources', () => {
  it('lists the sources and shows one in full with what it is cited for', async () => {
    const list = await runInProcess(['sources']);
    expect(list.code).toBe(0);
    for (const id of ['article-2025', 'ota-erpn-2025', 'ico-2024-09-20', 'opc-2024-12-10']) expect(list.stdout).toContain(id);
    const one = await runInProcess(['sources', 'ico-2024-09-20']);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/Publisher +.*Information Commissioner/);
    expect(one.stdout).toContain('ai-training, provision of 2024-09-20 in gb');
    interface CitedBy {
      purpose: string;
      effectiveFrom: string;
      regions: string[];
      quotes: { quote: string; supports: string[] }[];
    }
    const json = JSON.parse((await runInProcess(['sources', 'ico-2024-09-20', '--json'])).stdout) as { id: string; citedBy: CitedBy[] };
    expect(json.id).toBe('ico-2024-09-20');
    expect(json.citedBy.length).toBeGreaterThan(0);
    expect(json.citedBy.every((c) => c.regions.join() === 'gb')).toBe(true);
    expect(json.citedBy.every((c) => c.quotes.every((q) => q.supports.length > 0))).toBe(true);
    const all = JSON.parse((await runInProcess(['sources', '--json'])).stdout) as { id: string }[];
    expect(all.map((s) => s.id)).toContain('dpc-2025-11');
  });

  it('groups the quotes of a source by provision, each quote once for all the regions that cite it', async () => {
    const run = await runInProcess(['sources', 'ota-erpn-2025']);
    expect(run.code).toBe(0);
    const flat = run.stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('ai-training, provision of 2025-11-03 in eu, eea, ch, gb');
    expect(flat.split('“Group activity and group messages”').length - 1).toBe(1);
    expect(flat).toContain('supports dataCategories:group-activity');
    expect(flat).toMatch(/Archived .*bc7d59e9d4f6f5e3b2927e9c0ec82f7283d3a9b8 \(captured 2025-11-04\)/);
    expect(flat).toContain('in the archived revision 185513a07a9e6cdecc1d74b10da5f70f542b7881');
    const json = JSON.parse((await runInProcess(['sources', 'ota-erpn-2025', '--json'])).stdout) as { citedBy: { purpose: string; effectiveFrom: string; regions: string[] }[] };
    const keys = json.citedBy.map((c) => `${c.purpose} ${c.effectiveFrom} ${c.regions.join(',')}`);
    expect(new Set(keys).size).toBe(keys.length);
    const help = await runInProcess(['sources', 'linkedin-statement-minors-2025']);
    expect(help.stdout.replace(/\s+/g, ' ')).toMatch(/read in a third-party article quoting LinkedIn: https:\/\/helle\.cc\//);
  });

  it('lists only sources the timelines cite', async () => {
    const all = JSON.parse((await runInProcess(['sources', '--json'])).stdout) as { id: string }[];
    expect(all.map((s) => s.id)).toContain('dpc-2025-11');
  });

  it('rejects an unknown id (2), suggesting the nearest', async () => {
    const run = await runInProcess(['sources', 'article-2024']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown source "article-2024" (did you mean article-2025?)');
  });
});

describe('the bin, as a process', () => {
  it('exits with the code the command returns, printing its errors on stderr, and reads standard input', async () => {
    const [ok, failed, usage, piped] = await Promise.all([
      runCli(['check', '--country', 'DE', '--date', '2025-11-04', '--json']),
      runCli(['check', '--country', 'XX']),
      runCli(['chek']),
      runCli(['check', '--input', '-', '--purpose', 'ai-training'], { input: '{"country":"DE","at":"2025-11-04"}\n' }),
    ]);
    expect([ok.code, ok.stderr]).toEqual([0, '']);
    expect((JSON.parse(ok.stdout) as CheckJson).decisions[0]).toMatchObject({ purpose: 'ai-training', status: 'subject' });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('INVALID_COUNTRY');
    expectNoStack(failed.stderr);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('unknown command "chek" (did you mean check?)');
    expect(piped.code).toBe(0);
    expect(ndjson(piped.stdout)).toMatchObject([{ line: 1, decisions: [{ purpose: 'ai-training', status: 'subject' }] }]);
  });
});

describe('--version and --help', () => {
  it('prints the package version, the data version and the date the data was checked', async () => {
    for (const flag of ['--version', '-V']) {
      const run = await runInProcess([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`linkedin-policy-data ${pkg.version} (data ${pkg.version}, last checked against its sources on ${meta.asOf})\n`);
    }
  });

  it('has help for the tool and for each command', async () => {
    const global = await runInProcess(['--help']);
    expect(global.code).toBe(0);
    for (const command of ['check', 'timeline', 'exposure', 'regions', 'sources']) expect(global.stdout).toContain(command);
    expect(global.stdout).toContain('Exit codes');
    const flags: Record<string, string[]> = {
      check: ['--country', '--date', '--birth-date', '--time-zone', '--opted-out', '--purpose', '--json', '--input', '--full'],
      timeline: ['--country', '--purpose', '--json'],
      exposure: ['--country', '--opted-out', '--from', '--to', '--json'],
      regions: ['--json'],
      sources: ['--json'],
    };
    for (const [command, expected] of Object.entries(flags)) {
      const run = await runInProcess([command, '--help']);
      expect(run.code, command).toBe(0);
      for (const flag of expected) expect(run.stdout, `${command} --help`).toContain(flag);
      expect((await runInProcess(['help', command])).stdout).toBe(run.stdout);
      expect((await runInProcess([command, '-h'])).stdout).toBe(run.stdout);
    }
  });
});

describe('check --input: NDJSON batches', () => {
  const at = ['2025-11-02', '2025-11-04', '2025-11-04T12:00:00Z', '2024-10-01', '2026-03-01'];
  const countries = ['DE', 'fr', 'GB', 'CA', 'HK', 'US', 'IN', 'NO', 'CH'];
  const badLines: Record<number, { line: string; code: string; field: string | null }> = {
    7: { line: '{"country":"DE","at":"2025-11-04"', code: 'INVALID_JSON', field: null },
    50: { line: '', code: 'INVALID_JSON', field: null },
    99: { line: JSON.stringify({ country: 'XX', at: '2025-11-04' }), code: 'INVALID_COUNTRY', field: 'country' },
    123: { line: JSON.stringify({ country: 'DE', at: '2025-02-30' }), code: 'INVALID_DATE', field: 'at' },
    400: { line: JSON.stringify({ country: 'DE', birthdate: '1990-01-01', at: '2025-11-04' }), code: 'INVALID_MEMBER', field: 'member' },
    401: { line: JSON.stringify({ country: 'DE', optOuts: { 'ai-trainig': true }, at: '2025-11-04' }), code: 'INVALID_PURPOSE', field: 'optOuts' },
    402: { line: JSON.stringify({ country: 'DE' }), code: 'INVALID_DATE', field: 'at' },
    403: { line: '[1,2]', code: 'INVALID_MEMBER', field: 'member' },
    999: { line: JSON.stringify({ country: 'DE', birthDate: '1990-02-30', at: '2025-11-04' }), code: 'INVALID_BIRTH_DATE', field: 'birthDate' },
  };
  const members = Array.from({ length: 1000 }, (_, i) => {
    const member: Record<string, unknown> = { country: countries[i % countries.length] };
    if (i % 3 === 0) member.birthDate = i % 2 === 0 ? '2009-06-01' : '1990-01-01';
    if (i % 7 === 0) member.optOuts = { 'ai-training': i % 2 === 0 ? true : '2025-11-04T06:00:00Z' };
    if (i % 11 === 0) member.timeZone = 'America/Los_Angeles';
    return { member, at: at[i % at.length]! };
  });
  const lines = members.map(({ member, at }, i) => badLines[i + 1]?.line ?? JSON.stringify({ ...member, at }));
  const input = `${lines.join('\n')}\n`;
  let dir = '';
  let file = '';

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lpd-cli-'));
    file = join(dir, 'members.ndjson');
    writeFileSync(file, input);
  });

  it('answers each line in order, one output line per input line, reporting bad lines and exiting 1', async () => {
    // A thousand lines make two batches, answered by worker threads: the bin runs as a subprocess.
    const run = await runCli(['check', '--input', file]);
    expect(run.code).toBe(1);
    const out = ndjson(run.stdout) as { line: number; decisions?: Record<string, unknown>[]; error?: { code: string; field: string | null; message: string } }[];
    expect(out).toHaveLength(1000);
    expect(out.map((o) => o.line)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    const bad = Object.keys(badLines).length;
    expect(run.stderr).toMatch(new RegExp(`1,000 lines: ${1000 - bad} answered, ${bad} failed`));
    expect(run.stderr).toMatch(/lines\/s\n$/);
    for (const [n, { code, field }] of Object.entries(badLines)) {
      const result = out[Number(n) - 1]!;
      expect(result.decisions, `line ${n}`).toBeUndefined();
      expect(result.error, `line ${n}`).toMatchObject({ code, field });
      expect(result.error?.message.length).toBeGreaterThan(10);
    }
    expect(out[49]?.error?.message).toContain('blank');
    expect(out[98]?.error?.message).toContain('"XX"');
    // Good lines carry the library's answer for that member and moment, in the batch's compact form.
    out.forEach((result, i) => {
      if (badLines[i + 1] !== undefined) return;
      const { member, at: when } = members[i]!;
      const expected = PURPOSES.map((purpose) => decide(purpose, member as { country: string }, when));
      expect(result.decisions, `line ${i + 1}`).toEqual(
        expected.map((d) => ({
          purpose: d.purpose,
          status: d.status,
          subject: d.subject,
          reasons: d.reasons,
          region: d.region,
          at: d.at.toISOString(),
          timeZone: d.timeZone,
          effectiveFrom: d.provision?.effectiveFrom ?? null,
          assumptions: d.assumptions,
        })),
      );
    });
  });

  it('agrees with the researched facts on known lines', async () => {
    const run = await runInProcess(['check', '--input', '-', '--purpose', 'ai-training'], {
      input: [
        '{"country":"DE","at":"2025-11-04"}',
        '{"country":"DE","at":"2025-11-02"}',
        '{"country":"GB","at":"2024-09-19"}',
        '{"country":"CA","at":"2025-01-01"}',
        '{"country":"US","at":"2024-01-01"}',
      ].join('\n'),
    });
    expect(run.code).toBe(0);
    const out = ndjson(run.stdout) as { decisions: { purpose: string; status: string; reasons: string[] }[] }[];
    expect(out.map((o) => o.decisions.map((d) => d.purpose))).toEqual(Array(5).fill(['ai-training']));
    expect(out.map((o) => [o.decisions[0]!.status, o.decisions[0]!.reasons[0]])).toEqual([
      ['subject', 'in-scope'],
      ['not-subject', 'region-not-in-scope'],
      ['unknown', 'not-known'],
      ['not-subject', 'region-not-in-scope'],
      ['unknown', 'before-coverage'],
    ]);
    expect(run.stderr).toContain('5 lines: 5 answered, 0 failed');
  });

  it('reads standard input with --input -, giving the same output as the file', async () => {
    const fromFile = await runCli(['check', '--input', file]);
    const fromStdin = await runCli(['check', '--input', '-'], { input });
    expect(fromStdin.code).toBe(1);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('writes full decisions with --full, exactly as JSON.stringify writes the library decision', async () => {
    const sample = members.slice(0, 40).filter((_, i) => badLines[i + 1] === undefined);
    const run = await runCli(['check', '--input', '-', '--full'], { input: sample.map(({ member, at }) => JSON.stringify({ ...member, at })).join('\n') });
    expect(run.code).toBe(0);
    const out = run.stdout.split('\n').filter((line) => line !== '');
    expect(out).toHaveLength(sample.length);
    out.forEach((line, i) => {
      const { member, at: when } = sample[i]!;
      const decisions = PURPOSES.map((purpose) => decide(purpose, member as { country: string }, when));
      expect(line).toBe(JSON.stringify({ line: i + 1, decisions }));
    });
  });

  it('uses --date for lines without "at", filters --purpose, and handles CRLF and a byte-order mark', async () => {
    const run = await runInProcess(['check', '--input', '-', '--date', '2025-11-04', '--purpose', 'microsoft-ads'], {
      input: '\uFEFF{"country":"US"}\r\n{"country":"DE","at":"2025-11-02"}\r\n{"country":"HK"}\r\n',
    });
    expect(run.code).toBe(0);
    const out = ndjson(run.stdout) as { line: number; decisions: { purpose: string; status: string; at: string }[] }[];
    expect(out.map((o) => o.line)).toEqual([1, 2, 3]);
    expect(out.map((o) => o.decisions.map((d) => `${d.purpose} ${d.status}`))).toEqual([
      ['microsoft-ads subject'],
      ['microsoft-ads not-subject'],
      ['microsoft-ads subject'],
    ]);
    expect(out[0]?.decisions[0]?.at).toBe('2025-11-04T05:00:00.000Z');
    expect(out[1]?.decisions[0]?.at).toBe('2025-11-01T23:00:00.000Z');
  });

  it('reports an empty input as zero lines and exits 0', async () => {
    const run = await runInProcess(['check', '--input', '-'], { input: '' });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('0 lines: 0 answered, 0 failed');
  });

  it('fails (1) for an unreadable file and (2) for member flags next to --input', async () => {
    const missing = await runInProcess(['check', '--input', join(dir, 'nope.ndjson')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read --input');
    expect(missing.stderr).toContain('ENOENT');
    expectNoStack(missing.stderr);
    const clash = await runInProcess(['check', '--input', file, '--country', 'DE']);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('--country cannot be combined with --input');
    const full = await runInProcess(['check', '--country', 'DE', '--full']);
    expect(full.code).toBe(2);
  });

  it('stops quietly when the reader goes away (| head)', async () => {
    const big = Array.from({ length: 20_000 }, () => '{"country":"DE","at":"2025-11-04"}').join('\n');
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, 'check', '--input', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
      child.stdin.on('error', () => {});
      child.stdin.end(big);
    });
    expect(result.code).toBe(0);
    expectNoStack(result.stderr);
  });
});

describe('export: the policy tables', () => {
  const shipped = (name: string) => readFileSync(new URL(`../../tables/${name}.csv`, import.meta.url), 'utf8');
  const outDir = () => mkdtempSync(join(tmpdir(), 'lpd-export-'));

  it('--format csv writes the tables the package ships, reports each file on stderr and prints nothing', async () => {
    const out = outDir();
    const run = await runInProcess(['export', '--format', 'csv', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`wrote ${join(out, 'countries.csv')} (250 rows)`);
    expect(run.stderr).toContain(join(out, 'provisions.csv'));
    for (const name of ['countries', 'provisions']) expect(readFileSync(join(out, `${name}.csv`), 'utf8')).toBe(shipped(name));
  });

  it('--format ndjson writes one object per row, null for an empty field', async () => {
    const out = outDir();
    const run = await runInProcess(['export', '--format', 'ndjson', '--out', join(out, 'new', 'folder')]);
    expect(run.code).toBe(0);
    const rows = ndjson(readFileSync(join(out, 'new', 'folder', 'provisions.ndjson'), 'utf8'));
    expect(rows).toHaveLength(shipped('provisions').trimEnd().split('\n').length - 1);
    expect(rows).toContainEqual({
      purpose: 'ai-training',
      region: 'eu',
      effective_from: '2025-11-03',
      effective_to: null,
      status: 'subject',
      minimum_age: 18,
      lawful_basis: 'legitimate-interests',
    });
  });

  it('--format parquet writes typed columns through DuckDB, with the same rows as the CSV', async () => {
    const out = outDir();
    const run = await runInProcess(['export', '--format', 'parquet', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    const csvPath = fileURLToPath(new URL('../../tables/provisions.csv', import.meta.url));
    const types = await db.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${join(out, 'provisions.parquet')}')`);
    expect(types.getRowObjectsJson().map((r) => `${String(r['column_name'])} ${String(r['column_type'])}`)).toEqual([
      'purpose VARCHAR',
      'region VARCHAR',
      'effective_from DATE',
      'effective_to DATE',
      'status VARCHAR',
      'minimum_age INTEGER',
      'lawful_basis VARCHAR',
    ]);
    const differing = await db.runAndReadAll(`
      SELECT count(*) AS n FROM (
        (SELECT * FROM read_parquet('${join(out, 'provisions.parquet')}') EXCEPT ALL SELECT * FROM read_csv('${csvPath}'))
        UNION ALL
        (SELECT * FROM read_csv('${csvPath}') EXCEPT ALL SELECT * FROM read_parquet('${join(out, 'provisions.parquet')}')))`);
    expect(differing.getRowObjectsJson()).toEqual([{ n: '0' }]);
  });

  it('without DuckDB installed, parquet fails with what to install; csv still works', async () => {
    // A module hook that makes @duckdb/node-api unresolvable, as in a project that has not installed it.
    const hooks = join(outDir(), 'hooks.mjs');
    writeFileSync(
      hooks,
      `export async function resolve(specifier, context, next) {
  if (specifier === '@duckdb/node-api') throw Object.assign(new Error('Cannot find package ' + specifier), { code: 'ERR_MODULE_NOT_FOUND' });
  return next(specifier, context);
}`,
    );
    const register = join(outDir(), 'register.mjs');
    writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
    const nodeOptions = ['--import', pathToFileURL(register).href];
    const parquet = await runCli(['export', '--format', 'parquet', '--out', outDir()], { nodeOptions });
    expect(parquet.code).toBe(1);
    expect(parquet.stderr).toContain("npm install @duckdb/node-api@1.5");
    expectNoStack(parquet.stderr);
    const csv = await runCli(['export', '--out', outDir()], { nodeOptions });
    expect(csv.code).toBe(0);
  });

  it('rejects an unknown format and a missing --out as usage errors', async () => {
    const format = await runInProcess(['export', '--format', 'xlsx', '--out', outDir()]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown format "xlsx"; expected one of csv, ndjson, parquet, jsonld');
    const out = await runInProcess(['export']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--out');
  });

  it('is in the help', async () => {
    const run = await runInProcess(['export', '--help']);
    expect(run.stdout).toContain('--format FORMAT');
    expect((await runInProcess(['--help'])).stdout).toContain('export --format csv|ndjson|parquet|jsonld --out DIR');
  });
});

describe('check --input on several threads', () => {
  // 30,000 lines (some sixty batches) from a fixed recipe: members of every region with and without birth dates, zones and
  // opt-outs, at dates and instants, and among them bad lines of every kind, CRLF line ends, a lone CR, a
  // byte-order mark at the start, a character outside the BMP, and no line end after the last line.
  const countries = ['DE', 'fr', 'IE', 'NO', 'CH', 'GB', 'CA', 'HK', 'US', 'IN', 'BR', 'JP', 'WS', 'CL'];
  const bad = ['{"country":"DE","at":"2025-11-04"', '', '{"country":"XX","at":"2025-11-04"}', '{"country":"DE","at":"2025-02-30"}', '[1,2]', '{"country":"DE"}', '{"country":"DE","birthdate":"1990-01-01","at":"2025-11-04"}', '{"country":"😀","at":"2025-11-04"}'];
  const lineOf = (i: number): string => {
    if (i % 97 === 0) return bad[(i / 97) % bad.length]!;
    const member: Record<string, unknown> = { country: countries[i % countries.length] };
    if (i % 3 === 0) member.birthDate = `${1990 + (i % 25)}-0${1 + (i % 9)}-1${i % 10}`;
    if (i % 7 === 0) member.optOuts = { 'ai-training': i % 2 === 0 ? true : '2025-11-04T06:00:00Z' };
    if (i % 11 === 0) member.timeZone = i % 2 === 0 ? 'America/Los_Angeles' : 'Pacific/Apia';
    const day = new Date(Date.UTC(2024, 8, 1) + (i % 900) * 86_400_000);
    member.at = i % 2 === 0 ? day.toISOString().slice(0, 10) : new Date(day.getTime() + (i % 86_400) * 1000).toISOString();
    return JSON.stringify(member);
  };
  const LINES = 30_000;
  // every 97th line is one of the bad ones, and no other line is
  const BAD_LINES = Math.ceil(LINES / 97);
  const input = `\uFEFF${Array.from({ length: LINES }, (_, i) => lineOf(i) + (i % 13 === 0 ? '\r\n' : i === 5_000 ? '\r' : '\n')).join('').replace(/\n$/, '')}`;
  let file = '';

  beforeAll(() => {
    file = join(mkdtempSync(join(tmpdir(), 'lpd-workers-')), 'members.ndjson');
    writeFileSync(file, input);
  });

  it('writes byte for byte what one thread writes, bad lines included, in input order', async () => {
    // Worker threads run the built worker script: the bin runs as a subprocess.
    const one = await runCli(['check', '--input', file, '--workers', '1']);
    // Two threads: this one and a worker, each answering batches; three: this one and two workers.
    const two = await runCli(['check', '--input', file, '--workers', '2']);
    const three = await runCli(['check', '--input', file, '--workers', '3']);
    const byDefault = await runCli(['check', '--input', file]);
    expect(one.code).toBe(1);
    const out = one.stdout.split('\n');
    // a lone CR ends a line as a line feed does: one output line per recipe line
    expect(out.filter((line) => line !== '')).toHaveLength(LINES);
    expect(out.at(-2)).toContain(`{"line":${LINES},`);
    expect(out[5_000]).toContain('{"line":5001,');
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
    expect(byDefault.stdout).toBe(one.stdout);
    const summary = (run: { stderr: string }) => /[\d,]+ lines: [\d,]+ answered, [\d,]+ failed/.exec(run.stderr)?.[0];
    expect(summary(one)).toBe(`${LINES.toLocaleString('en-US')} lines: ${(LINES - BAD_LINES).toLocaleString('en-US')} answered, ${BAD_LINES} failed`);
    expect(summary(two)).toBe(summary(one));
    expect(summary(three)).toBe(summary(one));
    expect([two.code, three.code, byDefault.code]).toEqual([1, 1, 1]);
  });

  it('writes whole decisions (--full) alike on one thread and on two', async () => {
    const sample = input.split('\n').slice(0, 300).join('\n');
    const one = await runCli(['check', '--input', '-', '--full', '--workers', '1'], { input: sample });
    const two = await runCli(['check', '--input', '-', '--full', '--workers', '2'], { input: sample });
    expect(one.stdout.length).toBeGreaterThan(1_000_000);
    expect(two.stdout).toBe(one.stdout);
  });

  it('refuses a --workers that is not a whole number from 1, or without --input', async () => {
    for (const value of ['0', '-1', '1.5', 'two']) {
      const run = await runInProcess(['check', '--input', file, '--workers', value]);
      expect(run.code, value).toBe(2);
      expect(run.stderr).toContain('--workers');
    }
    expect((await runInProcess(['check', '--country', 'DE', '--workers', '2'])).code).toBe(2);
    expect((await runInProcess(['check', '--help'])).stdout).toContain('--workers N');
  });
});
