/** The subset of a DOM node the converter walks (linkedom's nodes have it). */
export interface TextNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TextNode>;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'FIGURE', 'FIGCAPTION', 'NAV', 'ASIDE', 'FORM', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'FOOTER', 'HEADER']);
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI', 'TABLE', 'TR', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'BR']);

/**
 * Readability's article HTML as Markdown paragraphs: headings as `##`, list items as `-`, quotes as `>`,
 * everything else a paragraph; links become their text, pictures, captions and embeds are left out.
 * Iterative (an explicit stack), so deeply nested markup cannot overflow the call stack.
 */
export function htmlToMarkdown(root: TextNode): string {
  const blocks: string[] = [];
  let line = '';
  let prefix = '';
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(prefix + text);
    line = '';
  };
  type Frame = { node: TextNode; exit?: string; prefix?: string };
  const stack: Frame[] = [{ node: root }];
  while (stack.length) {
    const frame = stack.pop()!;
    if (frame.exit !== undefined) {
      flush();
      prefix = frame.prefix ?? '';
      continue;
    }
    const node = frame.node;
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (BLOCK.has(name)) {
      flush();
      if (name === 'BR' || name === 'HR') continue;
      const before = prefix;
      if (/^H[1-6]$/.test(name)) prefix = '## ';
      else if (name === 'LI') prefix = '- ';
      else if (name === 'BLOCKQUOTE') prefix = '> ';
      stack.push({ node, exit: name, prefix: before });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] });
  }
  flush();
  return blocks.join('\n\n');
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
