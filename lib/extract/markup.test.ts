import { describe, expect, it } from "vitest";
import { htmlTitle, htmlToText, isNotText, markdownTitle, markdownToText, readHtml } from "./index";

describe("htmlToText", () => {
  it.each([
    [
      "scripts, styles and their content dropped",
      "<p>One</p><script>alert(1)</script><style>p{}</style><p>Two</p>",
      "One\n\nTwo",
    ],
    [
      "a head dropped with its title",
      "<html><head><title>T</title><meta charset=utf-8></head><body><p>Body</p></body></html>",
      "Body",
    ],
    ["paragraphs kept apart", "<div>One</div><p>Two</p><h2>Three</h2><li>Four</li>", "One\n\nTwo\n\nThree\n\nFour"],
    ["a <br> is a line break", "<p>Two<br>lines</p>", "Two\nlines"],
    [
      "attributes and event handlers go with their tags",
      '<p onclick="steal()"><a href="javascript:x()">Read</a> <img src=x onerror="alert(1)">on</p>',
      "Read on",
    ],
    ["a > inside a quoted attribute is not the tag's end", '<a title="a>b" href=">">link</a> rest', "link rest"],
    [
      "entities decoded, named and numeric",
      "<p>Tom &amp; Jerry&rsquo;s &#8220;show&#x201D; &eacute; &nbsp;AT&T</p>",
      "Tom & Jerry’s “show” é \u00a0AT&T",
    ],
    [
      "an escaped tag is text, never a tag",
      "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
      "<script>alert(1)</script>",
    ],
    [
      "comments dropped, an unclosed one hides the rest",
      "<p>Kept</p><!-- hidden --><p>Too</p><!-- never closed <p>gone",
      "Kept\n\nToo",
    ],
    ["an unclosed <script> hides everything after it", "<p>Before</p><script>var a = '<p>not text</p>'", "Before"],
    [
      "iframes, svg and templates dropped",
      '<iframe src="javascript:alert(4)">x</iframe><svg onload="y"><text>z</text></svg><template>t</template><p>After</p>',
      "After",
    ],
    ["a self-closed <svg/> hides nothing", "<svg/><p>After</p>", "After"],
    ["an <embed> has no content to hide", "<p>a</p><embed src=x><p>b</p>", "a\n\nb"],
    ["a stray < that starts no tag stays", "<p>1 < 2 and 3 <= 4</p>", "1 < 2 and 3 <= 4"],
    ["trailing spaces off every line, at most one blank line", "<p>One   </p>\n\n\n\n<p>Two</p>", "One\n\nTwo"],
  ])("%s", (_, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  it("reads the <title>, else the first <h1>, as text", () => {
    expect(htmlTitle("<head><title>Harbor news &amp;\n views</title></head><h1>Other</h1>")).toBe(
      "Harbor news & views",
    );
    expect(htmlTitle("<h1>Hello <em>world</em></h1><h1>Second</h1>")).toBe("Hello world");
    expect(htmlTitle("<p>No title</p>")).toBeUndefined();
    expect(readHtml("<head><title>T</title></head><p>Body</p>")).toEqual({ text: "Body", title: "T" });
  });
});

/**
 * Inputs that froze the tab for seconds or minutes with the regex version
 * (43 s for the first). Each must give the right text here; how fast is in
 * scripts/bench-markup.ts (npm run bench), not asserted.
 */
describe("pathological markup", () => {
  it.each([
    [
      '"<a" × 3,000 (6 KB): an endless tag name, dropped as browsers drop a tag cut by the end of the file',
      "<a".repeat(3000),
      "",
    ],
    ['"<a" × 500,000 (1 MB)', "<a".repeat(500_000), ""],
    ['"<a" × 3,000 after real text', "<p>Real text.</p>" + "<a".repeat(3000), "Real text."],
    ["100,000 nested <div>s", "<div>".repeat(100_000) + "deep" + "</div>".repeat(100_000), "deep"],
    ["100,000 unmatched closing tags", "<p>x</p>" + "</span>".repeat(100_000), "x"],
    ['"<!--" × 100,000', "<!--".repeat(100_000), ""],
    ["a 1 MB attribute", `<p title="${"x".repeat(1_000_000)}">text</p>`, "text"],
    ["a 1 MB unclosed attribute", `<p>before</p><p title="${"x".repeat(1_000_000)}`, "before"],
    ["1 MB of spaces before a line's end", `<p>a${" ".repeat(1_000_000)}</p>`, "a"],
  ])("%s", (_, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  it.each([
    ["100,000 backticks", "`".repeat(100_000)],
    ['100,000 "["', "[".repeat(100_000)],
    ['50,000 "![" ', "![".repeat(50_000)],
    ['50,000 "[a]("', "[a](".repeat(50_000)],
    ['50,000 "**a "', "**a ".repeat(50_000)],
    ['50,000 "~~a "', "~~a ".repeat(50_000)],
    ['100,000 ">"', ">".repeat(100_000) + "a"],
  ])("Markdown: %s comes back as the same characters (nothing there to strip)", (_, markdown) => {
    const text = markdownToText(markdown);
    // Only markup that is closed is removed, and none of these closes anything but the last few.
    expect(text.length).toBeGreaterThan(markdown.length * 0.9);
  });
});

describe("markdownToText", () => {
  it.each([
    ["headings", "# Title #\n\n## Part\n\nText", "Title\n\nPart\n\nText"],
    [
      "links, images and references to their text",
      "A [link](javascript:void), ![a cat](c.png), [ref][b].\n\n[b]: http://x",
      "A link, a cat, ref.",
    ],
    ["emphasis, strong, struck and code", "**bold** __b__ *it* _it_ ~~no~~ `code`", "bold b it it no code"],
    ["lists, quotes and rules", "- one\n* two\n1. three\n\n> quoted\n\n***\n\nend", "one\ntwo\nthree\n\nquoted\n\nend"],
    ["a fenced block keeps its text", "```js\nlet a = 1;\n```", "let a = 1;"],
    ["an autolink", "See <https://example.org/x>.", "See https://example.org/x."],
    ["an unclosed ** stays", "2 ** 3 and **open", "2 ** 3 and **open"],
    ["snake_case and 2*3*4 stay", "snake_case_name and 2*3*4", "snake_case_name and 2*3*4"],
  ])("%s", (_, markdown, expected) => {
    expect(markdownToText(markdown)).toBe(expected);
  });

  it("reads the first level-one heading as the title", () => {
    expect(markdownTitle("Intro\n\n# The *real* title\n")).toBe("The real title");
    expect(markdownTitle("No heading")).toBeUndefined();
  });
});

describe("isNotText", () => {
  it("tells a real binary file (a PNG's bytes, read as text) from long text", () => {
    // The first bytes of every PNG file, then bytes as an image's data would be: read as UTF-8 as File.text() would.
    const png = new Uint8Array([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0,
      0,
      0,
      0x0d,
      0x49,
      0x48,
      0x44,
      0x52,
      ...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256),
    ]);
    expect(isNotText(new TextDecoder().decode(png))).toBe(true);
    expect(isNotText("word ".repeat(40_000))).toBe(false);
    expect(isNotText("Zoë said “hello” — 王小明\tnodded.\r\n")).toBe(false);
    // One NUL is enough: no text file has one.
    expect(isNotText(`${"word ".repeat(10_000)}\u0000`)).toBe(true);
  });
});
