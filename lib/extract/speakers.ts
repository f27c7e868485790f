/**
 * Speakers the article does not name: "a spokeswoman for the hospital", "a
 * worker at the hotel, who asked not to be named", "Argentina’s coach", "the
 * mayor". They are found as mentions like people's, so that "she said" after
 * one of them is hers and not the last-named woman's, and her words are
 * never given to someone else. "The spokesman" later on is the spokesman met
 * before. An organization that speaks ("the company said") is a speaker too.
 */
import type { Mention } from "./entities";
import type { Sentence, Token } from "./tokens";
import { FEMALE_SPEAKER_NOUNS, MALE_SPEAKER_NOUNS, REPORTING, SPEAKER_NOUNS } from "./words";

export interface SpeakerMention extends Mention {
  /** The speaker as written: "a spokeswoman for the hospital". */
  descriptor: string;
  /** "she" or "he" when the noun says so ("spokeswoman", "father"). */
  gender?: "she" | "he";
}

const NOUN = `(?:${SPEAKER_NOUNS})`;
// "a spokeswoman for the hospital", "another resident", "one bus driver", "the town's fire chief"
const INDEFINITE = new RegExp(
  `\\b([Aa]n?|[Aa]nother|[Oo]ne|[Tt]he)\\s+((?:[\\p{Ll}-]+\\s+){0,2}?)(${NOUN})\\b((?:\\s+(?:for|at|of|from|in|with|on)\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|his\\s+|her\\s+)?(?:(?![\\p{Ll}]+ing\\b)[^\\s,.;:“”"()]+\\s?){1,5}?)?(?:\\s+(?:who|whose)\\s+(?!asked\\b|said\\b|declined\\b|spoke on condition\\b)[^,.;:“”"()]{3,60}?)?)(?=\\s*(?:,|\\.|;|\\s(?:said|says|told|added|who|whose|wrote|speaking|explained|warned|argued|called|described|insisted|blamed|agreed|replied|confirmed)\\b|$))`,
  "gu",
);
// "Argentina’s coach", "Tewford’s mayor", "The team’s account on X"
const POSSESSED = new RegExp(
  `\\b((?:[Tt]he\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)*|the\\s+[\\p{Ll}]+)['’]s?\\s+((?:[\\p{Ll}-]+\\s+){0,2}?)(${NOUN})\\b(?:\\s+on\\s+\\p{Lu}\\w*)?`,
  "gu",
);

const COMMON_ROLE_WORDS = /^(?:the|a|an)$/i;
const SPEAKS_AFTER = new RegExp(`^(?:,[^“”"]{1,100}?,)?\\s+(?:${REPORTING})\\b`, "u");
const SPOKEN_BEFORE = new RegExp(`\\b(?:${REPORTING}|according to)\\s+$`, "u");

/**
 * Every unnamed speaker in the sentences. `named` are the people's mentions:
 * a noun right before or after a name is that person's role ("the mayor,
 * Sam Whitfield", "manager Kieran Sowerby"), not another speaker.
 */
export function findSpeakerMentions(
  body: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  named: readonly Mention[],
): SpeakerMention[] {
  const found: SpeakerMention[] = [];
  const byNoun = new Map<string, SpeakerMention>();
  let next = 1;
  const add = (start: number, end: number, noun: string, definite: boolean, sentence: Sentence, index: number) => {
    if (found.some((f) => f.start < end && start < f.end)) return;
    // Only someone in a position to speak: the sentence's subject ("A spokeswoman for the hospital said ...",
    // "Argentina’s coach, speaking through an interpreter, blamed ..."), or named by a reporting verb
    // ("said a worker at the hotel"). "his becoming an expert in wealth therapy" names nobody who speaks.
    const opening = body.slice(sentence.start, start);
    const subject = /^(?:[“"]?|[^,“”"]{0,60},\s+|.*[”"],?\s+)$/u.test(opening);
    const reported = SPEAKS_AFTER.test(body.slice(end, sentence.end)) || SPOKEN_BEFORE.test(opening);
    if (!subject && !reported) return;
    // A role next to a name belongs to that name.
    const after = body.slice(end, end + 3);
    if (/^,?\s\p{Lu}/u.test(after) && named.some((m) => m.start >= end && m.start <= end + 3)) return;
    if (named.some((m) => m.end <= start && /^,?\s*$/.test(body.slice(m.end, start)) && m.end >= start - 3)) return;
    if (named.some((m) => m.start < end && start < m.end)) return;
    const descriptor = body.slice(start, end);
    const key = noun.toLowerCase();
    // "the spokesman" is the spokesman met before, if one was.
    const earlier = definite ? byNoun.get(key) : undefined;
    const first = tokens.findIndex((t) => t.start >= start);
    const last = Math.max(
      first,
      tokens.findIndex((t) => t.end >= end),
    );
    const gender = FEMALE_SPEAKER_NOUNS.test(key) ? "she" : MALE_SPEAKER_NOUNS.test(key) ? "he" : undefined;
    const mention: SpeakerMention = {
      start,
      end,
      text: descriptor,
      kind: "person",
      sentence: index,
      firstToken: first,
      lastToken: last,
      entity: earlier?.entity ?? `unnamed-${next++}`,
      descriptor: earlier?.descriptor ?? descriptor,
      ...(gender ? { gender } : {}),
    };
    found.push(mention);
    if (!definite || !earlier) byNoun.set(key, mention);
  };
  sentences.forEach((sentence, index) => {
    const text = body.slice(sentence.start, sentence.end);
    for (const m of text.matchAll(POSSESSED)) {
      const start = sentence.start + m.index!;
      add(start, start + m[0].length, m[3]!, false, sentence, index);
    }
    for (const m of text.matchAll(INDEFINITE)) {
      const [whole, article = "", adjectives = "", noun = ""] = m;
      if (adjectives.split(/\s+/).some((w) => COMMON_ROLE_WORDS.test(w))) continue;
      const start = sentence.start + m.index!;
      add(start, start + whole.length, noun, /^the$/i.test(article), sentence, index);
    }
  });
  return found.sort((a, b) => a.start - b.start);
}

/** Whether "he" or "she" can be this unnamed speaker. */
export function speakerFits(mention: SpeakerMention, pronoun: string): boolean {
  if (!mention.gender) return /^(?:he|she)$/i.test(pronoun);
  return mention.gender === pronoun.toLowerCase();
}
