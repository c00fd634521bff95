import Sentiment from 'sentiment';
import type { Label } from './metrics.js';

/**
 * The AFINN baseline. Rule: a negative AFINN score (sum of word valences)
 * is escalation, a positive one de-escalation, zero neutral; for intensity
 * the raw score is used (positive = cooperative, like Goldstein).
 */
export function createAfinn(): { score(text: string): { label: Label; intensity: number } } {
  const sentiment = new Sentiment();
  return {
    score(text) {
      const { score } = sentiment.analyze(text);
      return { label: score < 0 ? 'escalation' : score > 0 ? 'de-escalation' : 'neutral', intensity: score };
    },
  };
}
