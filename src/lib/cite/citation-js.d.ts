/** Minimal typing for the parts of citation-js (0.7, CommonJS, untyped) that the citation tests use. */
declare module 'citation-js' {
  interface CiteFormatOptions {
    format?: 'text' | 'html';
    template?: string;
    lang?: string;
  }
  class Cite {
    constructor(data: unknown, options?: unknown);
    data: Array<Record<string, unknown>>;
    format(style: string, options?: CiteFormatOptions): string;
    /** Plugin registry; `plugins.config.get('@csl').templates.add(name, xml)` registers a CSL style. */
    static plugins: { config: { get(plugin: '@csl'): { templates: { add(name: string, xml: string): void } } } };
  }
  export default Cite;
}
