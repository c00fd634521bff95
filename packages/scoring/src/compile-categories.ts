import type { CompiledCategory } from './compiled-lexicon.js';
import { LexiconError } from './lexicon-error.js';
import type { LexiconCategory, LexiconFile } from './lexicon-schema.js';

interface MutableCategory {
  id: string;
  ordinal: number;
  polarity: '+' | '-';
  weight: number;
  actorScaled: boolean;
  opposite: CompiledCategory | undefined;
}

/**
 * Merges the categories of every file (a category may be repeated only
 * identically) and links each to its opposite, which may live in another file.
 */
export function compileCategories(files: readonly { source: string; file: LexiconFile }[]): Map<string, CompiledCategory> {
  const merged = new Map<string, MutableCategory>();
  const declared = new Map<string, { source: string; category: LexiconCategory }>();
  for (const { source, file } of files) {
    for (const [id, category] of Object.entries(file.categories)) {
      const existing = declared.get(id);
      if (existing !== undefined && !sameCategory(existing.category, category)) {
        throw new LexiconError('conflicting_category', source, ['categories', id], `category "${id}" is defined differently in ${existing.source}`);
      }
      declared.set(id, { source, category });
      merged.set(id, { id, ordinal: merged.get(id)?.ordinal ?? merged.size, polarity: category.polarity, weight: category.weight, actorScaled: category.actorScaled ?? false, opposite: undefined });
    }
  }
  for (const [id, { source, category }] of declared) {
    if (category.opposite === undefined) continue;
    const opposite = merged.get(category.opposite);
    if (opposite === undefined) throw new LexiconError('unknown_category', source, ['categories', id, 'opposite'], `unknown category "${category.opposite}"`);
    const self = merged.get(id);
    if (self !== undefined) self.opposite = opposite;
  }
  return merged;
}

function sameCategory(a: LexiconCategory, b: LexiconCategory): boolean {
  return a.polarity === b.polarity && a.weight === b.weight && a.opposite === b.opposite && a.actorScaled === b.actorScaled;
}
