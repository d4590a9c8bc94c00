/**
 * Editorial text from `content/` (a topic's description, after its frontmatter) is text, not HTML.
 * Editors write Markdown: links, emphasis, lists, quotations, headings, code, tables and images shipped
 * with the project. Raw HTML, unsafe link schemes and images from elsewhere are refused with the line
 * ({@link editorialProblems}); whatever would still slip through is removed by an allow-list sanitiser
 * (rehype-sanitize) when the text is rendered ({@link renderEditorial}). No script, event handler,
 * iframe, form, meta, style or `javascript:` URL from content reaches a page.
 */
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** One thing an editor must change in a text. */
export interface EditorialProblem {
  /** 1-based line within the text given. */
  line: number;
  message: string;
  fix: string;
}

/** Link schemes an editor may use; anything else (`javascript:`, `data:`, `vbscript:`, `file:` …) is refused. */
const SAFE_LINK = /^(?:https?:|mailto:)/iu;
/** A URL with a scheme (`x:`), as opposed to a path or a fragment. */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/iu;
/** Characters browsers drop from a URL before reading its scheme (`java\tscript:` is `javascript:`). */
const URL_NOISE = /[\u0000-\u0020\u007F-\u009F]/gu;

/** Whether a link target in content is allowed: http(s), mailto, or a path/fragment on the site. */
export function isSafeLink(url: string): boolean {
  const bare = url.replace(URL_NOISE, '');
  if (bare.startsWith('//')) return false; // protocol-relative: another host
  return !HAS_SCHEME.test(bare) || SAFE_LINK.test(bare);
}

/** Whether an image source is one shipped with the project: a path on the site, never another host or a data: URL. */
export function isShippedImage(url: string): boolean {
  const bare = url.replace(URL_NOISE, '');
  return bare !== '' && !HAS_SCHEME.test(bare) && !bare.startsWith('//');
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** Every raw HTML fragment, unsafe link and foreign image in a Markdown text, with its line. */
export function editorialProblems(markdown: string): EditorialProblem[] {
  const problems: EditorialProblem[] = [];
  const tree = parser.parse(markdown) as MdastRoot;
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') {
      if (problems.some((p) => p.line === line && p.message.startsWith('raw HTML'))) return; // <b>…</b> on one line: one problem
      const tag = /<\/?([a-z][\w:-]*)|<!--/iu.exec(node.value);
      problems.push({
        line,
        message: `raw HTML (${tag?.[1] ? `<${tag[1].toLowerCase()}>` : tag ? 'a comment' : node.value.slice(0, 20)}) is not allowed in editorial text`,
        fix: 'write it in Markdown instead (emphasis, links to https:// addresses, lists, quotations, headings); to show a "<" as text, write \\<',
      });
    } else if ((node.type === 'link' || node.type === 'definition') && !isSafeLink(node.url)) {
      problems.push({
        line,
        message: `the link "${node.url.slice(0, 60)}" is not an http(s), mailto or site address`,
        fix: 'link to a page with https://…, or to a path on the site (/topics/…)',
      });
    } else if (node.type === 'image' && !isShippedImage(node.url)) {
      problems.push({
        line,
        message: `the image "${node.url.slice(0, 60)}" is not a file shipped with the site`,
        fix: 'put the image under public/ and give its path (/images/…)',
      });
    }
  });
  return problems;
}

/**
 * What content may become: GitHub's allow-list (rehype-sanitize's default: text formatting, lists,
 * quotations, headings, code, tables, images, links) without `input`s, with links limited to http(s),
 * mailto and site paths and images to site paths. No `id`/`name` clobbering prefix is needed beyond the default's.
 */
export const editorialSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'),
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    src: [],
    cite: ['http', 'https'],
    longDesc: [],
  },
};

const renderer = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype) // raw HTML is dropped here (no allowDangerousHtml), and refused before by editorialProblems
  .use(rehypeSanitize, editorialSchema)
  .use(() => (tree: HastRoot) => {
    // Images from another host or a data: URL are removed (the sanitiser's protocol list keeps relative ones only).
    visit(tree, 'element', (element, index, parent) => {
      if (
        element.tagName === 'img' &&
        (typeof element.properties.src !== 'string' || !isShippedImage(element.properties.src)) &&
        parent &&
        index !== undefined
      ) {
        parent.children.splice(index, 1);
        return index;
      }
      return undefined;
    });
  })
  .use(rehypeStringify);

/** Markdown → safe HTML, deterministic and pure. */
export function renderEditorial(markdown: string): string {
  return String(renderer.processSync(markdown));
}
