import { describe, expect, it } from 'vitest';
import { FormIndex, NO_FORM } from './form-index.js';

describe('FormIndex', () => {
  it('finds a form inside a longer string without slicing it out', () => {
    const index = new FormIndex();
    const ids = ['strike', 'talks', "n't", 'u.s'].map((form) => index.add(form));
    index.seal();
    const text = "air strike, talks; didn't; u.s";
    expect(index.idOfSpan(text, 4, 10)).toBe(ids[0]);
    expect(index.idOfSpan(text, 12, 17)).toBe(ids[1]);
    expect(index.idOfSpan(text, 22, 25)).toBe(ids[2]);
    expect(index.idOfSpan(text, 27, 30)).toBe(ids[3]);
    expect(index.idOfSpan(text, 0, 3)).toBe(NO_FORM);
    expect(index.idOf('talks')).toBe(ids[1]);
  });

  it('gives a repeated form the same id', () => {
    const index = new FormIndex();
    expect(index.add('war')).toBe(index.add('war'));
  });

  it('finds long words and words with other characters, and reads a curly apostrophe as straight', () => {
    const index = new FormIndex();
    const ids = ['demonstrators', "n't", '1,200', 'talks'].map((form) => index.add(form));
    index.seal();
    const text = 'demonstrators didn\u2019t 1,200 talks demonstrator';
    expect(index.idOfSpan(text, 0, 13)).toBe(ids[0]);
    expect(index.idOfSpan(text, 17, 20)).toBe(ids[1]);
    expect(index.idOfSpan(text, 21, 26)).toBe(ids[2]);
    expect(index.idOfSpan(text, 27, 32)).toBe(ids[3]);
    expect(index.idOfSpan(text, 33, 45)).toBe(NO_FORM);
  });
});
