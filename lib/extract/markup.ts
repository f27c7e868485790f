/**
 * HTML and Markdown to plain text, by string processing only: nothing is
 * parsed by a browser, rendered, fetched or executed, so a pasted page with
 * scripts or event handlers is just text to us.
 */

// Elements whose content is never article text.
const DROPPED = ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "head", "select", "textarea", "canvas", "audio", "video"];
// Elements that start a new paragraph.
const BLOCKS =
  "address|article|aside|blockquote|caption|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul|title";

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ndash: "–", mdash: "—", hellip: "…",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", sbquo: "‚", bdquo: "„", laquo: "«", raquo: "»",
  copy: "©", reg: "®", trade: "™", deg: "°", euro: "€", pound: "£", yen: "¥", cent: "¢", sect: "§",
  middot: "·", bull: "•", times: "×", divide: "÷", frac12: "½", frac14: "¼", frac34: "¾", shy: "\u00ad",
  eacute: "é", egrave: "è", ecirc: "ê", euml: "ë", aacute: "á", agrave: "à", acirc: "â", auml: "ä", aring: "å", atilde: "ã",
  iacute: "í", igrave: "ì", icirc: "î", iuml: "ï", oacute: "ó", ograve: "ò", ocirc: "ô", ouml: "ö", otilde: "õ", oslash: "ø",
  uacute: "ú", ugrave: "ù", ucirc: "û", uuml: "ü", ntilde: "ñ", ccedil: "ç", szlig: "ß", aelig: "æ", oelig: "œ",
  Eacute: "É", Aacute: "Á", Oacute: "Ó", Uacute: "Ú", Iacute: "Í", Ntilde: "Ñ", Ccedil: "Ç", Ouml: "Ö", Uuml: "Ü", Auml: "Ä",
};

/** Decodes character references: &amp; &#8217; &#x2019; and the common named ones. Unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // Surrogates, NUL and out-of-range code points are not characters.
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "";
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[ref];
    // Without its ";" only the five entities browsers also accept bare are decoded ("AT&T" stays).
    if (named === undefined || (!whole.endsWith(";") && !/^(?:amp|lt|gt|quot|nbsp)$/.test(ref))) return whole;
    return named;
  });
}

/**
 * The readable text of an HTML document or fragment. Script, style and
 * similar elements are dropped with their content, comments too; block
 * elements become paragraph breaks, <br> a line break; every other tag is
 * removed, attributes (event handlers, javascript: links) with it.
 */
export function htmlToText(html: string): string {
  let text = html.replace(/<!--[\s\S]*?(?:-->|$)/g, " ").replace(/<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/g, " ").replace(/<![^>]*>/g, " ");
  for (const name of DROPPED) {
    // An unclosed <script> hides everything after it, as a browser would.
    text = text.replace(new RegExp(`<${name}\\b[^>]*>[\\s\\S]*?(?:</${name}\\s*>|$)`, "gi"), " ");
  }
  text = text
    .replace(new RegExp(`</?(?:${BLOCKS})\\b(?:[^>"']|"[^"]*"|'[^']*')*>`, "gi"), "\n\n")
    .replace(/<br\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi, "\n")
    // Any other tag, quoted attribute values included (they may hold ">").
    .replace(/<\/?[a-z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/gi, "")
    // A stray "<" that starts no tag stays as text.
    .replace(/[ \t]+\n/g, "\n");
  return decodeEntities(text).replace(/\n{3,}/g, "\n\n").trim();
}

/** The document's <title>, or its first <h1>, as text; undefined when it has neither. */
export function htmlTitle(html: string): string | undefined {
  const match = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html) ?? /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  const title = match ? htmlToText(match[1]!).replace(/\s+/g, " ").trim() : "";
  return title === "" ? undefined : title;
}

/**
 * Markdown to plain text, lightly: headings, emphasis, links and images,
 * inline code, block quotes, list markers and rules. Enough for an article
 * someone saved as .md; not a full CommonMark parser.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, "\n")
    .replace(/^```[^\n]*\n[\s\S]*?(?:\n```[^\n]*|$)/gm, (block) => block.replace(/^```[^\n]*$/gm, ""))
    .replace(/^ {0,3}(?:[-*_] *){3,}$/gm, "")
    .replace(/^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/gm, "\n$1\n")
    .replace(/^(.+)\n(?:=+|-+)[ \t]*$/gm, "\n$1\n")
    .replace(/^ {0,3}>[ \t]?/gm, "")
    .replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/gm, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/^ {0,3}\[[^\]]+\]:\s*\S+.*$/gm, "")
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(^|[^\p{L}\p{N}*_])([*_])(?=\S)([^*_\n]*?\S)\2(?![\p{L}\p{N}])/gu, "$1$3")
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, "$1")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The first level-one heading of a Markdown document, if any. */
export function markdownTitle(markdown: string): string | undefined {
  const match = /^ {0,3}#[ \t]+(.+?)[ \t#]*$/m.exec(markdown);
  return match ? markdownToText(match[1]!) || undefined : undefined;
}
