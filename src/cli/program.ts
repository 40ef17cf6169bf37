import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The bin's name, as package.json declares it. */
export const BIN = 'linkedin-policy-data';

/**
 * How to run the tool again, as the help and hints print it: the bare name where a shell finds it on `PATH`,
 * else `npx linkedin-policy-data`. Under npm (`npm start`, `npx`) `PATH` holds node_modules/.bin, which the
 * user's own shell does not, so the bare name would not work there.
 */
export function programName(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  if (env['npm_command'] !== undefined) return `npx ${BIN}`;
  const names = platform === 'win32' ? [`${BIN}.cmd`, `${BIN}.ps1`, BIN] : [BIN];
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (dir === '') continue;
    for (const name of names) if (isExecutable(join(dir, name))) return BIN;
  }
  return `npx ${BIN}`;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
