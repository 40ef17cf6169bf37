/**
 * The policy in the W3C Data Privacy Vocabulary (DPV 2.3) as JSON-LD: every provision of every region and
 * purpose as a `dpv:Process`, described with the DPV terms the vocabulary and regions files map each id to,
 * and each claim with its quotes. The document carries its own `@context`, so a JSON-LD processor needs no
 * network to read it.
 */
import { PURPOSE_IDS, type PurposeId } from '../ids.js';
import type { ProvisionRecord, Region, SourceRecord } from '../schema/index.js';
import type { Vocabulary, VocabularyMapping, VocabularyTerm } from '../types/index.js';
import { claimEvidence, type ClaimEvidence } from './evidence.js';

/** Where the dataset's own terms (ids, statuses, evidence) live: the package's page. */
export const LPD_NAMESPACE = 'https://www.npmjs.com/package/linkedin-policy-data#';

/** The prefixes the document is written with; DPV IRIs are expanded from these. */
export const POLICY_CONTEXT = {
  dpv: 'https://w3id.org/dpv#',
  pd: 'https://w3id.org/dpv/pd#',
  ai: 'https://w3id.org/dpv/ai#',
  loc: 'https://w3id.org/dpv/loc#',
  'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
  dct: 'http://purl.org/dc/terms/',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  lpd: LPD_NAMESPACE,
} as const;

/** What the document is built from: the data files, read as they are. */
export interface PolicyJsonLdInput {
  readonly dataVersion: string;
  readonly asOf: string;
  readonly regions: readonly Region[];
  readonly vocabulary: Vocabulary;
  readonly sources: readonly SourceRecord[];
  readonly provisionsOf: (purpose: PurposeId, region: Region) => readonly ProvisionRecord[];
}

/** The legal basis of a provision for which no source states one. */
export const NOT_STATED = `${LPD_NAMESPACE}lawful-basis/not-stated`;

type Node = Record<string, unknown>;
const ref = (iri: string): Node => ({ '@id': iri });
const date = (value: string): Node => ({ '@value': value, '@type': 'xsd:date' });

/** The JSON-LD document: a `dpv:Policy` node and one `dpv:Process` per provision, in purpose, region, date order. */
export function policyJsonLd(input: PolicyJsonLdInput): Node {
  const sources = new Map(input.sources.map((source) => [source.id, source]));
  const terms = termIndex(input.vocabulary);
  const processes: Node[] = [];
  for (const purpose of PURPOSE_IDS) {
    for (const region of input.regions) {
      const records = input.provisionsOf(purpose, region);
      records.forEach((record, i) => {
        const effectiveTo = records[i + 1]?.effectiveFrom ?? null;
        processes.push(processNode(purpose, region, record, effectiveTo, terms, claimEvidence(record, sources)));
      });
    }
  }
  const policy: Node = {
    '@id': `${LPD_NAMESPACE}policy`,
    '@type': 'dpv:Policy',
    'rdfs:label': `LinkedIn's data-use policy, region by region and date by date (linkedin-policy-data ${input.dataVersion})`,
    'dct:modified': date(input.asOf),
    'lpd:dataVersion': input.dataVersion,
    'dpv:hasProcess': processes.map((process) => ref(process['@id'] as string)),
  };
  return { '@context': POLICY_CONTEXT, '@graph': [policy, ...processes] };
}

type TermIndex = (list: keyof Vocabulary, id: string) => VocabularyTerm;

function termIndex(vocabulary: Vocabulary): TermIndex {
  const index = new Map<string, VocabularyTerm>();
  for (const [list, entries] of Object.entries(vocabulary) as [keyof Vocabulary, readonly VocabularyTerm[]][]) {
    for (const entry of entries) index.set(`${list}/${entry.id}`, entry);
  }
  return (list, id) => {
    const term = index.get(`${list}/${id}`);
    if (term === undefined) throw new Error(`data error: "${id}" is not in the vocabulary's ${list}`);
    return term;
  };
}

/** A dataset concept that no DPV term fits: a node of its own, with the note saying why. */
function ownConcept(kind: string, id: string, label: string, mapping: VocabularyMapping): Node {
  return { '@id': `${LPD_NAMESPACE}${kind}/${id}`, 'rdfs:label': label, ...(mapping.note === undefined ? {} : { 'skos:note': mapping.note }) };
}

const dpvRefs = (mapping: VocabularyMapping): Node[] => (mapping.dpv ?? []).map(ref);
const fides = (terms: readonly VocabularyMapping[]): string[] => [...new Set(terms.flatMap((term) => term.fideslang ?? []))];

/** Personal data as DPV terms where they fit; the rest as data of the dataset's own concepts. */
function dataProperties(terms: readonly VocabularyTerm[], kind: string): Node {
  const mapped = terms.filter((term) => term.dpv !== null);
  const unmapped = terms.filter((term) => term.dpv === null);
  const node: Node = {};
  if (mapped.length > 0) node['dpv:hasPersonalData'] = [...new Set(mapped.flatMap((term) => term.dpv!))].map(ref);
  if (unmapped.length > 0) node['dpv:hasData'] = unmapped.map((term) => ownConcept(kind, term.id, term.label, term));
  const keys = fides(terms);
  if (keys.length > 0) node['lpd:fidesDataCategory'] = keys;
  return node;
}

function processNode(
  purpose: PurposeId,
  region: Region,
  record: ProvisionRecord,
  effectiveTo: string | null,
  term: TermIndex,
  claims: readonly ClaimEvidence[],
): Node {
  const purposeTerm = term('purposes', purpose);
  const members = term('dataSubjects', 'members');
  const node: Node = {
    '@id': `${LPD_NAMESPACE}process/${purpose}/${region.id}/${record.effectiveFrom}`,
    '@type': 'dpv:Process',
    'rdfs:label': `${purposeTerm.label}, ${region.name}, from ${record.effectiveFrom}`,
    'lpd:purpose': purpose,
    'lpd:region': region.id,
    'lpd:status': record.status,
    'lpd:effectiveFrom': date(record.effectiveFrom),
    ...(effectiveTo === null ? {} : { 'lpd:effectiveTo': date(effectiveTo) }),
    'dpv:hasPurpose': {
      ...ownConcept('purpose', purpose, purposeTerm.label, purposeTerm),
      '@type': 'dpv:Purpose',
      'dct:description': purposeTerm.description,
      // The purpose's DPV terms are of several kinds (purposes, processing, recipients, AI systems): related
      // to the purpose rather than all claimed to be purposes.
      'skos:related': dpvRefs(purposeTerm),
    },
    'lpd:fidesDataUse': purposeTerm.fideslang ?? [],
    'dpv:hasJurisdiction': region.dpv === null ? { ...ownConcept('region', region.id, region.name, region), '@type': 'dpv:Jurisdiction' } : dpvRefs(region),
    'dpv:hasDataController': {
      '@type': 'dpv:DataController',
      'dpv:hasName': region.controller.name,
      'dpv:hasAddress': region.controller.location,
    },
    'dpv:hasDataSubject': dpvRefs(members),
    'lpd:fidesDataSubject': members.fideslang ?? [],
  };
  if (record.statusReason !== null) node['lpd:statusReason'] = record.statusReason;
  if (record.default !== null) node['lpd:onByDefault'] = record.default === 'on';
  if (record.acceptance !== null) node['lpd:acceptance'] = record.acceptance;
  if (record.lawfulBasis === null) {
    // Every process names a legal basis, so that "not stated" reads as a finding rather than as a gap.
    node['dpv:hasLegalBasis'] = {
      '@id': NOT_STATED,
      '@type': 'dpv:LegalBasis',
      'rdfs:label': 'Not stated',
      'skos:note': 'No source states a lawful basis for this provision.',
    };
  } else {
    const basis = term('lawfulBases', record.lawfulBasis);
    node['lpd:lawfulBasis'] = basis.id;
    node['dpv:hasLegalBasis'] = dpvRefs(basis);
  }
  if (record.dataCategories !== null) {
    node['lpd:dataCategory'] = record.dataCategories;
    Object.assign(node, dataProperties(record.dataCategories.map((id) => term('dataCategories', id)), 'data-category'));
  }
  const prohibitions: Node[] = [];
  if (record.excludedData !== null && record.excludedData.length > 0) {
    prohibitions.push({
      '@type': 'dpv:Prohibition',
      'rdfs:label': 'Data never used',
      'lpd:excludedData': record.excludedData,
      ...dataProperties(record.excludedData.map((id) => term('excludedData', id)), 'excluded-data'),
    });
  }
  if (record.minimumAge !== null) {
    const minors = term('dataSubjects', 'members-under-18');
    node['lpd:minimumAge'] = record.minimumAge;
    prohibitions.push({
      '@type': 'dpv:Prohibition',
      'rdfs:label': `Members under ${record.minimumAge} excluded`,
      'dpv:hasDataSubject': dpvRefs(minors),
      'lpd:fidesDataSubject': minors.fideslang ?? [],
    });
  }
  if (prohibitions.length > 0) node['dpv:hasProhibition'] = prohibitions;
  if (record.optOut !== null) {
    node['lpd:optOutEffect'] = record.optOut.effect;
    if (record.optOut.paths.length > 0) {
      node['dpv:hasEntityInvolvement'] = [ref('dpv:OptingOutFromProcess'), ref('dpv:ObjectingToProcess')];
      node['dpv:hasRight'] = {
        '@type': ['dpv:DataSubjectRight', 'dpv:ActiveRight'],
        'rdfs:label': 'Right to object: opting out',
        'dpv:isExercisedAt': record.optOut.paths.map((path) => ({
          '@type': 'dpv:RightExerciseNotice',
          'rdfs:label': path.label,
          'lpd:kind': path.kind,
          ...(path.control === undefined ? {} : { 'lpd:control': path.control }),
          ...(path.menuPath === undefined ? {} : { 'lpd:menuPath': { '@list': path.menuPath } }),
          ...(path.url === undefined ? {} : { 'lpd:url': ref(path.url) }),
        })),
      };
    }
  }
  if (record.notes.length > 0) node['skos:note'] = record.notes;
  node['lpd:claim'] = claims.map(claimNode);
  return node;
}

function claimNode({ field, value, evidence }: ClaimEvidence): Node {
  return {
    '@type': 'lpd:Claim',
    'lpd:field': field,
    'lpd:value': value,
    'lpd:evidence': evidence.map((quote) => ({
      '@type': 'lpd:Evidence',
      'lpd:source': quote.source,
      'dct:title': quote.title,
      ...(quote.url === null ? {} : { 'dct:source': ref(quote.url) }),
      'lpd:quote': quote.quote,
      ...(quote.archive === null
        ? {}
        : {
            'lpd:archivedCommit': quote.archive.commit,
            'lpd:archive': ref(`https://github.com/${quote.archive.repository}/blob/${quote.archive.commit}/${encodeURI(quote.archive.path)}`),
          }),
      ...(quote.foundIn === null ? {} : { 'lpd:foundIn': ref(quote.foundIn) }),
    })),
  };
}
