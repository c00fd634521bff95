import { z } from 'zod';

const Alias = z.string().min(1);

/**
 * One party. `aliases` match case-insensitively; `exactAliases` only with the
 * exact capitalisation (for "US", which is also a pronoun). Capitals and
 * demonyms of a state are reported as that state with kind "capital" /
 * "demonym".
 */
export const GazetteerActor = z.strictObject({
  id: z.string().regex(/^[A-Z][A-Z0-9-]*$/, 'use an upper-case code such as "VEN" or "NATO"'),
  name: z.string().min(1),
  kind: z.enum(['country', 'leader', 'institution', 'armed-group', 'organisation']),
  aliases: z.array(Alias).default([]),
  exactAliases: z.array(Alias).default([]),
  capitals: z.array(Alias).default([]),
  demonyms: z.array(Alias).default([]),
  /** Level of the actor for scaling diplomatic signals; countries, leaders and institutions default to national. */
  level: z.enum(['national', 'local']).optional(),
});
export type GazetteerActor = z.infer<typeof GazetteerActor>;

/** Role words (titles) that tell the level of the people acting, without naming a party. */
export const GazetteerRole = z.strictObject({
  patterns: z.array(Alias).min(1),
  level: z.enum(['national', 'local']),
});
export type GazetteerRole = z.infer<typeof GazetteerRole>;

/** A gazetteer file (src/gazetteer/*.json). */
export const GazetteerFile = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'use semver, for example "1.0.0"'),
  lang: z.string().regex(/^[a-z]{2}$/, 'use an ISO 639-1 code such as "en"'),
  description: z.string().optional(),
  actors: z.array(GazetteerActor),
  roles: z.array(GazetteerRole).default([]),
});
export type GazetteerFile = z.infer<typeof GazetteerFile>;
