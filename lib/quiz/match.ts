/**
 * Forgiving comparison of typed answers.
 *
 * A student who types "the u.s", "US" or "U.S." for "the U.S.", or
 * "fifty thousand" for "50,000", knows the answer: we accept it. We do not
 * guess at spelling mistakes, so grading stays predictable.
 */

import { parseNumber } from "../text";

const LEADING_ARTICLE = /^(?:the|a|an) /;

// Generators normalize the same names and predicates again and again; a
// bounded cache makes that free without growing forever in a long session.
const normalizedCache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/**
 * Lower-cased, accent-free, punctuation-free form with single spaces and no
 * leading "the"/"a"/"an". Hyphens and slashes separate words; dots,
 * apostrophes and commas vanish ("U.S." → "us", "50,000" → "50000").
 */
export function normalizeAnswer(text: string): string {
  let normalized = normalizedCache.get(text);
  if (normalized === undefined) {
    normalized = computeNormalized(text);
    if (normalizedCache.size >= CACHE_LIMIT) normalizedCache.clear();
    normalizedCache.set(text, normalized);
  }
  return normalized;
}

function computeNormalized(text: string): string {
  // Decomposing accents is slow; skip it when the only non-ASCII characters
  // are dashes, curly quotes and ellipses, which the next steps handle anyway.
  const decomposed = /[^\x00-\x7f\u2010-\u201f\u2026]/.test(text)
    ? text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
    : text;
  const flat = decomposed
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[\u2010-\u2015\-/]/g, " ")
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
  return flat.replace(LEADING_ARTICLE, "");
}

/**
 * True when `given` says the same thing as one of `accepted`: equal once
 * normalized, or both are numbers with the same value.
 */
export function isAcceptedAnswer(given: string, accepted: readonly string[]): boolean {
  const normalized = normalizeAnswer(given);
  if (normalized === "") return false;
  const givenNumber = parseNumber(given) ?? parseNumber(normalized);
  return accepted.some((candidate) => {
    if (normalizeAnswer(candidate) === normalized) return true;
    if (givenNumber === undefined) return false;
    const candidateNumber = parseNumber(candidate) ?? parseNumber(normalizeAnswer(candidate));
    return candidateNumber !== undefined && candidateNumber === givenNumber;
  });
}
