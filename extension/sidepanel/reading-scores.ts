import type { Report } from '../../shared/checker';
import type { Translate } from './export-markdown';

type ReadingScore = Report['readingLevel']['scores'][number];

/** The message keys for the scores the checker gives, by the checker's id for each. */
const SCORE_MESSAGES: Record<string, { label: string; scale: string }> = {
  'flesch-kincaid-grade-dictionary-syllables': {
    label: 'scoreFleschKincaidGrade',
    scale: 'scoreFleschKincaidGradeScale',
  },
  'flesch-reading-ease': { label: 'scoreFleschReadingEase', scale: 'scoreFleschReadingEaseScale' },
  'fernandez-huerta': { label: 'scoreFernandezHuerta', scale: 'scoreFernandezHuertaScale' },
};

/**
 * One score as the summary shows it: its readable name, and its value to one decimal with its
 * scale. A score this version does not know keeps the checker's own name and scale.
 */
export function readingScoreRow(
  score: ReadingScore,
  t: Translate,
): { label: string; value: string } {
  const messages = SCORE_MESSAGES[score.name];
  const value = score.value.toFixed(1);
  if (!messages) return { label: score.name, value: `${value} (${score.scale})` };
  return { label: t(messages.label), value: `${value} (${t(messages.scale)})` };
}
