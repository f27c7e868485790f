const OPENING = /^[“”"‘’'«»„]/;
const CLOSING = /[”“"’‘'»«]$/;

/**
 * The sentence in quotation marks, unless it already starts or ends with its
 * own (a quotation in the article): wrapping it again would show ““…””.
 */
export function quoted(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  return OPENING.test(trimmed) || CLOSING.test(trimmed) ? trimmed : `“${trimmed}”`;
}
