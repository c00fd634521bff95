import { z } from 'zod';
import stories from './demo-stories.json' with { type: 'json' };

const Template = z.object({ title: z.string().min(1), summary: z.string().min(1) });
const Kind = z.enum(['escalation', 'de-escalation', 'neutral']);
type Kind = z.infer<typeof Kind>;

/** The demo's story data: invented text with `{slot}` placeholders, and phases of the scenario. */
export const DemoStories = z.object({
  version: z.number().int(),
  about: z.string(),
  slots: z.record(z.string(), z.array(z.string()).min(1)),
  phases: z.array(z.object({ name: z.string(), seconds: z.number().positive(), mix: z.record(Kind, z.number().nonnegative()) })).min(1),
  stories: z.record(Kind, z.array(Template).min(1)),
});
export type DemoStories = z.infer<typeof DemoStories>;

export interface DemoStory {
  kind: Kind;
  title: string;
  summary: string;
  phase: string;
}

/** Deterministic PRNG (mulberry32) so a seeded demo tells the same story every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(list: readonly T[], random: () => number): T {
  const value = list[Math.floor(random() * list.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}

/**
 * Generates an endless scenario: calm, build-up, crisis, talks, and round
 * again. Slots and casualty numbers vary, so stories rarely repeat word for
 * word (a repeat would count as the same story syndicated again).
 */
export class StoryGenerator {
  private readonly data: DemoStories;
  private readonly cycleMs: number;

  constructor(
    private readonly random: () => number,
    data: unknown = stories,
  ) {
    this.data = DemoStories.parse(data);
    this.cycleMs = this.data.phases.reduce((sum, phase) => sum + phase.seconds * 1000, 0);
  }

  /** The phase of the scenario `elapsedMs` after the demo started. */
  phaseAt(elapsedMs: number): DemoStories['phases'][number] {
    let offset = ((elapsedMs % this.cycleMs) + this.cycleMs) % this.cycleMs;
    for (const phase of this.data.phases) {
      if (offset < phase.seconds * 1000) return phase;
      offset -= phase.seconds * 1000;
    }
    return this.data.phases[0] as DemoStories['phases'][number];
  }

  next(elapsedMs: number): DemoStory {
    const phase = this.phaseAt(elapsedMs);
    const kind = this.chooseKind(phase.mix);
    const template = pick(this.data.stories[kind] ?? [], this.random);
    const values = new Map<string, string>();
    const fill = (text: string) =>
      text.replace(/\{(\w+)\}/g, (_, slot: string) => {
        let value = values.get(slot);
        if (value === undefined) {
          value = slot === 'n' ? String(2 + Math.floor(this.random() * 88)) : pick(this.data.slots[slot] ?? [slot], this.random);
          values.set(slot, value);
        }
        return value;
      });
    return { kind, title: fill(template.title), summary: fill(template.summary), phase: phase.name };
  }

  private chooseKind(mix: Partial<Record<Kind, number>>): Kind {
    const entries = Object.entries(mix) as Array<[Kind, number]>;
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.random() * total;
    for (const [kind, weight] of entries) {
      roll -= weight;
      if (roll < 0) return kind;
    }
    return entries[entries.length - 1]?.[0] ?? 'neutral';
  }
}
