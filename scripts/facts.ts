/** Prints the facts extracted from an article file. All the work is in facts-cli.ts; see FACTS_USAGE there. */
import { runFactsCli } from "./facts-cli";

const result = runFactsCli(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
