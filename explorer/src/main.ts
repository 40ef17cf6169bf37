/**
 * The policy explorer: the page's entry point. Everything it shows is computed here, in the browser, by the
 * library's own ESM build; nothing is fetched.
 */
import { DATA_AS_OF, DATA_VERSION, isDataStale, regionOf, regions, type Region } from 'linkedin-policy-data';
import { answer, controlNameOf, exposureOf } from './answer.js';
import { todayIso, wallClock } from './calendar.js';
import { byId, h, replaceChildren } from './dom.js';
import { applyFragment, buildControls, control, controlNames, defaultZoneOf, fragmentOf, hasBadInput, labelDefaultZone, readState } from './form.js';
import { clearResult, renderResult, resultShells } from './results.js';
import { createTimeline } from './timeline.js';
import { PURPOSES, purposeTerm, STATUS_LABEL } from './words.js';

const DEFAULT_COUNTRY = 'DE';

function start(): void {
  const form = byId<HTMLFormElement>('member-form');
  const results = byId('results');
  const errorBox = byId('input-error');
  const summary = byId('summary');
  const answerTitle = byId('answer-title');
  const countryHint = byId('country-hint');

  const stale = isDataStale();
  replaceChildren(
    byId('data-version'),
    `Data version ${DATA_VERSION}, checked against its sources on ${DATA_AS_OF}.`,
    stale ? h('strong', { class: 'stale' }, ' This data is more than 180 days old: a newer release may exist.') : '',
  );

  buildControls(form);
  control(form, 'country').value = DEFAULT_COUNTRY;
  control(form, 'date').value = todayIso();
  applyFragment(form, location.hash);
  resultShells(results, PURPOSES);
  const timelineView = createTimeline(byId('timeline'), byId('timeline-table'), regions);

  let shown = '';
  const update = (): void => {
    const state = readState(form);
    // A date field that holds a half-typed date reads as '' and fires no input event while it changes, so the
    // page also looks on keyup and focusout; rendering only when something changed keeps open details open.
    const key = JSON.stringify([state, controlNames().map((name) => hasBadInput(form, name))]);
    if (key === shown) return;
    shown = key;
    labelDefaultZone(form);
    for (const name of controlNames()) control(form, name).removeAttribute('aria-invalid');

    let region: Region | null = null;
    try {
      region = regionOf(state.country);
      countryHint.textContent = `Region: ${region.name}. Data controller: ${region.controller.name}. Default time zone: ${defaultZoneOf(state.country) ?? 'none'}.`;
    } catch {
      countryHint.textContent = '';
    }

    const result = answer(state);
    const articles = [...results.querySelectorAll<HTMLElement>('[data-purpose]')];
    if (result.ok) {
      replaceChildren(errorBox);
      const first = result.decisions[0]!;
      const local = wallClock(first.at, first.timeZone);
      answerTitle.textContent = `What applies on ${local.date}`;
      result.decisions.forEach((decision, i) => renderResult(articles[i]!, decision, result.region, state));
      summary.textContent =
        `${local.date}, ${result.region.name}: ` +
        result.decisions.map((d) => `${purposeTerm(d.purpose).label} — ${STATUS_LABEL[d.status]}`).join('; ') +
        '.';
      timelineView.update({ date: local.date, region: result.region, exposure: exposureOf(state), timeZone: first.timeZone });
    } else {
      const { error } = result;
      const name = controlNameOf(error.field);
      const badInput = name !== null && hasBadInput(form, name);
      if (name !== null) control(form, name).setAttribute('aria-invalid', 'true');
      const focusButton =
        name === null
          ? null
          : h('button', { type: 'button', class: 'link-button', 'data-focus': name }, `Go to ${labelOf(form, name)}`);
      focusButton?.addEventListener('click', () => control(form, name!).focus());
      replaceChildren(
        errorBox,
        h('p', {}, h('strong', {}, 'Check the input. '), h('span', { class: 'error-message', 'data-code': error.code, 'data-field': error.field }, error.message)),
        badInput ? h('p', {}, 'The field holds an incomplete or impossible date.') : null,
        focusButton,
      );
      answerTitle.textContent = 'What applies';
      articles.forEach(clearResult);
      summary.textContent = 'No answer: the input needs fixing.';
      const zone = state.timeZone || defaultZoneOf(state.country) || null;
      timelineView.update({ date: /^\d{4}-\d{2}-\d{2}$/.test(state.date) ? state.date : null, region, exposure: exposureOf(state), timeZone: zone });
    }

    try {
      history.replaceState(null, '', fragmentOf(form));
    } catch {
      // Some file:// contexts refuse; the page works without a shareable address.
    }
  };

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('keyup', update);
  form.addEventListener('focusout', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  window.addEventListener('hashchange', () => {
    applyFragment(form, location.hash);
    update();
  });
  update();
  document.documentElement.dataset['ready'] = 'true';
}

function labelOf(form: HTMLFormElement, name: string): string {
  const element = control(form, name);
  return element.labels?.[0]?.textContent?.trim() || name;
}

function fail(error: unknown): void {
  // Never a blank page: say what went wrong where the answer would be, and keep the error in the console.
  const box = document.getElementById('input-error');
  if (box !== null) {
    replaceChildren(box, h('p', {}, h('strong', {}, 'The explorer failed to start. '), error instanceof Error ? error.message : String(error)));
  }
  throw error;
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => {
    try {
      start();
    } catch (error) {
      fail(error);
    }
  });
} else {
  try {
    start();
  } catch (error) {
    fail(error);
  }
}
