/**
 * Personal links: the class's quiz link with a random token per student
 * after the quiz code, `/play/#q=<code>&t=<token>`. The token sits beside
 * the code rather than inside it, so it works with every quiz code version
 * and the quiz (and its fingerprint) is the same for the whole class.
 *
 * The token carries no name: a forwarded link does not tell its reader whose
 * it is. The student's result echoes the token (result code R2), and the
 * teacher's gradebook, which alone holds the class list, files the result
 * under the token's name.
 *
 * @example
 * const token = newToken();                        // "q3Zk1XoA9bE"
 * personalLink(quizLink(origin, "", code), token);  // ".../play/#q=3.…&t=q3Zk1XoA9bE"
 * tokenFromLink(location.hash);                     // { kind: "token", token: "q3Zk1XoA9bE" }
 */
import { toBase64Url } from "./codec";

/** 8 random bytes in base64url: 11 characters, 64 bits. */
export const TOKEN_BYTES = 8;
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{11}$/;

export function isToken(value: unknown): value is string {
  return typeof value === "string" && TOKEN_PATTERN.test(value);
}

/** A new token. `random` fills the bytes (crypto.getRandomValues unless a test passes its own). */
export function newToken(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return toBase64Url(random(new Uint8Array(TOKEN_BYTES)));
}

/** The quiz link with the student's token after it. */
export function personalLink(quizLink: string, token: string): string {
  if (!isToken(token)) throw new Error("This is not a personal-link token.");
  return `${quizLink}&t=${token}`;
}

/**
 * The token in a link's fragment (or in a bare "#…" hash). "none": the link
 * has no `t` (the class's shared link); "damaged": it has one that is not a
 * token (cut off or retyped), which the student is told about.
 */
export type LinkToken = { kind: "none" } | { kind: "token"; token: string } | { kind: "damaged" };

export function tokenFromLink(link: string): LinkToken {
  const text = link.replace(/\s+/g, "");
  const hash = text.indexOf("#");
  if (hash < 0) return { kind: "none" };
  let found: string | undefined;
  for (const part of text.slice(hash + 1).split("&")) {
    if (part.startsWith("t=")) {
      // Two tokens in one link: not a link the app made.
      if (found !== undefined) return { kind: "damaged" };
      found = part.slice(2);
    }
  }
  if (found === undefined) return { kind: "none" };
  return isToken(found) ? { kind: "token", token: found } : { kind: "damaged" };
}
