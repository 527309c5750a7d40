/**
 * Folds free text to a vocabulary key: `" Substance-Abuse "` → `substance_abuse`,
 * `"Español"` → `espanol`, `"Blue Cross & Blue Shield"` → `blue_cross_and_blue_shield`.
 * Case, accents, surrounding space, and runs of spaces, hyphens, underscores and slashes all
 * fold, so every spelling a person or an older tool might type lands on one key.
 */
export function foldKey(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[\s\-_/]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** True for values that mean "no preference": null, undefined, and empty or blank strings. */
export function isNoPreference(raw: unknown): raw is null | undefined | '' {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}
