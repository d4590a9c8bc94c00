/**
 * A value as canonical JSON: the same data always gives the same text, whatever order its objects' keys
 * were set in, so a digest of it can key a cache (a page's props: src/data/cache-keys.ts). Objects are
 * written with sorted keys, `undefined` properties left out as JSON does; a value with `toJSON` (a Date,
 * a URL) as what that returns; a Map as its `[key, value]` entries and a Set as its values, in their
 * order. A function, symbol or bigint has no data to write: it is refused with the path to it, never
 * dropped, since a key that leaves out part of what a page is given would let a stale page be reused.
 *
 * An object `standIns` has a text for is written as `{"$standIn": text}` in its place: a caller that knows
 * a short text changing whenever the object does (a digest of what it was made from) saves writing it out.
 */
export function canonicalJson(value: unknown, standIns?: StandIns): string {
  return write(value, '$', standIns);
}

/** Short texts standing in for objects (a WeakMap of them): see {@link canonicalJson}. */
export interface StandIns {
  get(object: object): string | undefined;
}

function write(value: unknown, path: string, standIns: StandIns | undefined): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      return JSON.stringify(value); // NaN and ±Infinity as null, as JSON has them
    case 'object':
      break;
    default:
      throw new TypeError(`canonicalJson: ${path} is a ${typeof value}, which has no JSON form; pass its data instead`);
  }
  const standIn = standIns?.get(value);
  if (standIn !== undefined) return `{"$standIn":${JSON.stringify(standIn)}}`;
  if (Array.isArray(value)) return `[${value.map((item, i) => write(item, `${path}[${i}]`, standIns)).join(',')}]`;
  if (value instanceof Map) return write([...value], path, standIns);
  if (value instanceof Set) return write([...value], path, standIns);
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function')
    return write((value as { toJSON: () => unknown }).toJSON(), path, standIns);
  const entries = Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${write(item, `${path}.${key}`, standIns)}`).join(',')}}`;
}
