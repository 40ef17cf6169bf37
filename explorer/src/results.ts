/** One result element per purpose: the status, why, on what basis, which data, how to opt out, the evidence. */
import { explainInWords, regions, type Claim, type ClaimCitation, type Confidence, type CountryRegion, type Decision, type OptOutPath, type Provision, type Source } from 'linkedin-policy-data';
import type { FormState } from './answer.js';
import { wallClock } from './calendar.js';
import { h, replaceChildren, type Child } from './dom.js';
import {
  ACCEPTANCE_LABEL,
  basisTerm,
  candidatesSentence,
  categoryTerm,
  DEFAULT_LABEL,
  excludedTerm,
  OPT_OUT_EFFECT_LABEL,
  PATH_KIND_LABEL,
  purposeTerm,
  STATUS_LABEL,
  type Term,
} from './words.js';

const STATUS_ICON = { subject: '●', 'not-subject': '○', unknown: '?' } as const;

/** Creates the (empty) result element of each purpose, once. */
export function resultShells(container: HTMLElement, purposes: readonly Term[]): void {
  replaceChildren(
    container,
    purposes.map((purpose) =>
      h('article', { class: 'result', 'data-purpose': purpose.id, 'aria-labelledby': `result-${purpose.id}-title` }),
    ),
  );
}

/** Fills a purpose's result element with a decision. */
export function renderResult(element: HTMLElement, decision: Decision, region: CountryRegion, state: FormState): void {
  const purpose = purposeTerm(decision.purpose);
  const provision = decision.provision;
  element.dataset['status'] = decision.status;
  element.dataset['reasons'] = decision.reasons.join(' ');
  element.dataset['at'] = decision.at.toISOString();
  const local = wallClock(decision.at, decision.timeZone);
  const sourcesOpen = element.querySelector('details.sources')?.hasAttribute('open') ?? false;
  // A provision that applies, or a member excluded from one that does: the full picture is worth showing.
  const subject = provision?.status === 'subject';
  // The library's own sentences: the status, then one per reason.
  const words = explainInWords(decision);
  const mark = provision === null ? () => null : confidenceMarks(provision);
  const unsettled = candidatesSentence(region, regions);

  replaceChildren(
    element,
    h(
      'header',
      { class: 'result-header' },
      h('h3', { id: `result-${purpose.id}-title` }, purpose.label),
      h(
        'p',
        { class: `badge badge--${decision.status}` },
        h('span', { class: 'badge-icon', 'aria-hidden': 'true' }, STATUS_ICON[decision.status]),
        ` ${capitalise(STATUS_LABEL[decision.status])}`,
      ),
    ),
    h('p', { class: 'purpose-description' }, purpose.description),
    h('p', { class: 'status-sentence' }, h('strong', {}, words[0])),
    h('h4', {}, 'Why'),
    h('ul', { class: 'reasons' }, decision.reasons.map((reason, i) => h('li', { 'data-reason': reason }, words[1 + i]))),
    h(
      'dl',
      { class: 'facts' },
      provision === null
        ? null
        : [
            fact('Policy in force since', [provision.effectiveFrom, mark('status')]),
            // Where the purpose does not apply, what a source left unsaid is no news: show only what is stated.
            (subject || provision.lawfulBasis !== null) &&
              fact('Lawful basis', provision.lawfulBasis === null ? 'None stated' : [term(basisTerm(provision.lawfulBasis)), mark('lawfulBasis')]),
            (subject || provision.default !== null) &&
              fact('Default', provision.default === null ? 'Not stated' : [DEFAULT_LABEL[provision.default], mark('default')]),
            (subject || provision.acceptance !== null) &&
              fact('Accepted', provision.acceptance === null ? 'Not stated' : [ACCEPTANCE_LABEL[provision.acceptance], mark('acceptance')]),
            (subject || provision.minimumAge !== null) &&
              fact(
                'Minimum age',
                provision.minimumAge === null ? 'No age rule documented' : [`${provision.minimumAge}: younger members are excluded`, mark('minimumAge')],
              ),
          ],
      fact('Data controller', `${region.controller.name}, ${region.controller.location}`),
      unsettled !== null && fact('Regions', unsettled),
      fact('Evaluated at', `${local.date} ${local.time} in ${decision.timeZone} (${decision.at.toISOString()})`),
    ),
    provision && [
      (subject || provision.dataCategories !== null) && [
        h('h4', {}, 'Data used'),
        terms(provision.dataCategories?.map(categoryTerm), 'No source lists the data used.', (id) => mark('dataCategories', id)),
      ],
      (subject || provision.excludedData !== null) && [
        h('h4', {}, 'Data not used'),
        terms(provision.excludedData?.map(excludedTerm), 'No source lists data left out.', (id) => mark('excludedData', id)),
      ],
      (subject || provision.optOut !== null) && [
        h('h4', {}, 'How to opt out'),
        provision.optOut === null
          ? h('p', {}, 'No way to opt out is recorded.')
          : [
              h(
                'p',
                {},
                `Effect of opting out: ${OPT_OUT_EFFECT_LABEL[provision.optOut.effect]}`,
                mark('optOut.effect'),
                provision.optOut.priorOptOutsHonoured === true ? ' Earlier opt-outs are honoured.' : '',
              ),
              provision.optOut.paths.length === 0
                ? h('p', {}, 'No opt-out path is recorded.')
                : h('ol', { class: 'paths' }, provision.optOut.paths.map((path) => pathItem(path, mark('optOut.paths', path.url ?? path.label)))),
            ],
      ],
      provision.notes.length > 0 && [h('h4', {}, 'Notes'), h('ul', { class: 'notes' }, provision.notes.map((note) => h('li', {}, note)))],
    ],
    decision.assumptions.length > 0 && [
      h('h4', {}, 'Assumptions'),
      h('ul', { class: 'assumptions' }, decision.assumptions.map((assumption) => h('li', {}, assumption))),
    ],
    sources(decision.sources, decision.provision?.claims ?? [], sourcesOpen),
  );
}

/** Empties a result element while the input is invalid, so no stale answer stays on the page. */
export function clearResult(element: HTMLElement): void {
  delete element.dataset['status'];
  delete element.dataset['reasons'];
  delete element.dataset['at'];
  replaceChildren(element, h('h3', { id: `result-${element.dataset['purpose']}-title` }, purposeTerm(element.dataset['purpose'] ?? '').label),
    h('p', {}, 'No answer until the input is fixed.'));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fact(name: string, value: Child): HTMLElement {
  return h('div', {}, h('dt', {}, name), h('dd', {}, value));
}

function term(t: Term): Child {
  return [h('strong', {}, t.label), t.description === '' ? '' : `: ${t.description}`];
}

function terms(list: readonly Term[] | undefined, none: string, mark: (id: string) => Child): HTMLElement {
  if (list === undefined || list.length === 0) return h('p', {}, none);
  return h('ul', { class: 'terms' }, list.map((t) => h('li', { 'data-term': t.id }, term(t), mark(t.id))));
}

const CONFIDENCE_TITLE: Record<Confidence, string> = {
  high: "High confidence: LinkedIn's own text or a regulator says so",
  medium: 'Medium confidence: known from the press quoting LinkedIn',
  low: 'Low confidence: only a secondary summary says so',
};

/**
 * The confidence of each of a provision's claims, as a marker to put beside the fact: `high` quietly, `medium`
 * and `low` in words and colour, so weaker evidence stands out to every reader.
 */
function confidenceMarks(provision: Provision): (field: Claim['field'], value?: string) => Child {
  const byKey = new Map(provision.claims.map((claim) => [`${claim.field} ${claim.value}`, claim.confidence]));
  const single = new Map(provision.claims.map((claim) => [claim.field, claim.confidence]));
  return (field, value) => {
    const confidence = value === undefined ? single.get(field) : byKey.get(`${field} ${value}`);
    if (confidence === undefined) return null;
    return h(
      'span',
      { class: `confidence confidence--${confidence}`, 'data-confidence': confidence, title: CONFIDENCE_TITLE[confidence] },
      confidence === 'high' ? 'high' : `${confidence} confidence`,
    );
  };
}

function pathItem(path: OptOutPath, mark: Child): HTMLElement {
  const name = path.url === undefined ? h('strong', {}, path.label) : h('a', { href: path.url, rel: 'noopener noreferrer' }, path.label);
  return h(
    'li',
    { 'data-kind': path.kind },
    name,
    ` (${PATH_KIND_LABEL[path.kind]})`,
    path.control === undefined ? '' : `: turn off “${path.control}”`,
    mark,
    path.menuPath === undefined ? '' : [h('br'), h('span', { class: 'menu-path' }, path.menuPath.join(' › '))],
  );
}

function sources(list: readonly Source[], claims: readonly Claim[], open: boolean): Child {
  if (list.length === 0) return null;
  // Each source once, with every distinct quote its claims cite from it.
  const quotesOf = new Map<string, ClaimCitation[]>(list.map((source) => [source.id, []]));
  for (const claim of claims) {
    for (const citation of claim.citations) {
      const quotes = quotesOf.get(citation.source);
      if (quotes !== undefined && !quotes.some((q) => q.quote === citation.quote && q.revision === citation.revision)) quotes.push(citation);
    }
  }
  return h(
    'details',
    { class: 'sources', open },
    h('summary', {}, `Sources and quotes (${list.length} ${list.length === 1 ? 'source' : 'sources'})`),
    h(
      'ul',
      {},
      list.map((source) =>
        h(
          'li',
          { 'data-source': source.id },
          source.url === null ? h('strong', {}, source.title) : h('a', { href: source.url, rel: 'noopener noreferrer' }, source.title),
          h(
            'span',
            { class: 'source-meta' },
            ` — ${source.publisher}${source.published === null ? '' : `, ${source.published}`}; confidence ${source.confidence}; retrieved ${source.retrieved}`,
          ),
          (quotesOf.get(source.id) ?? []).map((quoted) => [h('blockquote', {}, quoted.quote), whereToReread(quoted, source)]),
        ),
      ),
    ),
  );
}

/** Where a quote can be read again: the archived revision that holds it, or the secondary copy it was read in. */
function whereToReread(citation: ClaimCitation, source: Source): Child {
  const archived = [source.archive, ...source.revisions].find((archive) => archive !== null && archive.commit === citation.revision);
  if (archived) {
    const { repository, commit, path, captured } = archived;
    const href = `https://github.com/${repository}/blob/${commit}/${path.split('/').map(encodeURIComponent).join('/')}`;
    return h('p', { class: 'reread' }, 'Archived: ', h('a', { href, rel: 'noopener noreferrer' }, `${repository} at ${commit.slice(0, 12)}`), `, captured ${captured}`);
  }
  if (citation.foundIn !== undefined) {
    return h('p', { class: 'reread' }, 'Read in ', h('a', { href: citation.foundIn.url, rel: 'noopener noreferrer' }, citation.foundIn.description));
  }
  return null;
}
