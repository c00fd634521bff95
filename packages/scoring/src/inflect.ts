/**
 * Regular English inflections of a lemma: plural / third person (-s, -es,
 * -ies), past (-ed, -d, -ied), gerund (-ing) and its plural (-ings, for
 * "bombings"), plus the irregular forms given. Lexicons are matched against
 * surface forms, so expanding lemmas once at load keeps matching to one
 * look-up per token. Over-generation ("visitted") is harmless: such forms
 * never occur in text.
 */
export function inflectEnglish(lemma: string, irregular: readonly string[] = []): string[] {
  const forms = new Set<string>([lemma, ...irregular]);
  if (!/^[a-z]+$/.test(lemma)) return [...forms];
  forms.add(plural(lemma));
  for (const form of pastAndGerund(lemma)) forms.add(form);
  for (const form of [...forms]) if (form.endsWith('ing')) forms.add(`${form}s`);
  return [...forms];
}

function plural(lemma: string): string {
  if (/(s|x|z|ch|sh)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

function pastAndGerund(lemma: string): string[] {
  if (lemma.endsWith('ee')) return [`${lemma}d`, `${lemma}ing`];
  if (lemma.endsWith('ie')) return [`${lemma}d`, `${lemma.slice(0, -2)}ying`];
  if (lemma.endsWith('e')) return [`${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(lemma)) return [`${lemma.slice(0, -1)}ied`, `${lemma}ing`];
  const forms = [`${lemma}ed`, `${lemma}ing`];
  // Consonant-vowel-consonant endings double in stressed syllables ("ban" → "banned").
  if (/[^aeiou][aeiou][b-df-hj-np-tvz]$/.test(lemma)) {
    const last = lemma.at(-1) ?? '';
    forms.push(`${lemma}${last}ed`, `${lemma}${last}ing`);
  }
  return forms;
}

/**
 * The lemma and its plural only. Context-word lists are mostly nouns, and
 * giving nouns verb endings goes wrong there ("unit" → "united").
 */
export function nounFormsEnglish(lemma: string): string[] {
  return /^[a-z]+$/.test(lemma) ? [...new Set([lemma, plural(lemma)])] : [lemma];
}

/** Inflection rules per language; a language without rules matches the forms as written. */
export function inflectorFor(lang: string): (lemma: string, irregular?: readonly string[]) => string[] {
  if (lang === 'en') return inflectEnglish;
  return (lemma, irregular = []) => [...new Set([lemma, ...irregular])];
}

/** Noun-only inflection per language, for context-word lists. */
export function nounInflectorFor(lang: string): (lemma: string) => string[] {
  if (lang === 'en') return nounFormsEnglish;
  return (lemma) => [lemma];
}
