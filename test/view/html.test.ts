// The page writer: data and code inlined so that no text from an article can end a <script> early.
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { renderViewHtml, scriptSafeCode } from '../../src/view/html.js';
import { VIEW_DATA_ELEMENT_ID, type ViewData } from '../../src/view/model.js';

type Element = DefaultTreeAdapterMap['element'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

const hostile = 'He said "</script><script>alert(1)</script>" and <!-- left \u2028 a note </SCRIPT >';

function sampleData(): ViewData {
  return {
    title: 'Talks </title><script>x()</script>',
    documents: 1,
    actors: [{ id: 'ent_a', name: 'A </script>', type: 'person', aliases: [], roles: [], said: 1, heard: 0 }],
    links: [],
    statements: [
      {
        id: 'stm_1',
        speaker: { id: 'ent_a', name: 'A </script>', type: 'person' },
        source: 'A </script>',
        addressee: null,
        cue: 'said',
        content: hostile,
        kind: 'direct',
        reportedBy: [],
        document: { id: 'doc_1', title: '<b>Title</b>', date: '2018-03-09' },
        sentence: hostile,
        span: { start: 10, end: 20 },
        sentenceSpan: { start: 0, end: 40 },
      },
    ],
  };
}

/** Every element named `tag`, as a browser's parser builds the document. */
function elements(html: string, tag: string): Element[] {
  const found: Element[] = [];
  const walk = (node: ChildNode | DefaultTreeAdapterMap['document']) => {
    if ('tagName' in node && node.tagName === tag) found.push(node);
    if ('childNodes' in node) node.childNodes.forEach(walk);
  };
  walk(parse(html));
  return found;
}

function text(el: Element): string {
  return el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
}

describe('the view page writer', () => {
  const html = renderViewHtml(sampleData(), { script: 'window.ran = "</script>";', style: 'body { color: red }' });

  it('keeps hostile statement text inside the data element, and it reads back the same', () => {
    const scripts = elements(html, 'script');
    expect(scripts).toHaveLength(2);
    const data = scripts.find((s) => s.attrs.some((a) => a.name === 'id' && a.value === VIEW_DATA_ELEMENT_ID));
    expect(data).toBeDefined();
    expect(JSON.parse(text(data!))).toEqual(sampleData());
  });

  it('escapes the title and keeps the page script intact', () => {
    expect(text(elements(html, 'title')[0]!)).toBe('Talks </title><script>x()</script>');
    const code = text(elements(html, 'script')[1]!);
    const window: { ran?: string } = {};
    new Function('window', code)(window);
    expect(window.ran).toBe('</script>');
  });

  it('leaves code without a closing tag alone', () => {
    expect(scriptSafeCode('const a = 1 < 2;')).toBe('const a = 1 < 2;');
  });
});
