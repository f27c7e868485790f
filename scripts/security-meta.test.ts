import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addSecurityMeta, cspHash, readSecurityMeta } from "./security-meta";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

const page = (head: string, body = "") =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`;

/** The sources a directive allows, without the directive's name. */
function directive(html: string, name: string): string[] | undefined {
  const { policy } = readSecurityMeta(html);
  const found = policy
    ?.split(";")
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name);
  return found?.slice(1);
}

const THEME = `(function(){document.documentElement.setAttribute("data-theme","dark")})()`;
const FLIGHT = `self.__next_f.push([1,"a:\\"$Sreact.fragment\\"\\n<b>&amp;</b>"])`;

describe("addSecurityMeta", () => {
  it.each([
    {
      name: "two inline scripts: both hashes, nothing else",
      html: page(`<script>${THEME}</script>`, `<script src="/_next/a.js"></script><script>${FLIGHT}</script>`),
      scripts: ["'self'", sha(THEME), sha(FLIGHT)],
    },
    {
      name: "an external script only: 'self' alone",
      html: page(`<script src="/_next/a.js" async=""></script>`),
      scripts: ["'self'"],
    },
    {
      name: "the same inline script twice: one hash",
      html: page(`<script>${THEME}</script>`, `<script>${THEME}</script>`),
      scripts: ["'self'", sha(THEME)],
    },
    {
      name: "a JSON data block and an empty script never run: no hash",
      html: page(`<script type="application/json">{"a":1}</script><script></script>`),
      scripts: ["'self'"],
    },
    {
      name: "a module script runs: hashed",
      html: page(`<script type="module">${THEME}</script>`),
      scripts: ["'self'", sha(THEME)],
    },
  ])("$name", ({ html, scripts }) => {
    expect(directive(addSecurityMeta(html), "script-src")).toEqual(scripts);
  });

  it("hashes script text exactly as written: entities stay undecoded, CRLF becomes LF as the browser parses it", () => {
    const html = page(`<script>a();\r\nb("&amp;")</script>`);
    expect(directive(addSecurityMeta(html), "script-src")).toEqual(["'self'", sha(`a();\nb("&amp;")`)]);
    expect(cspHash("a\r\nb\rc")).toBe(sha("a\nb\nc"));
  });

  it("puts the policy and the referrer right after <meta charset>, before any script or stylesheet", () => {
    const html = page(`<link rel="stylesheet" href="/a.css"/><script>${THEME}</script>`);
    const out = addSecurityMeta(html);
    const policyAt = out.indexOf('<meta http-equiv="Content-Security-Policy"');
    expect(out.indexOf('<meta charSet="utf-8"/>')).toBeLessThan(policyAt);
    expect(policyAt).toBeLessThan(out.indexOf('<meta name="referrer" content="no-referrer"/>'));
    expect(out.indexOf('<meta name="referrer"')).toBeLessThan(out.indexOf("<link"));
    expect(out.indexOf('<meta name="referrer"')).toBeLessThan(out.indexOf("<script"));
  });

  it("puts the policy first in <head> when there is no leading <meta charset>", () => {
    const out = addSecurityMeta(`<html><head><script>${THEME}</script><meta charset="utf-8"></head></html>`);
    expect(out.startsWith('<html><head><meta http-equiv="Content-Security-Policy"')).toBe(true);
  });

  it("changes nothing when run on its own output, and replaces a stale policy", () => {
    const html = page(`<script>${THEME}</script>`, `<script>${FLIGHT}</script>`);
    const once = addSecurityMeta(html);
    expect(addSecurityMeta(once)).toBe(once);
    const stale = once.replace(sha(FLIGHT), sha("old"));
    expect(addSecurityMeta(stale)).toBe(once);
  });

  it("leaves the rest of the page byte for byte as it was", () => {
    const html = page(`<script>${THEME}</script>`, `<p style="x">é &amp; ü</p>`);
    const out = addSecurityMeta(html);
    const { policy } = readSecurityMeta(out);
    const inserted = `<meta http-equiv="Content-Security-Policy" content="${policy}"/><meta name="referrer" content="no-referrer"/>`;
    expect(out.replace(inserted, "")).toBe(html);
  });

  it("is strict: no unsafe-inline or eval, plugins off, base and forms kept on the site", () => {
    const { policy, referrer } = readSecurityMeta(addSecurityMeta(page(`<script>${THEME}</script>`)));
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(directive(addSecurityMeta(page("")), "default-src")).toEqual(["'self'"]);
    expect(directive(addSecurityMeta(page("")), "object-src")).toEqual(["'none'"]);
    expect(directive(addSecurityMeta(page("")), "base-uri")).toEqual(["'self'"]);
    expect(directive(addSecurityMeta(page("")), "form-action")).toEqual(["'self'"]);
    expect(referrer).toBe("no-referrer");
  });

  it("allows style attributes of the exported HTML by hash only, and no style exceptions when there are none", () => {
    expect(directive(addSecurityMeta(page("")), "style-src")).toEqual(["'self'"]);
    const withAttribute = page("", `<div style="transform:scaleX(0)"></div>`);
    expect(directive(addSecurityMeta(withAttribute), "style-src")).toEqual([
      "'self'",
      "'unsafe-hashes'",
      sha("transform:scaleX(0)"),
    ]);
  });

  it("refuses a page without <head> rather than ship it without a policy", () => {
    expect(() => addSecurityMeta("<p>no head</p>")).toThrow(/no <head>/);
  });
});
