import { z } from 'zod';
import { VOCABULARY_NAMES, type VocabularyName } from '../publish-vocabularies';

/** One allowed value with its display label and the synonyms that map to it. */
export const VocabularyEntrySchema = z.object({
  value: z.string(),
  label: z.string(),
  synonyms: z.array(z.string()).describe('folded spellings that map to this value'),
});

/** One vocabulary: its allowed values. */
export const VocabularySchema = z.object({ values: z.array(VocabularyEntrySchema) });

/** `GET /api/v1/vocabularies`: every vocabulary by name (see `publishVocabularies`). */
export const VocabulariesResponseSchema = z.object(
  Object.fromEntries(VOCABULARY_NAMES.map((name) => [name, VocabularySchema])) as Record<
    VocabularyName,
    typeof VocabularySchema
  >,
);

/** The vocabularies body. */
export type VocabulariesResponse = z.infer<typeof VocabulariesResponseSchema>;
