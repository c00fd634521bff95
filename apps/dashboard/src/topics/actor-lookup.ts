import { DEFAULT_GAZETTEER, GazetteerFile } from '@tension/scoring';

/**
 * Finds the gazetteer code of an actor as a person would name it: its code
 * ("VEN"), its name ("Venezuela"), an alias, a capital or a demonym, in any
 * case. Built once from the gazetteer the scorer uses, so a topic can only
 * name actors the scorer can report.
 */
export class ActorLookup {
  readonly #byWord = new Map<string, string>();

  constructor(gazetteer: unknown = DEFAULT_GAZETTEER) {
    const { actors } = GazetteerFile.parse(gazetteer);
    for (const actor of actors) {
      for (const word of [actor.name, ...actor.aliases, ...actor.exactAliases, ...actor.capitals, ...actor.demonyms]) {
        const key = word.toLowerCase();
        if (!this.#byWord.has(key)) this.#byWord.set(key, actor.id);
      }
    }
    // Codes last, and always: "VEN" is Venezuela even if some alias reads "ven".
    for (const { id } of actors) this.#byWord.set(id.toLowerCase(), id);
  }

  /** The code for `words`, or undefined when the gazetteer does not know it. */
  resolve(words: string): string | undefined {
    return this.#byWord.get(words.trim().toLowerCase());
  }
}
