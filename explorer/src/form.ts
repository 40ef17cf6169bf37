/**
 * The form: fills in the controls that come from the data (countries by region, time zones, one opt-out date
 * per purpose), reads the values, and keeps them in the address's #fragment so an answer can be shared.
 *
 * Control names (a contract: the browser test and shared links use them):
 * `country`, `date`, `birthDate`, `timeZone` (empty = the country's default zone) and `optOut-<purpose id>`,
 * e.g. `optOut-ai-training`, `optOut-microsoft-ads`, `optOut-microsoft-ai-training`.
 */
import { regions, type PurposeId } from 'linkedin-policy-data';
import type { FormState } from './answer.js';
import { byId, h, replaceChildren } from './dom.js';
import { PURPOSES } from './words.js';

export const optOutName = (purpose: PurposeId): string => `optOut-${purpose}`;

/** Country display names in the page's language, falling back to the code where Intl has no name. */
function countryNamer(): (code: string) => string {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([document.documentElement.lang || 'en'], { type: 'region', fallback: 'code' });
  } catch {
    names = null;
  }
  return (code) => {
    try {
      return names?.of(code) ?? code;
    } catch {
      return code;
    }
  };
}

const defaultZones = new Map<string, string>(regions.flatMap((region) => region.countries.map((c) => [c.code, c.timeZone] as const)));

/** The default zone of a country, as the data records it. */
export function defaultZoneOf(country: string): string | undefined {
  return defaultZones.get(country);
}

/** The names of every control in the form, in document (and tab) order. */
export function controlNames(): string[] {
  return ['country', 'date', 'birthDate', 'timeZone', ...PURPOSES.map(({ id }) => optOutName(id))];
}

/** Fills the country and time-zone selects and the opt-out fieldset. */
export function buildControls(form: HTMLFormElement): void {
  const nameOf = countryNamer();
  const country = control<HTMLSelectElement>(form, 'country');
  const collator = new Intl.Collator(document.documentElement.lang || 'en');
  replaceChildren(
    country,
    regions.map((region) =>
      h(
        'optgroup',
        { label: region.name, 'data-region': region.id },
        region.countries
          .map((c) => ({ code: c.code, name: nameOf(c.code) }))
          .sort((a, b) => collator.compare(a.name, b.name))
          .map(({ code, name }) => h('option', { value: code }, name === code ? code : `${name} (${code})`)),
      ),
    ),
  );

  const zone = control<HTMLSelectElement>(form, 'timeZone');
  let zones: string[];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  // Whatever Intl lists, the data's own zones must be choosable.
  zones = [...new Set([...zones, ...defaultZones.values(), 'UTC'])].sort();
  replaceChildren(zone, h('option', { value: '' }, 'Country default'), zones.map((z) => h('option', { value: z }, z)));

  const fieldset = byId<HTMLFieldSetElement>('opt-outs');
  fieldset.append(
    ...PURPOSES.map(({ id, label }) => {
      const name = optOutName(id);
      return h(
        'div',
        { class: 'field' },
        h('label', { for: name }, label),
        h('input', { type: 'date', id: name, name, 'aria-describedby': 'opt-outs-hint' }),
      );
    }),
  );
}

/** The form control with this name. */
export function control<T extends HTMLInputElement | HTMLSelectElement>(form: HTMLFormElement, name: string): T {
  const element = form.elements.namedItem(name);
  if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement)) {
    throw new Error(`explorer: the form has no control named ${name}`);
  }
  return element as T;
}

/** The form's current values. */
export function readState(form: HTMLFormElement): FormState {
  const value = (name: string): string => control(form, name).value.trim();
  const optOuts: Partial<Record<PurposeId, string>> = {};
  for (const { id } of PURPOSES) optOuts[id] = value(optOutName(id));
  return {
    country: value('country'),
    date: value('date'),
    birthDate: value('birthDate'),
    timeZone: value('timeZone'),
    optOuts,
  };
}

/** Whether a date control holds something the browser could not read as a date (typed but incomplete). */
export function hasBadInput(form: HTMLFormElement, name: string): boolean {
  const element = control(form, name);
  return element instanceof HTMLInputElement && element.validity.badInput;
}

/** Sets the controls named in a #fragment such as `#country=GB&date=2025-11-03`; unknown names are ignored. */
export function applyFragment(form: HTMLFormElement, fragment: string): void {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const names = new Set(controlNames());
  for (const [name, value] of params) {
    if (!names.has(name)) continue;
    const element = control(form, name);
    if (element instanceof HTMLSelectElement && ![...element.options].some((option) => option.value === value)) continue;
    element.value = value;
  }
}

/** The #fragment for the form's values: only the controls that are set. */
export function fragmentOf(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const name of controlNames()) {
    const value = control(form, name).value;
    if (value !== '') params.set(name, value);
  }
  return `#${params.toString()}`;
}

/** Shows the country's default zone in the time-zone select's empty option. */
export function labelDefaultZone(form: HTMLFormElement): void {
  const zone = control<HTMLSelectElement>(form, 'timeZone');
  const first = zone.options[0];
  const fallback = defaultZoneOf(control(form, 'country').value);
  if (first !== undefined) first.textContent = fallback === undefined ? 'Country default' : `Country default (${fallback})`;
}
