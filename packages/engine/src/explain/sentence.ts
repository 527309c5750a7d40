/** Small helpers for sentences a patient reads. */

/** `['a']` → "a"; `['a', 'b']` → "a and b"; `['a', 'b', 'c']` → "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * A display label as it reads inside a sentence: "Substance Abuse" → "substance abuse", while
 * acronyms such as "PTSD" or "LGBTQ+" keep their capitals.
 */
export function inSentence(label: string): string {
  return label
    .split(' ')
    .map((word) => (/^[A-Z][a-z'’-]*$/.test(word) ? word.toLowerCase() : word))
    .join(' ');
}

/** "1 clinician", "4 clinicians". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** `key` → "Key words": the label of a value the vocabulary does not know. */
export function humaniseKey(key: string): string {
  const words = key.split('_').filter((word) => word.length > 0);
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
}
