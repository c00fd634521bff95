import { describe, expect, it } from 'vitest';
import { ActorLookup } from './actor-lookup.js';

describe('ActorLookup over the shipped gazetteer', () => {
  const lookup = new ActorLookup();

  it('finds a state by code, name, capital or demonym, in any case', () => {
    for (const words of ['VEN', 'ven', 'Venezuela', ' venezuela ', 'Caracas', 'Venezuelan']) expect(lookup.resolve(words), words).toBe('VEN');
    expect(lookup.resolve('NATO')).toBe('NATO');
  });

  it('knows nothing of words the scorer could never report', () => {
    expect(lookup.resolve('Venezula')).toBeUndefined();
    expect(lookup.resolve('Kostrava')).toBeUndefined();
  });

  it('builds from another gazetteer file, refusing an invalid one', () => {
    const custom = new ActorLookup({ id: 'test', version: '1.0.0', lang: 'en', actors: [{ id: 'KOS', name: 'Kostrava', kind: 'country', demonyms: ['Kostravan'] }] });
    expect(custom.resolve('kostravan')).toBe('KOS');
    expect(() => new ActorLookup({ id: 'test', version: '1', lang: 'en', actors: [] })).toThrow();
  });
});
