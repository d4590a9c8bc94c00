/** A Content-Security-Policy as directive → sources, in the order written (`script-src` → [`'self'`]). */
export function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/u))
      .filter((words) => words[0])
      .map(([directive, ...sources]) => [directive!.toLowerCase(), sources]),
  );
}

/**
 * A Netlify/Cloudflare `_headers` file: path pattern → header name (lower case) → value.
 * Lines starting with `#` are comments; a header line is indented under its path.
 */
export function readHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/u.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
    } else if (current) {
      const colon = line.indexOf(':');
      if (colon > 0) current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  return rules;
}
