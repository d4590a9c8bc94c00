/** Joins the site's base (e.g. `/letopis/`) and an archive path (e.g. `/articles/2019/x/`). */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${head}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The absolute URL of an archive path: the site's origin (a stand-in when none is configured), base and path. */
export function absoluteUrl(base: string, path: string, site?: URL | string): string {
  return new URL(withBase(base, path), site ?? 'http://localhost/').href;
}
