/**
 * The bin on territories: a country no source places shows its candidate regions and, where they disagree, an
 * unknown answer saying why; Kosovo's user-assigned XK is accepted. Expected answers come from the territories'
 * legal status and the researched facts, not from the data.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FACTS, KOSOVO, UNSETTLED_TERRITORIES, factStatusOn } from '../facts.js';
import { buildCli, runCli } from './cli-helpers.js';

beforeAll(() => {
  buildCli();
}, 120_000);

describe('check on territories', () => {
  it('a Jersey member on 15 January 2025: unknown for AI training, both regimes named', async () => {
    const run = await runCli(['check', '--country', 'JE', '--date', '2025-01-15', '--purpose', 'ai-training']);
    expect(run.code).toBe(0);
    const candidates = UNSETTLED_TERRITORIES['JE']!;
    expect(run.stdout).toMatch(new RegExp(`Regions +no source says which region's terms apply in JE: ${candidates.join(' or ')}`));
    expect(run.stdout).toContain('UNKNOWN');
    expect(run.stdout).toContain("No source says which region's terms apply in the member's country");
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(`${factStatusOn(FACTS['ai-training'].gb, '2025-01-15')} under United Kingdom (gb)`);
  });

  it('XK is a country: in the rest of the world, read in Belgrade time', async () => {
    const run = await runCli(['check', '--country', KOSOVO.code.toLowerCase(), '--date', '2025-01-15', '--json']);
    expect(run.code).toBe(0);
    const { decisions } = JSON.parse(run.stdout) as { decisions: { region: string; timeZone: string; purpose: string; status: string }[] };
    const aiTraining = decisions.find((d) => d.purpose === 'ai-training');
    expect([aiTraining?.region, aiTraining?.timeZone, aiTraining?.status]).toEqual([
      KOSOVO.region,
      KOSOVO.zone,
      factStatusOn(FACTS['ai-training'][KOSOVO.region], '2025-01-15'),
    ]);
  });
});

describe('regions', () => {
  it('lists the EU outermost regions and Åland under the EU, and the territories no source places apart', async () => {
    const run = await runCli(['regions']);
    expect(run.code).toBe(0);
    const eu = run.stdout.slice(run.stdout.indexOf('eu: '), run.stdout.indexOf('eea: '));
    for (const code of ['RE', 'GP', 'MQ', 'GF', 'YT', 'MF', 'AX']) expect(eu).toMatch(new RegExp(`\\b${code}\\b`));
    const gb = run.stdout.slice(run.stdout.indexOf('gb: '), run.stdout.indexOf('ca: ')).replace(/\s+/g, ' ');
    expect(gb).toContain("Unsettled no source says which region's terms apply in");
    expect(gb).toContain('JE (or rest-of-world)');
  });
});
