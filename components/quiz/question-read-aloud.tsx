"use client";
import { useEffect, useMemo, type RefObject } from "react";
import type { Question } from "@/lib/quiz";
import { currentItem, questionParts, questionStatusText } from "@/lib/read-aloud";
import { keepInView, showReading } from "@/components/read-aloud/highlight";
import { ReadAloudControls } from "@/components/read-aloud/read-aloud-controls";
import { useReadAloud } from "@/components/read-aloud/use-read-aloud";
import { letter } from "./option-letters";

interface Props {
  question: Question;
  /** For ordering: the items as the student has them on screen. */
  order?: readonly number[];
  /** The card, whose elements carry `data-read-part` for the part each shows. */
  cardRef: RefObject<HTMLElement | null>;
}

/**
 * "Read question aloud": the prompt, then each option (or matching items and
 * choices, or events) in the order shown, each highlighted while it is read.
 * The card remounts it for each question, so moving on stops the reading.
 */
export function QuestionReadAloud({ question, order, cardRef }: Props) {
  const parts = useMemo(() => questionParts(question, { letter, order }), [question, order]);
  const reader = useReadAloud(parts);
  const part = currentItem(reader.state);

  useEffect(() => {
    if (!part) return;
    const shown = Array.from(cardRef.current?.querySelectorAll(`[data-read-part="${part.part}"]`) ?? []);
    if (shown.length === 0) return;
    const ranges = shown.map((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return range;
    });
    const hide = showReading(ranges);
    keepInView(shown[0]!, shown[0]!);
    return hide;
  }, [part, cardRef]);

  return (
    <ReadAloudControls reader={reader} label="Read question aloud" status={questionStatusText(reader.state, part)} />
  );
}
