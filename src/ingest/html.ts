// HTML to article text with parse5: page furniture dropped, block elements made into paragraphs.
import { parse } from 'parse5';

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  childNodes?: Node[];
  attrs?: { name: string; value: string }[];
}

/** Elements that never hold the article: scripts, navigation, forms, page headers and footers. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'svg', 'button', 'select', 'head']);

/** Elements that end a paragraph. */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'tr', 'figure', 'figcaption', 'dd', 'dt', 'br', 'hr']);

/** Class or id words of page furniture (share bars, related links, comments, cookie banners). */
const FURNITURE = /\b(share|social|related|comment|cookie|newsletter|promo|advert|breadcrumb|sidebar|menu|footer|header|nav)\b/i;

function isFurniture(node: Node): boolean {
  const cls = node.attrs?.find((a) => a.name === 'class' || a.name === 'id' || a.name === 'role');
  return cls !== undefined && FURNITURE.test(cls.value);
}

function collect(node: Node, out: string[]): void {
  const tag = node.tagName;
  if (tag && (SKIP.has(tag) || isFurniture(node))) return;
  if (node.nodeName === '#text') {
    out.push((node.value ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (tag && BLOCK.has(tag)) out.push('\n\n');
  for (const child of node.childNodes ?? []) collect(child, out);
  if (tag && BLOCK.has(tag)) out.push('\n\n');
}

function find(node: Node, tag: string): Node | undefined {
  if (node.tagName === tag) return node;
  for (const child of node.childNodes ?? []) {
    const hit = find(child, tag);
    if (hit) return hit;
  }
  return undefined;
}

function textOf(node: Node | undefined): string {
  if (!node) return '';
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeName === '#text') out.push(n.value ?? '');
    for (const c of n.childNodes ?? []) walk(c);
  };
  walk(node);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/** The article text and title of an HTML page; broken markup is repaired as browsers do. */
export function htmlToText(html: string): { text: string; title?: string } {
  const doc = parse(html) as unknown as Node;
  const body = find(doc, 'article') ?? find(doc, 'main') ?? find(doc, 'body') ?? doc;
  const parts: string[] = [];
  collect(body, parts);
  const text = parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const title = textOf(find(doc, 'h1')) || textOf(find(doc, 'title'));
  return title ? { text, title } : { text };
}
