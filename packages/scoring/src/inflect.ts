/**
 * Regular English inflections of a lemma: plural / third person (-s, -es,
 * -ies), past (-ed, -d, -ied), gerund (-ing) and its plural (-ings, for
 * "bombings"), plus the irregular forms given. Lexicons are matched against
 * surface forms, so expanding lemmas once at load keeps matching to one
 * look-up per token. Over-generation ("visitted") is harmless: such forms
 * never occur in text.
 */
export function inflectEnglish(lemma: string, irregular: readonly string[] = []): string[] {
  // Indexed loops and arrays: this runs for thousands of lemmas while loading, before the JIT has optimized it.
  const forms = [lemma];
  for (let k = 0; k < irregular.length; k++) addForm(forms, irregular[k] ?? lemma);
  if (!isPlainWord(lemma)) return forms;
  addForm(forms, plural(lemma));
  const more = pastAndGerund(lemma);
  for (let k = 0; k < more.length; k++) addForm(forms, more[k] ?? lemma);
  const count = forms.length;
  for (let k = 0; k < count; k++) {
    const form = forms[k] ?? lemma;
    if (form.endsWith('ing')) addForm(forms, `${form}s`);
  }
  return forms;
}

/** Adds `form` unless already there, keeping first-seen order. */
function addForm(forms: string[], form: string): void {
  if (!forms.includes(form)) forms.push(form);
}

// Character tests rather than regular expressions: each runs once per lemma while loading, where a cold regex costs more.

/** Whether the word is all a–z (only such lemmas inflect). */
function isPlainWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117;
}

/** A consonant other than w, x and y: the ones that double ("ban" → "banned"). */
function isDoublingConsonant(c: number): boolean {
  return c >= 98 && c <= 122 && !isVowel(c) && c !== 119 && c !== 120 && c !== 121;
}

/** Ends in a consonant + y ("casualty"), which turns into -ies / -ied. */
function endsInConsonantY(word: string): boolean {
  return word.length >= 2 && word.endsWith('y') && !isVowel(word.charCodeAt(word.length - 2));
}

function plural(lemma: string): string {
  if (lemma.endsWith('s') || lemma.endsWith('x') || lemma.endsWith('z') || lemma.endsWith('ch') || lemma.endsWith('sh')) return `${lemma}es`;
  if (endsInConsonantY(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

function pastAndGerund(lemma: string): string[] {
  if (lemma.endsWith('ee')) return [`${lemma}d`, `${lemma}ing`];
  if (lemma.endsWith('ie')) return [`${lemma}d`, `${lemma.slice(0, -2)}ying`];
  if (lemma.endsWith('e')) return [`${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (endsInConsonantY(lemma)) return [`${lemma.slice(0, -1)}ied`, `${lemma}ing`];
  const forms = [`${lemma}ed`, `${lemma}ing`];
  // Consonant-vowel-consonant endings double in stressed syllables ("ban" → "banned").
  const n = lemma.length;
  if (n >= 3 && !isVowel(lemma.charCodeAt(n - 3)) && isVowel(lemma.charCodeAt(n - 2)) && isDoublingConsonant(lemma.charCodeAt(n - 1))) {
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
  if (!isPlainWord(lemma)) return [lemma];
  const form = plural(lemma);
  return form === lemma ? [lemma] : [lemma, form];
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
