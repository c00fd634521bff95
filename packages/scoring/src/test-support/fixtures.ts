/**
 * Small vocabulary files written for the tests, so threshold and schema
 * tests do not depend on the weights of the shipped lexicon.
 */
export function tinyLexicon(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'test-tiny',
    version: '1.0.0',
    lang: 'en',
    categories: {
      clash: { polarity: '+', weight: 6, cameo: ['19'], plover: 'ASSAULT', description: 'test escalation', opposite: 'truce' },
      truce: { polarity: '-', weight: 6, cameo: ['0871'], plover: 'RETREAT', description: 'test de-escalation', opposite: 'clash' },
      quarrel: { polarity: '+', weight: 2.4, cameo: ['11'], plover: 'ACCUSE', description: 'faint escalation' },
      grumble: { polarity: '+', weight: 2.6, cameo: ['11'], plover: 'ACCUSE', description: 'faint escalation, just above the minimum' },
      handshake: { polarity: '-', weight: 2.6, cameo: ['04'], plover: 'CONSULT', description: 'faint de-escalation' },
    },
    sets: { sport: ['match', 'goal'] },
    uninflected: ['the', 'a'],
    skipWords: ['the', 'a'],
    entries: [
      { patterns: ['skirmish'], category: 'clash' },
      { patterns: ['skirmish'], block: true, requires: [{ set: 'sport', after: 3 }] },
      { patterns: ['ceasefire'], category: 'truce' },
      { patterns: ['bicker'], category: 'quarrel' },
      { patterns: ['grumble'], category: 'grumble' },
      { patterns: ['shake hands'], category: 'handshake' },
      { patterns: ['not'], cue: { kind: 'negation', scope: 'forward', window: 3 } },
      { patterns: ['may'], cue: { kind: 'modality', factor: 0.5, scope: 'forward', window: 3 } },
      { patterns: ['end'], cue: { kind: 'reversal', scope: 'forward', window: 3 } },
    ],
    ...overrides,
  };
}

export function tinyGazetteer(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'test-gazetteer',
    version: '1.0.0',
    lang: 'en',
    actors: [{ id: 'VEN', name: 'Venezuela', kind: 'country', capitals: ['Caracas'], demonyms: ['Venezuelan'], exactAliases: ['VE'] }],
    roles: [{ patterns: ['mayor'], level: 'local' }],
    ...overrides,
  };
}
