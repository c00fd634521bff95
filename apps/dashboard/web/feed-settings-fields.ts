import { el } from './el.js';
import { durationWords } from './time-format.js';
import { parseTopics } from './topic-list.js';

/** Poll intervals offered for a feed. The server refuses any below its floor (MIN_POLL_INTERVAL_SECONDS, 60 s by default). */
const INTERVAL_PRESETS: ReadonlyArray<readonly [seconds: number, words: string]> = [
  [60, '1 min'],
  [300, '5 min'],
  [900, '15 min'],
  [1_800, '30 min'],
  [3_600, '1 hour'],
  [21_600, '6 hours'],
  [86_400, '1 day'],
];

/** The presets, plus `current` when it is none of them (set through the API), shortest first. */
export function intervalChoices(current?: number): Array<readonly [seconds: number, words: string]> {
  const choices = [...INTERVAL_PRESETS];
  if (current !== undefined && !choices.some(([seconds]) => seconds === current)) choices.push([current, durationWords(current)]);
  return choices.sort(([a], [b]) => a - b);
}

/** A feed's settings as entered. */
export interface FeedSettings {
  title: string;
  /** Undefined: the server's default interval, offered only when adding. */
  intervalSeconds: number | undefined;
  weight: number;
  /** Empty: the default topic. */
  topics: string[];
}

function weightWords(weight: number): string {
  return weight.toFixed(2);
}

/**
 * The title, poll interval, credibility weight and topics fields, shared by
 * the add-feed form and the edit form of a feed row: same labels, choices
 * and weight readout in both.
 */
export class FeedSettingsFields {
  /** The fields in display order, to place in a form. */
  readonly nodes: readonly HTMLElement[];
  readonly title: HTMLInputElement;
  readonly interval: HTMLSelectElement;
  readonly weight: HTMLInputElement;
  readonly topics: HTMLInputElement;

  /**
   * @param idPrefix makes the fields' ids, which their labels point at, unique on the page.
   * @param current the feed's settings when editing; when adding, the interval offers the server's default and the weight starts at 1.
   */
  constructor(idPrefix: string, current?: { title: string; intervalSeconds: number; weight: number; topics: readonly string[] }) {
    const id = (name: string) => `${idPrefix}-${name}`;
    this.title = el('input', { id: id('title'), name: 'title', type: 'text', maxlength: 300, autocomplete: 'off', value: current?.title });
    this.interval = el('select', { id: id('interval'), name: 'interval' }, [
      current ? null : el('option', { value: '' }, ['Default']),
      ...intervalChoices(current?.intervalSeconds).map(([seconds, words]) => el('option', { value: seconds, selected: seconds === current?.intervalSeconds }, [words])),
    ]);
    this.weight = el('input', { id: id('weight'), name: 'weight', type: 'range', min: 0, max: 1, step: 0.05, value: current?.weight ?? 1, 'aria-describedby': id('weight-hint') });
    // The slider snaps to its step; the readout starts from the snapped value. That text is also the
    // output's default, so a form reset restores it together with the slider.
    const readout = el('output', { id: id('weight-value'), for: id('weight') }, [weightWords(Number(this.weight.value))]);
    this.weight.addEventListener('input', () => {
      readout.value = weightWords(Number(this.weight.value));
    });
    this.topics = el('input', { id: id('topics'), name: 'topics', type: 'text', autocomplete: 'off', spellcheck: false, placeholder: 'e.g. us-venezuela', value: current?.topics.join(', '), 'aria-describedby': id('topics-hint') });
    this.nodes = [
      el('div', { class: 'field-grid' }, [
        el('div', { class: 'field' }, [el('label', { for: id('title') }, ['Title ', el('span', { class: 'muted' }, ['(optional)'])]), this.title]),
        el('div', { class: 'field' }, [el('label', { for: id('interval') }, ['Poll every']), this.interval]),
      ]),
      el('div', { class: 'field' }, [
        el('label', { for: id('weight') }, ['Credibility weight ', readout]),
        this.weight,
        el('p', { id: id('weight-hint'), class: 'hint' }, ['How much this source counts towards the level, from 0 to 1.']),
      ]),
      el('div', { class: 'field' }, [
        el('label', { for: id('topics') }, ['Topics ', el('span', { class: 'muted' }, ['(optional)'])]),
        this.topics,
        el('p', { id: id('topics-hint'), class: 'hint' }, ['The levels its items count towards, separated by commas: lower-case words and dashes, such as us-venezuela. Empty: the default topic.']),
      ]),
    ];
  }

  read(): FeedSettings {
    return {
      title: this.title.value.trim(),
      intervalSeconds: this.interval.value ? Number(this.interval.value) : undefined,
      weight: Number(this.weight.value),
      topics: parseTopics(this.topics.value),
    };
  }

  /**
   * Flags the fields a refused request named (the API's names, as in
   * `error.details.fields`) and clears the others; returns the first flagged
   * one, to take the reader there.
   */
  markInvalid(names: readonly string[]): HTMLElement | undefined {
    const byName = [
      ['title', this.title],
      ['intervalSeconds', this.interval],
      ['weight', this.weight],
      ['topics', this.topics],
    ] as const;
    let first: HTMLElement | undefined;
    for (const [name, control] of byName) {
      // A list field is named by its entry too ("topics.1").
      if (names.some((named) => named === name || named.startsWith(`${name}.`))) {
        control.setAttribute('aria-invalid', 'true');
        first ??= control;
      } else {
        control.removeAttribute('aria-invalid');
      }
    }
    return first;
  }
}
