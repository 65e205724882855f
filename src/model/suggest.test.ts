import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from './suggest.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('lable', 'label')).toBe(1);
    expect(editDistance('ca', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('closest', () => {
  it('suggests a near typo', () => {
    expect(closest('lable', ['id', 'kind', 'label', 'text'])).toBe('label');
    expect(closest('organisation', ['person', 'organization', 'publication'])).toBe('organization');
    expect(closest('Label', ['label'])).toBe('label');
  });

  it('suggests nothing for a different word', () => {
    expect(closest('colour', ['id', 'kind', 'label'])).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
    expect(closest('x', ['q'])).toBeUndefined();
  });

  it('prefers the closest of several candidates', () => {
    expect(closest('n33', ['n3', 'n34x', 'n1'])).toBe('n3');
  });
});

describe('didYouMean', () => {
  it('writes the suggestion or nothing', () => {
    expect(didYouMean('lable', ['label'])).toBe(' (did you mean "label"?)');
    expect(didYouMean('zzz', ['label'])).toBe('');
  });
});
