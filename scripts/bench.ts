/**
 * `npm run bench`: every benchmark section in turn. Figures belong in the
 * README, not in timed tests (timing on a shared CI machine is noise).
 */
import { benchBundle, printBundleReport } from "./bench-bundle";
import { benchEngine, printEngineReport } from "./bench-engine";
import { benchExtract, printExtractReport } from "./bench-extract";

const sections: { name: string; run: () => void }[] = [
  { name: "engine", run: () => printEngineReport(benchEngine()) },
  { name: "bundle", run: () => printBundleReport(benchBundle()) },
  { name: "extract", run: () => printExtractReport(benchExtract()) },
];

console.log(`Node ${process.version} on ${process.platform}/${process.arch}\n`);
for (const section of sections) section.run();
