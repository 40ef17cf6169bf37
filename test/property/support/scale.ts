/**
 * How many times the default number of runs each property makes: `FC_RUNS` (unset → 1). Read by the property
 * settings (the runs) and by the vitest config (the time a test may take), so the two always scale together.
 */
export function propertyRunScale(env: NodeJS.ProcessEnv = process.env): number {
  const text = env['FC_RUNS'];
  if (text === undefined || text === '') return 1;
  const scale = Number(text);
  if (!(scale > 0)) throw new Error(`FC_RUNS must be a positive number, got ${JSON.stringify(text)}`);
  return scale;
}

/**
 * The time one test of the unit projects may take. A property takes a second or two at the default number of
 * runs, and `FC_RUNS` multiplies that. Set per project in the vitest config, not with `vi.setConfig` in a module
 * the files import: vitest resets `vi.setConfig` after each file, and files that share a module registry
 * evaluate that module only for the first of them.
 */
export function unitTestTimeout(env: NodeJS.ProcessEnv = process.env): number {
  return 60_000 * Math.max(1, propertyRunScale(env));
}
