/**
 * Reading aloud one part at a time (an article's sentences, a question's
 * prompt and options): the queue and its actions.
 *
 * @example
 * import { initialReadState, readAloud, readItems } from "@/lib/read-aloud";
 * let state = initialReadState(readItems(article.paragraphs));
 * state = readAloud(state, { type: "play" }); // speak currentItem(state)
 */
export {
  RATES,
  currentItem,
  initialReadState,
  readAloud,
  readItems,
  readStatusText,
  type Rate,
  type ReadAction,
  type ReadItem,
  type ReadState,
  type ReadStatus,
  type Spoken,
} from "./queue";
export { questionParts, questionStatusText, type QuestionPart } from "./question";
export { orderVoices } from "./voices";
