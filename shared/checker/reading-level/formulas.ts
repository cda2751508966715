/**
 * Readability formulas, each from its published source.
 */

export interface Counts {
  words: number;
  sentences: number;
  syllables: number;
}

/**
 * Flesch-Kincaid grade level: Kincaid, Fishburne, Rogers & Chissom (1975), "Derivation of new
 * readability formulas for Navy enlisted personnel", Research Branch Report 8-75.
 */
export function fleschKincaidGrade({ words, sentences, syllables }: Counts): number {
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/** Flesch Reading Ease: Flesch (1948), "A new readability yardstick", J. Applied Psychology 32(3). */
export function fleschReadingEase({ words, sentences, syllables }: Counts): number {
  return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
}

/**
 * Fernández-Huerta (1959), "Medidas sencillas de lecturabilidad", Consigna 214: 29-32, adapting
 * Flesch to Spanish: L = 206.84 - 0.60 P - 1.02 F, with P the syllables per 100 words and F the
 * words per sentence. Many copies give F as "sentences per 100 words", which makes shorter
 * sentences score harder; the correction is Gwillim Law's (LINGUIST List 22.2332, 2011), as
 * published by legible.es ("Lecturabilidad de Fernández Huerta").
 */
export function fernandezHuerta({ words, sentences, syllables }: Counts): number {
  return 206.84 - 0.6 * ((100 * syllables) / words) - 1.02 * (words / sentences);
}

/**
 * The reading levels legible.es gives for Fernández-Huerta scores: 90-100 very easy (4th grade),
 * 80-90 easy (5th), 70-80 fairly easy (6th), 60-70 normal for adults (7th-8th), 50-60 fairly
 * difficult (pre-university), 30-50 difficult, below 30 very difficult (university).
 * Returns the lowest score a text needs to suit readers at `grade`.
 */
export function fernandezHuertaScoreForGrade(grade: number): number {
  if (grade <= 4) return 90;
  if (grade <= 5) return 80;
  if (grade <= 6) return 70;
  if (grade <= 8) return 60;
  if (grade <= 12) return 50;
  return 30;
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
