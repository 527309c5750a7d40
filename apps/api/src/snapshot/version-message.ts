import type { VersionChannel } from '@lunajoy/cache';
import { z } from 'zod';

/**
 * What an import or a training run announces on the version channel once it has committed:
 * which counter of `data_versions` moved, and to what. Versions travel as strings of digits
 * because the counters are 64-bit and JSON numbers are not.
 */
export const VersionMessageSchema = z.object({
  kind: z.enum(['data', 'model']),
  version: z.union([
    z.string().regex(/^\d{1,19}$/),
    z
      .number()
      .int()
      .nonnegative()
      .transform((v) => String(v)),
  ]),
});

/** A validated version announcement. */
export type VersionMessage = z.output<typeof VersionMessageSchema>;

/** A version announcement as published: numbers, bigints or digit strings. */
export interface VersionAnnouncement {
  kind: 'data' | 'model';
  version: bigint | number | string;
}

/**
 * Tells every API instance listening on `channel` that data or the model changed, so each
 * reloads its snapshot. Resolves false when the message could not be sent (Redis down); the
 * instances' periodic version check picks the change up regardless, only later.
 */
export function publishVersion(
  channel: Pick<VersionChannel<unknown>, 'publish'>,
  announcement: VersionAnnouncement,
): Promise<boolean> {
  return channel.publish({ kind: announcement.kind, version: String(announcement.version) });
}

/** Reads a message from the channel; null for anything that is not a version announcement. */
export function parseVersionMessage(message: unknown): VersionMessage | null {
  const parsed = VersionMessageSchema.safeParse(message);
  return parsed.success ? parsed.data : null;
}
