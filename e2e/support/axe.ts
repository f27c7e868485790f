/**
 * The one axe check every spec runs: WCAG 2.0/2.1 A and AA rules, violations
 * recorded softly so one run reports every failing state of a scenario.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export async function expectNoViolations(page: Page, state: string): Promise<void> {
  const { violations, passes } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  // Guards against a run that checked nothing (an empty page passes every rule).
  expect(
    passes.map((rule) => rule.id),
    `axe checked contrast: ${state}`,
  ).toContain("color-contrast");
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect.soft(summary, `axe violations: ${state}`).toEqual([]);
}
