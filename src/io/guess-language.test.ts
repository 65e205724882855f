// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { guessLanguage } from './guess-language.ts';

describe('guessLanguage', () => {
  it('recognises common languages', () => {
    expect(guessLanguage(['The harm is that it is not what we are told'])).toBe('en');
    expect(guessLanguage(['Fleisch ist nicht gesund, und das ist auch gut so'])).toBe('de');
    expect(guessLanguage(["L'open source n'est pas une solution pour les entreprises qui"])).toBe('fr');
  });

  it('falls back when it cannot tell', () => {
    expect(guessLanguage([])).toBe('en');
    expect(guessLanguage(['A B C'], 'und')).toBe('und');
  });
});
