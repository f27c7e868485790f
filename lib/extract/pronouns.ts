/**
 * "He" and "she": the person last named, when that is certain enough. The
 * nearest sentence (going back, at most three and never past the previous
 * paragraph) that names anyone the pronoun can refer to must name exactly
 * one such person; first names known to be female or male rule out "he" or
 * "she". Otherwise nobody: a wrong speaker is worse than no question.
 */
import type { Mention } from "./entities";
import type { Sentence } from "./tokens";

export type PronounResolver = (pronoun: string, offset: number) => Mention | undefined;

export function createPronounResolver(
  sentences: readonly Sentence[],
  people: readonly Mention[],
  fits: (mention: Mention, pronoun: string) => boolean,
): PronounResolver {
  return (pronoun, offset) => {
    let index = sentences.findIndex((s) => s.start <= offset && offset < s.end);
    if (index < 0) index = sentences.length - 1;
    const paragraph = sentences[index]!.paragraph;
    for (let i = index; i >= Math.max(0, index - 3); i--) {
      const sentence = sentences[i]!;
      if (sentence.paragraph < paragraph - 1) break;
      const candidates = people.filter(
        (m) => m.start >= sentence.start && m.end <= Math.min(sentence.end, offset) && fits(m, pronoun),
      );
      const ids = new Set(candidates.map((m) => m.entity));
      if (ids.size === 1) return candidates.at(-1);
      if (ids.size > 1) return undefined;
    }
    return undefined;
  };
}
