import { builtInSource } from '../evidence/resolve.js';
import { PolicyInputError } from '../errors.js';
import type { Source, SourceId } from '../types/index.js';

/**
 * The source with `id`: what it is, who published it, where to read it and where it is archived. Claims name
 * their sources by id (`claim.citations[i].source`); this is how to get from a claim to the text it quotes.
 *
 * @param id - a source id, as a claim's citation or `data/sources.json` gives it
 * @returns the source, deeply frozen; the same object for the same id
 * @throws {@link PolicyInputError} with code `INVALID_SOURCE` and field `id` for an id the data does not define
 *
 * @example
 * ```ts
 * import { explainAiTraining, sourceById } from 'linkedin-policy-data';
 * const claim = explainAiTraining({ country: 'GB' }, '2024-10-01').provision!.claims[0]!;
 * const citation = claim.citations[0]!;
 * const source = sourceById(citation.source);
 * source.url; // => 'https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2024/09/our-statement-on-changes-to-linkedin-ai-data-policy/'
 * ```
 */
export function sourceById(id: SourceId): Source {
  const source = typeof id === 'string' ? builtInSource(id) : undefined;
  if (source === undefined) throw new PolicyInputError('INVALID_SOURCE', 'id', id, 'the id of a source in the data, such as "ico-2024-09-20"');
  return source;
}
