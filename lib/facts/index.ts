/**
 * Facts and the rules they keep, for every source of facts: content files
 * (lib/content), pasted articles (lib/my-articles) and tests.
 *
 * @example
 * import { validateFacts, describeFactProblem } from "@/lib/facts";
 *
 * validateFacts(article).map(describeFactProblem);
 * // ['quotes[1] (id "q-wang-1"): unknown speaker id "p-wong"']
 */
export {
  AUTHORED_FACT_LISTS,
  FACT_LISTS,
  describeFactProblem,
  factLabel,
  findTerm,
  validateFacts,
  type FactList,
  type FactProblem,
  type ValidateOptions,
} from "./validate";
export { ASKED_FROM_CERTAINTY } from "./certainty";
