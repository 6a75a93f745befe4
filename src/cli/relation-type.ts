// `--type` of `kg relations`: the table writes types as words ("talked with"), the store keeps them as `talked_with`.
import { UsageError } from '../core/index.js';
import { relationTypes } from '../extract/index.js';

/** The stored type meant by `input`, in any case, with spaces, underscores or hyphens between words. */
export function relationType(input: string): string {
  const type = input.trim().toLowerCase().replace(/[\s_-]+/g, '_');
  const known = relationTypes();
  if (known.includes(type)) return type;
  // A type no extractor writes would only ever answer "no relations match".
  throw new UsageError(`unknown relation type "${input}"; the types are: ${known.map((t) => t.replace(/_/g, ' ')).join(', ')}`);
}
