import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { WATCH_OPTIONS } from '../../scripts/watch/cli.js';

interface Step {
  readonly name?: string;
  readonly id?: string;
  readonly if?: string;
  readonly run?: string;
}
interface Workflow {
  readonly on: { readonly schedule?: readonly { readonly cron: string }[]; readonly workflow_dispatch?: unknown };
  readonly permissions: Record<string, string>;
  readonly jobs: Record<string, { readonly steps: readonly Step[] }>;
}

const root = new URL('../../', import.meta.url);
const workflow = parse(readFileSync(new URL('.github/workflows/watch-sources.yml', root), 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const scripts = (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** Every option the workflow hands the watch: after `watch:sources --` on a line, or gathered into its flags. */
function watchFlags(): string[] {
  return steps
    .flatMap((step) => (step.run ?? '').split('\n'))
    .flatMap((line) => {
      const at = line.indexOf('watch:sources --');
      const handed = at >= 0 ? line.slice(at + 'watch:sources --'.length) : /^\s*flags="\$flags /.test(line) ? line : '';
      return [...handed.matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map((m) => m[1]!);
    });
}

describe('the weekly workflow that watches the sources', () => {
  it('runs every week and on demand', () => {
    const [schedule] = workflow.on.schedule ?? [];
    const [minute, hour, dayOfMonth, month, dayOfWeek] = schedule!.cron.split(/\s+/);
    expect([minute, hour].every((field) => /^\d+$/.test(field!))).toBe(true);
    expect([dayOfMonth, month]).toEqual(['*', '*']);
    expect(dayOfWeek).toMatch(/^[0-6]$/);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.permissions).toMatchObject({ issues: 'write', contents: 'read' });
  });

  it('runs the real script through its npm command, with options the script takes', () => {
    expect(scripts['watch:sources']).toBe('tsx scripts/watch-sources.ts');
    expect(existsSync(new URL('scripts/watch-sources.ts', root))).toBe(true);
    const flags = watchFlags();
    expect(flags).toEqual(expect.arrayContaining(['list-repositories', 'git-dir']));
    for (const flag of flags) expect(Object.keys(WATCH_OPTIONS), flag).toContain(flag);
  });

  it('clones the repositories the data cites, as the script lists them, blobless with their whole history', () => {
    const clone = steps.find((step) => step.run?.includes('--list-repositories'))!;
    expect(clone.run).toMatch(/git clone [^\n]*--filter=blob:none/);
    expect(clone.run).not.toMatch(/--depth|--shallow/);
  });

  it('opens or updates one issue on exit 1, closes it on exit 0, and fails on exit 2', () => {
    const watch = steps.find((step) => step.id === 'watch')!;
    expect(watch.run).toMatch(/if \[ "\$code" -ne 0 \] && \[ "\$code" -ne 1 \]; then exit "\$code"; fi/);
    const report = steps.find((step) => step.if === "steps.watch.outputs.code == '1'")!;
    expect(report.run).toMatch(/gh issue list --state open --label "\$REPORT_LABEL"/);
    expect(report.run).toMatch(/gh issue edit "\$number"/);
    expect(report.run).toMatch(/gh issue create --title "\$REPORT_TITLE" --label "\$REPORT_LABEL"/);
    const close = steps.find((step) => step.if === "steps.watch.outputs.code == '0'")!;
    expect(close.run).toMatch(/gh issue close "\$number"/);
  });
});
