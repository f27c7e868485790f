/**
 * The article text: its sentences, the sentence around a span, the text of
 * a span. Pure; used by the extractor, the question engine, the builder and
 * the review.
 *
 * @example
 * import { sentenceAround, sentencesOf } from "@/lib/text";
 * sentencesOf("One. Two.\n\nThree.");        // [{ start: 0, end: 4, paragraph: 0 }, …]
 * sentenceAround(body, { start: 10, end: 12 }); // the whole sentence around it
 */
export { quoted } from "./quote";
export { evidenceSentences, sentenceAround, sentencesOf, sentenceText, spanText, type Sentence } from "./sentences";
export { stripInvisible } from "./invisible";
export { MAX_WORDS, MAX_CHARS, countWords, garbageShare, isNotText } from "./paste-limits";
export { formatDigits, numberToWords, parseNumber } from "./numbers";
export { hashString } from "./hash";
