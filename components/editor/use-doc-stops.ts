"use client";
// Registers one document editor (a section or a plan item) with the blank navigator: its place in the
// page, its caret, and its blanks and figure chips as stops named the way the submit check names them.
import { useEffect, useRef, type RefObject } from "react";
import { storedOffsetToPos, type SectionText } from "@/lib/editor/text-to-doc";
import { focusInView, useNavigator, type NavStop } from "./blank-navigator";
import { blankContext } from "./blank-context";
import type { DocEditorHandle } from "./doc-editor";
import type { FigureStore } from "./figure-store";

export function useDocStops(opts: {
  /** "section" or "plan": the stored field a text blank is in ("heading"/"body", or "plan") */
  owner: "section" | "plan";
  itemId: string;
  label: string;
  host: RefObject<HTMLElement | null>;
  doc: RefObject<DocEditorHandle | null>;
  /** the stored text as it is now */
  value: () => SectionText;
  store: FigureStore;
}) {
  const nav = useNavigator();
  const live = useRef(opts);
  live.current = opts;
  const { owner, itemId } = opts;
  useEffect(
    () =>
      nav.register(`${owner}:${itemId}`, {
        el: () => live.current.host.current,
        place: () => live.current.label,
        view: () => live.current.doc.current?.view() ?? null,
        focusText: (field, index, length) => {
          const view = live.current.doc.current?.view();
          if (!view) return;
          const doc = view.state.doc;
          focusInView(view, storedOffsetToPos(doc, field, index), storedOffsetToPos(doc, field, index + length), false);
        },
        caret: () => {
          const v = live.current.doc.current?.view();
          return v ? { from: v.state.selection.from, to: v.state.selection.to } : null;
        },
        stops: () => {
          const { doc, value, store } = live.current;
          const view = doc.current?.view();
          if (!view) return [];
          const v = value();
          return (doc.current?.stops() ?? []).map((s): NavStop => {
            if (s.type === "figure") {
              return { id: `fig:${itemId}:${s.from}`, where: "metric", itemId: s.key, figureKey: s.key, from: s.from, to: s.to, kind: "metric", focus: () => focusInView(view, s.from, s.to, true) };
            }
            const where = owner === "plan" ? "plan" : s.field;
            const text = s.field === "heading" ? v.heading : v.body;
            return {
              id: `${where}:${itemId}:${s.index}`,
              where,
              itemId,
              index: s.index,
              match: s.match,
              kind: s.kind,
              from: s.from,
              to: s.to,
              ...blankContext(text, s.index, s.length, store),
              focus: () => focusInView(view, s.from, s.to, false),
            };
          });
        },
      }),
    [nav.register, owner, itemId],
  );
}
