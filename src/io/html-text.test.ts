// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { escapeMarkup, htmlToText, plainText } from './html-text.ts';

describe('htmlToText', () => {
  it('removes tags and decodes entities', () => {
    expect(htmlToText('<span class="highlighted">A</span> because <b>B</b><br>')).toBe('A because B ');
    expect(htmlToText('Fish &amp; chips &#8211; &#x2014; &eacute;t&eacute; &nbsp;')).toBe(
      'Fish & chips – — été \u00a0',
    );
  });

  it('leaves ordinary text and unknown references alone', () => {
    expect(htmlToText('a < b and c > d')).toBe('a < b and c > d');
    expect(htmlToText('Q&A, &bogus; &#0; &#xD800;')).toBe('Q&A, &bogus; &#0; &#xD800;');
  });

  it('drops scripts and comments as code, keeping the text around them', () => {
    expect(htmlToText('x<script>alert(1)</script>y<!-- note -->z')).toBe('x yz');
    expect(htmlToText('<img src=x onerror="alert(1)">caption')).toBe('caption');
  });

  it('escapes only what would read as markup, so text survives a round trip', () => {
    for (const text of ['x <b>y</b> &amp; z', 'a < b && c > d', 'Q&A <!-- not a comment -->', 'plain']) {
      expect(htmlToText(escapeMarkup(text))).toBe(text);
    }
    expect(escapeMarkup('a < b & c')).toBe('a < b & c');
  });

  it('keeps line breaks in plain text and trims it', () => {
    expect(plainText('  one\r\ntwo<br>three ')).toBe('one\ntwo three');
  });
});
