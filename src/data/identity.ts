/** The archive's identity as pages need it: the About text rendered from content/about.<lang>.md. */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { archivePaths } from '../lib/inputs/paths.ts';
import { readAboutMarkdown } from '../lib/identity/read.ts';
import type { InterfaceLanguage } from '../lib/identity/schema.ts';

/** The About text in `lang` as HTML (the editor's markdown, never "smartened"), or undefined when there is none. */
export async function aboutHtml(lang: InterfaceLanguage): Promise<string | undefined> {
  const markdown = readAboutMarkdown(archivePaths().contentDir, lang);
  if (markdown === undefined) return undefined;
  const processor = await createMarkdownProcessor({ smartypants: false });
  return (await processor.render(markdown)).code;
}
