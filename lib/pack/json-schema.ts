import { toJsonSchema } from '@valibot/to-json-schema';
import { packSchema } from './schema';

/** The published JSON Schema of a pack file (docs/factpack.schema.json), from the one schema. */
export function packJsonSchema(): object {
  return {
    ...toJsonSchema(packSchema, { errorMode: 'ignore' }),
    title: 'Fact pack (format 1 or 2)',
    description:
      'A story for the Fact cards for news extension: sources with their texts, entities with names and aliases, and facts that quote the sources. See docs/PACKS.md.',
  };
}
