/** How to cite the archive as a whole (shown on /cite/ and /en/cite/). Pure: the version and day come from the build. */

export interface ArchiveCitationInput {
  /** "Летопись" / "Letopis". */
  name: string;
  /** The tagline: what the archive holds. */
  subtitle: string;
  /** Absolute URL of the archive's home page. */
  url: string;
  /** The archive version, e.g. `0.1.0+5f9ee8a`. */
  version: string;
  /** The build day, `YYYY-MM-DD`: the year of the edition and the access date. */
  day: string;
}

const ruDate = (day: string) => day.split('-').reverse().join('.');

/** ГОСТ Р 7.0.100-2018, a whole remote-access resource: "Заглавие : сведения : сайт. – Год. – URL: … (дата обращения: …). – Текст : электронный." */
export function archiveGost(a: ArchiveCitationInput): string {
  return `${a.name} : ${a.subtitle.charAt(0).toLowerCase()}${a.subtitle.slice(1)} : сайт. – Версия ${a.version}. – ${a.day.slice(0, 4)}. – URL: ${a.url} (дата обращения: ${ruDate(a.day)}). – Текст : электронный.`;
}

/** APA 7, a website/dataset-like resource with a version: "Name. (Year). Name: Subtitle (Version v) [Web archive]. URL" */
export function archiveApa(a: ArchiveCitationInput): string {
  return `${a.name}. (${a.day.slice(0, 4)}). ${a.name}: ${a.subtitle} (Version ${a.version}) [Web archive]. ${a.url}`;
}

/** biblatex `@online` entry. */
export function archiveBibtex(a: ArchiveCitationInput): string {
  const esc = (s: string) => s.replace(/([{}&%$#_])/gu, '\\$1');
  return [
    `@online{letopis,`,
    `  title = {{${esc(a.name)}}: ${esc(a.subtitle)}},`,
    `  organization = {${esc(a.name)}},`,
    `  version = {${esc(a.version)}},`,
    `  year = {${a.day.slice(0, 4)}},`,
    `  url = {${a.url}},`,
    `  urldate = {${a.day}},`,
    `}`,
  ].join('\n');
}
