"use client";
// What every part of the document surface needs: the actions, the live figures, the report id, and one
// way to run a structural action (its error shown at the top, the page refreshed, the focus kept).
import { createContext, useContext } from "react";
import type { EditorView } from "prosemirror-view";
import type { FigureStore } from "./figure-store";
import type { FigureViewText } from "./figure-view";
import type { EditorActions } from "./types";

export type OpResult = { ok: true } | { ok: false; error: string; values?: Record<string, string | number>; message: string };

export interface EditorContextValue {
  reportId: string;
  actions: EditorActions;
  store: FigureStore;
  chipText: FigureViewText;
  drafters: { id: string; name: string }[];
  refresh: (focusId?: string) => void;
  run: (p: Promise<OpResult>, focusId?: string) => Promise<boolean>;
  setActiveView: (view: EditorView) => void;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditorContext(): EditorContextValue {
  const c = useContext(EditorContext);
  if (!c) throw new Error("useEditorContext outside the report editor");
  return c;
}
