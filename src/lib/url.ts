/** Joins the site's base (e.g. `/letopis/`) and an archive path (e.g. `/articles/2019/x/`). */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${head}${path.startsWith('/') ? path : `/${path}`}`;
}
