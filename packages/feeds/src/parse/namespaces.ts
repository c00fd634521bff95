/** The vocabularies we read, by the prefix they conventionally use. */
export type Vocabulary = 'atom' | 'dc' | 'dcterms' | 'content' | 'itunes' | 'rdf';

const URIS: Readonly<Record<string, Vocabulary>> = {
  'http://www.w3.org/2005/atom': 'atom',
  'http://purl.org/atom/ns#': 'atom',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
};

/**
 * Which prefixes a document binds to each vocabulary. Feeds use their own
 * prefixes (.NET writes `a10:` for Atom), and often use the conventional
 * ones without declaring them, so both are tried.
 */
export class Namespaces {
  readonly #prefixes = new Map<Vocabulary, string[]>();

  /** Collects every `xmlns:prefix="uri"` declaration in the document. */
  constructor(xml: string) {
    const declaration = /xmlns:([A-Za-z_][\w.-]*)\s*=\s*["']([^"']*)["']/g;
    for (const match of xml.matchAll(declaration)) {
      const vocabulary = URIS[(match[2] ?? '').trim().toLowerCase()];
      if (vocabulary && match[1]) this.#add(vocabulary, match[1]);
    }
  }

  /** Qualified names `local` may appear under in `vocabulary`, declared prefixes first. */
  names(vocabulary: Vocabulary, local: string): string[] {
    const declared = this.#prefixes.get(vocabulary) ?? [];
    const prefixes = declared.includes(vocabulary) ? declared : [...declared, vocabulary];
    return prefixes.map((prefix) => `${prefix}:${local}`);
  }

  #add(vocabulary: Vocabulary, prefix: string): void {
    const list = this.#prefixes.get(vocabulary) ?? [];
    if (!list.includes(prefix)) list.push(prefix);
    this.#prefixes.set(vocabulary, list);
  }
}
