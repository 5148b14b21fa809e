/**
 * The settings JSON schema handed to conf / electron-store, derived from the zod schema so there is one
 * source of rules. zod's JSON-schema output is re-read through a strict zod description of the keywords it
 * uses, which both types it for the store library and fails loudly (at start-up and in tests) if a future
 * rule produces a keyword this bridge does not pass on.
 */
import { z } from 'zod';
import { settingsSchema } from '../../../shared/settings';
import { SETTINGS_VERSION } from './migrations';

/** The JSON-schema keywords the settings rules use. */
export interface JsonSchemaNode {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchemaNode;
  enum?: (string | number | boolean | null)[];
  const?: string | number | boolean | null;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
}

const jsonSchemaNode: z.ZodType<JsonSchemaNode> = z.lazy(() =>
  z.strictObject({
    type: z.enum(['object', 'array', 'string', 'number', 'integer', 'boolean', 'null']).optional(),
    properties: z.record(z.string(), jsonSchemaNode).optional(),
    required: z.array(z.string()).optional(),
    additionalProperties: z.boolean().optional(),
    items: jsonSchemaNode.optional(),
    enum: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
    const: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
    minimum: z.number().optional(),
    maximum: z.number().optional(),
    exclusiveMinimum: z.number().optional(),
    exclusiveMaximum: z.number().optional(),
    minLength: z.number().optional(),
    maxLength: z.number().optional(),
    minItems: z.number().optional(),
    maxItems: z.number().optional(),
    pattern: z.string().optional(),
  }),
);

/** The stored object: the settings plus the layout version. */
export const storedSettingsSchema = settingsSchema.extend({ schemaVersion: z.literal(SETTINGS_VERSION) });

/** One JSON schema per stored key (the store library's `schema` option). */
export type SettingsJsonSchema = Record<keyof z.infer<typeof storedSettingsSchema>, JsonSchemaNode>;

export function buildSettingsJsonSchema(): SettingsJsonSchema {
  const root = z.toJSONSchema(storedSettingsSchema, { target: 'draft-2020-12' });
  return z.record(storedSettingsSchema.keyof(), jsonSchemaNode).parse(root.properties);
}
