import { REGION_IDS, type PurposeId, type RegionId } from '../ids.js';
import type { Decision, Provision, ReasonCode, Source } from '../types/index.js';
import { toInstant } from '../time/date-input.js';
import { assumptionsOf } from './assumptions.js';
import { reasonBits, reasonList, statusOf } from './evaluate.js';
import { CANDIDATES_DISAGREE, candidateNote, candidatesBits } from './candidates.js';
import { provisionSources } from '../evidence/resolve.js';
import { readBirthDate, resolveMember, type ResolvedMember } from './member.js';
import { provisionsOf } from './provisions.js';
import { provisionIndexAt, type CompiledPurpose } from './timelines.js';

interface ProvisionTable {
  readonly provisions: readonly Provision[];
  /** Each provision's resolved evidence, in the same order. */
  readonly sources: readonly (readonly Source[])[];
}

// A region's provisions and their evidence per purpose, indexed by number: an explanation looks them up by the
// purpose's and the region's places rather than through their names.
const tables: ProvisionTable[][] = [];
const NO_SOURCES = /* @__PURE__ */ provisionSources(null);

function tableOf(purpose: CompiledPurpose, regionIndex: number): ProvisionTable {
  const byRegion = (tables[purpose.index] ??= []);
  let table = byRegion[regionIndex];
  if (table === undefined) {
    const provisions = provisionsOf(purpose.id, REGION_IDS[regionIndex]!);
    table = { provisions, sources: provisions.map(provisionSources) };
    byRegion[regionIndex] = table;
  }
  return table;
}

/**
 * What a decision says, before it is frozen into a {@link Decision}: the same fields, with the instant as epoch
 * milliseconds. Filled in place, so that code writing decisions out (a batch) need not build and freeze one.
 */
export interface DecisionDraft {
  purpose: PurposeId;
  status: Decision['status'];
  reasons: readonly ReasonCode[];
  region: RegionId;
  time: number;
  timeZone: string;
  provision: Provision | null;
  sources: readonly Source[];
  assumptions: readonly string[];
}

/** The full decision for `member` and `purpose` at `at`. */
export function explain(purpose: CompiledPurpose, member: unknown, at: unknown): Decision {
  const resolved = resolveMember(member);
  const draft = {} as DecisionDraft;
  fill(draft, purpose, resolved, toInstant(at, resolved.zone, 'at'));
  return decisionOf(draft);
}

/**
 * Hands `visit` the draft of each purpose's decision for `member` at `at`, in the order given: what
 * `purposes.map((p) => explain(p, member, at))` returns, field for field, without freezing anything, with the
 * member and the moment validated and read once rather than once per purpose. The draft is refilled for each
 * purpose: read it within `visit`.
 */
export function draftEach(
  purposes: readonly CompiledPurpose[],
  member: unknown,
  at: unknown,
  visit: (draft: Readonly<DecisionDraft>) => void,
): void {
  // Only batches come this way: their birth dates are read, not looked up (see readBirthDate).
  const resolved = resolveMember(member, readBirthDate);
  const t = toInstant(at, resolved.zone, 'at');
  const draft = {} as DecisionDraft;
  for (const purpose of purposes) {
    fill(draft, purpose, resolved, t);
    visit(draft);
  }
}

function fill(draft: DecisionDraft, purpose: CompiledPurpose, resolved: ResolvedMember, t: number): void {
  const timeline = purpose.byRegionIndex[resolved.country.regionIndex]!;
  const index = provisionIndexAt(timeline, resolved.zone, t);
  const alternatives = resolved.country.alternatives;
  const own = reasonBits(timeline, index, resolved, purpose.index, t);
  const bits = alternatives === undefined ? own : candidatesBits(purpose, resolved, t, own, alternatives);
  draft.purpose = purpose.id;
  draft.region = resolved.country.regionId;
  draft.time = t;
  draft.timeZone = resolved.zone;
  if ((bits & CANDIDATES_DISAGREE) !== 0) {
    // No provision is known to be in force where the candidate regions' terms disagree: none is handed out.
    const reasons = bits & ~CANDIDATES_DISAGREE;
    draft.status = statusOf(reasons);
    draft.reasons = reasonList(reasons);
    draft.provision = null;
    draft.sources = NO_SOURCES;
    draft.assumptions = withNote(assumptionsOf(resolved, null, reasons), candidateNote(purpose, resolved, t));
    return;
  }
  const { provisions, sources } = tableOf(purpose, resolved.country.regionIndex);
  const provision = index < 0 ? null : provisions[index]!;
  draft.status = statusOf(bits);
  draft.reasons = reasonList(bits);
  draft.provision = provision;
  draft.sources = index < 0 ? NO_SOURCES : sources[index]!;
  const assumptions = assumptionsOf(resolved, provision, bits);
  draft.assumptions = alternatives === undefined ? assumptions : withNote(assumptions, candidateNote(purpose, resolved, t));
}

// Assumption lists are shared between the decisions they fit (a batch encodes each kind of decision once by
// them), and a list made afresh per decision would give every territory member's decision a kind of its own. A
// territory's note depends only on the candidates' answers, so each shared list has a handful of noted forms.
const noted = new WeakMap<readonly string[], Map<string, readonly string[]>>();

/** The shared frozen list of `assumptions` followed by `note`. */
function withNote(assumptions: readonly string[], note: string): readonly string[] {
  let byNote = noted.get(assumptions);
  if (byNote === undefined) {
    byNote = new Map();
    noted.set(assumptions, byNote);
  }
  let list = byNote.get(note);
  if (list === undefined) {
    list = Object.freeze([...assumptions, note]);
    byNote.set(note, list);
  }
  return list;
}

/** The frozen {@link Decision} a draft describes. */
export function decisionOf(draft: Readonly<DecisionDraft>): Decision {
  // The status, reasons and provision agree by construction — the status is the first reason's, and only
  // `before-coverage` (an unknown) comes without a provision — which the union type cannot see; the property
  // tests parse every decision with DecisionSchema, which states the same rules.
  return Object.freeze({
    purpose: draft.purpose,
    status: draft.status,
    subject: draft.status === 'subject',
    reasons: draft.reasons,
    region: draft.region,
    at: new Date(draft.time),
    timeZone: draft.timeZone,
    provision: draft.provision,
    sources: draft.sources,
    assumptions: draft.assumptions,
  }) as Decision;
}
