/**
 * The release path: the GitHub workflow that versions and publishes, and the pieces of the dry run that CI
 * runs (npm run release:dry) which can be checked without packing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changelogFirstLine, exampleModules, readmeModules, RELEASE_EXAMPLE_FILES } from '../../scripts/release-dry.js';

interface Step {
  readonly id?: string;
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly with?: Record<string, unknown>;
  readonly env?: Record<string, string>;
}
interface Workflow {
  readonly on: { readonly push?: { readonly branches?: readonly string[] } };
  readonly permissions: Record<string, string>;
  readonly jobs: Record<string, { readonly steps: readonly Step[] }>;
}

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
const workflow = parse(readFileSync(new URL('../../.github/workflows/release.yml', import.meta.url), 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

/** Every `npm run NAME` / `npm test` in a command line, as script names. */
function npmScripts(command: string): string[] {
  return [...command.matchAll(/\bnpm (?:run (?:--silent )?([\w:-]+)|(test)\b)/g)].map((m) => m[1] ?? m[2]!);
}

describe('the release workflow', () => {
  const action = steps.find((step) => step.uses?.startsWith('changesets/action@'));

  it('runs on pushes to main and may sign the package (provenance needs an OIDC token)', () => {
    expect(workflow.on.push?.branches).toEqual(['main']);
    expect(workflow.permissions['id-token']).toBe('write');
    expect(workflow.permissions['contents']).toBe('write');
    expect(workflow.permissions['pull-requests']).toBe('write');
  });

  it('lets the changesets action open the version pull request and publish with scripts that exist', () => {
    expect(action).toBeDefined();
    const version = String(action!.with?.['version']);
    const publish = String(action!.with?.['publish']);
    for (const script of [...npmScripts(version), ...npmScripts(publish)]) expect(Object.keys(pkg.scripts)).toContain(script);
    expect(pkg.scripts[npmScripts(version)[0]!]).toMatch(/\bchangeset version\b/);
  });

  it('publishes only after the release checks, with provenance, and tags the version', () => {
    const publish = pkg.scripts[npmScripts(String(action!.with?.['publish']))[0]!]!;
    const checks = publish.indexOf('npm run check:release');
    const npmPublish = publish.indexOf('npm publish --provenance');
    expect(checks).toBeGreaterThanOrEqual(0);
    expect(npmPublish).toBeGreaterThan(checks);
    expect(publish.indexOf('changeset tag')).toBeGreaterThan(npmPublish);
    expect(action!.env?.['NODE_AUTH_TOKEN']).toMatch(/^\$\{\{\s*secrets\.\w+\s*\}\}$/);
    const push = steps.find((step) => step.run?.includes('git push origin --tags'));
    expect(push?.if).toContain(`steps.${action!.id}.outputs.published`);
  });

  it('runs only npm scripts that exist in every run step', () => {
    for (const step of steps) for (const script of npmScripts(step.run ?? '')) expect(Object.keys(pkg.scripts)).toContain(script);
  });

  it('builds the package whenever it is packed, so a tarball never ships without its build', () => {
    expect(pkg.scripts['prepack']).toMatch(/\bnpm run build\b/);
  });
});

describe('the release dry run', () => {
  it('reads the line a release tag carries from the newest changelog entry', () => {
    const changelog = '# linkedin-policy-data\n\n## 2.0.0\n\n### Major Changes\n\n- Evidence as a compact graph.\n  More.\n\n## 1.0.0\n\n- Old.\n';
    expect(changelogFirstLine(changelog, '2.0.0')).toBe('Evidence as a compact graph.');
    expect(() => changelogFirstLine(changelog, '2.1.0')).toThrow(/expected "## 2.1.0"/);
    expect(() => changelogFirstLine('# x\n\n## 3.0.0\n\n### Major Changes\n\n## 2.0.0\n- a\n', '3.0.0')).toThrow(/empty/);
  });

  it("runs the README's examples against the installed package, asserting their `// =>` lines", () => {
    const modules = readmeModules(readFileSync(new URL('../../README.md', import.meta.url), 'utf8'));
    expect(modules.length).toBeGreaterThan(0);
    for (const module of modules) {
      expect(module.code).toMatch(/from ['"]linkedin-policy-data['"]/);
      expect(module.code).not.toMatch(/src\/index/);
    }
    expect(modules.some((m) => m.code.includes('__equal(actual, expected'))).toBe(true);
  });

  it('also runs the migration guide, each block kept as TypeScript to type-check against the tarball', () => {
    expect(RELEASE_EXAMPLE_FILES).toContain('docs/versioning.md');
    const modules = exampleModules('docs/versioning.md', readFileSync(new URL('../../docs/versioning.md', import.meta.url), 'utf8'));
    expect(modules.length).toBeGreaterThanOrEqual(7);
    for (const module of modules) {
      expect(module.ts).toMatch(/from ['"]linkedin-policy-data(\/schema)?['"]/);
      expect(module.ts).not.toMatch(/src\/index/);
    }
    expect(modules.some((m) => m.needsZod)).toBe(true);
  });
});
