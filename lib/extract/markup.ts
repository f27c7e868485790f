/**
 * HTML and Markdown to plain text: nothing is rendered, fetched or executed
 * (no DOM is involved, so this runs the same in a worker, in Node and in the
 * tests), and a pasted page with scripts or event handlers is just text to us.
 */
import { Tokenizer } from "htmlparser2";

// Elements whose content is never article text.
const DROPPED = [
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "object",
  "embed",
  "svg",
  "math",
  "head",
  "select",
  "textarea",
  "canvas",
  "audio",
  "video",
];
// Elements that start a new paragraph.
const BLOCKS =
  "address|article|aside|blockquote|caption|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul|title";

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  sbquo: "‚",
  bdquo: "„",
  laquo: "«",
  raquo: "»",
  copy: "©",
  reg: "®",
  trade: "™",
  deg: "°",
  euro: "€",
  pound: "£",
  yen: "¥",
  cent: "¢",
  sect: "§",
  middot: "·",
  bull: "•",
  times: "×",
  divide: "÷",
  frac12: "½",
  frac14: "¼",
  frac34: "¾",
  shy: "\u00ad",
  eacute: "é",
  egrave: "è",
  ecirc: "ê",
  euml: "ë",
  aacute: "á",
  agrave: "à",
  acirc: "â",
  auml: "ä",
  aring: "å",
  atilde: "ã",
  iacute: "í",
  igrave: "ì",
  icirc: "î",
  iuml: "ï",
  oacute: "ó",
  ograve: "ò",
  ocirc: "ô",
  ouml: "ö",
  otilde: "õ",
  oslash: "ø",
  uacute: "ú",
  ugrave: "ù",
  ucirc: "û",
  uuml: "ü",
  ntilde: "ñ",
  ccedil: "ç",
  szlig: "ß",
  aelig: "æ",
  oelig: "œ",
  Eacute: "É",
  Aacute: "Á",
  Oacute: "Ó",
  Uacute: "Ú",
  Iacute: "Í",
  Ntilde: "Ñ",
  Ccedil: "Ç",
  Ouml: "Ö",
  Uuml: "Ü",
  Auml: "Ä",
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

const DROPPED_SET = new Set(DROPPED);
const BLOCK_SET = new Set(
  BLOCKS.split("|").flatMap((name) => (name === "h[1-6]" ? ["h1", "h2", "h3", "h4", "h5", "h6"] : [name])),
);
// Void elements have no content and no end tag: dropping "until </embed>" would hide the rest of the page.
const VOID_DROPPED = new Set(["embed"]);

export interface HtmlText {
  /** The readable text, paragraphs separated by a blank line. */
  text: string;
  /** The document's <title>, or its first <h1>, as text. */
  title?: string;
}

/** Trailing spaces and tabs off every line, by a scan: a regex like /[ \t]+\n/ is quadratic on a long run of spaces. */
function trimLineEnds(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      let end = line.length;
      while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
      return end === line.length ? line : line.slice(0, end);
    })
    .join("\n");
}

/**
 * The readable text and title of an HTML document or fragment, in one pass
 * of htmlparser2's tokenizer: linear in the input, whatever it holds (an
 * earlier regex version took 43 s on 6 KB of "<a<a<a…"). The tokenizer is
 * used without its Parser because the Parser keeps open elements in an
 * array it grows with unshift, quadratic on deeply nested tags; no element
 * tree is needed here, only "inside a dropped element or not". Script,
 * style and similar elements are dropped with their content (an unclosed
 * <script> hides everything after it, as in a browser), comments too;
 * block elements become paragraph breaks, <br> a line break; every other tag
 * goes, attributes (event handlers, javascript: links) with it; character
 * references are decoded as browsers do.
 */
export function readHtml(html: string): HtmlText {
  const out: string[] = [];
  const title: string[] = [];
  const heading: string[] = [];
  let dropped = 0;
  let inTitle = false;
  // 0: no <h1> seen yet; 1: inside the first <h1>; 2: after it.
  let h1 = 0;
  let tagName = "";
  const text = (chunk: string) => {
    if (inTitle) title.push(chunk);
    if (dropped > 0) return;
    if (h1 === 1) heading.push(chunk);
    out.push(chunk);
  };
  const open = (name: string) => {
    if (name === "title") inTitle = true;
    if (DROPPED_SET.has(name)) {
      if (!VOID_DROPPED.has(name)) dropped++;
      return;
    }
    if (dropped > 0) return;
    if (name === "h1" && h1 === 0) h1 = 1;
    if (BLOCK_SET.has(name)) out.push("\n\n");
    else if (name === "br") out.push("\n");
  };
  const close = (name: string) => {
    if (name === "title") inTitle = false;
    if (DROPPED_SET.has(name)) {
      if (dropped > 0 && !VOID_DROPPED.has(name)) dropped--;
      return;
    }
    if (dropped > 0) return;
    if (name === "h1" && h1 === 1) h1 = 2;
    if (BLOCK_SET.has(name)) out.push("\n\n");
    else if (name === "br") out.push("\n");
  };
  const noop = () => {};
  const tokenizer = new Tokenizer(
    { decodeEntities: true, xmlMode: false },
    {
      ontext: (start, end) => text(html.slice(start, end)),
      ontextentity: (codepoint) => text(codepoint > 0 && codepoint <= 0x10ffff ? String.fromCodePoint(codepoint) : ""),
      onopentagname: (start, end) => {
        tagName = html.slice(start, end).toLowerCase();
      },
      onopentagend: () => open(tagName),
      onselfclosingtag: () => {
        open(tagName);
        // <svg/> and <math/> have no content to drop; any other "/>" is ignored in HTML, as browsers do.
        if ((tagName === "svg" || tagName === "math") && dropped > 0) dropped--;
      },
      onclosetag: (start, end) => {
        close(html.slice(start, end).toLowerCase());
      },
      onattribdata: noop,
      onattribentity: noop,
      onattribend: noop,
      onattribname: noop,
      oncdata: noop,
      oncomment: noop,
      ondeclaration: noop,
      onprocessinginstruction: noop,
      onend: noop,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  const body = trimLineEnds(out.join(""))
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const named = (title.length > 0 ? title : heading).join("").replace(/\s+/g, " ").trim();
  return named === "" ? { text: body } : { text: body, title: named };
}

/** The readable text of an HTML document or fragment (see readHtml). */
export function htmlToText(html: string): string {
  return readHtml(html).text;
}

/** The document's <title>, or its first <h1>, as text; undefined when it has neither. */
export function htmlTitle(html: string): string | undefined {
  return readHtml(html).title;
}

/** Index of the next `char` at or after every position (-1: none): one backward pass, so finding a closer is O(1). */
function nextIndex(text: string, char: string): Int32Array {
  const next = new Int32Array(text.length + 2).fill(-1);
  for (let i = text.length - 1; i >= 0; i--) next[i] = text[i] === char ? i : next[i + 1]!;
  return next;
}

/**
 * Links and images to their text: [text](url), ![alt](url), [text][ref].
 * A scan with precomputed closers, linear in the text: the regexes this
 * replaces rescanned to the end from every "[" that has no "]", quadratic on
 * a file of brackets.
 */
function stripLinks(text: string): string {
  const bracket = nextIndex(text, "]");
  const paren = nextIndex(text, ")");
  let out = "";
  let i = 0;
  while (i < text.length) {
    const image = text[i] === "!" && text[i + 1] === "[";
    if (image || text[i] === "[") {
      const open = image ? i + 1 : i;
      const close = bracket[open + 1]!;
      if (close !== -1 && (image || close > open + 1)) {
        const label = text.slice(open + 1, close);
        if (text[close + 1] === "(" && paren[close + 2]! !== -1) {
          out += label;
          i = paren[close + 2]! + 1;
          continue;
        }
        if (!image && text[close + 1] === "[" && bracket[close + 2]! !== -1) {
          out += label;
          i = bracket[close + 2]! + 1;
          continue;
        }
      }
    }
    out += text[i];
    i++;
  }
  return out;
}

const SPACE = /\s/;

/**
 * **bold**, __bold__, ~~struck~~ to their inner text: a delimiter followed by
 * a non-space, up to the next one preceded by a non-space. The closer of
 * every position is precomputed, so an unclosed "**" costs O(1), not a scan
 * to the end of the file as with a lazy regex.
 */
function stripPaired(text: string, delimiter: string): string {
  const width = delimiter.length;
  const closer = new Int32Array(text.length + 2).fill(-1);
  for (let i = text.length - 1; i >= 0; i--) {
    closer[i] = text.startsWith(delimiter, i) && i > 0 && !SPACE.test(text[i - 1]!) ? i : closer[i + 1]!;
  }
  let out = "";
  let i = 0;
  while (i < text.length) {
    if (text.startsWith(delimiter, i) && i + width < text.length && !SPACE.test(text[i + width]!)) {
      const end = closer[i + width + 1]!;
      if (end !== -1) {
        out += text.slice(i + width, end);
        i = end + width;
        continue;
      }
    }
    out += text[i];
    i++;
  }
  return out;
}

/** Trailing spaces, tabs and closing "#"s of an ATX heading, by a scan. */
function trimHeading(line: string): string {
  let end = line.length;
  while (end > 0 && /[ \t#]/.test(line[end - 1]!)) end--;
  return line.slice(0, end);
}

/**
 * Markdown to plain text, lightly: headings, emphasis, links and images,
 * inline code, block quotes, list markers and rules. Enough for an article
 * someone saved as .md; not a full CommonMark parser (those we measured,
 * micromark among them, take seconds to minutes on crafted inputs such as
 * 100,000 ">" or "[a](" repeated). Every step is linear: regexes only where
 * they are anchored to a line and cannot backtrack across it, scans with
 * precomputed closers for links and paired delimiters.
 */
export function markdownToText(markdown: string): string {
  const blocks = markdown
    .replace(/\r\n?/g, "\n")
    .replace(/^```[^\n]*\n[\s\S]*?(?:\n```[^\n]*|$)/gm, (block) => block.replace(/^```[^\n]*$/gm, ""))
    .replace(/^ {0,3}(?:[-*_] *){3,}$/gm, "")
    .replace(/^ {0,3}#{1,6}[ \t]+(.*)$/gm, (_, heading: string) => `\n${trimHeading(heading)}\n`)
    .replace(/^(.+)\n(?:=+|-+)[ \t]*$/gm, "\n$1\n")
    .replace(/^ {0,3}>[ \t]?/gm, "")
    .replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/gm, "")
    .replace(/^ {0,3}\[[^\]\n]+\]:[ \t]*\S+.*$/gm, "");
  const inline = stripLinks(blocks)
    .replace(/<((?:https?|mailto):[^<>\s]+)>/g, "$1")
    .replace(/`([^`]+)`/g, "$1");
  return stripPaired(stripPaired(stripPaired(inline, "**"), "__"), "~~")
    .replace(/(^|[^\p{L}\p{N}*_])([*_])(?=\S)([^*_\n]*?\S)\2(?![\p{L}\p{N}])/gu, "$1$3")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The first level-one heading of a Markdown document, if any. */
export function markdownTitle(markdown: string): string | undefined {
  const match = /^ {0,3}#[ \t]+(.+?)[ \t#]*$/m.exec(markdown);
  return match ? markdownToText(match[1]!) || undefined : undefined;
}
