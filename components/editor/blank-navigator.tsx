"use client";
// Every blank of the open report, in document order, from one source: the section and plan editors and the
// figure register each register what they hold. Alt+J / Alt+Shift+J walk it from where the caret is (not
// from a counter, so the blank after the one just filled is never skipped), and the "N 处待填写" checklist
// lists the same stops. An empty figure counts once — at its first chip, or at its register row when the
// text never mentions it — exactly as the submit check counts it.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { NodeSelection, TextSelection } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import type { BlankKind } from "@/lib/reports/text/detect-blanks";
import type { FigureStore } from "./figure-store";

export interface NavStop {
  /** unique and stable while the blank exists, e.g. "body:<sectionId>:12" */
  id: string;
  where: "heading" | "body" | "plan" | "metric";
  itemId: string;
  index?: number;
  match?: string;
  kind?: BlankKind | "metric";
  /** for figures: the metric key (an empty figure is one stop however often it is quoted) */
  figureKey?: string;
  /** document range in the entry's editor */
  from?: number;
  to?: number;
  before?: string;
  after?: string;
  focus: () => void;
}

export interface NavEntry {
  el: () => HTMLElement | null;
  place: () => string;
  stops: () => NavStop[];
  /** the caret in this entry's editor, when it has one */
  caret?: () => { from: number; to: number } | null;
  view?: () => EditorView | null;
  /** selects a stored-text range of this entry (for warnings that point into the text) */
  focusText?: (field: "heading" | "body", index: number, length: number) => void;
}

export interface ListedStop extends NavStop {
  place: string;
  order: number;
}

interface Navigator {
  register: (id: string, entry: NavEntry) => () => void;
  changed: () => void;
  move: (backwards: boolean, from?: { view: EditorView; pos: number }) => void;
  list: () => ListedStop[];
  focusText: (entryId: string, field: "heading" | "body", index: number, length: number) => void;
}

// Two contexts: the API is stable (editors and rows register once and never re-render for a change
// elsewhere); the tick changes with every edit and is read only by the checklist.
const NavigatorContext = createContext<Navigator | null>(null);
const TickContext = createContext(0);

export function useNavigator(): Navigator {
  const n = useContext(NavigatorContext);
  if (!n) throw new Error("useNavigator outside NavigatorProvider");
  return n;
}

/** Puts the caret on a text blank (selected, so typing replaces it) or selects a chip. */
export function focusInView(view: EditorView, from: number, to: number, chip: boolean) {
  view.focus();
  const { doc } = view.state;
  const sel = chip ? NodeSelection.create(doc, from) : TextSelection.create(doc, from, to);
  view.dispatch(view.state.tr.setSelection(sel).scrollIntoView());
  const dom = chip ? view.nodeDOM(from) : view.domAtPos(from).node;
  const el = dom instanceof HTMLElement ? dom : dom?.parentElement;
  el?.scrollIntoView({ block: "center" });
}

export function NavigatorProvider({ store, children }: { store: FigureStore; children: React.ReactNode }) {
  const entries = useRef(new Map<string, NavEntry>());
  const [tick, setTick] = useState(0);
  const frame = useRef<number | null>(null);

  const changed = useCallback(() => {
    if (frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      setTick((t) => t + 1);
    });
  }, []);
  useEffect(() => store.subscribe(changed), [store, changed]);

  const register = useCallback(
    (id: string, entry: NavEntry) => {
      entries.current.set(id, entry);
      changed();
      return () => {
        entries.current.delete(id);
        changed();
      };
    },
    [changed],
  );

  const ordered = useCallback(() => {
    const list = [...entries.current.values()].filter((e) => e.el());
    return list.sort((a, b) => (a.el()!.compareDocumentPosition(b.el()!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }, []);

  const list = useCallback((): ListedStop[] => {
    const seen = new Set<string>();
    const out: ListedStop[] = [];
    ordered().forEach((entry, order) => {
      const place = entry.place();
      for (const s of entry.stops()) {
        if (s.figureKey !== undefined) {
          const f = store.get(s.figureKey);
          if (!f || f.value !== null || f.valueText.trim() !== "" || seen.has(s.figureKey)) continue;
          seen.add(s.figureKey);
        }
        out.push({ ...s, place, order });
      }
    });
    return out;
  }, [ordered, store]);

  const move = useCallback(
    (backwards: boolean, from?: { view: EditorView; pos: number }) => {
      const stops = list();
      if (stops.length === 0) return;
      const order = ordered();
      let at = -1;
      let caret: { from: number; to: number } | null = null;
      if (from) {
        at = order.findIndex((e) => e.view?.() === from.view);
        caret = { from: from.pos, to: from.pos };
      } else {
        const active = document.activeElement;
        at = order.findIndex((e) => e.el()?.contains(active));
        caret = at >= 0 ? (order[at].caret?.() ?? null) : null;
      }
      let target: ListedStop | undefined;
      if (at < 0) target = backwards ? stops[stops.length - 1] : stops[0];
      else if (!backwards) {
        target = stops.find((s) => s.order > at || (s.order === at && caret !== null && s.from !== undefined && s.from >= caret.to)) ?? stops[0];
      } else {
        target =
          [...stops].reverse().find((s) => s.order < at || (s.order === at && caret !== null && s.to !== undefined && s.to <= caret.from)) ??
          stops[stops.length - 1];
      }
      target.focus();
    },
    [list, ordered],
  );

  useEffect(() => {
    // Capture phase: before the editors see the key (Alt+J must never type anything).
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.code !== "KeyJ") return;
      e.preventDefault();
      e.stopPropagation();
      move(e.shiftKey);
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [move]);

  const focusText = useCallback((entryId: string, field: "heading" | "body", index: number, length: number) => {
    entries.current.get(entryId)?.focusText?.(field, index, length);
  }, []);

  const value = useMemo(() => ({ register, changed, move, list, focusText }), [register, changed, move, list, focusText]);
  return (
    <NavigatorContext.Provider value={value}>
      <TickContext.Provider value={tick}>{children}</TickContext.Provider>
    </NavigatorContext.Provider>
  );
}

/** The stops in document order, re-read whenever an editor or a figure changes. */
export function useStops(): ListedStop[] {
  const nav = useNavigator();
  const tick = useContext(TickContext);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- tick is the change signal
  return useMemo(() => nav.list(), [nav, tick]);
}
