/** Text styles for terminal output; every style is the identity when colour is off. */
export interface Colour {
  readonly enabled: boolean;
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly magenta: (text: string) => string;
  readonly cyan: (text: string) => string;
}

const style =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const plain = (text: string): string => text;

/** Styles that change nothing: for files, pipes and `NO_COLOR`. */
export const NO_COLOUR: Colour = {
  enabled: false,
  bold: plain,
  dim: plain,
  red: plain,
  green: plain,
  yellow: plain,
  magenta: plain,
  cyan: plain,
};

const ANSI: Colour = {
  enabled: true,
  bold: style(1, 22),
  dim: style(2, 22),
  red: style(31, 39),
  green: style(32, 39),
  yellow: style(33, 39),
  magenta: style(35, 39),
  cyan: style(36, 39),
};

/**
 * Whether to colour output written to `stream`: never when `NO_COLOR` is set to anything non-empty
 * (no-color.org), nor for `TERM=dumb`; always when `FORCE_COLOR` is set to anything but `0`/`false`;
 * otherwise only on a terminal, so that files and pipes get plain text.
 */
export function colourFor(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv): Colour {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return NO_COLOUR;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force === '0' || force === 'false' ? NO_COLOUR : ANSI;
  if (env.TERM === 'dumb') return NO_COLOUR;
  return stream.isTTY === true ? ANSI : NO_COLOUR;
}
