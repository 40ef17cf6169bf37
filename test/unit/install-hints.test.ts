/**
 * The install command the CLI and the guides give for DuckDB must be one npm can satisfy. `@duckdb/node-api`
 * publishes only pre-releases (`1.5.6-r.1`), and npm never lets a plain range such as `1.5` match a
 * pre-release: the hint names a spec that the version this repository develops against satisfies, inside the
 * peer range the package declares.
 */
import { readdirSync, readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { DUCKDB_INSTALL_SPEC, DUCKDB_PACKAGE } from '../../src/cli/commands/export.js';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  peerDependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const peerRange = pkg.peerDependencies[DUCKDB_PACKAGE]!;
const developedAgainst = pkg.devDependencies[DUCKDB_PACKAGE]!;

/** Every `@duckdb/node-api@SPEC` a shipped markdown file tells users to install. */
function hintsInGuides(): { file: string; spec: string }[] {
  const files = ['README.md', ...readdirSync(new URL('docs/', root)).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
  return files.flatMap((file) =>
    [...readFileSync(new URL(file, root), 'utf8').matchAll(/@duckdb\/node-api@([^\s`'")]+)/g)].map(([, spec]) => ({ file, spec: spec! })),
  );
}

/** Why npm could not install `spec`, or `undefined` when it can, by npm's own rules for pre-releases. */
function problem(spec: string): string | undefined {
  if (semver.validRange(spec) === null) return `${spec} is not a version or range`;
  if (!semver.satisfies(developedAgainst, spec)) return `${spec} does not match ${developedAgainst}, the version developed against`;
  // An exact version is checked as npm checks an installed peer; a range must lie wholly inside the peer range.
  const inside = semver.valid(spec) === null ? semver.subset(spec, peerRange) : semver.satisfies(spec, peerRange);
  if (!inside) return `${spec} reaches outside the peer range ${peerRange}`;
  return undefined;
}

describe('install hints for DuckDB', () => {
  it('the plain range users would guess does not match the published pre-releases (why the hint is exact)', () => {
    expect(problem('1.5')).toMatch(/does not match/);
    expect(semver.satisfies(developedAgainst, peerRange)).toBe(true);
  });

  it("the CLI's hint names a spec npm resolves, inside the peer range", () => {
    expect(DUCKDB_INSTALL_SPEC.startsWith(`${DUCKDB_PACKAGE}@`)).toBe(true);
    expect(problem(DUCKDB_INSTALL_SPEC.slice(DUCKDB_PACKAGE.length + 1))).toBeUndefined();
  });

  it('every install command in the shipped guides names the same spec', () => {
    const hints = hintsInGuides();
    expect(hints.length).toBeGreaterThan(0);
    for (const { file, spec } of hints) {
      expect({ file, problem: problem(spec) }).toEqual({ file, problem: undefined });
      expect(`${DUCKDB_PACKAGE}@${spec}`).toBe(DUCKDB_INSTALL_SPEC);
    }
  });
});
