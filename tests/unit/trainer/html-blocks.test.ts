import { describe, expect, it } from 'vitest';
import { topLevelBlocks } from '../../../src/lib/trainer/html-blocks';

describe('topLevelBlocks', () => {
  it('cuts between top-level elements and never inside one, so the pieces join back to the input', () => {
    const html = '<h2 id="a">A</h2>\n<p>One <em>two</em></p>\n<ul><li>x</li><li><p>y</p></li></ul>\n<div class="table-scroll"><table><tr><td>1</td></tr></table></div>';
    const blocks = topLevelBlocks(html);
    expect(blocks).toEqual(['<h2 id="a">A</h2>', '\n<p>One <em>two</em></p>', '\n<ul><li>x</li><li><p>y</p></li></ul>', '\n<div class="table-scroll"><table><tr><td>1</td></tr></table></div>']);
    expect(blocks.join('')).toBe(html);
  });

  it('treats void and self-closing tags as whole elements, including SVG shapes inside a diagram', () => {
    const html = '<p>a<br>b<img src="x.png" alt=""></p><hr><figure><svg viewBox="0 0 1 1"><rect x="0"/><path d="M0 0"/></svg></figure>';
    expect(topLevelBlocks(html)).toEqual(['<p>a<br>b<img src="x.png" alt=""></p>', '<hr>', '<figure><svg viewBox="0 0 1 1"><rect x="0"/><path d="M0 0"/></svg></figure>']);
  });

  it('is not fooled by > in quoted attributes, comments or tags inside script and style text', () => {
    const html = '<p title="a > b">x</p><!-- <div> --><script>if (a<b) document.write("<div>")</script><style>p>b{}</style><p>end</p>';
    expect(topLevelBlocks(html)).toEqual(['<p title="a > b">x</p>', '<!-- <div> --><script>if (a<b) document.write("<div>")</script>', '<style>p>b{}</style>', '<p>end</p>']);
  });

  it('keeps trailing text with the last element and returns plain text as one piece', () => {
    expect(topLevelBlocks('<p>a</p>\n')).toEqual(['<p>a</p>\n']);
    expect(topLevelBlocks('just text')).toEqual(['just text']);
    expect(topLevelBlocks('')).toEqual(['']);
  });
});
