/**
 * The kinds of registry entity: each is a folder under `content/`, a page kind (`/<kind>/<slug>/`) and the first
 * part of an entity ref (`people/lukashenko`). The one list of them (no imports, so every schema can use it).
 */
export const entityKinds = ['people', 'organizations', 'events', 'places'] as const;
export type EntityKind = (typeof entityKinds)[number];

/** The kinds as a regular-expression alternative, for the `<kind>/<id>` refs of the schemas. */
export const entityKindPattern = entityKinds.join('|');
