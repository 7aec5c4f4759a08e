import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { toMdast } from 'hast-util-to-mdast';
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Nodes, Root } from 'mdast';

const parser = unified().use(rehypeParse);

/** Page furniture: never minutes, always in the way of them. */
const DROP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'form', 'button', 'select', 'iframe', 'svg', 'canvas', 'aside', 'head']);
const DROP_ROLES = /^(?:navigation|banner|contentinfo|search|menu|menubar)$/i;
/** Class or id words that CMS templates (ModernGov's among them) give to navigation and chrome. */
const DROP_NAMES = /(?:^|[\s_-])(?:nav|navigation|menu|breadcrumbs?|cookie\w*|skip\w*|site-?header|site-?footer|sidebar|share\w*|print-?links?)(?:[\s_-]|$)/i;

export interface HtmlTree {
  tree: Root;
  /** The page's <title>, which often names the meeting when the body does not. */
  title?: string;
}

/**
 * HTML text to the Markdown tree the rest of `minutes` reads, keeping each node's
 * place in the HTML source so records point back into the page.
 */
export function htmlTree(html: string): HtmlTree {
  const hast = parser.parse(html) as HastRoot;
  const title = findTitle(hast);
  prune(hast);
  const tree = toMdast(hast) as Root;
  fillPositions(tree);
  return { tree, ...(title ? { title } : {}) };
}

function findTitle(node: HastRoot | Element): string | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'title') return textOf(child).replace(/\s+/g, ' ').trim() || undefined;
    const found = findTitle(child);
    if (found) return found;
  }
  return undefined;
}

function prune(node: HastRoot | Element): void {
  node.children = node.children.filter((child: HastContent) => {
    if (child.type === 'comment' || child.type === 'doctype') return false;
    if (child.type !== 'element') return true;
    if (DROP_TAGS.has(child.tagName) || isHidden(child)) return false;
    prune(child);
    return true;
  }) as typeof node.children;
}

function isHidden(el: Element): boolean {
  const p = el.properties ?? {};
  if (p.hidden !== undefined && p.hidden !== false) return true;
  if (typeof p.role === 'string' && DROP_ROLES.test(p.role)) return true;
  if (typeof p.style === 'string' && /display\s*:\s*none/i.test(p.style)) return true;
  const names = [p.id, ...(Array.isArray(p.className) ? p.className : [])].filter((v) => typeof v === 'string').join(' ');
  return DROP_NAMES.test(names);
}

function textOf(node: Element): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');
}

/**
 * hast-util-to-mdast leaves the paragraphs it invents (text loose in a <div>, a <td>)
 * without a position; give each the place of its first positioned descendant.
 */
function fillPositions(node: Nodes): Nodes['position'] {
  let first: Nodes['position'];
  if ('children' in node) {
    for (const child of node.children as Nodes[]) {
      const at = fillPositions(child);
      first ??= at;
    }
  }
  if (!node.position && first) node.position = first;
  return node.position;
}
