/**
 * Schemas of the entity registry: `content/{people,organizations,events,places}/<id>.yaml` and the
 * frontmatter of `content/topics/<id>.mdx`. Every object is strict, so a misspelt key is an error,
 * never silently ignored. The file name is the id; it is not repeated inside the file.
 */
import { z } from 'zod';
// An event's dates are checked as the sidecars' are: a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD.
import { datePrecision, partialDate } from '../metadata/schema.ts';
import { entityKindPattern } from './kinds.ts';
import { displayText } from '../text/display.ts';

export { entityKinds, type EntityKind } from './kinds.ts';

/** An entity id: the file name without extension, kebab-case Latin (`lukashenko`, `hi-tech-park`). */
export const entityId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case Latin: lower-case letters, digits and single hyphens');

/** A reference to an entity, `<kind>/<id>` (`people/lukashenko`, `organizations/hi-tech-park`). */
export const entityRef = z
  .string()
  .regex(
    new RegExp(`^(?:${entityKindPattern})/[a-z0-9]+(?:-[a-z0-9]+)*$`),
    'must be written <kind>/<id>, kind being people, organizations, events or places',
  );
export type EntityRef = z.infer<typeof entityRef>;

/** Shown text: bidi overrides and zero-width characters are removed (src/lib/text/display.ts), then it must not be empty. */
const text = z.string().transform(displayText).pipe(z.string().trim().min(1, 'must not be empty'));

/** A text in Russian and English, optionally Belarusian. */
export const localized = z.strictObject({
  /** Russian. */
  ru: text,
  /** English. */
  en: text,
  /** Belarusian, when known. */
  be: text.optional(),
});
export type Localized = z.infer<typeof localized>;

/** A text that may be known in only some of the archive's languages. */
export const partialLocalized = z.strictObject({
  /** Russian. */
  ru: text.optional(),
  /** English. */
  en: text.optional(),
  /** Belarusian. */
  be: text.optional(),
});

/** A Wikidata item id. Only ids that were checked against Wikidata belong here. */
export const wikidataId = z.string().regex(/^Q[1-9]\d*$/, 'must be a Wikidata item id such as Q42');

/** An acronym, matched case-sensitively: `ПВТ` links, `пвт` does not. */
export const acronym = z
  .string()
  .regex(
    /^[\p{Lu}\p{N}][\p{L}\p{N}&-]+$/u,
    'must start with a capital letter or digit, have at least two characters and contain no spaces',
  );

/**
 * An alias: at least two letters or digits. A one-letter alias (`А`) or one of punctuation only would
 * match the start of every other sentence, so it is a registry error, not a source of links.
 */
export const alias = text.refine((value) => value.replace(/[^\p{L}\p{N}]/gu, '').length >= 2, {
  message:
    'must have at least two letters: a one-letter alias would link every sentence that starts with that letter. Write the whole name, or remove the alias',
});

/** Fields every registry entity has. */
const entityFields = {
  /** The entity's canonical names: shown on its page and matched in articles. */
  names: localized,
  /**
   * Other spellings and forms in any language (`Hi-Tech Park`, `Евразийский экономический союз`).
   * Matched by lemma, so one form per word order is enough: case endings come for free.
   */
  aliases: z.array(alias).default([]),
  /** Abbreviations matched exactly, case-sensitively (`ПВТ`, `HTP`, `ЕАЭС`, `EAEU`). */
  acronyms: z.array(acronym).default([]),
  /** One or two neutral sentences for the entity page, per language. */
  description: partialLocalized.optional(),
  /** The Wikidata item, only when certain. */
  wikidata: wikidataId.optional(),
  /** Official site, encyclopedia articles and the like. */
  links: z.array(z.httpUrl()).default([]), // http(s) only, as everywhere in content/: no javascript: or data: link
};

/** A person's name parts in one language. */
const nameParts = z.strictObject({
  /** Russian form (nominative). */
  ru: text,
  /** English form as the person's own government spells it in English. */
  en: text,
  /** Belarusian form (nominative). */
  be: text.optional(),
});

/** `content/people/<id>.yaml`. */
export const person = z.strictObject({
  ...entityFields,
  /** What the person is known for in the archive's articles (position at the time), per language. */
  role: localized,
  /** Given name: used for full-name matches (`Сергей Румас`) and initials (`С. Румас`). */
  givenName: nameParts,
  /** Patronymic, for `Сергей Петрович Попков` and double initials `А.Г. Лукашенко`. English has none. */
  patronymic: z
    .strictObject({
      /** Russian form. */
      ru: text,
      /** Belarusian form. */
      be: text.optional(),
    })
    .optional(),
  /** Surname: matched alone when unambiguous or after a full mention. */
  surname: nameParts,
  /** Used to refuse surname-only matches that may be someone else (`Медведева` may be a woman). */
  gender: z.enum(['male', 'female']),
});
export type Person = z.infer<typeof person>;

/** A year, `YYYY`. */
const year = z.number().int().min(1000).max(2999);

/**
 * A name an organization had for a while (a ministry renamed, a company rebranded). Its names link to
 * this organization; when another entity shares one of them, an article dated within `from`–`to` links
 * to the one whose period covers its year.
 */
export const organizationPeriod = z
  .strictObject({
    /** First year of the name (inclusive); open when left out. */
    from: year.optional(),
    /** Last year of the name (inclusive); open when left out. */
    to: year.optional(),
    /** The name in that period, per language. */
    names: partialLocalized,
    /** Other spellings of that name. */
    aliases: z.array(alias).default([]),
    /** Its abbreviations, matched case-sensitively. */
    acronyms: z.array(acronym).default([]),
  })
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
    message: 'from must not be after to',
    path: ['to'],
  });
export type OrganizationPeriod = z.infer<typeof organizationPeriod>;

/** `content/organizations/<id>.yaml`. */
export const organization = z.strictObject({
  ...entityFields,
  /** Earlier (or later) names, by period: `periods: [{ from: 2008, to: 2018, names: { ru: Минкомсвязь России } }]`. */
  periods: z.array(organizationPeriod).default([]),
  /** What sort of organisation this is. */
  kind: z.enum([
    'government',
    'ministry',
    'intergovernmental',
    'technology-park',
    'innovation-centre',
    'platform',
    'company',
    'media',
    'other',
  ]),
  /** ISO 3166-1 alpha-2 code of the country it belongs to, if it belongs to one. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as BY')
    .optional(),
});
export type Organization = z.infer<typeof organization>;

/** `content/events/<id>.yaml`. */
export const event = z
  .strictObject({
    ...entityFields,
    /** What sort of event. */
    kind: z.enum(['forum', 'conference', 'meeting', 'summit', 'other']),
    /** First day (or month, or year) of the event; must agree with `precision`. */
    start: partialDate,
    /** Last day, for events longer than one `precision` unit; same format as `start`. */
    end: partialDate.optional(),
    /** How precisely `start`/`end` are known. */
    precision: datePrecision,
    /** Where it took place. */
    place: partialLocalized,
    /** How the dates are known when the articles do not state them, with sources. */
    dateNote: text.optional(),
    /** Entities that took part (`people/lukashenko`). */
    participants: z.array(entityRef).default([]),
  })
  .superRefine((value, ctx) => {
    const parts = { year: 1, month: 2, day: 3 }[value.precision];
    for (const key of ['start', 'end'] as const) {
      const date = value[key];
      if (date !== undefined && date.split('-').length !== parts) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `precision "${value.precision}" needs ${key} written ${['YYYY', 'YYYY-MM', 'YYYY-MM-DD'][parts - 1]}`,
        });
      }
    }
    if (value.end !== undefined && value.end < value.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'end must not be before start' });
    }
  });
export type Event = z.infer<typeof event>;

/** `content/places/<id>.yaml`. */
export const place = z.strictObject({
  ...entityFields,
  /** What sort of place. */
  kind: z.enum(['country', 'city', 'region', 'venue', 'other']),
});
export type Place = z.infer<typeof place>;

/** Schema of each entity kind's files. */
export const entitySchemas = {
  people: person,
  organizations: organization,
  events: event,
  places: place,
} as const;

/**
 * Which articles belong to a topic. An article's score is the number of (evidence, paragraph) pairs:
 * each paragraph mentioning one of `entities` counts 1, each paragraph containing one of `keywords`
 * counts 1. The article belongs to the topic when the score reaches `minScore`.
 */
export const topicRule = z.strictObject({
  /** Entities whose mention counts as evidence (`organizations/hi-tech-park`). */
  entities: z.array(entityRef).default([]),
  /**
   * Phrases matched on lemmatised text, Russian or English (`технологический суверенитет` also finds
   * `технологического суверенитета`). Join terms with ` & ` to require them in one paragraph
   * (`парк & айтишник`); a term may be an entity ref (`organizations/eaeu & цифровой`).
   */
  keywords: z.array(text).default([]),
  /** Least score for membership. */
  minScore: z.number().int().positive().default(1),
});
export type TopicRule = z.infer<typeof topicRule>;

/** Frontmatter of `content/topics/<id>.mdx`; the body is the editorial description in Russian. */
export const topicFrontmatter = z.strictObject({
  /** The topic's title. */
  names: localized,
  /**
   * The registry entity the topic is about, when it is one (`organizations/hi-tech-park`). Every article
   * that names the entity is in the topic, whatever `minScore` says, so the topic never has fewer
   * articles than the entity's page; `rule` adds the articles that speak of it without its name
   * (`парк & айтишник`). The topic page and the entity's page link to each other and say what each adds.
   */
  entity: entityRef.optional(),
  /** Membership rule. */
  rule: topicRule,
});
export type TopicFrontmatter = z.infer<typeof topicFrontmatter>;

/** Any registry entity, with where it came from. */
export type Entity =
  | ({ collection: 'people' } & Person & EntityMeta)
  | ({ collection: 'organizations' } & Organization & EntityMeta)
  | ({ collection: 'events' } & Event & EntityMeta)
  | ({ collection: 'places' } & Place & EntityMeta);

/** Identity of a loaded entity (`collection` is its folder; `kind` is the schema's own sub-kind). */
export interface EntityMeta {
  /** File name without extension. */
  id: string;
  /** `<kind>/<id>`. */
  ref: EntityRef;
  /** The file it was read from (for a provisional entity, the file `entities:suggest --accept` would write). */
  file: string;
  /**
   * Proposed by name detection, not yet reviewed by an editor: its page says so. Accepting it
   * (`entities:suggest --accept`) writes `file` with the same id, so its URL stays.
   */
  provisional?: true;
}

/** A loaded topic. */
export interface Topic extends TopicFrontmatter {
  /** File name without extension. */
  id: string;
  /** The MDX body (editorial description). */
  body: string;
  /** The file it was read from. */
  file: string;
}

/** The whole registry. */
export interface Registry {
  entities: Entity[];
  topics: Topic[];
}
