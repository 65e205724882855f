/**
 * A rough guess of the language of a debate from its most common short words, for formats that do not say (AIF,
 * Kialo, Argdown). Good enough to tag quotes and pick hyphenation; the author can correct it in the map.
 */

const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'is', 'of', 'to', 'that', 'it', 'not', 'we', 'are', 'this', 'in', 'be', 'have', 'they'],
  de: ['der', 'die', 'und', 'ist', 'nicht', 'das', 'zu', 'ein', 'eine', 'wir', 'sich', 'auch', 'mit', 'dass', 'es'],
  fr: ['le', 'la', 'les', 'et', 'est', 'des', 'une', 'pas', 'que', 'qui', 'nous', 'du', 'il', 'sont', 'pour'],
  es: ['el', 'los', 'las', 'que', 'es', 'del', 'una', 'por', 'con', 'no', 'para', 'se', 'su', 'como', 'pero'],
  it: ['il', 'che', 'non', 'della', 'sono', 'gli', 'di', 'una', 'per', 'del', 'con', 'anche', 'questo', 'è', 'le'],
  nl: ['de', 'het', 'een', 'en', 'van', 'niet', 'dat', 'is', 'zijn', 'wij', 'ook', 'met', 'voor', 'maar', 'op'],
  pt: ['o', 'os', 'que', 'não', 'uma', 'do', 'da', 'em', 'para', 'com', 'se', 'por', 'mais', 'como', 'é'],
};

const INDEX = new Map<string, string[]>();
for (const [language, words] of Object.entries(STOPWORDS)) {
  for (const word of words) INDEX.set(word, [...(INDEX.get(word) ?? []), language]);
}

/** How many characters of text are enough to guess from; the rest is not read. */
const SAMPLE = 20_000;

/**
 * The likeliest language tag (`en`, `de`, `fr`, `es`, `it`, `nl`, `pt`) of some texts, or `fallback` when too few
 * known words are found to tell.
 */
export function guessLanguage(texts: Iterable<string>, fallback = 'en'): string {
  const scores = new Map<string, number>();
  let read = 0;
  let hits = 0;
  for (const text of texts) {
    for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
      for (const language of INDEX.get(word) ?? []) {
        scores.set(language, (scores.get(language) ?? 0) + 1);
        hits++;
      }
    }
    read += text.length;
    if (read > SAMPLE) break;
  }
  let best = fallback;
  let bestScore = 0;
  for (const [language, score] of scores) {
    if (score > bestScore) [best, bestScore] = [language, score];
  }
  return hits >= 3 ? best : fallback;
}
