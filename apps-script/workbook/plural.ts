/**
 * The plural of a framework's level name ("Standard", "Policy", "Focus area"), for text such as
 * "Split the policies between subteams". Frameworks are English; the regular rules suffice.
 */
export function pluralOf(noun: string): string {
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  return `${noun}s`;
}
