import { describe, expect, it } from 'vitest';
import { checkFormat, formatVersion } from './format.ts';

describe('formatVersion', () => {
  it('reads capot/<n>', () => {
    expect(formatVersion('capot/1')).toBe(1);
    expect(formatVersion('capot/12')).toBe(12);
    expect(formatVersion('capot/x')).toBeUndefined();
    expect(formatVersion(1)).toBeUndefined();
  });
});

describe('checkFormat', () => {
  it('accepts the current format', () => {
    expect(checkFormat({ format: 'capot/1' })).toBeNull();
  });

  it.each([
    [[], 'got a list'],
    ['{"format":"capot/1"}', 'got text'],
    [null, 'got null'],
    [42, 'got a number (42)'],
  ])('refuses a root that is not an object: %j', (input, got) => {
    const p = checkFormat(input);
    expect(p?.where).toBe('(root)');
    expect(p?.message).toMatch(/^not a Capot map: expected an object/);
    expect(p?.message).toContain(got);
  });

  it('refuses a document without format', () => {
    expect(checkFormat({ nodes: [] })).toEqual({
      path: [],
      where: '(root)',
      message: 'not a Capot map: missing "format" (expected "format": "capot/1")',
    });
  });

  it('says a newer format comes from a newer Capot', () => {
    expect(checkFormat({ format: 'capot/2' })).toEqual({
      path: ['format'],
      where: 'format',
      message: 'made by a newer Capot (capot/2); this one reads capot/1',
    });
  });

  it('says an older format cannot be read yet', () => {
    expect(checkFormat({ format: 'capot/0' })?.message).toContain('older Capot format (capot/0)');
  });

  it('calls anything else an unknown format', () => {
    expect(checkFormat({ format: 'argdown' })?.message).toBe('unknown format "argdown": expected "capot/1"');
    expect(checkFormat({ format: 'Capot/1' })?.message).toContain('(did you mean "capot/1"?)');
    expect(checkFormat({ format: 1 })?.message).toBe('unknown format: expected "capot/1", got a number (1)');
  });
});
