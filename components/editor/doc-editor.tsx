"use client";
// One section (or plan item) of the document surface, edited in place with ProseMirror. The React side
// only creates the view and hands changes up; the document itself is never re-rendered from props (so
// autosave, refreshes and decorations cannot break an IME composition). Replacing the text from outside
// (restore a backup, take the server's version) goes through the handle.
import { forwardRef, useEffect, useImperativeHandle, useRef } from "react";
import { EditorState, NodeSelection, Plugin, PluginKey, TextSelection, type Transaction } from "prosemirror-state";
import { Decoration, DecorationSet, EditorView } from "prosemirror-view";
import { carriedSpans } from "@/lib/checks/carried-sentences";
import { keymap } from "prosemirror-keymap";
import { baseKeymap } from "prosemirror-commands";
import { history, redo, undo } from "prosemirror-history";
import { Fragment, Slice, type Node as PMNode } from "prosemirror-model";
import { docSchema } from "@/lib/editor/schema";
import { docToText, inlineNodes, textToDoc, blockText, blockOffsetToPos, type SectionText } from "@/lib/editor/text-to-doc";
import { posToBlockOffset } from "@/lib/editor/block-offset";
import { docBlanksAndFigures, type DocStop } from "@/lib/editor/doc-blanks";
import { numberAt } from "@/lib/editor/number-at";
import { splitLeadSentence } from "@/lib/reports/text/parse-summary-text";
import { stripLeadingNumber } from "@/lib/reports/text/numbering";
import type { FigureStore } from "./figure-store";
import { FigureView, selectedChip, type FigureViewText } from "./figure-view";

export interface FigureCandidate {
  /** document range of the number */
  from: number;
  to: number;
  /** the block's token text and the number's offsets in it (for guessing label and unit) */
  text: string;
  start: number;
  end: number;
}

export interface DocEditorHandle {
  view: () => EditorView | null;
  setValue: (v: SectionText) => void;
  stops: () => DocStop[];
}

export interface DocEditorProps {
  id: string;
  initial: SectionText;
  withLead: boolean;
  /** plan items: the first sentence reads as the lead (楷体), as it prints */
  planLead?: boolean;
  number: string | null;
  ariaLabel: string;
  store: FigureStore;
  chipText: FigureViewText;
  unitDupTitle: string;
  onChange: (v: SectionText) => void;
  onCandidate?: (c: FigureCandidate | null) => void;
  onAcceptCandidate?: () => boolean;
  onNavigate: (view: EditorView, pos: number, backwards: boolean) => void;
  onStops?: () => void;
  onFocus?: (view: EditorView) => void;
  /** 沿用上年: sentences (canonical text) to mark while they read as they came. */
  carried?: readonly string[];
  carriedTitle?: string;
}

interface DecoState {
  number: string | null;
  carried: readonly string[];
  tick: number;
  set: DecorationSet;
}
const decoKey = new PluginKey<DecoState>("summa-decorations");

// The stops of a document, computed once per document (the checklist asks every editor on each change).
const stopsCache = new WeakMap<PMNode, DocStop[]>();
function stopsOf(doc: PMNode): DocStop[] {
  let stops = stopsCache.get(doc);
  if (!stops) stopsCache.set(doc, (stops = docBlanksAndFigures(doc)));
  return stops;
}

function buildDecorations(
  doc: PMNode,
  number: string | null,
  planLead: boolean,
  store: FigureStore,
  unitDupTitle: string,
  carried: { sentences: readonly string[]; title: string },
): DecorationSet {
  const decos: Decoration[] = [];
  if (carried.sentences.length > 0) {
    const set = new Set(carried.sentences);
    doc.forEach((block, offset) => {
      for (const s of carriedSpans(blockText(block), set)) {
        decos.push(
          Decoration.inline(blockOffsetToPos(block, offset, s.start), blockOffsetToPos(block, offset, s.end), { class: "pm-carried", title: carried.title }),
        );
      }
    });
  }
  for (const s of stopsOf(doc)) {
    if (s.type === "text") {
      decos.push(Decoration.inline(s.from, s.to, { class: "pm-blank", "data-blank": s.kind }));
      continue;
    }
    // A unit typed right after a chip that already prints it ("2400人人").
    const unit = store.get(s.key)?.unit ?? "";
    const $at = doc.resolve(s.to);
    const after = doc.textBetween(s.to, Math.min($at.end(), s.to + unit.length));
    if (unit !== "" && after === unit) decos.push(Decoration.inline(s.to, s.to + unit.length, { class: "pm-unit-dup", title: unitDupTitle }));
  }
  if (planLead && doc.firstChild) {
    const text = blockText(doc.firstChild);
    const { heading } = splitLeadSentence(text);
    if (heading !== "" && heading !== text) decos.push(Decoration.inline(1, blockOffsetToPos(doc.firstChild, 0, heading.length), { class: "pm-plan-lead" }));
  }
  if (number) {
    decos.push(
      Decoration.widget(
        1,
        () => {
          const el = document.createElement("span");
          el.className = "pm-number";
          el.textContent = number;
          el.setAttribute("aria-hidden", "true");
          return el;
        },
        { side: -1, key: `n:${number}`, ignoreSelection: true },
      ),
    );
  }
  return DecorationSet.create(doc, decos);
}

/** Where the caret or selection is, as a number candidate for 登记为指标. */
function candidateOf(state: EditorState): FigureCandidate | null {
  const { $from, $to, empty } = state.selection;
  if (!$from.sameParent($to) || !$from.parent.isTextblock || state.selection instanceof NodeSelection) return null;
  const block = $from.parent;
  const blockStart = $from.before();
  const text = blockText(block);
  const a = posToBlockOffset(block, blockStart, $from.pos);
  const b = empty ? a : posToBlockOffset(block, blockStart, $to.pos);
  const n = numberAt(text, a, b);
  if (!n) return null;
  return { from: blockOffsetToPos(block, blockStart, n.start), to: blockOffsetToPos(block, blockStart, n.end), text, start: n.start, end: n.end };
}

export const DocEditor = forwardRef<DocEditorHandle, DocEditorProps>(function DocEditor(props, ref) {
  const host = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const propsRef = useRef(props);
  propsRef.current = props;

  useImperativeHandle(ref, () => ({
    view: () => viewRef.current,
    stops: () => (viewRef.current ? stopsOf(viewRef.current.state.doc) : []),
    setValue: (v) => {
      const view = viewRef.current;
      if (!view) return;
      const doc = textToDoc(v, propsRef.current.withLead);
      view.dispatch(view.state.tr.replaceWith(0, view.state.doc.content.size, doc.content).setMeta("external", true));
    },
  }));

  useEffect(() => {
    const p = propsRef.current;
    const withLead = p.withLead;
    const leadCommands = keymap({
      Enter: (state, dispatch) => {
        const { $from } = state.selection;
        if ($from.parent.type.name !== "lead") return false;
        // The lead is one sentence: Enter moves on to the body.
        const after = $from.after();
        if (dispatch) dispatch(state.tr.setSelection(TextSelection.create(state.doc, after + 1)).scrollIntoView());
        return true;
      },
      Backspace: (state, dispatch) => {
        const { $from, empty } = state.selection;
        if (!empty || $from.parentOffset !== 0) return false;
        const index = $from.index(0);
        if ($from.parent.type.name === "lead") return true;
        // Never merge the body into the lead sentence: step back into it instead.
        if (index === 1 && state.doc.firstChild?.type.name === "lead") {
          if (dispatch) dispatch(state.tr.setSelection(TextSelection.create(state.doc, $from.before() - 1)));
          return true;
        }
        return false;
      },
      Delete: (state) => {
        const { $from, empty } = state.selection;
        return empty && $from.parent.type.name === "lead" && $from.parentOffset === $from.parent.content.size;
      },
      "Mod-z": undo,
      "Mod-y": redo,
      "Shift-Mod-z": redo,
      "Alt-Enter": () => propsRef.current.onAcceptCandidate?.() ?? false,
    });
    // Decorations are rebuilt only when the text, the numbering or a figure changed — not when the caret
    // moves — and kept in the plugin state, so a keystroke costs one scan of this section only.
    const build = (doc: PMNode, number: string | null, carried: readonly string[]) =>
      buildDecorations(doc, number, !!propsRef.current.planLead, propsRef.current.store, propsRef.current.unitDupTitle, {
        sentences: carried,
        title: propsRef.current.carriedTitle ?? "",
      });
    const decorations = new Plugin<DecoState>({
      key: decoKey,
      state: {
        init: (_config, state) => ({ number: p.number, carried: p.carried ?? [], tick: 0, set: build(state.doc, p.number, p.carried ?? []) }),
        apply: (tr, v, _old, state) => {
          const meta = tr.getMeta(decoKey) as Partial<DecoState> | undefined;
          if (!meta && !tr.docChanged) return v;
          const next = { ...v, ...meta };
          return { ...next, set: build(state.doc, next.number, next.carried) };
        },
      },
      props: { decorations: (state) => decoKey.getState(state)!.set },
    });
    // A section with a lead slot keeps it even when everything is selected and replaced.
    const keepLead = new Plugin({
      appendTransaction: (_trs, _old, state) => {
        if (!withLead || state.doc.firstChild?.type.name === "lead") return null;
        return state.tr.insert(0, docSchema.nodes.lead.create());
      },
    });
    const state = EditorState.create({
      doc: textToDoc(p.initial, withLead),
      plugins: [history(), leadCommands, keymap(baseKeymap), decorations, keepLead],
    });
    const view = new EditorView(host.current!, {
      state,
      attributes: {
        id: p.id,
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": p.ariaLabel,
        class: "pm-doc",
        spellcheck: "false",
      },
      nodeViews: {
        figure: (node, v, getPos) =>
          new FigureView(node, v, getPos, propsRef.current.store, propsRef.current.chipText, { onNavigate: (...a) => propsRef.current.onNavigate(...a) }),
      },
      handleKeyDown: (v, e) => {
        const chip = selectedChip(v);
        if (!chip || e.altKey || e.ctrlKey || e.metaKey) return false;
        if (e.key === "Enter") {
          chip.startEdit();
          return true;
        }
        if (/^[0-9.\-]$/.test(e.key)) {
          chip.startEdit(e.key);
          return true;
        }
        return false;
      },
      handlePaste: (v, e) => {
        const html = e.clipboardData?.getData("text/html") ?? "";
        if (html.includes("data-pm-slice")) return false; // from this editor: keep the chips
        const plain = e.clipboardData?.getData("text/plain") ?? "";
        if (plain === "" && html === "") return false;
        // From Word, WPS or the web: plain paragraphs only, typed numbering dropped (it comes from the order).
        const source = plain !== "" ? plain : (new DOMParser().parseFromString(html, "text/html").body.innerText ?? "");
        const lines = source
          .split(/\r\n|\r|\n/)
          .map((l) => stripLeadingNumber(l.trim()))
          .filter((l) => l !== "");
        if (lines.length === 0) return true;
        const { $from } = v.state.selection;
        if (lines.length === 1 || $from.parent.type.name === "lead") {
          v.dispatch(v.state.tr.replaceSelection(new Slice(Fragment.from(inlineNodes(lines.join(""))), 0, 0)).scrollIntoView());
          return true;
        }
        const paragraphs = lines.map((l) => docSchema.nodes.paragraph.create(null, inlineNodes(l)));
        v.dispatch(v.state.tr.replaceSelection(new Slice(Fragment.from(paragraphs), 1, 1)).scrollIntoView());
        return true;
      },
      handleDOMEvents: {
        focus: (v) => {
          propsRef.current.onFocus?.(v);
          return false;
        },
        blur: (v) => {
          // A typed "（一）" at the start of the lead is dropped, as the server does.
          const lead = v.state.doc.firstChild;
          if (lead?.type.name === "lead" && !v.composing) {
            const text = blockText(lead);
            const stripped = stripLeadingNumber(text);
            if (stripped !== text && text.endsWith(stripped)) {
              v.dispatch(v.state.tr.delete(1, blockOffsetToPos(lead, 0, text.length - stripped.length)));
            }
          }
          return false;
        },
      },
      dispatchTransaction(this: EditorView, tr: Transaction) {
        const before = this.state;
        const next = before.apply(tr);
        this.updateState(next);
        const cur = propsRef.current;
        if (tr.docChanged && !tr.getMeta("external")) cur.onChange(docToText(next.doc));
        if (tr.docChanged) cur.onStops?.();
        if (tr.docChanged || tr.selectionSet) cur.onCandidate?.(this.hasFocus() ? candidateOf(next) : null);
      },
    });
    viewRef.current = view;
    // Figures changed elsewhere (a value typed in the register): re-check duplicated units, update stops.
    const refresh = () => {
      if (view.isDestroyed) return;
      if (view.composing) return void setTimeout(refresh, 200);
      view.dispatch(view.state.tr.setMeta(decoKey, { tick: Date.now() }));
      propsRef.current.onStops?.();
    };
    const unsubscribe = p.store.subscribe(refresh);
    return () => {
      unsubscribe();
      view.destroy();
      viewRef.current = null;
    };
    // The view is created once per mount; later prop changes are read through propsRef.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Renumbering after a move: update the widget, never while a composition is open.
  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const apply = () => {
      if (view.isDestroyed) return;
      if (view.composing) return void setTimeout(apply, 200);
      if (decoKey.getState(view.state)?.number !== props.number) view.dispatch(view.state.tr.setMeta(decoKey, { number: props.number }));
    };
    apply();
  }, [props.number]);

  // The carried sentences changed (one confirmed, or the list after a save): re-mark, never mid-composition.
  const carriedKey = (props.carried ?? []).join("\u0000");
  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const apply = () => {
      if (view.isDestroyed) return;
      if (view.composing) return void setTimeout(apply, 200);
      if ((decoKey.getState(view.state)?.carried ?? []).join("\u0000") !== carriedKey) {
        view.dispatch(view.state.tr.setMeta(decoKey, { carried: propsRef.current.carried ?? [] }));
      }
    };
    apply();
  }, [carriedKey]);

  return <div ref={host} className="pm-host" data-editor-id={props.id} />;
});
