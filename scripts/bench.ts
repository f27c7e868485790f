/**
 * `npm run bench`: every benchmark section in turn. Figures belong in the
 * README, not in timed tests (timing on a shared CI machine is noise).
 */
import { benchBundle, printBundleReport } from "./bench-bundle";
import { benchEngine, printEngineReport } from "./bench-engine";
import { benchExtract, printExtractReport } from "./bench-extract";
import { benchMarkup, printMarkupReport } from "./bench-markup";
import { benchRefusals, printRefusalsReport } from "./bench-refusals";
import { benchSchema, printSchemaReport } from "./bench-schema";
import { benchShare, printShareReport } from "./bench-share";

const sections: { name: string; run: () => void | Promise<void> }[] = [
  { name: "engine", run: () => printEngineReport(benchEngine()) },
  { name: "share links", run: async () => printShareReport(await benchShare()) },
  { name: "extract", run: () => printExtractReport(benchExtract()) },
  { name: "markup", run: () => printMarkupReport(benchMarkup()) },
  { name: "refusals", run: async () => printRefusalsReport(await benchRefusals()) },
  { name: "schema", run: () => printSchemaReport(benchSchema()) },
  { name: "bundle", run: () => printBundleReport(benchBundle()) },
];

async function main() {
  console.log(`Node ${process.version} on ${process.platform}/${process.arch}\n`);
  // One after another: sections share two cores and would skew each other's timings.
  for (const section of sections) await section.run();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
