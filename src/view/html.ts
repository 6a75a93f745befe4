// Assembles the self-contained page: style, data and script inlined, nothing fetched.
import { VIEW_DATA_ELEMENT_ID, type ViewData } from './model.js';

/** The page script and its style sheet, as the build bundled them. */
export interface PageBundle {
  script: string;
  style: string;
}

/**
 * JSON safe inside a <script> element: "<" is written as \u003c so no "</script>" or "<!--"
 * in a quote can end the element early; U+2028/U+2029 are escaped for older JS parsers.
 * JSON.parse reads the escapes back to the same characters.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Keeps bundled code from closing its own <script> element; "<\/" means the same in JS strings and regexes. */
export function scriptSafeCode(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** Keeps a style sheet from closing its own <style> element. */
function styleSafe(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

export function renderViewHtml(data: ViewData, bundle: PageBundle): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(data.title)}</title>
<style>
${styleSafe(bundle.style)}
</style>
</head>
<body>
<noscript>This page draws the graph with JavaScript; please allow scripts for this file.</noscript>
<script type="application/json" id="${VIEW_DATA_ELEMENT_ID}">${scriptSafeJson(data)}</script>
<script>
${scriptSafeCode(bundle.script)}
</script>
</body>
</html>
`;
}
