/** Prints a quiz for an article. All the work is in quiz-cli.ts; see USAGE there. */
import { runCli } from "./quiz-cli";

const result = runCli(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
