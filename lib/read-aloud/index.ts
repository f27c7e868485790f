/**
 * Reading an article aloud sentence by sentence: the queue and its actions.
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
} from "./queue";
export { orderVoices } from "./voices";
