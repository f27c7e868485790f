/**
 * Characters a person never means to type in a title or a name but that
 * change how it shows or compares: zero-width spaces and joiners, the
 * left-to-right and right-to-left marks, embeddings, overrides and isolates
 * (a right-to-left override turns "Ana" followed by "txt.exe" around), the
 * byte order mark, and C0/C1 control characters. Tab and line feed are
 * kept (an answer may hold them); everything else listed here goes.
 */
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** The text without invisible, bidirectional-control and control characters (see INVISIBLE). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, "");
}
